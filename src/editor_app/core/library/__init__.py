"""The library: its file or server, schema, statements, store, search, backups."""
