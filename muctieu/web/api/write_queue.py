"""Writes run a few at a time per worker, the rest wait their turn in the event loop.

The store takes one writer at a time on SQLite (and PostgreSQL serializes
writers of the same rows). Without this queue every waiting write holds a
worker thread and a database connection, polls SQLite's lock with growing
sleeps, and competes for the interpreter lock with the thread that holds
the database lock, which then holds it longer. Here a write waits in the
event loop, first come first served, and only `SLOTS` of them are in the
database at once per worker (`SLOTS`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import anyio
import anyio.to_thread
from fastapi import FastAPI

T = TypeVar("T")
# SQLite has one writer at a time: a second one would only wait in the database.
# PostgreSQL writes batches side by side (each holds its own rows).
SLOTS = {"sqlite": 1}
OTHER_SLOTS = 4


def _limiter(app: FastAPI) -> anyio.CapacityLimiter:
    limiter = getattr(app.state, "write_slots", None)
    if limiter is None:  # made in the event loop that uses it
        slots = SLOTS.get(app.state.engine.dialect.name, OTHER_SLOTS)
        limiter = app.state.write_slots = anyio.CapacityLimiter(slots)
    return limiter


async def run_write(app: FastAPI, fn: Callable[..., T], *args: object) -> T:
    """`fn(*args)` in a worker thread once a write slot is free."""
    return await anyio.to_thread.run_sync(fn, *args, limiter=_limiter(app))
