"""Qt-free core: models, the library store, search, rendering, export and import."""
