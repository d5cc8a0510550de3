"""Every number written in a text, with what the grammar made of it.

The learned decision step (`decide.py`) looks at all of them, not only at
the numbers the grammar accepted: a number the grammar filtered out can
still be a quantity, and one it read can still be a date or a code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from muctieu.extract.cues import section_kind
from muctieu.extract.grammar import RELATED_ARTICLES  # "Tin liên quan": other articles follow, as the grammar reads it
from muctieu.extract.mentions import NUMBER_TOKEN  # the grammar's own number tokenizer
from muctieu.extract.mentions import Mention, parenthesised
from muctieu.extract.numbers import parse_number
from muctieu.extract.reading import Reading
from muctieu.extract.records import TargetRecord
from muctieu.extract.segment import Clause, Sentence, strip_bullet

_DIGIT = re.compile(r"\d")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


@dataclass(slots=True)
class Candidate:
    """One number token and its surroundings."""

    anchor: int
    token_end: int
    value: float | None
    mention: Mention | None  # the grammar's reading of number + unit + comparator
    records: list[TargetRecord]  # the grammar's records at this anchor
    sentence: Sentence
    clause: Clause
    line: tuple[int, int]
    in_table: bool  # the line is a table row ("ô | ô")
    bulleted: bool  # the line starts with a bullet or list number
    index_in_clause: int  # 0 for the clause's first number
    numbers_in_clause: int
    in_brackets: bool
    after_related: bool  # below a "Tin liên quan" line
    section: str | None  # "target"/"result": what the last heading or lead without figures said
    line_index: int
    extra: dict[str, object] = field(default_factory=dict)


def candidates(text: str, records: list[TargetRecord], reading: Reading | None = None,
               only_read: bool = False) -> list[Candidate]:
    """All number tokens of `text` in order, each with the grammar's records at it.

    `reading`: the grammar's, so its sentences and quantities are not read again.
    `only_read`: only the tokens the grammar made records of (their places among
    the clause's numbers still count every token)."""
    reading = reading or Reading(text)
    by_anchor: dict[int, list[TargetRecord]] = {}
    for r in records:
        by_anchor.setdefault(r.anchor, []).append(r)
    out: list[Candidate] = []
    related = False
    # the grammar stops at the first "Tin liên quan" line: where, if it has read this text
    related_at = reading.related_at
    section: str | None = None
    # Lines without figures since the last line with some: only the last of
    # them with a cue sets the section, so they are read when a number needs it.
    quiet: list[str] = []
    for li, (ls, le) in enumerate(reading.lines()):
        line = text[ls:le]
        if not related and (li >= related_at if related_at is not None else RELATED_ARTICLES.match(line)):
            related = True
        if not _DIGIT.search(line) or not _DIGIT.search(_YEAR.sub("", line)):
            # a heading or lead without figures: "Kết quả đạt được năm 2022:"
            quiet.append(line)
            continue
        if quiet:
            section = _last_section(quiet) or section
            quiet.clear()
        in_table = "|" in line or "\t" in line
        bulleted = strip_bullet(text, ls, le) > ls
        span = (ls, le)
        for sent in reading.sentences(ls, le):
            asides = parenthesised(text, sent.start, sent.end)
            for clause in sent.clauses:
                tokens = list(NUMBER_TOKEN.finditer(text, clause.start, clause.end))
                if not tokens:
                    continue
                mentions = {m.anchor: m for m in reading.mentions(clause.start, clause.end)}
                n = len(tokens)
                for i, t in enumerate(tokens):
                    a = t.start(1)
                    if only_read and a not in by_anchor:
                        continue
                    out.append(Candidate(
                        anchor=a,
                        token_end=t.end(1),
                        value=parse_number(t.group(1)),
                        mention=mentions.get(a),
                        records=by_anchor.get(a, []),
                        sentence=sent,
                        clause=clause,
                        line=span,
                        in_table=in_table,
                        bulleted=bulleted,
                        index_in_clause=i,
                        numbers_in_clause=n,
                        in_brackets=bool(asides) and any(s <= a < e for s, e in asides),
                        after_related=related,
                        section=section,
                        line_index=li,
                    ))
    return out


def _last_section(quiet: list[str]) -> str | None:
    """What the last line with a target/result cue says, reading from the end."""
    for line in reversed(quiet):
        if kind := section_kind(line):
            return kind
    return None
