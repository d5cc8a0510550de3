"""What a format loader hands back before normalisation."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Extracted:
    """A file's text, and its title when the format marks one (HTML h1, Word Title style)."""

    text: str
    title: str | None = None
