"""Errors a user reads: Vietnamese first, English after, naming what and where."""

from __future__ import annotations


class MuctieuError(Exception):
    """A problem the user can act on (bad input, unknown name...).

    `where` names the file, row or field concerned; the CLI prints
    ``where: vi / en`` on one line and exits with code 2.
    """

    def __init__(self, vi: str, en: str, *, where: str | None = None) -> None:
        self.vi = vi
        self.en = en
        self.where = where
        super().__init__(self.message())

    def message(self) -> str:
        prefix = f"{self.where}: " if self.where else ""
        return f"{prefix}{self.vi} / {self.en}"


class InputError(MuctieuError):
    """A document or upload that cannot be read."""
