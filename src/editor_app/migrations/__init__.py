"""Alembic migrations of the article library, shipped inside the package."""
