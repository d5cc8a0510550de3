"""The web application: server-rendered pages over the store (see app.py)."""
