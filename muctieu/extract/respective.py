"""Values a sentence gives "respectively" for the years of a span, or for ranks named before.

"Tỷ trọng ... từ năm 2020 - 2023 lần lượt là 12,66%; 12,88%; 12,63% và 12,33%":
one value per year, in order. "90% hồ sơ công việc cấp tỉnh (năm 2030 đạt 100%)": the same
measure and level for a later year. The grammar reads each value with the span's
last year; this pass gives each its own. "..., năm 2020 các thứ hạng này là
47, 39, 29": one rank for each of the ranks just named, in order.
"""

from __future__ import annotations

import re

from muctieu.extract.records import TargetRecord
from muctieu.extract.wording import squash

# "(từ) năm 2020 - 2023 ... lần lượt (là|đạt|ở mức)", "các năm (từ) 2020 - 2024 lần lượt", "các năm 2021, 2022, 2023 lần lượt"
_SPAN = re.compile(
    r"\bnăm\s+(?:từ\s+)?((?:19|20)\d\d)\s*(?:[-–]|đến)\s*((?:19|20)\d\d)\b[^.;:\n]{0,100}?\blần\s+lượt\b", re.I)
_LISTED = re.compile(
    r"\b(?:các\s+)?năm\s+((?:(?:19|20)\d\d\s*(?:,|và)\s*)+(?:19|20)\d\d)\b[^.;:\n]{0,100}?\blần\s+lượt\b", re.I)
_YEAR = re.compile(r"(?:19|20)\d\d")
# what is left of the span in a wording: "từ - 2023 lần lượt"
_SPAN_WORDS = re.compile(r"(?:\btừ\s*)?(?:\bnăm\s+)?(?:(?:19|20)\d\d)?\s*[-–]\s*(?:19|20)\d\d\b|\blần\s+lượt\b(?:\s+là\b)?|\b(?:qua\s+)?các\s+năm\b(?:\s+từ\b)?", re.I)


_NEXT_YEARS_OWN = re.compile(r";\s*(?:trong\s+|đến\s+)?năm\s+(?:19|20)\d\d\b", re.I)
_YEARS_ONLY = re.compile(r"(?:(?:năm\s+)?(?:19|20)\d\d\s*(?:,|và)?\s*)+", re.I)


# the bracket a value opens right after its level to give the same measure for another year: "(năm 2030 đạt "
_LATER_YEAR_BRACKET = re.compile(r"\s*\(\s*(?:đến\s+|vào\s+)?năm\s+(?:19|20)\d\d\s*(?:đạt|là|:)?\s*$", re.I)
_VALUE_AT = re.compile(r"[\d.,]+\s*%?")


def later_years_in_brackets(text: str, records: list[TargetRecord]) -> None:
    """A value in a bracket of its own year right after a level's value is of that level too
    ("90% hồ sơ công việc cấp tỉnh (năm 2030 đạt 100%), 80% … cấp huyện (năm 2030 đạt 90%)")."""
    linked: list[TargetRecord] = []  # the records of one clause that such brackets join
    for before, r in zip(records, records[1:]):
        if r.scope is None and before.scope and before.unit == r.unit and before.start == r.start \
                and before.anchor < r.anchor \
                and ((cut := text.rfind(before.scope, before.anchor, r.anchor)) >= 0
                     and _LATER_YEAR_BRACKET.fullmatch(text, cut + len(before.scope), r.anchor)
                     # (or right after a value whose level came before it: "cấp huyện đạt 80% (năm 2030 đạt 95%)")
                     or (value := _VALUE_AT.match(text, before.anchor)) is not None
                     and _LATER_YEAR_BRACKET.fullmatch(text, value.end(), r.anchor)):
            r.scope = before.scope
            linked += [x for x in (before, r) if x not in linked]
    for start in {r.start for r in linked}:
        run = [r for r in records if r.start == start and r.scope]
        _share_the_last_predicate(run)


# what the last of a clause's values says its things did: "… và 60% văn bản cấp xã (năm 2030 đạt 90%) được ký số"
_PREDICATE_OPENS = re.compile(r"(?:được|đã|có|sẽ)\s", re.I)


def _share_the_last_predicate(run: list[TargetRecord]) -> None:
    """Values of one clause split by level, the predicate written once after the last bracket: each does it."""
    if len(run) < 2:
        return
    head, last = run[0].indicator, run[-1].indicator
    if any(r.indicator != head for r in run[:-1]):
        return
    tail = last[len(head):].strip() if last.startswith(head + " ") else last
    if _PREDICATE_OPENS.match(tail):
        for r in run:
            r.indicator = squash(f"{head} {tail}")


def respective_years(text: str, records: list[TargetRecord]) -> None:
    """Give each of N values after "lần lượt" the N-th year of the span before it (in place)."""
    if "lần lượt" not in text and "Lần lượt" not in text:
        return  # (a plain test first: most texts have no such span)
    for rx in (_SPAN, _LISTED):
        for m in rx.finditer(text):
            if rx is _SPAN:
                lo, hi = int(m.group(1)), int(m.group(2))
                years = list(range(lo, hi + 1)) if 0 < hi - lo <= 10 else []
            else:
                years = [int(y) for y in _YEAR.findall(m.group(1))]
            stop = _sentence_end(text, m.end())
            values = [r for r in records if m.end() <= r.anchor < stop]
            anchors = sorted({r.anchor for r in values})
            if len(years) >= 2 and len(anchors) > len(years) and _NEXT_YEARS_OWN.search(
                    text, anchors[len(years) - 1], anchors[len(years)]):
                # "... lần lượt là 11,91% và 14,26%; năm 2023 ước đạt 16,5%": a value after the list
                # with a year of its own is no part of it
                anchors = anchors[:len(years)]
                values = [r for r in values if r.anchor in anchors]
            if len(years) < 2 or len(anchors) != len(years):
                continue  # not one value per year: nothing to pair
            as_read = values[0].indicator  # (what a value after the list may have borrowed)
            first = squash(_SPAN_WORDS.sub(" ", as_read)) or as_read
            named = first if not _YEARS_ONLY.fullmatch(first) else ""
            for r in values:
                r.year = years[anchors.index(r.anchor)]
                r.indicator = squash(_SPAN_WORDS.sub(" ", r.indicator)) or r.indicator
                if named and _YEARS_ONLY.fullmatch(r.indicator):
                    r.indicator = named  # a year read as the value's name: the first value's words
            for r in records:
                if named and anchors[-1] < r.anchor < stop and (
                        _YEARS_ONLY.fullmatch(r.indicator) or r.indicator == as_read):
                    r.indicator = named  # "...; năm 2023 ước đạt 16,5%": the same measure, borrowed


# "các thứ hạng này là", "các thứ tự này lần lượt là": the ranks named just before, again
_THESE_RANKS = re.compile(r"\b(?:các\s+)?(?:thứ\s+hạng|thứ\s+tự)\s+(?:này|đó|trên|tương\s+ứng)\s+(?:lần\s+lượt\s+)?là\b",
                          re.I)


# what every match of _THESE_RANKS holds ("thứ hạng", "thứ tự"), in both cases as re.I reads them (no other
# letter folds into these): tested as written, without lower-casing the text
_RANK_WORDS_CUE = re.compile(r"[ứỨ]\s+(?:[hH][ạẠ][nN][gG]|[tT][ựỰ])")


def _names_rank_words(text: str) -> bool:
    """`_RANK_WORDS_CUE.search(text)`, tried only where a plain search finds its first letter (a class
    of two letters beyond Latin-1 costs `re` a call at every character of the text)."""
    for letter in ("ứ", "Ứ"):
        i = text.find(letter)
        while i >= 0:
            if _RANK_WORDS_CUE.match(text, i):
                return True
            i = text.find(letter, i + 1)
    return False


def restated_ranks(text: str, records: list[TargetRecord]) -> None:
    """Give N ranks after "các thứ hạng này là" the words of the N ranks before it (in place)."""
    if not _names_rank_words(text):
        return  # (a case-sensitive test first: the case-insensitive scan of a whole text is slow, the words rare)
    for m in _THESE_RANKS.finditer(text):
        stop = _sentence_end(text, m.end())
        again = sorted((r for r in records if m.end() <= r.anchor < stop and r.unit == "rank"), key=lambda r: r.anchor)
        para = text.rfind("\n", 0, m.start()) + 1
        named = sorted((r for r in records if max(para, m.start() - 400) <= r.anchor < m.start() and r.unit == "rank"),
                       key=lambda r: r.anchor)
        if len(again) < 2 or len(named) < len(again):
            continue  # not one rank for each one named: nothing to pair
        # ("… lần lượt là 12, 18, 21. …, các thứ hạng này là 15 và 20": fewer than one sentence named,
        # which of them unsaid: their year only)
        which_unsaid = len(named) > len(again) \
            and named[-len(again) - 1].anchor >= _sentence_start(text, named[-len(again)].anchor)
        # ("So với năm 2022, các thứ hạng này là ...": the year they were ranked, said before them)
        year = _YEAR_BEFORE.search(text, max(para, _sentence_start(text, m.start())), m.start())
        for r, first in zip(again, named[-len(again):]):
            if not which_unsaid:
                r.indicator, r.pillar = first.indicator, first.pillar
            if year:
                r.year = int(year.group(1))


_YEAR_BEFORE = re.compile(r"\bnăm\s+((?:19|20)\d\d)\b(?![^.;\n]*\bnăm\s+(?:19|20)\d\d)", re.I)


def _sentence_start(text: str, pos: int) -> int:
    return max(text.rfind(". ", 0, pos) + 2, text.rfind("\n", 0, pos) + 1, 0)


def _sentence_end(text: str, pos: int) -> int:
    ends = [i for i in (text.find(". ", pos), text.find(".\n", pos), text.find("\n", pos)) if i >= 0]
    return min(ends, default=len(text))
