"""Importing article files: reading, parsing, preparing, storing."""
