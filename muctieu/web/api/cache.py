"""The API's read responses, kept as JSON bytes under the store's revision counters.

A response is kept under (endpoint, parameters, what the reader may see,
the counters of the tables it was read from). Each request reads the
counters again (with a token, the middleware already did, in the same
trip to the store as the token), so a write through any worker is seen
on the next request; a kept response is only ever one the store would
give now. The reader's visibility (published provinces, plus its own)
comes from the `publications` counter the same way, so a withdrawal
hides a province from the next request on.

Each response carries a strong ETag (a hash of its bytes); a client that
sends it back in `If-None-Match` gets 304 without the body.
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import Any

from pydantic_core import to_json
from sqlalchemy import Engine
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response

from muctieu.store.actors import Actor
from muctieu.store.publication import published_codes
from muctieu.store.revisions import Revisions, read_revisions, version_of

Visible = frozenset[str] | None  # province codes a reader may see; None: all
MAX_BYTES = 64 * 1024 * 1024  # per worker
PUBLICATIONS = "publications"


@dataclass(frozen=True, slots=True)
class Kept:
    body: bytes
    etag: str


def visible_to(actor: Actor, published: frozenset[str]) -> Visible:
    """Province codes `actor` may read: published ones and its own (None: all)."""
    if actor.is_global:
        return None
    if actor.role != "public" and actor.province_code:
        return published | {actor.province_code}
    return published


class ReadCache:
    """Responses by key, least recently used dropped past MAX_BYTES (thread-safe)."""

    def __init__(self, max_bytes: int = MAX_BYTES) -> None:
        self._items: OrderedDict[Hashable, Kept] = OrderedDict()
        self._bytes, self._max = 0, max_bytes
        self._lock = threading.Lock()
        self._computing: dict[Hashable, threading.Lock] = {}
        self._published: tuple[int, frozenset[str]] | None = None

    def _get(self, key: Hashable) -> Kept | None:
        with self._lock:
            kept = self._items.get(key)
            if kept is not None:
                self._items.move_to_end(key)
            return kept

    def _put(self, key: Hashable, kept: Kept) -> None:
        with self._lock:
            if key in self._items:
                return
            self._items[key] = kept
            self._bytes += len(kept.body)
            while self._bytes > self._max and len(self._items) > 1:
                _, dropped = self._items.popitem(last=False)
                self._bytes -= len(dropped.body)

    def published(self, engine: Engine | None, revisions: Revisions) -> frozenset[str] | None:
        """Published province codes at these counters (None: not known without `engine`)."""
        version = revisions.get(PUBLICATIONS, 0)
        kept = self._published
        if kept is not None and kept[0] == version:
            return kept[1]
        if engine is None:
            return None
        codes = published_codes(engine)
        self._published = (version, codes)
        return codes

    def lookup(self, key: Hashable, actor: Actor, revisions: Revisions,
               tables: tuple[str, ...], public_only: bool) -> Kept | None:
        """A kept response, without asking the store (None: ask it)."""
        published = self.published(None, revisions)
        if published is None:
            return None
        visible = published if public_only else visible_to(actor, published)
        return self._get(_full_key(key, visible, revisions, tables))

    def answer(self, engine: Engine, key: Hashable, actor: Actor, revisions: Revisions | None,
               tables: tuple[str, ...], public_only: bool,
               compute: Callable[[Visible], Any]) -> Kept:
        """The kept response, or `compute(visible)` serialized and kept (in a worker thread)."""
        if revisions is None:
            revisions = read_revisions(engine)  # before the data: a key never runs ahead
        published = self.published(engine, revisions)
        visible = published if public_only else visible_to(actor, published)  # type: ignore[arg-type]
        full = _full_key(key, visible, revisions, tables)
        kept = self._get(full)
        if kept is not None:
            return kept
        with self._lock:
            gate = self._computing.setdefault(full, threading.Lock())
        try:
            with gate:  # one thread computes a key, the others wait for its result
                kept = self._get(full)
                if kept is None:
                    body = to_json(compute(visible))
                    kept = Kept(body, '"' + hashlib.blake2b(body, digest_size=16).hexdigest()
                                + '"')
                    self._put(full, kept)
        finally:
            with self._lock:
                self._computing.pop(full, None)
        return kept


def _full_key(key: Hashable, visible: Visible, revisions: Revisions,
              tables: tuple[str, ...]) -> Hashable:
    return key, visible, version_of(revisions, tables)


HEADERS = {"Cache-Control": "private, no-cache", "Vary": "Authorization, Cookie"}


def _respond(request: Request, kept: Kept) -> Response:
    headers = {**HEADERS, "ETag": kept.etag}
    if kept.etag in request.headers.get("if-none-match", ""):
        return Response(status_code=304, headers=headers)
    return Response(kept.body, media_type="application/json", headers=headers)


async def json_read(request: Request, actor: Actor, key: Hashable, tables: tuple[str, ...],
                    compute: Callable[[Visible], Any], *, public_only: bool = False) -> Response:
    """The response for `key`: kept, or computed from the store in one worker thread.

    `tables` are those `compute` reads; `compute(visible)` gets the province
    codes the reader may see (with `public_only`, the published ones whoever
    asks) and returns what pydantic can serialize. Refusals it raises pass
    through, and nothing is kept for them.
    """
    cache: ReadCache = request.app.state.api_reads
    revisions = getattr(request.state, "revisions", None)
    if revisions is not None:
        kept = cache.lookup(key, actor, revisions, tables, public_only)
        if kept is not None:
            return _respond(request, kept)
    kept = await run_in_threadpool(cache.answer, request.app.state.engine, key, actor,
                                   revisions, tables, public_only, compute)
    return _respond(request, kept)
