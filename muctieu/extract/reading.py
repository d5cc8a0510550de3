"""One text's lines, sentences and clause quantities, each read once.

The grammar and the learned decision step both split a text into lines,
sentences and clauses and read the quantities of each clause. Both ask this
cache, so with the decision step on nothing is read twice. Every entry is
what the plain function (`segment.lines`, `segment.sentences`,
`mentions.find_mentions`, `cues.years_in` of a sentence) returns for the same offsets, so sharing changes
no output; callers must not modify the lists they get.
"""

from __future__ import annotations

from muctieu.extract.cues import years_in
from muctieu.extract.mentions import Mention, find_mentions
from muctieu.extract.segment import Sentence, lines, sentences


class Reading:
    __slots__ = ("text", "related_at", "_lines", "_sentences", "_mentions", "_years")

    def __init__(self, text: str) -> None:
        self.text = text
        # index of the first "Tin liên quan" line (len(lines) when none), set by
        # the grammar, which stops there; None until it has read the text
        self.related_at: int | None = None
        self._lines: list[tuple[int, int]] | None = None
        self._sentences: dict[tuple[int, int], list[Sentence]] = {}  # by line (start, end)
        self._mentions: dict[tuple[int, int], list[Mention]] = {}  # by clause (start, end)
        self._years: dict[tuple[int, int], list[tuple[int, int, str]]] = {}  # by sentence (start, end)

    def lines(self) -> list[tuple[int, int]]:
        if self._lines is None:
            self._lines = lines(self.text)
        return self._lines

    def sentences(self, line_start: int, line_end: int) -> list[Sentence]:
        found = self._sentences.get((line_start, line_end))
        if found is None:
            found = self._sentences[line_start, line_end] = sentences(self.text, line_start, line_end)
        return found

    def mentions(self, lo: int, hi: int) -> list[Mention]:
        found = self._mentions.get((lo, hi))
        if found is None:
            found = self._mentions[lo, hi] = find_mentions(self.text, lo, hi)
        return found

    def years(self, start: int, end: int) -> list[tuple[int, int, str]]:
        """The years written in text[start:end] (a sentence), with offsets into the text."""
        found = self._years.get((start, end))
        if found is None:
            found = self._years[start, end] = years_in(self.text[start:end], start)
        return found
