"""Which year a quantity is for: the year written with its value, in its clause or its
sentence, else the year its paragraph, heading or text speaks of (a plan's year, a dated page's,
an announced index's edition).

`SentenceYears` is the year half of the grammar's sentence reader: the reader inherits it and
gives it the text, the sentence, the reading context and the year a lead sentence set.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from muctieu.extract.cues import AIMED_AT, COMPARED_BEFORE_YEAR, MONTH_OR_QUARTER, cited, dated_year, index_year, years_in
from muctieu.extract.mentions import MOVE_VERB, MOVED_ON, RANK_REACHED_GAP, Mention, counted_noun_end, parenthesised
from muctieu.extract.wording import NEXT_AIMS_DEADLINE

if TYPE_CHECKING:
    from muctieu.extract.grammar import Context
    from muctieu.extract.grammar import _Draft
    from muctieu.extract.reading import Reading
    from muctieu.extract.segment import Sentence

_STAGE_FROM = re.compile(r"giai\s+đoạn\s+((?:19|20)\d\d)\s*[-–]\s*$", re.I)
# "đạt 29,7%, cao hơn chỉ tiêu ... là 25% vào năm 2025": the later year is the aim's it is set against
AIM_NAMED = re.compile(r"\b(?:chỉ|mục)\s+tiêu|\bkế\s+hoạch\b|\bphấn\s+đấu\b", re.I)
_HORIZON_BEFORE = re.compile(r"\b(?:định\s+hướng|tầm\s+nhìn)\s+(?:đến|tới)\s+(?:năm\s+)?$", re.I)
_DONE_WORD = re.compile(r"\bđã\b", re.I)
_HORIZON_AFTER = re.compile(r"\s*,?\s*(?:định\s+hướng|tầm\s+nhìn)\s+(?:đến|tới)\b", re.I)
# a year a target holds from, right after its value: "đạt 100% từ năm 2030 (trở đi)" (not a range's start)
_FROM_YEAR_ON = re.compile(r"\s*(?:kể\s+)?từ\s+(?:năm\s+)?((?:19|20)\d\d)\b(?!\s*(?:[-–/]|đến\b|tới\b))", re.I)
_INDEX_EDITION = re.compile(r"(?<!\w)[A-Z]{2,6}\s+((?:19|20)\d\d)\b")
_COMPARED_WITH = re.compile(r"\b(?:cao|thấp|lớn|nhỏ|nhiều|ít)\s+hơn\b[^.;\d]*$|\bgấp\s+(?:[\d,.]+\s+)?lần\b[^.;\d]*$", re.I)
NOW_WORDS = r"\b(?:(?:đến|tới)\s+nay|hiện\s+nay|hiện\s+tại)\b"
_AS_OF_NOW = re.compile(NOW_WORDS, re.I)
# "now" as a sentence's date (not "cao nhất từ trước đến nay", nor a period since a date: "từ ngày
# 1/1/2023 đến nay")
# (the first letters looked at first: a lookbehind tried at every position costs most of a search)
# (nor the "hiện" of a longer word: "thực hiện có hiệu quả", "thể hiện có")
_NOW_SAID = re.compile(r"(?=[đth])(?<!trước\s)(?<!\d\s)(?<!thực\s)(?<!thể\s)(?<!xuất\s)(?<!phát\s)(?<!biểu\s)"
                       r"(?:" + NOW_WORDS + r"|\bhiện\s+(?:đang\s+)?có\b"
                       # ("Hiện Quảng Ninh có 1.034 thủ tục …": now, a place between)
                       r"|\bhiện\s+(?-i:[A-ZĐ]\w*)(?:\s+(?-i:[A-ZĐ]\w*)){0,3}\s+(?:đang\s+)?có\b)", re.I)
_STRIVING_BEFORE = re.compile(r"\b(?:phấn\s+đấu|mục\s+tiêu)\s+(?:(?:đến|tới|vào|trong)\s+)?(?:năm\s+)?$", re.I)
# "xếp 29/63 trong khi năm 2020 thì ...": a year after a contrast is another value's
_CONTRAST_BEFORE = re.compile(r"\b(?:trong\s+khi|còn|nhưng|khi\s+đó)\s+(?:(?:vào|trong)\s+)?(?:năm\s+)?$", re.I)
_OWN_YEAR_LATE = re.compile(r"(?:\s+(?!và\b|rồi\b|tiếp\b)[^\W\d]+){1,4}\s+(?:vào|trong)\s+năm\s+", re.I)
# Between a number (and its unit words) and a year that is its own: "năm", "vào năm", "trong năm".
# ("12,87% GDP năm 2021": after the whole the share is of, too)
_OWN_YEAR_GAP = re.compile(r"\s*(?:(?-i:GR?DP)\s+|vào\s+|trong\s+|của\s+)?năm\s+", re.I)
# A horizon the text sets its aims by: "Mục tiêu … đến 2030, …", "phấn đấu đến hết năm 2025" (not a
# stage's start: "từ 2021 đến 2025" keeps its end)
_HORIZON_YEAR = re.compile(r"\b(?:đến|tới)\s+(?:hết\s+|cuối\s+)?(?:năm\s+)?((?:19|20)\d\d)\b(?!\s*[-–/]\s*\d)", re.I)
# (not a vision beyond the aims: "Đề án … đến năm 2025, tầm nhìn đến năm 2045")
_NO_HORIZON_BEFORE = re.compile(r"(?:tầm\s+nhìn|định\s+hướng)\s+$", re.I)
_NEXT_DEADLINE = re.compile(NEXT_AIMS_DEADLINE + "$", re.I)
_CONGRESS_TERM = re.compile(r"\bđại\s+hội\b[^.;\n]{0,100}?\bnhiệm\s+kỳ\s+(?:19|20)\d\d\s*[-–]\s*$", re.I)
_DIGIT = re.compile(r"\d")
_SPELLED_YEARS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5}
# "sau (hơn) 1 năm triển khai thực hiện nghị quyết": a span since a document took effect
_YEARS_SINCE = re.compile(r"\bsau\s+(?:hơn\s+|gần\s+)?(\d|một|hai|ba|bốn|năm)\s+năm\s+(?:triển\s+khai|thực\s+hiện)", re.I)
# the document it counts from, dated: "Nghị quyết số 01-NQ/TU ngày 31/12/2020", "Kế hoạch … ban hành tháng 3/2021"
_DOCUMENT_DATED = re.compile(r"\b(?:nghị\s+quyết|kế\s+hoạch|đề\s+án|chương\s+trình|quyết\s+định)\b[^.\n]{0,120}?"
                             r"(?:ngày\s+\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*|tháng\s+\d{1,2}\s*[/-]\s*)((?:19|20)\d\d)\b", re.I)


def years_after_document(text: str, anchor: int) -> int | None:
    """The year a text reports "sau N năm triển khai" a document it dated before: its year plus N (an undated
    text's results, told as a span since the document)."""
    return next((year for at, year in reversed(_spans_since_documents(text)) if at < anchor), None)


@lru_cache(maxsize=4)
def _spans_since_documents(text: str) -> tuple[tuple[int, int], ...]:
    """(where, year) of each "sau N năm triển khai" after a dated document, read once per text."""
    out = []
    for since in _YEARS_SINCE.finditer(text):
        dated = None
        for d in _DOCUMENT_DATED.finditer(text, 0, since.start()):
            dated = d
        if dated is not None:
            n = since.group(1).lower()
            out.append((since.start(), int(dated.group(1)) + (int(n) if n.isdigit() else _SPELLED_YEARS[n])))
    return tuple(out)
_PERIOD_IN_BRACKET = re.compile(r"(?:năm|giai\s+đoạn|nhiệm\s+kỳ)\s*\(\s*(?:19|20)\d\d\s*[-–]\s*$", re.I)
# (what is added is things or a number of them: "cùng với số trạm 5G …", "cùng với 400 trạm …"; not a
# deed alongside, "Cùng với việc triển khai Đề án 06 trong năm 2024, tỉnh đã cấp …", whose year is the sentence's)
_ADDEND_BEFORE = re.compile(r"\bcùng\s+với\s+(?:(?:tổng\s+)?số\b|các\b|những\b|\d)[^,;.:\n]*$", re.I)
_OWN_DATE_AFTER = re.compile(rf"\s*(?:vào\s+|trong\s+)?(?:cuối\s+|đầu\s+|giữa\s+)?{MONTH_OR_QUARTER}\s*/\s*((?:19|20)\d\d)\b", re.I)
_OWN_YEAR_BRACKET = re.compile(r"\s*\(\s*(?:năm\s+)?((?:19|20)\d\d)\s*\)")
_YEAR_DIGITS = re.compile(r"(?:19|20)\d\d")


# "… của năm ngoái" right after a value: last year's
_LAST_YEAR = re.compile(r"\s*(?:của\s+|trong\s+|vào\s+)?năm\s+(?:ngoái|trước)\b", re.I)
# last year as the time a clause reports, not what it compares with ("so với năm trước", "cùng kỳ năm ngoái")
# (nor an earlier value's, "từ vị trí số 28 của năm ngoái lên …", nor "từ nhiều năm trước")
# (the word looked at first, the eleven lookbehinds then: same matches, at a fraction of the cost)
_LAST_YEAR_LEAD = re.compile(r"(?=năm\s)(?<!so với )(?<!so )(?<!kỳ )(?<!hơn )(?<!bằng )(?<!với )(?<!của )(?<!nhiều )(?<!những )"
                             r"(?<!các )(?<!mấy )\bnăm\s+(?:ngoái|trước)\b", re.I)
# a move over more than a year, or within one, said in its sentence ("giai đoạn 2014 - 2020 từ vị trí 99 lên
# vị trí 86", "Tròn một năm từ khi … tháng 10/2025, … thứ hạng từ 43 lên thứ 15", "Tháng 4/2024, … từ vị trí 35 lên 20")
_MOVE_SPAN_NAMED = re.compile(r"\b(?:giai\s+đoạn|từ\s+khi|từ\s+năm|(?:sau|qua|trong|tròn)\s+(?:\d+|một|hai|ba|bốn|năm|mấy|"
                              r"nhiều|vài)\s+năm|tháng\s+\d{1,2}\s*/\s*\d{4}|quý\s+(?:[IV]+|\d)|tuần)\b", re.I)
_FOUR_DIGIT_YEAR = re.compile(r"(?<![\d/.,])(?:19|20)\d\d(?![\d/.,]\d)")


def _moves_over_another_span(sentence: str, year: int) -> bool:
    """Whether the sentence of a move's starting place names a span other than the year before: a
    period, a year earlier than that, a month or a quarter."""
    return bool(_MOVE_SPAN_NAMED.search(sentence)) or any(int(y) < year - 1 for y in _FOUR_DIGIT_YEAR.findall(sentence))


def year_named_for(bracket_years: list[tuple[int, int]], anchor: int) -> int | None:
    """Of the (position, year) a bracket names, the one of the number at `anchor`: the last year before it,
    its own in a list ("(năm 2020 xếp hạng 27, năm 2021 xếp thứ 21, …)"), else the bracket's first."""
    before = [y for pos, y in bracket_years if pos < anchor]
    return before[-1] if before else (bracket_years[0][1] if bracket_years else None)


# from a move's starting year to the value it reached: "2020 xuống ", "2021) lên mức "
_MOVE_STARTED_IN = re.compile(r"(?:19|20)\d\d\s*\)?\s*,?\s*" + MOVE_VERB + r"\s+(?:(?:mức|khoảng|gần|hơn|trên|thứ|hạng|vị\s+trí)\s+)*",
                              re.I)
_MOVE_START_BEFORE = re.compile(r"\btừ\s+(?:mức\s+|vị\s+trí\s+)?(?:thứ\s+)?\d[\d.,]*[^\d\n]{0,30}?(?:năm\s+|\(\s*(?:năm\s+)?)$", re.I)
# what sets a figure against an earlier time or the aim: "so với giai đoạn trước", "cùng kỳ", "tăng gấp đôi"
# (not a share's denominator: "so với tổng số")
_SET_AGAINST_BEFORE = re.compile(r"\bso\s+với\b(?!\s+tổng)|\bcùng\s+kỳ\b|\bgấp\s+(?:đôi|\d)", re.I)


# the horizon in the name of a document an event was about: "tổ chức 02 hội nghị về Đề án chuyển đổi số … giai
# đoạn 2022-2025, định hướng đến năm 2030"
_NAMED_HORIZON = re.compile(r"\bvề\s+(?:(?:việc\s+)?triển\s+khai\s+)?(?:đề\s+án|kế\s+hoạch|chương\s+trình|nghị\s+quyết|chiến\s+lược|"
                            r"quyết\s+định)\b[^;.:]{0,160}\b(?:định\s+hướng|tầm\s+nhìn)(?:\s+(?:đến|tới))?(?:\s+năm)?\s*$",
                            re.I)


def named_index_year(reading: Reading, ref_year: int | None, dated: int | None = None) -> int | None:
    """The first year an index or ranking the text names measures (not after the text's own year,
    nor an old ranking recalled: one is published the year after it measures, and read the year after that)."""
    text = reading.text
    for ls, le in reading.lines():
        if not _YEAR_DIGITS.search(text, ls, le):
            continue
        for sent in reading.sentences(ls, le):
            if (iy := index_year(text[sent.start:sent.end])) and (ref_year is None or iy <= ref_year) \
                    and (dated is None or iy >= dated - 2):
                return iy
    return None


def _index_place_or_value(m: Mention) -> bool:
    """A rank, or a value with no unit but points ("0,6124", "88,5 điểm")."""
    return m.unit == "rank" or (m.unit == "other" and (m.unit_text or "").strip().lower() in ("", "điểm"))



class SentenceYears:
    """The years of one sentence's quantities (mixed into the grammar's sentence reader)."""

    text: str
    sent: Sentence
    ctx: Context
    reading: Reading
    lead_year: int | None
    _years: list[tuple[int, int]] | None
    _brackets: list[tuple[int, int]] | None

    def _asides(self) -> list[tuple[int, int]]:
        """`parenthesised` of its sentence, read once (asked again for each of its values; callers
        only read the list)."""
        if self._brackets is None:
            self._brackets = parenthesised(self.text, self.sent.start, self.sent.end)
        return self._brackets

    def _stage_served(self, cue: str, pos: int, year: int) -> bool:
        """"(Kế hoạch năm 2024) ... nhằm hoàn thành nhiệm vụ giai đoạn 2021 - 2025 gồm: ...": the end of
        a stage that a year's plan serves is no year of that plan's targets."""
        plan = self.ctx.plan_year
        stage = _STAGE_FROM.search(cue, max(0, pos - 25), pos) if plan is not None and year > plan else None
        return bool(stage) and int(stage.group(1)) <= plan  # type: ignore[operator]

    def _year_in_own_clause(self, d: _Draft, year: int) -> bool:
        """Is `year` written in this quantity's own clause, before its number?"""
        return any(y == year and d.start <= pos < d.mention.anchor for pos, y in self._sentence_years())

    def _to_come(self, d: _Draft, year: int) -> bool:
        """Is the value set, later in its sentence, in a year after the text's ("tăng 15-20% mỗi
        năm, chiếm 15-20% ... vào năm 2030" in a text of 2025)?"""
        return self.ctx.ref_year is not None and year > self.ctx.ref_year and \
            (m := re.search(rf"\bvào\s+(?:năm\s+)?{year}\b", self.text[d.mention.end:self.sent.end], re.I)) is not None \
            and not AIM_NAMED.search(self.text, d.mention.end, d.mention.end + m.start())

    def _aimed_year(self, year: int) -> bool:
        """Is `year` the year this sentence strives for ("phấn đấu năm 2024 thu hút …"; not "mục tiêu năm
        2021 là 50%" beside a result)?"""
        # (a year already past when the page was written is no aim still to come)
        return (self.ctx.ref_year is None or year >= self.ctx.ref_year) and re.search(
            rf"\bphấn\s+đấu\s+(?:(?:trong|đến|tới)\s+)?năm\s+{year}\b", self.text[self.sent.start:self.sent.end], re.I) is not None

    def _aims_year(self, before: list[tuple[int, int]], kind: str) -> int:
        """The last of the years before a value, but an aim's deadline, not the vision after it:
        "Đến năm 2025, tầm nhìn đến năm 2030, kinh tế số chiếm 20% GRDP" is for 2025 (when the pair
        stands in a document cited after the sentence's own deadline, "Đến năm 2030, hoàn thành …
        theo Quyết định 749 … đến năm 2025, tầm nhìn đến năm 2030; …", that deadline holds)."""
        if len(before) >= 2 and kind == "target" \
                and _HORIZON_BEFORE.search(self.text, max(0, before[-1][0] - 30), before[-1][0]) \
                and _HORIZON_AFTER.match(self.text, before[-2][0] + 4):
            own = [y for pos, y in before[:-2] if not cited(self.text, pos)]
            return own[-1] if own else before[-2][1]
        return before[-1][1]

    def _deadline(self, year: int) -> bool:
        """Is `year` written as a deadline in this sentence ("đến năm 2025", "đến 2025",
        not "đến hết năm 2023" or "tính đến năm"; but the end of a year after the text's own is still
        to come: "đến hết năm 2025" in a page of 2024)?"""
        sent = self.text[self.sent.start:self.sent.end]
        own = self.ctx.stamp[0] if self.ctx.stamp else self.ctx.ref_year
        if own is not None and year > own \
                and (stage := re.match(rf"\W*(?:trong\s+)?giai\s+đoạn\s+((?:19|20)\d\d)\s*[-–]\s*{year}\s*[,:]", sent, re.I)) \
                and not (int(stage.group(1)) < own and _SET_AGAINST_BEFORE.search(sent)):
            # "Trong giai đoạn 2020 - 2025, tỉnh hỗ trợ 100 ý tưởng …" on a page of 2020 ("Trong giai đoạn 2026-2030:
            # 100% …" too): the stage the sentence opens on is still to run (not what a page part-way through it
            # sets against before: "…, tỉnh thu hút 120 dự án, tăng 30% so với giai đoạn trước", "có 1.250 doanh
            # nghiệp, tăng gấp đôi")
            return True
        # (a year without its word only when still to come by the page's date: "Đến 2025, tổng sản phẩm …
        # đạt …" on a page of 2025 tells where it stands)
        return any(not (m.group(1) or "").strip().lower() in ("hết", "tính", "nay")
                   and (not m.group(2) or own is not None and year > own)
                   and (m.group(3) or not self.ctx.stamp or year > self.ctx.stamp[0])
                   for m in re.finditer(rf"(\S+\s+)?(?:đến|tới)\s+(?:cuối\s+)?(hết\s+)?(năm\s+)?{year}\b", sent, re.I))

    def _bracket_year(self, anchor: int) -> int | None:
        """The year a bracket holding this number names: "(năm 2022 là 95%)"."""
        return year_named_for(self._bracket_years(anchor), anchor)

    def _bracket_years(self, anchor: int) -> list[tuple[int, int]]:
        """(position, year) of the years the bracket holding this number names."""
        for s, e in self._asides():
            if s < anchor < e:
                ys = [(s + pos, y) for pos, y, how in years_in(self.text[s:e]) if how in ("by", "in")]
                # ("(PII 2023 xếp hạng 7)": an index's edition names its year)
                return sorted(ys + [(m.start(1), int(m.group(1))) for m in _INDEX_EDITION.finditer(self.text, s, e)])
        return []

    def _sentence_years(self) -> list[tuple[int, int]]:
        """(position, year) of the years its sentence dates things by, read once per sentence."""
        if self._years is None:
            asides = self._asides()
            self._years = [
                (pos, y)
                for pos, y, how in self.reading.years(self.sent.start, self.sent.end)
                if how in ("by", "in")
                and (not any(s <= pos < e for s, e in asides)
                     # "Trong 3 năm (2022 - 2024), ...": a period named in brackets dates its sentence
                     or _PERIOD_IN_BRACKET.search(self.text, max(0, pos - 40), pos))
                and not self._stage_served(self.text, pos, y)  # (not the end of a stage a year's plan serves)
            ]
        return self._years

    def _own_year(self, d: _Draft) -> tuple[int, bool] | None:
        """The year written right after a value, its own ("thứ 2 năm 2021, thứ 4 năm 2022": not the
        year of the number before it), and whether it came after the value's object ("... và tiến tới
        phủ sóng 99% dân số vào năm 2030": that value's alone, carried to no other)."""
        # ("45.600 DN năm 2019, 58.000 DN năm 2020": after the noun counted, too)
        after_noun = counted_noun_end(self.text, d.mention)
        years = self._sentence_years()
        if self.text.find("(", self.sent.start, d.mention.anchor) >= 0:
            # ("(tỷ lệ … đạt 90% vào năm 2025 và 95% vào năm 2030)": in the value's own bracket a
            # year is no aside to it)
            inside = next(((s, e) for s, e in self._asides()
                           if s < d.mention.anchor < e), None)
            if inside:
                years = sorted(set(years) | {(pos, y) for pos, y, how in self.reading.years(*inside)
                                             if how in ("by", "in")})
        own = [(pos, y) for pos, y in years if d.mention.end <= pos < d.end
               and (_OWN_YEAR_GAP.fullmatch(self.text, after_noun, pos)
                    or pos <= d.seg_end and _OWN_YEAR_LATE.fullmatch(self.text, d.mention.end, pos))]
        if bracket := _OWN_YEAR_BRACKET.match(self.text, d.mention.end):
            own = [(bracket.start(1), int(bracket.group(1)))]  # "50% (năm 2025) và 80% (năm 2030)"
        elif not own and (date := _OWN_DATE_AFTER.match(self.text, d.mention.end)):
            own = [(date.start(1), int(date.group(1)))]  # "từ 10,76% năm 2019 lên 30,1% vào tháng 12/2020"
        if not own:
            return None
        return own[0][1], not _OWN_YEAR_GAP.fullmatch(self.text, after_noun, own[0][0])

    def _year_before(self, d: _Draft, kind: str, year: int, stated: bool, own_year: tuple[int, bool] | None) -> bool:
        """Is the value of the year before `year`, the one read for it: last year's ("từ vị trí số 28 của
        năm ngoái" in news of PCI 2024: 2023; "Năm ngoái, cả nước ghi nhận hơn 6.000 vụ …" in news of
        2025: 2024), or where a yearly ranking's move started ("thăng 7 bậc (từ vị trí 53 lên 46)")?"""
        text, m = self.text, d.mention
        if _LAST_YEAR.match(text, counted_noun_end(text, m)):
            return True
        # (_LAST_YEAR_LEAD, case-insensitive and tried at every position, only when the words hold its last word)
        if not stated and ("ngoá" in (low := text[d.start:m.anchor].lower()) or "trước" in low) \
                and _LAST_YEAR_LEAD.search(text, d.start, m.anchor):
            return True
        if kind != "result" or m.op != "from" or own_year is not None \
                or _moves_over_another_span(text[self.sent.start:self.sent.end], year):
            return False
        if m.unit == "rank":
            return (gap := RANK_REACHED_GAP.match(text, m.end)) is not None and text[gap.end():gap.end() + 1].isdigit()
        # "Năm 2022, chỉ số … giảm từ 87,61% xuống 86,78%", "số doanh nghiệp tăng từ 450 lên 620": where any
        # move started is the year before too
        return bool(MOVED_ON.match(text, m.end) or MOVED_ON.match(text, counted_noun_end(text, m)))

    def _year(self, d: _Draft, kind: str, own_year: tuple[int, bool] | None) -> tuple[int | None, bool]:
        """The year a quantity is for, and whether its own sentence says so. `own_year`: what
        `_own_year(d)` says (the caller reads it once: it needs it too)."""
        ctx = self.ctx
        found = self._sentence_years()
        anchor = d.mention.anchor
        if kind == "target" and (since := _FROM_YEAR_ON.match(self.text, d.mention.end)):
            return int(since.group(1)), True  # "đạt 100% từ năm 2030": the aim holds from that year on
        if own_year:
            return own_year[0], True
        if kind == "target" and (term_end := _term_end_aimed_at(self.text, self.sent.start, anchor)):
            return term_end, True  # "phấn đấu đến hết nhiệm kỳ có 3.500 đoàn viên": the end of the term named before
        # "Nghị quyết ... giai đoạn 2021 - 2025, định hướng đến năm 2030, đến nay 100% xã ...": a year
        # before "đến nay" dates nothing reached now
        found = [(pos, y) for pos, y in found if not (pos < anchor and _AS_OF_NOW.search(self.text, pos, anchor))]
        # ("giảm từ 91,2% năm 2020 xuống 85,4%": the year of where a move started is not where it reached)
        found = [(pos, y) for pos, y in found if not (pos < anchor and _MOVE_STARTED_IN.fullmatch(self.text, pos, anchor)
                                                      and _MOVE_START_BEFORE.search(self.text, max(0, pos - 60), pos))]
        if kind == "result":
            # (nor the horizon in the name of a document an event was about: "tổ chức 02 hội nghị về Đề án chuyển đổi số giai đoạn
            # 2022-2025, định hướng đến năm 2030; tổ chức 03 đợt tập huấn")
            found = [(pos, y) for pos, y in found if not _NAMED_HORIZON.search(self.text, max(0, pos - 200), pos)]
            # "Bám sát Nghị quyết … đến năm 2025, định hướng đến năm 2030, ngay từ đầu năm 2024, … 100% khu dân
            # cư đã được phủ sóng": a plan's horizons date nothing reached
            # (when what follows says it was done: a horizon with no "đã" after it is the value's own aim)
            found = [(pos, y) for pos, y in found if not (
                (_HORIZON_BEFORE.search(self.text, max(0, pos - 30), pos) or _HORIZON_AFTER.match(self.text, pos + 4))
                and pos < anchor and _DONE_WORD.search(self.text, pos, anchor))]
            # (nor the end of a congress's term, "Đại hội … lần thứ XII, nhiệm kỳ 2025-2030; kết nạp 4.722 hội
            # viên": what it did is of the year it met)
            found = [(pos, y) for pos, y in found if not ("kỳ" in self.text[max(0, pos - 12):pos]
                                                          and _CONGRESS_TERM.search(self.text, max(0, pos - 140), pos))]
        # ("Cùng với số trạm triển khai năm 2024, Viettel đang sở hữu … 30.000 trạm": the year of what is
        # added dates no total it makes)
        found = [(pos, y) for pos, y in found if not (pos < anchor and _ADDEND_BEFORE.search(self.text, max(0, pos - 80), pos)
                                                      and "," in self.text[pos:anchor])]
        before = [(pos, y) for pos, y in found if pos < anchor and pos >= d.start]
        if before:
            year = self._aims_year(before, kind)
            if kind == "result" and self.text[before[-1][0] - 1] == "/" and before[-1][1] == year:
                # ("Tính đến đầu tháng 10/2024, toàn quốc còn 761 thôn … . Trong đó, …": a date its
                # paragraph's next results are of, as an undated clause's)
                ctx.dated = (year, ctx.line_start)
            return year, True
        after = [(pos, y) for pos, y in found if anchor < pos < d.end
                 and not _CONTRAST_BEFORE.search(self.text, max(0, pos - 20), pos)
                 # (nor the horizon it aims at: "Trồng 1 triệu cây xanh hướng tới mục tiêu NetZero năm 2050")
                 and not AIMED_AT.search(self.text, max(anchor, pos - 50), pos)
                 # (nor the year of what it is compared with: "…, cao hơn doanh thu của toàn ngành phần
                 # mềm năm 2008", "gấp 3 lần năm 2020")
                 and not _COMPARED_WITH.search(self.text, max(anchor, pos - 70), pos)
                 and not COMPARED_BEFORE_YEAR.search(self.text, max(anchor, pos - 50), pos)
                 # (nor the deadline of the next value: "… chiếm ít nhất 20% GRDP và đến năm 2030 chiếm khoảng 30%")
                 and not (_NEXT_DEADLINE.search(self.text, max(anchor, pos - 30), pos)
                          and _DIGIT.search(self.text, pos + 4, d.end))
                 # (a result is not of the deadline an aim after it strives for: "ước đạt 7%, phấn
                 # đấu đến năm 2025 đạt 20%")
                 and not (kind == "result" and _STRIVING_BEFORE.search(self.text, max(0, pos - 30), pos))]
        if after:
            return after[0][1], True
        compared = next((y for pos, y in found if anchor < pos < d.end
                         and COMPARED_BEFORE_YEAR.search(self.text, max(anchor, pos - 50), pos)), None) \
            if kind == "result" else None  # (only a result is dated by it)
        home = ctx.ref_year or (ctx.stamp[0] if ctx.stamp else None) or ctx.result_ref_year
        if kind == "result" and compared is not None and (home is None or home in (compared + 1, compared + 2)):
            # "đạt 44% …, tăng 7% so kết quả đạt được năm 2019" in a page of January 2021: the
            # year after the one it is compared with (a report of the text's own year, or the last)
            return compared + 1, True
        before_sent = [(pos, y) for pos, y in found if pos < anchor]
        if before_sent:
            return self._aims_year(before_sent, kind), True
        if kind == "result" and ctx.plan_year is None and ctx.result_ref_year is not None \
                and not (ctx.stamp and ctx.stamp[1] <= 2) and _NOW_SAID.search(self.text, self.sent.start, anchor):
            # "Năm 2021, tỉnh triển khai … Đến nay, 18/20 cơ quan …" in news of 2022: up to the
            # text's own year, not the year an earlier sentence of its paragraph spoke of (not early
            # in a year, when "now" may still be the last year's review)
            return ctx.result_ref_year, False
        if self.lead_year is not None:
            return self.lead_year, False
        if kind == "result":
            # "Tháng 12/2025, tỷ lệ ... ở mức 90%. Cùng thời điểm đó, 100% ..."
            if dated := dated_year(self.text[self.sent.start:anchor], ctx.result_ref_year if ctx.plan_year is None else None):
                ctx.dated = (dated, ctx.line_start)
                return dated, False
            if ctx.dated and ctx.dated[1] == ctx.line_start:
                return ctx.dated[0], False
        if kind == "result" and ctx.plan_year is None and (ctx.index_year or ctx.named_index_year) \
                and _index_place_or_value(d.mention):
            # "Bộ công bố kết quả chuyển đổi số năm 2022, tỉnh đứng thứ 26/63. Tỉnh còn xếp thứ
            # 17/63 về chính quyền số": a place's ranks and values are in the index the news named
            # (before or, when none was named yet, after them)
            return ctx.index_year or ctx.named_index_year, False
        if ctx.year is not None and (kind == ctx.kind or ctx.kind == "target") and not (
                kind == "result" and ctx.kind == "target" and ctx.year > (ctx.plan_year or ctx.ref_year or ctx.year)):
            # (a result is never of a deadline after the text's own year: "Đến nay, ..."
            # after "đến năm 2030 ..." is no 2030 figure)
            return ctx.year, False
        if kind == "result" and ctx.plan_year is None and ctx.index_year is not None and (
                ctx.index_announced or ctx.stamp is not None or ctx.result_ref_year is None
                or ctx.result_ref_year <= ctx.index_year):
            # (an undated text that names a later year of its own and does not announce the index reports
            # that year: "năm 2022 ngành … Nhờ đó, Chỉ số DTI năm 2021 xếp thứ 41/63. Đối với hạ tầng số: …")
            return ctx.index_year, False
        if kind == "result":
            if ctx.stamp and ctx.stamp[0] == ctx.plan_year and ctx.stamp[1] >= 10:
                return ctx.plan_year, False  # a year-end review dated that December
            if ctx.plan_year is None and ctx.result_ref_year is None and (since := years_after_document(self.text, anchor)):
                return since, False  # "Nghị quyết … ngày 31/12/2020 …. Sau 1 năm triển khai thực hiện nghị quyết, …"
            return (ctx.plan_year - 1 if ctx.plan_year else ctx.result_ref_year), False
        if ctx.plan_year or ctx.ref_year:
            return ctx.plan_year or ctx.ref_year, False
        # (a text with no year of its own whose aims were set "đến 2030" a paragraph before: that
        # horizon's, as a plan's title would give it)
        horizon = None
        for m in _HORIZON_YEAR.finditer(self.text, 0, anchor):
            if not _NO_HORIZON_BEFORE.search(self.text, max(0, m.start() - 15), m.start()):
                horizon = m
        return (int(horizon.group(1)) if horizon else None), False


# an aim set for the end of a term: "đến hết nhiệm kỳ", "cuối nhiệm kỳ"; the term itself, named earlier
_TERM_END_AIM = re.compile(r"\b(?:hết|cuối)\s+nhiệm\s+kỳ\b(?!\s*(?:19|20)\d\d)", re.I)
_TERM_NAMED = re.compile(r"\bnhiệm\s+kỳ\s+((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)\b", re.I)


def _term_end_aimed_at(text: str, start: int, anchor: int) -> int | None:
    """The last year of the term named before `anchor`, when the words of the value's sentence before it
    aim at the term's end ("phấn đấu đến hết nhiệm kỳ có 3.500 đoàn viên" after "nhiệm kỳ 2025-2030")."""
    if not _TERM_END_AIM.search(text, start, anchor):
        return None
    terms = [m for m in _TERM_NAMED.finditer(text, 0, anchor) if int(m.group(1)) < int(m.group(2))]
    return int(terms[-1].group(2)) if terms else None
