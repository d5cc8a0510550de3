"""Tokens checked against the store on every request, read in full only after a change.

A token's state (its account's actor, expiry, revocation) is kept per
worker under the revision counters of accounts and tokens
(store/revisions.py). Revoking a token, disabling or changing an account
raises a counter in the same transaction, so the next request on any
worker, which reads the counters first, reads the token again. Expiry is a
matter of time and is checked on every request.
"""

from __future__ import annotations

import dataclasses
from collections import OrderedDict
from threading import Lock

from sqlalchemy import Engine

from muctieu.store import audit
from muctieu.store.actors import Actor
from muctieu.store.revisions import Revisions, version_of
from muctieu.store.secrets_hash import digest
from muctieu.store.tokens import TokenState, token_state, touch_token

TABLES = ("users", "api_tokens")


class TokenCache:
    """`tokens.token_actor`, remembered per token while `TABLES` do not change."""

    def __init__(self, size: int = 4096) -> None:
        self._items: OrderedDict[str, tuple[tuple[int, ...], TokenState]] = OrderedDict()
        self._size, self._lock = size, Lock()

    def actor(self, engine: Engine, token: str, revisions: Revisions) -> Actor | None:
        """The token's actor, or None; `revisions` were read before this call."""
        now = audit.now()
        key, version = digest(token), version_of(revisions, TABLES)
        with self._lock:
            kept = self._items.get(key)
            if kept is not None:
                self._items.move_to_end(key)
        if kept is not None and kept[0] == version:
            state = kept[1]
        else:
            found = token_state(engine, token)
            if found is None:
                return None  # unknown tokens are not kept: anyone can send many
            state = found
        actor = state.valid_actor(now)
        if actor is not None and state.needs_touch(now):
            touch_token(engine, state.token_id, now)
            state = dataclasses.replace(state, last_used_at=now)
        with self._lock:
            self._items[key] = (version, state)
            while len(self._items) > self._size:
                self._items.popitem(last=False)
        return actor
