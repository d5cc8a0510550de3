"""Alembic migrations of the store (run by `muctieu db upgrade`)."""
