"""Features of a number's context, as named binary flags for the decision step.

Each feature is a short string ("pw1=đạt", "g_kind=result"); the model is a
weight per string, so a decision can be explained by the weights of the
features that fired.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from itertools import islice

from muctieu.documents.metadata import date_stamp
from muctieu.extract.candidates import Candidate
from muctieu.extract.cues import years_in
from muctieu.extract.reading import Reading

_WORDS = re.compile(r"[^\W\d_]+|%", re.U)
_YEARISH = re.compile(r"^(?:19|20)\d\d$")
# Cue words whose presence around a number tells target from result, or a
# quantity from a date or a name; the model weighs them.
_CUES = (
    "phấn đấu", "đến năm", "mục tiêu", "chỉ tiêu", "kế hoạch", "đã", "đạt", "kết quả", "ước",
    "hiện nay", "đến nay", "năm qua", "xếp", "hạng", "tăng", "giảm", "so với", "bảo đảm", "đảm bảo",
    "trở lên", "lũy kế", "đang", "sẽ", "cần", "phải", "thực hiện", "hoàn thành", "trong đó",
    "lần lượt", "chiếm", "tổng số", "quyết định", "số", "ngày", "tháng", "giai đoạn", "điểm",
)
# (the lookahead on first letters lets `re` skip most positions cheaply; same matches)
_CUE_RE = re.compile("(?=[" + "".join(sorted({c[0] for c in _CUES})) + r"])\b(?:" + "|".join(re.escape(c) for c in sorted(_CUES, key=len, reverse=True)) + r")\b")
# Words of reports against words of plans, counted over the whole text as the
# pattern `\b(?:report words|plan words)\b` would find them (leftmost, first
# listed word at a place, no overlaps), but by plain substring search: every
# word is a literal, and `str.find` is several times faster than the pattern.
_REPORT_WORDS = ("đã", "kết quả", "đạt được", "ước đạt", "đến nay", "năm qua", "xếp hạng", "hiện nay", "lũy kế")
_PLAN_WORDS = ("phấn đấu", "mục tiêu", "chỉ tiêu", "kế hoạch", "đến năm", "bảo đảm", "đảm bảo", "định hướng")
_DOC_WORDS = _REPORT_WORDS + _PLAN_WORDS


def _is_word(ch: str) -> bool:
    """`re`'s `\\w` for one character."""
    return ch.isalnum() or ch == "_"


def doc_cue_counts(low: str) -> tuple[int, int]:
    """(report words, plan words) in the lower-cased text."""
    first: dict[int, int] = {}  # where a word stands alone → the first listed word there
    n = len(low)
    for i, word in enumerate(_DOC_WORDS):
        at = low.find(word)
        while at >= 0:
            end = at + len(word)
            if (at == 0 or not _is_word(low[at - 1])) and (end == n or not _is_word(low[end])):
                first.setdefault(at, i)  # words are tried in listed order: the first stays
            at = low.find(word, at + 1)
    report = plan = 0
    taken = 0  # a match consumes its words: no other starts inside it
    for at in sorted(first):
        if at < taken:
            continue
        i = first[at]
        taken = at + len(_DOC_WORDS[i])
        if i < len(_REPORT_WORDS):
            report += 1
        else:
            plan += 1
    return report, plan


@dataclass(slots=True)
class DocInfo:
    """What the whole text says, read once."""

    plan_year: int | None
    stamp_year: int | None
    result_share: str  # "lo" / "mid" / "hi": how much of the text reports results
    first_year: int | None  # first year named near the top
    mode_year: int | None  # the year named most often
    any_mode_year: int | None  # the year written most often, in any form
    date_year: int | None  # the latest year in a date ("12/2022", "tháng 7 năm 2025")
    sentence_years: dict[int, list[tuple[int, int, str]]] = field(default_factory=dict)  # by sentence start
    sentence_cues: dict[int, dict[str, tuple[int, int]]] = field(default_factory=dict)
    # the year flags of a sentence, named once: (offset, flag if before the number, flag if after)
    sentence_year_flags: dict[int, list[tuple[int, str, str]]] = field(default_factory=dict)
    flags: list[str] = field(default_factory=list)  # the flags every number of the text shares
    reading: Reading | None = None  # the grammar's, whose sentence years are reused

    def year_flags_of(self, text: str, c: Candidate) -> list[tuple[int, str, str]]:
        s = c.sentence
        found = self.sentence_year_flags.get(s.start)
        if found is None:
            found = self.sentence_year_flags[s.start] = [
                (pos, f"yb_{how}={rel}", f"ya_{how}={rel}")
                for pos, y, how in self.years_of(text, c) for rel in (_rel(y, self.plan_year),)]
        return found

    def years_of(self, text: str, c: Candidate) -> list[tuple[int, int, str]]:
        """Years written in the candidate's sentence (read once per sentence)."""
        s = c.sentence
        found = self.sentence_years.get(s.start)
        if found is None:
            found = self.sentence_years[s.start] = (
                self.reading.years(s.start, s.end) if self.reading else years_in(text[s.start:s.end], s.start))
        return found

    def cues_of(self, text: str, c: Candidate) -> dict[str, tuple[int, int]]:
        """Each cue word of the candidate's sentence with its first and last offset
        (read once per sentence, so a long sentence costs no more per number)."""
        s = c.sentence
        found = self.sentence_cues.get(s.start)
        if found is None:
            found = {}
            for m in _CUE_RE.finditer(text[s.start:s.end].lower()):
                pos = s.start + m.start()
                first, _ = found.get(m.group(0), (pos, pos))
                found[m.group(0)] = (first, pos)
            self.sentence_cues[s.start] = found
        return found


def doc_info(text: str, plan_year: int | None, reading: Reading | None = None, with_years: bool = True) -> DocInfo:
    """What the whole text says. `with_years`: also the years it names most and
    first (only the year choice weighs them)."""
    low = text.lower()
    r, t = doc_cue_counts(low)
    share = r / (r + t) if r + t else 0.5
    bucket = "lo" if share < 0.4 else ("hi" if share > 0.6 else "mid")
    stamp = date_stamp(text)
    head_year = mode = any_mode = date_year = None
    if with_years:
        found = [(pos, y) for pos, y, how in years_in(text) if how in ("by", "in")]
        ys = [y for _, y in found]
        head = [y for pos, y in found if pos < 600]
        head_year = head[0] if head else None
        mode = Counter(ys).most_common(1)[0][0] if ys else None
        every = Counter(m.group(0) for m in _ANY_YEAR.finditer(text) if not _glued(text, m.start()))
        any_mode = int(every.most_common(1)[0][0]) if every else None
        dates = [int(m.group(1) or m.group(2)) for m in _DATE_YEAR.finditer(low)
                 if m.group(2) or (m.start() and low[m.start() - 1].isdigit())]
        date_year = max(dates) if dates else None
    doc = DocInfo(plan_year, stamp[0] if stamp else None, bucket, head_year, mode, any_mode, date_year)
    doc.reading = reading
    doc.flags.append(f"doc_r={bucket}")
    if plan_year is None:
        doc.flags.append("py_none")
    if doc.stamp_year is not None:
        doc.flags.append("stamp")
    return doc


# A year not glued to a digit, "." or "," on its left: checked by hand, since a
# lookbehind tried at every position costs four times the scan. (A match the
# check rejects starts on a digit run, so it hides no match the lookbehind
# would have found.) Counted as strings: same order of first sight, so ties
# break the same way.
_ANY_YEAR = re.compile(r"(?:19|20)\d\d(?!\d)")


def _glued(text: str, i: int) -> bool:
    """Does a digit (any `\\d`, i.e. a Unicode decimal), "." or "," stand just before `i`?"""
    return i > 0 and ((c := text[i - 1]).isdecimal() or c in ".,")


# "12/2022" (a digit before the slash is checked by hand: cheaper than a pattern that starts on digits)
_DATE_YEAR = re.compile(r"/\s*((?:19|20)\d\d)(?!\d)|tháng\s+\d{1,2}\s+năm\s+((?:19|20)\d\d)")


def _rel(year: int | None, plan: int | None) -> str:
    if year is None:
        return "none"
    if plan is None:
        return "noplan"
    d = year - plan
    return "plan" if d == 0 else ("plan-1" if d == -1 else ("before" if d < 0 else "after"))


# cue flags spelled once ("sb:đạt": the cue stands before the number, "sa:" after)
_BEFORE_FLAG = {c: f"sb:{c}" for c in _CUES}
_AFTER_FLAG = {c: f"sa:{c}" for c in _CUES}
_SLASH_NUMBER = re.compile(r"\s*/\s*\d")


def _words(s: str) -> list[str]:
    return _WORDS.findall(s.lower())


def features(text: str, c: Candidate, doc: DocInfo) -> list[str]:
    """The named flags that describe candidate `c`."""
    a, e = c.anchor, c.token_end
    f: list[str] = []
    if c.records:
        r = c.records[0]
        f += ["g", f"g_kind={r.kind}", f"g_op={r.op}", f"g_unit={r.unit}",
              f"g_year={_rel(r.year, doc.plan_year)}", "g_scope" if r.scope else "g_noscope"]
        if len(c.records) > 1:
            f.append("g_multi")
    else:
        f.append("g_none")
    m = c.mention
    if m is not None:
        f += ["m", f"m_unit={m.unit}", f"m_op={m.op}"]
        if m.verb:
            f.append("m_verb")
    else:
        f.append("m_none")
    tok = text[a:e]
    if "," in tok:
        f.append("tok_dec")
    if "." in tok:
        f.append("tok_dot")
    if _YEARISH.match(tok):
        f.append("tok_year")
    if len(tok) > 1 and tok[0] == "0" and tok[1].isdigit():
        f.append("tok_lead0")
    v = c.value
    if v is not None:
        f.append("v<1" if v < 1 else ("v=100" if v == 100 else ("v<=100" if v <= 100 else "v>100")))
    after = text[e:e + 40]
    stripped = after.lstrip()
    f.append("nx=" + (stripped[0] if stripped and not stripped[0].isalnum() else ("w" if stripped else "end")))
    if _SLASH_NUMBER.match(after):
        f.append("nx=/num")
    nw = [w.group() for w in islice(_WORDS.finditer(after.lower()), 2)]  # the first two only
    if nw:
        f.append("nw1=" + nw[0])
        if len(nw) > 1:
            f.append("nw2=" + " ".join(nw))
    lo = max(c.clause.start, a - 50)
    before = text[lo:a]
    bs = before.rstrip()
    f.append("pc=" + (bs[-1] if bs and not bs[-1].isalnum() else ("w" if bs else "start")))
    pw = _words(before)[-3:]
    if pw:
        f.append("pw1=" + pw[-1])
        if len(pw) > 1:
            f.append("pw2=" + " ".join(pw[-2:]))
    for cue, (first, last) in doc.cues_of(text, c).items():
        if first < a:
            f.append(_BEFORE_FLAG[cue])
        if last > a:
            f.append(_AFTER_FLAG[cue])
    for pos, before_flag, after_flag in doc.year_flags_of(text, c):
        if pos != a:
            f.append(before_flag if pos < a else after_flag)
    f += doc.flags
    if c.in_brackets:
        f.append("brk")
    if c.in_table:
        f.append("tbl")
    if c.bulleted:
        f.append("bullet")
    if c.after_related:
        f.append("related")
    f.append(f"sec={c.section}")
    f.append(f"idx={min(c.index_in_clause, 3)}")
    f.append(f"n={min(c.numbers_in_clause, 4)}")
    return f


# Where a quantity's year may come from; the year model weighs each source.
YEAR_SOURCES = ("grammar", "sent_before", "sent_after", "plan", "plan-1", "stamp", "doc_first", "doc_mode",
                "any_mode", "date", "none")


def sentence_years_near(text: str, c: Candidate, doc: DocInfo) -> tuple[int | None, int | None]:
    """The last year the candidate's sentence names before it and the first after it."""
    ys = [(pos, y) for pos, y, how in doc.years_of(text, c) if how in ("by", "in", "date") and pos != c.anchor]
    before = [y for pos, y in ys if pos < c.anchor]
    after = [y for pos, y in ys if pos > c.anchor]
    return (before[-1] if before else None), (after[0] if after else None)


def year_options(text: str, c: Candidate, doc: DocInfo, grammar_year: int | None) -> dict[str, int | None]:
    """Each source's year for candidate `c` (sources that say nothing are left out)."""
    out: dict[str, int | None] = {"grammar": grammar_year, "none": None}
    if doc.plan_year is not None:
        out["plan"] = doc.plan_year
        out["plan-1"] = doc.plan_year - 1
    if doc.stamp_year is not None:
        out["stamp"] = doc.stamp_year
    before, after = sentence_years_near(text, c, doc)
    if before is not None:
        out["sent_before"] = before
    if after is not None:
        out["sent_after"] = after
    if doc.first_year is not None:
        out["doc_first"] = doc.first_year
    if doc.mode_year is not None:
        out["doc_mode"] = doc.mode_year
    if doc.any_mode_year is not None:
        out["any_mode"] = doc.any_mode_year
    if doc.date_year is not None:
        out["date"] = doc.date_year
    return out


def year_features(source: str, options: dict[str, int | None], kind: str, doc: DocInfo, c: Candidate) -> list[str]:
    """Flags for "the year is what `source` says"."""
    value = options[source]
    agree = sorted(s for s, y in options.items() if s != source and y == value)
    f = _year_context(source, kind, doc.result_share, doc.plan_year is None, doc.stamp_year is not None, c.in_brackets)
    f += [_ALSO[source, s] for s in agree]
    f.append(f"src={source}&agree={min(len(agree), 3)}")
    if value is not None and doc.plan_year is not None:
        f.append(f"src={source}&rel={_rel(value, doc.plan_year)}&k={kind}")
    return f


# The flags of a source in its context, spelled once per context (a fresh list
# each call: the caller extends it).
_CONTEXT_FLAGS: dict[tuple[str, str, str, bool, bool, bool], list[str]] = {}
_ALSO = {(a, b): f"src={a}&also={b}" for a in YEAR_SOURCES for b in YEAR_SOURCES}


def _year_context(source: str, kind: str, result_share: str, no_plan: bool, stamp: bool, brk: bool) -> list[str]:
    key = (source, kind, result_share, no_plan, stamp, brk)
    found = _CONTEXT_FLAGS.get(key)
    if found is None:
        ctx = [f"k={kind}", f"doc_r={result_share}", "py_none" if no_plan else "py",
               "stamp" if stamp else "nostamp", "brk" if brk else "nobrk"]
        found = _CONTEXT_FLAGS[key] = [f"src={source}"] + [f"src={source}&{x}" for x in ctx]
    return list(found)
