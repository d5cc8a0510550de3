"""Random secrets and how they are kept: only a SHA-256 of each is stored.

Session cookies and API tokens carry 256 random bits, so a plain hash is
enough (no salt or slow hash needed) and lets a lookup use an index.
"""

from __future__ import annotations

import hashlib
import secrets


def new_secret(prefix: str = "") -> str:
    return prefix + secrets.token_urlsafe(32)


def digest(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()
