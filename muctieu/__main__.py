"""`python -m muctieu` runs the command line."""

from muctieu.cli import app

app()
