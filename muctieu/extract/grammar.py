"""The target/result grammar: sentences and their quantities → `TargetRecord`s.

Reading order: each line may be a heading (it sets the pillar, and whether
what follows are targets or results); each sentence is split into clauses at
";" and ":"; in each clause every quantity gets the words around it as its
indicator — the words before it ("Tỷ lệ X đạt 80%"), after it ("100% X được
Y"), or both ("phủ 75% hộ gia đình") — and a scope when one sentence splits
its values by administrative level.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from muctieu.extract.changes import PER_YEAR, is_change
from muctieu.extract.cues import AIMED_AT, cited, due_in_year, section_kind, clause_kind, index_year, reference_year, section_cue, says_nothing_of_results, speaks_of_results, states_aims_only, years_in
from muctieu.extract.mentions import (
    COMPARED_EDITION,
    PAIR_GAP,
    PARTS_AFTER_WHOLE,
    Mention,
    counted_noun_end,
    restated,
    without_high_end,
)
from muctieu.extract.parallel import RESPECTIVELY as _RESPECTIVELY
from muctieu.extract.parallel import OPENS_OBJECT, Parallel, core_words, groups, levels_in_posts, respectively
from muctieu.extract.pillars import (
    choose_pillar,
    heading_pillars,
    is_numbering,
    is_pillar_label,
    lead_in_pillars,
    pillars_named,
    title_pillars,
    is_heading_line,
    is_numbered_heading,
    is_structural_heading,
    heading_depth,
    LETTER_DEPTH,
    measure_pillar,
    subject_pillar,
)
from muctieu.extract.records import TargetRecord
from muctieu.extract.ranklists import RankList, places_ranked_after, ranklist_records
from muctieu.extract.yearrows import year_row_records
from muctieu.extract.years import AIM_NAMED, NOW_WORDS, SentenceYears, named_index_year, year_named_for
from muctieu.extract.respective import later_years_in_brackets, respective_years, restated_ranks
from muctieu.extract.headlines import restate_headlines
from muctieu.extract.references import PLACED_ONLY, resolve, wordless
from muctieu.documents.metadata import (
    DATE_STAMP,
    congress_term_end,
    date_stamp,
    is_plan_document,
    names_a_plan_year,
    opens_as_report,
    reports_on_plan_year,
)
from muctieu.extract.reading import Reading
from muctieu.extract.segment import without_press_tags, with_vietnamese_letters, Clause, Sentence, strip_bullet
from muctieu.extract.flat_tables import BorderlessTables
from muctieu.extract.stacked_tables import find_stacked_tables, stacked_records
from muctieu.extract.tables import Table, table_records
from muctieu.extract.wording import (
    ABOUT_FIELD,
    AS_FOLLOWS_END,
    NAMED_PLACE,
    PLACE_NAME,
    POPULATION_GROUP,
    SCOPE_LIST_RE,
    SCOPE,
    SCOPE_RE,
    WHOLE_PLACE_END,
    clean_post,
    clean_pre,
    content_words,
    drop_asides,
    from_head,
    has_head,
    remove_scope,
    squash,
    tidy_commas,
    with_its_whole,
)


@dataclass(slots=True)
class Context:
    """What the headings and lead sentences read so far say."""

    plan_year: int | None
    # A text with no plan year (news, a report) speaks from the year of its
    # latest own date ("phiên họp quý I/2026", "công bố tháng 5/2025").
    ref_year: int | None = None
    # ... and the year its results default to: never a deadline it names ("đến năm 2030")
    result_ref_year: int | None = None
    pillars: list[str] = field(default_factory=list)
    kind: str = "target"
    year: int | None = None
    # "cue" when words said so ("Kết quả ..."), "year" when only a past year
    # opened the paragraph: the latter ends at the next heading.
    kind_source: str = "cue"

    @property
    def plan_or_next(self) -> int | None:
        """The plan's year, or for a text without one the year after its own date:
        years before it are past."""
        # (a text dated only by its deadlines, "Mục tiêu đến năm 2030", has no past of its own)
        # (aims set for a later year than the page's own, "Đại hội … nhiệm kỳ 2025-2030" or next year's plan in news
        # of 2025, leave the years up to them still to come: the page speaks from its results' year)
        return self.plan_year or (min(self.ref_year, self.result_ref_year) + 1 if self.ref_year and self.result_ref_year
                                  else None)
    stamp: tuple[int, int] | None = None  # a crawler's "date YYYY-MM" line
    # A lead-in that names a pillar after its first words ("Các chỉ tiêu cụ
    # thể của tỉnh về kinh tế số là:") speaks for its paragraph and the list
    # its colon opens; a heading's or section opener's pillar (`pillars`)
    # lasts until the next heading.
    lead_pillars: list[str] = field(default_factory=list)
    lead_opens_list: bool = False
    lead_opens_next: bool = False  # a figure-free lead-in speaks for the next paragraph too
    # A title that names one pillar ("Kế hoạch phát triển kinh tế số ...",
    # "Lào Cai tăng tốc phát triển hạ tầng số") is the text's top heading.
    title_pillars: list[str] = field(default_factory=list)
    # News of an index or ranking ("công bố kết quả DTI năm 2022"): the year
    # its results were measured, not the year of the news.
    index_year: int | None = None
    index_announced: bool = False  # a sentence naming an index announces it ("công bố ... DTI năm 2022")
    # the first index year the whole text names, read before its lines: "UBND huyện … xếp thứ 1 với
    # 518,92 điểm. … căn cứ kết quả đánh giá, xếp hạng năm 2022": ranks named before their year
    named_index_year: int | None = None
    # News: "Đến năm 2030, 100% DVCTT ... . Tỉnh sẽ giảm 30% ...": a deadline
    # speaks for the plain sentences after it in its paragraph (year, line).
    carry: tuple[int | None, int] | None = None
    # the carried aims' paragraph opens as their continuation ("Bên cạnh đó, 60% …"): what its
    # values' own words say after them (a subject's "đã đưa vào vận hành") does not make results
    continued: bool = False
    # how deep the numbering of the line that named the pillar sits (pillars.heading_depth):
    # "1.1. Ngày Chuyển đổi số" under "1. Nhận thức số" stays in its section
    pillar_depth: int = 0
    dated: tuple[int, int] | None = None  # a result's date, for its paragraph (year, line)
    reached: int | None = None  # the line whose last record its own words said was reached
    line_start: int = 0
    prev_line_start: int = -1  # where the line before the current one starts
    year_line: int = 0  # the line whose lead set the past year (kind_source "year")
    # the year of the paragraph's last record (year, line): "Trong đó, ..." goes on with it
    last_year: tuple[int | None, int] | None = None
    # the last wording of each rate written with its unit ("thuê bao/100 dân"): (wording, line)
    last_rate: dict[str, tuple[str, int]] = field(default_factory=dict)
    # a line that names a measure and opens a list with its colon ("Tỷ lệ thí sinh nhập học cao nhất:"): the
    # measure's words, for the "Tên: giá trị" lines under it
    list_measure: str = ""


@dataclass(slots=True)
class _Draft:
    """A record being built, before scope and sharing rules settle it."""

    mention: Mention
    base: str  # indicator words before the number
    post: str  # indicator words after the number
    post_raw_tail: str  # for shared-tail borrowing
    scope: str | None
    scope_from: str | None  # "pre", "post", "post-object"
    start: int
    end: int
    seg_end: int  # end of this quantity's own words (before the next quantity's)
    toll: str | None = None  # the events whose toll this count is ("cháy" of "998 vụ cháy, làm 20 người chết")


# the words a value's clause says of its things, after them ("… được xử lý trên môi trường mạng")
_SAID_OF_THINGS = re.compile(r"\s(?:được|đã\s+được|sẽ\s+được)\s.*$")
_ANY_VERB_SAID = re.compile(r"\b(?:được|đã|có|là|đạt|sẽ)\b", re.I)
_WHOSE_PLACE = re.compile(r"\s(?:tại|của|ở)\s")  # where an item's things are: its group


def _share_last_predicate(drafts: list[_Draft]) -> None:
    """"90% hồ sơ công việc tại Sở Y tế; 80% hồ sơ công việc của các đơn vị tuyến huyện; 60% hồ sơ
    công việc của trạm y tế xã được xử lý trên môi trường mạng": items of one head told in turn split
    it by the group each names, and share the predicate only the last one writes."""
    def head_of(d: _Draft | None) -> str | None:
        if d is None or d.base or d.scope or not (at := _WHOSE_PLACE.search(d.post)):
            return None
        head = d.post[:at.start()].lower()
        return head if len(head.split()) >= 2 else None

    run: list[_Draft] = []
    for d in drafts + [None]:  # type: ignore[list-item]
        head = head_of(d)
        if head is not None and (not run or head == head_of(run[0])):
            run.append(d)
            continue
        if len(run) >= 2 and (said := _SAID_OF_THINGS.search(run[-1].post)) \
                and not any(_ANY_VERB_SAID.search(r.post) for r in run[:-1]):
            for r in run:
                at = _WHOSE_PLACE.search(r.post)
                own = r.post[:said.start()] if r is run[-1] else r.post
                r.scope, r.scope_from = squash(own[at.end():]), "post"
                r.post = squash(f"{r.post[:at.start()]} {said.group(0)}")
        run = [d] if head is not None else []


_DIGIT = re.compile(r"\d")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
# a heading that names only a stage of the plan: "2.1. Giai đoạn 2026 - 2027", "a) Giai đoạn đến năm 2027"
_STAGE_HEADING = re.compile(r"\s*(?:(?:[\dIVX]+\.)*[\dIVXa-zđ]*[.)]\s*)?[Gg]iai\s+đoạn\s+((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)\s*:?\s*")
_ABOUT_FIELD = re.compile(ABOUT_FIELD + r"\s*$")
_LEAD_YEAR = re.compile(
    r"^\W*(?:(?:trong|đến\s+hết|hết|tính\s+đến\s+hết|nhìn\s+lại|cả)\s+)?"
    # ("Trong 5 tháng đầu năm 2024, …", "Quý I năm 2024, …": a part of the year frames the paragraph too)
    r"(?:(?:\d{1,2}\s+tháng|quý\s+[IV]{1,3})\s+(?:đầu\s+|cuối\s+)?)?năm\s+((?:19|20)\d\d)\s*(?:,|là\b|có\b|qua\b)", re.I
)
# "Theo đó, tính đến cuối năm 2022, các chỉ số … như sau:": a lead into a list, reporting as of a past year's end
_AS_OF_YEAR_LEAD = re.compile(r"^\W*(?:(?:theo\s+đó|như\s+vậy)\s*,\s*)?(?:tính\s+)?đến\s+(?:hết|cuối)\s+năm\s+((?:19|20)\d\d)\s*,"
                              r"[^.;]*:\s*$", re.I)
# "Thông tin từ Sở TN&MT tỉnh Bình Thuận, trong năm 2023 công tác …": the year a report frames its paragraph with
_REPORTED_YEAR_LEAD = re.compile(
    r"^\W*(?:theo|thông\s+tin\s+từ|báo\s+cáo\s+(?:của|từ))\s+[^,.;:\d]{1,80},\s*trong\s+năm\s+((?:19|20)\d\d)\b"
    r"(?!\s*[-–/])", re.I)
_INDICATOR_GROUP = re.compile(r"chỉ\s+tiêu\s+(?:về|của|thuộc)\b", re.I)
_LINK_LEAD = re.compile(r"(?:với|gồm|bao\s+gồm)\b", re.I)
# "chiếm", "tương ứng với tỷ lệ": the value restates the one before in another unit
# "… máy tính bảng trị giá 416 triệu đồng": the worth of what was just counted
_VALUED = r"(?:với\s+)?(?:tổng\s+)?\btrị\s+giá"
_VALUED_TAIL = re.compile(rf"\s*,?\s*{_VALUED}\s*$", re.I)
_LINKING_END = re.compile(rf"\(?\s*(?:tương\s+đương|tương\s+ứng|tức(?:\s+là)?|{_VALUED})(?:\s+với)?"
                          r"(?:\s+(?:tỷ|tỉ)\s+(?:lệ|trọng))?"
                          r"(?:\s+(?:khoảng|gần|hơn|trên|chừng))*\s*$"
                          r"|^[^()]*\(\s*đạt\s*$", re.I)  # "560.000 thuê bao (đạt 87 thuê bao/100 dân)"
# "1.141 tổ … với sự tham gia của hơn 7.512 thành viên": the people taking part in what was just counted
_TAKING_PART = re.compile(r"(?:với\s+)?sự\s+tham\s+gia\s+của", re.I)
# what has members (not "tổ chức", "đội ngũ": "thu hút 120 tổ chức với sự tham gia của 5.000 người lao động")
_TEAMS = re.compile(r"(?:tổ(?!\s+chức\b)|đội(?!\s+ngũ\b)|nhóm|câu\s+lạc\s+bộ|clb)\b", re.I)
# (and a density of what was just counted: "2,7 triệu thuê bao Internet, đạt mật độ 73,3 thuê bao/100 dân")
_LINKING = re.compile(r"(?:chiếm|tương\s+đương(?:\s+với)?|bằng|tương\s+ứng(?:\s+với)?|đóng\s+góp)(?:\s+(?:tỷ|tỉ)\s+(?:lệ|trọng))?"
                      r"|(?:đạt\s+)?mật\s+độ", re.I)
# "1.579 dịch vụ công ... đã được tích hợp ..., đạt tỷ lệ 81,5%": the share the count makes
_RATE_OF_COUNT = re.compile(r"(?:đạt|với)\s+(?:tỷ|tỉ)\s+lệ\s*$", re.I)
# "so với tỷ lệ 31%", "so với mức 31% của năm 2016", "cao hơn mức 29% của năm 2012": a level named by
# a bare head word
_GENERIC_HEAD = re.compile(r"(?:tỷ|tỉ)\s+lệ|mức|con\s+số", re.I)
_COMPARED_GENERIC = re.compile(rf"(?:(?:cao|thấp)\s+hơn\s+(?:so\s+với\s+)?)?(?:{_GENERIC_HEAD.pattern})", re.I)
_COMPARED_HEAD_END = re.compile(rf"(?:\bso\s+với|\b(?:cao|thấp)\s+hơn)\s+(?:{_GENERIC_HEAD.pattern})\s*$", re.I)
_OF_ONLY = re.compile(r"^(?:của|vào|trong)$", re.I)
_CLAUSE_BREAK = re.compile(r"\s*(?:[,;.)]|$)")  # nothing of the value's own after it
# (of a period, its last year: "giai đoạn từ năm 2021 đến 2025, … đạt nhiều kết quả")
_YEAR_ACHIEVED = re.compile(r"\bnăm\s+(?:(?:19|20)\d\d\s*(?:[-–]|đến|tới)\s*(?:năm\s+)?)?((?:19|20)\d\d)\b[^.;:]{0,120}?\bđạt\s+(?:được\s+)?(?:nhiều\s+|những\s+)?kết\s+quả",
                            re.I)
# a group counted or named as one, whose bar the value after it is
# (a "Nhóm" of places or bodies, or a grade's "Nhóm A", not a group of things: "Nhóm thủ tục … có tỷ lệ giải
# quyết đúng hạn đạt trên 98%")
_COUNTED_GROUP = re.compile(r"\W*(?:(?:có|chỉ\s+có|gồm)\s+)?(?:\d+(?:/\d+)?\s+(?:sở|ngành|đơn\s+vị|xã|phường|huyện|địa\s+phương|"
                            r"tỉnh|thành\s+phố|cơ\s+quan|bộ|trường)|[Nn]hóm\s+(?:[A-Z]\b|(?:\d+\s+|các\s+)?(?:sở|đơn\s+vị|xã|"
                            r"phường|huyện|địa\s+phương|tỉnh|thành\s+phố|cơ\s+quan|trường)))\b[^;]*?(?=\s(?:đạt|có)\b)")
_BAR_WORDS = re.compile(r"[^\d]*\b(?:trên|dưới|hơn|từ)\s*$", re.I)
_BAR_END = re.compile(r"\s*(?:trở\s+lên\s*)?(?:[(,;.]|$)")  # (nothing measured after it: not "hơn 50% số xã")
# (not a need or a shortfall: "Hiện nay, hạ tầng số còn nhiều hạn chế, cần tập trung đầu tư" leads to aims)
_NEED = re.compile(r"\b(?:cần|chưa|phải|đòi\s+hỏi|còn\s+(?:nhiều\s+)?(?:hạn\s+chế|khó\s+khăn|bất\s+cập|thấp|yếu))\b", re.I)
_SO_FAR_OPENING = re.compile(rf"\W*(?:tính\s+)?{NOW_WORDS}\s*,", re.I)
_DEADLINE_OPENING = re.compile(r"\W*(?:phấn\s+đấu\s+)?(?:đến|tới)\s+(?:năm\s+)?((?:19|20)\d\d)\b(?!\s*[-–/])", re.I)
_FROM_LEVEL = re.compile(r"từ\s+(?:mức\s+)?", re.I)
_COUNTED_PLACES = re.compile(r"(?:xã|phường|thị\s+trấn|đặc\s+khu|huyện|quận|thị\s+xã|tỉnh|thôn|bản|ấp|khu\s+phố|tổ\s+dân\s+phố|"
                             r"đơn\s+vị\s+hành\s+chính|địa\s+phương)\b", re.I)
_MEMBERS = re.compile(r"(?:thành|hội|đoàn)\s+viên\b", re.I)
_ACHIEVED_IN = re.compile(r"\bđạt\s+được\s+(?:nhiều\s+)?kết\s+quả\b|\bkết\s+quả\s+(?:nổi\s+bật|quan\s+trọng|tích\s+cực)\b", re.I)
# what an amount is, opening its bracket: "(doanh số thanh toán 39.280 triệu đồng)", "(tổng kinh phí hơn 2 tỷ đồng)"
# (after a word that ties it on, "(tương đương doanh số 15 tỷ đồng)", "(với doanh thu …)"; or the sum invested,
# "(tổng mức đầu tư 320 tỷ đồng)")
_AMOUNT_LABEL = re.compile(r"\s*(?:(?:tương\s+(?:đương|ứng)(?:\s+với)?|với)\s+)?"
                           r"((?:tổng\s+)?(?:doanh\s+số|doanh\s+thu|giá\s+trị|trị\s+giá|kinh\s+phí|số\s+tiền|(?:mức\s+|vốn\s+)đầu\s+tư)"
                           r"(?:\s+(?!là\b|đạt\b)[^\W\d]+){0,3})\s*(?:là\s+|đạt\s+|:\s*)?(?:(?:hơn|trên|gần|khoảng)\s+)?", re.I)
# (or the ranking's edition: "so với DTI 2020 (52/63)")
_COMPARED_YEAR = re.compile(rf"so\s+với\s+(?:cùng\s+kỳ\s+)?(?:cuối\s+)?{COMPARED_EDITION}((?:19|20)\d\d)\s*$", re.I)
# ("tăng 26 bậc so với năm 2021 xếp thứ 53/63": after a move in places, where it stood in the year compared with)
_COMPARED_YEAR_THEN = re.compile(r"\b(?:bậc|hạng)\s+so\s+với\s+(?:năm\s+)?((?:19|20)\d\d)\s+(?:khi\s+|lúc\s+)?"
                                 r"(?:xếp\s+thứ|đứng\s+thứ|xếp\s+hạng|ở\s+vị\s+trí(?:\s+thứ)?)\s*(?:hạng\s+)?$", re.I)
_NOT_THEN_BRACKET = re.compile(r"\s*(?:trong\s+đó|bao\s+gồm|gồm|tăng|giảm|chiếm)\b", re.I)
_WITH_NAMED = re.compile(r"[^,;]*,?\svới\s+[^,;]*$", re.I)
_WITH = re.compile(r"[^,;]*\s(?:với|gồm|trong\s+đó)\s*$", re.I)
# "…, với tổng số 5.807 thành viên": a total after "với" names nothing of its own
_WITH_TOTAL = re.compile(r"\bvới\s+tổng\s+số\s*$", re.I)
_TOTAL_ONLY = re.compile(r"tổng\s+số", re.I)
_VERB_LEAD = re.compile(r"\s*(?:đạt|là|chiếm)\b", re.I)  # a value's own verb: "..., Y đạt 5%"
# after "và": not a second predicate of the same subject ("… và cao hơn trung bình thế giới") nor a time
# ("… và đến năm 2030 …")
_TIMED = r"(?:(?:đến|tới|vào|trong)\s+)?năm\s+(?:19|20)\d\d"
_NOT_A_NEW_SUBJECT = rf"(?!(?:cao|thấp|nhiều|ít|lớn|nhỏ|nhanh|chậm)\s+hơn\b|(?:tăng|giảm|gấp|vượt|đạt|chiếm|là|bằng)\b|{_TIMED})"
# (inside a gap only the comparison and the time: "và chiếm 68%" still opens the share's words)
_COMPARED_OR_TIMED = rf"(?!(?:cao|thấp)\s+hơn\b|{_TIMED})"
# (also a gap that opens with "và" after the value before: "xếp thứ 27 và xã hội số đạt"; and a
# contrast, whose clause names its own value: "… trong khi tốc độ upload đạt …", "… nhưng …"; and a
# bracket of parts: "22.800 hồ sơ (trong đó cấp tỉnh 8.144 hồ sơ, …")
_SEPARATORS = re.compile(rf"\s*[,;]\s*|\s*\(\s*trong\s+đó\s*[,:]?\s*|\s+(?:(?:và|còn|hoặc)\s+{_COMPARED_OR_TIMED}|với\s+|trong\s+khi\s+(?:đó\s+)?|nhưng\s+)"
                         rf"|(?<=\s)(?:và|còn|hoặc)\s+{_NOT_A_NEW_SUBJECT}", re.I)
_LEVEL_PAIR_END = re.compile(r"[1-5](?!\s*[\d%.,])")
_DANGLING = re.compile(r"(?:\s*,|\s+và|\s+hoặc)\s*$", re.I)
_POINTS_HEAD = re.compile(r"\bđiểm\s+số\b|\bsố\s+điểm\b", re.I)  # "có điểm số cao nhất, đạt 60,76 điểm"
_HEAD_ANY = re.compile(r"\b(?:tỷ|tỉ)\s+(?:lệ|trọng)\b|\bchỉ\s+số\b|\bsố\s+lượng\b|\bmức\s+độ\s+(?!toàn\s+trình|một\s+phần)(?=[^\W\d])", re.I)
# "…, 25 chỉ tiêu chủ yếu được đặt ra cho nhiệm kỳ 2025–2030 là minh chứng cho …": however long, a
# sentence that says how many targets were set leads into them when it ends its line
_TARGETS_SET_OUT = re.compile(r"\b\d+\s+(?:nhóm\s+)?chỉ\s+tiêu\b[^.;:\d]{0,30}?\s(?:được\s+)?(?:đặt\s+ra|đề\s+ra)\b"
                              r"|\b(?:đặt\s+ra|đề\s+ra)\s+\d+\s+(?:nhóm\s+)?chỉ\s+tiêu\b", re.I)
# a year written anywhere in a text (a plan dated late in a year that names only the next)
_ANY_YEAR = re.compile(r"(?<![\d.,/-])((?:19|20)\d\d)(?![\d.,/-]\d)")
# a paragraph that goes on with the one before: "Bên cạnh đó, …", "Ngoài ra, …"
_CONTINUES = re.compile(r"\s*(?:[-–•*+]\s*)?(?:bên\s+cạnh\s+đó|ngoài\s+ra|đồng\s+thời|cùng\s+với\s+đó|"
                        r"thêm\s+vào\s+đó|mặt\s+khác)\s*,?", re.I)
# a "đã" that says what the counted things are, then their own predicate: "70% hệ thống thông tin đã đưa
# vào vận hành được kết nối" (not the predicate itself: "40 xã đã triển khai mô hình …", "đã được giải quyết")
_DID_THEN_PREDICATE = re.compile(r"\bđã\s+(?!được\b)[^\W\d]+(?:,?\s+[^\W\d]+){0,5}?,?\s+(?:được|có)\b", re.I)
_AIM_OPENING = r"(?:phấn\s+đấu|mục\s+tiêu|(?:đến|tới)\s+năm\s+(?:19|20)\d\d)"
_FLOOR_END = re.compile(r"\b(?:tối\s+thiểu|ít\s+nhất)\s*$", re.I)


def _drop_floor_end(text: str) -> str:
    """`text` without a floor at its end ("… tối thiểu"): its last letters looked at first, since
    `re` tries `_FLOOR_END` at every position (same result)."""
    return _FLOOR_END.sub("", text) if text.rstrip()[-2:].lower() in ("ểu", "ất") else text


# a count's place or owner, then another count: "… của 13 bộ, ngành …", "… tại 10 chợ …", "… do công an 15 phường …"
_WHERE_BEFORE = re.compile(r"\s(?:của|tại|ở|trên|do|thuộc)(?:\s+[^\W\d]+){0,2}\s*$", re.I)
# that count's nouns, then a predicate: "bộ, ngành kết nối …", "chợ\nmở tài khoản …", "phường quản lý vào …"
_PREDICATE_NEXT = re.compile(r"\s*(?:[^\W\d]+[ \t,]*){1,4}?\s(?:đã\s+|được\s+)?(?:kết\s+nối|mở|quản\s+lý|bày\s+bán|tham\s+gia|"
                             r"sử\s+dụng|thực\s+hiện|triển\s+khai|áp\s+dụng|cung\s+cấp|tích\s+hợp|đăng\s+ký|kích\s+hoạt)\b", re.I)
_CUE_OPENING = re.compile(
    rf"\s*(?:[-–*•]\s*)?(?:(?:(?:trong\s+đó|theo\s+đó|cụ\s+thể|đồng\s+thời)\s*,\s*)?(?:kết\s+quả|{_AIM_OPENING})"
    # (a plan cited opens its aims, not what was done under it: "Theo kế hoạch, kết quả thực hiện năm 2023 …")
    rf"|theo\s+(?:quy\s+hoạch|kế\s+hoạch|đề\s+án|chương\s+trình)\s*,\s*{_AIM_OPENING})", re.I)
# "hoạt động ở 173/173 xã": the count completes the words before it.
_UNIT_BEFORE = re.compile(r"(?:tỉnh|xã|sở|thôn|huyện|quận|bản|ấp|\b[2-5]G)\s*$", re.I)
# (and mobile generations: "trạm BTS phủ sóng 3G, 4G đạt 100%")
_UNIT_AFTER = re.compile(r"(?:thành\s+phố|thành|phường|thị\s+trấn|thị\s+xã|ban|ngành|bản|làng|xóm|ấp|tổ\s+dân\s+phố|khu\s+phố|[2-5]G)\b", re.I)
# "cơ sở khám, chữa bệnh", "hộ sản xuất, kinh doanh", "sản phẩm nông sản, đặc sản": one term written with a comma
_DOUBLET_BEFORE = re.compile(r"\b(?:khám|sản\s+xuất|nông\s+sản|quốc\s+phòng|an\s+ninh)$", re.I)
_DOUBLET_AFTER = re.compile(r"\s*(?:chữa|kinh\s+doanh|đặc\s+sản|an\s+ninh|quốc\s+phòng)\b", re.I)
_JOIN_EDGE = re.compile(r"^(?:và|hoặc)\s+|\s+(?:và|hoặc)$", re.I)
_JOINS = ("và", "hoặc")  # what _JOIN_EDGE drops, lower-cased (none of its letters folds apart under re.I)
_LIST_JOIN = re.compile(r"[^;.]{0,80}?(?:,|\svà|\shoặc)\s*$", re.I)
# (what counted things did, up to the "cho" the next number is the object of)
_DONE_FOR = re.compile(r"[^,;()]*?\s((?:vừa|đã|đang)\s+(?!có\b)[^,;()\d]+?(?:\scho)?)\s*$", re.I)
_DONE_WORDS = ("vừa", "đã", "đang")
_LINKING_WORDS = ("tương", "tức", "trị")  # one of them opens every match of _LINKING_END after the text's start


def _linking_end(text: str, lo: int, hi: int) -> bool:
    """Does `_LINKING_END` match in text[lo:hi]? Skipped when none of its words is there: the
    search tries its optional openings at every position of the gap. (Its "^" branch can
    match only when the gap starts the text.)"""
    low = text[lo:hi].lower()
    return (lo == 0 or any(w in low for w in _LINKING_WORDS)) and bool(_LINKING_END.search(text, lo, hi))


def _done_for(text: str, lo: int, hi: int) -> re.Match[str] | None:
    """`_DONE_FOR` in text[lo:hi], skipped when none of its verbs is there: the lazy
    search retries every start, so a gap without them costs the square of its length."""
    low = text[lo:hi].lower()
    return _DONE_FOR.search(text, lo, hi) if any(w in low for w in _DONE_WORDS) else None
# "Đã triển khai và thí điểm 5/7 nền tảng số", "tỉnh đã kết nối 12/15 cơ sở dữ liệu": what was done to
# the part counted names it with its things (not "đã có 18/20 sở, ban, ngành …": they are only there)
_DID_TO_PART = re.compile(r"\b(?:đã|đang|vừa|được)\s+(?!có\b)[^\W\d][^,;:()]*$", re.I)
_FOR_END = re.compile(r"\s+cho$", re.I)
_COMPLEMENT_END = re.compile(r"\b(?:ở|tại|đến|tới|cho|của|trong|với|trên|thuộc)$", re.I)


def _complement_end(text: str) -> bool:
    """Does `text` end in a preposition (`_COMPLEMENT_END`)? Searched from where a match can start (its
    words have at most five letters, and `$` may stand before a last newline), not from every position."""
    return _COMPLEMENT_END.search(text, max(0, len(text) - 6)) is not None
# In a text that is not a plan, only these open a passage of targets.
# (and a list of documents issued: "đã ban hành Nghị quyết của cấp ủy, kế hoạch của chính quyền …")
_PLAN_ISSUED = re.compile(r"\bban\s+hành\s+(?:(?:đầy\s+đủ|đồng\s+bộ|kịp\s+thời)\s+)?(?:(?:các|nhiều|hệ\s+thống)\s+)?(?:(?:nghị\s+quyết|chỉ\s+thị|quyết\s+định|chương\s+trình|đề\s+án)\b[^;:.\d]{0,60}?(?:,|và)\s+)?$", re.I)
_STRONG_TARGET = re.compile(
    r"\b(?:mục\s+tiêu|chỉ\s+tiêu|phấn\s+đấu|đề\s+ra|đặt\s+ra|định\s+hướng|tầm\s+nhìn)\b", re.I)
# a document as the subject that sets out targets: "Chương trình đề ra những chỉ tiêu cụ thể ..."
_DOCUMENT_SETS_OUT = re.compile(
    # ("Chương trình hành động đã đề ra nhiều mục tiêu đến năm 2030"; its number and whose it is may come
    # between: "Chương trình hành động số 52-CTr/TU của Tỉnh ủy đã đề ra nhiều mục tiêu …")
    r"\b(?:chương\s+trình|kế\s+hoạch|đề\s+án|nghị\s+quyết|quyết\s+định)(?:\s+hành\s+động)?"
    r"(?:\s+(?:số\s+)?\d+\s*[-/][^\s,.;:]+)?(?:\s+của\s+[^,.;:\d]{2,60}?)?(?:\s+(?:này|cũng|đã))*\s+"
    r"(?:đề\s+ra|đặt\s+ra|xác\s+định)(?:\s+(?:những|các|nhiều))?\s+(?:mục\s+tiêu|chỉ\s+tiêu)\b", re.I)
# "Thực hiện mục tiêu đề ra, UBND xã … đã huy động …": aims being carried out, what was done follows
_IMPLEMENTING = re.compile(r"\b(?:thực\s+hiện|để\s+đạt(?:\s+được)?)\s+(?:các\s+|những\s+)?(?:mục\s+tiêu\s+)?$", re.I)
# a cue inside a cited document's name, before any comma closes it
_IN_DOCUMENT_NAME = re.compile(
    r"\b(?:quyết\s+định|nghị\s+quyết|chỉ\s+thị|đề\s+án|chương\s+trình|chiến\s+lược)\b[^,;.:]{0,160}$", re.I)
# "giai đoạn 2021-2025 và định hướng đến năm 2030": the tail of a document's title
_TITLE_STAGE = re.compile(r"giai\s+đoạn\s+(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d\s*(?:,|và)?\s*$", re.I)
_RANK_WORDS = re.compile(r"xếp\s+(?:hạng|thứ|vị\s+trí)|vị\s+trí|thứ\s+hạng|đứng\s+thứ", re.I)
_CONTENT = re.compile(r"\w+")
# "Điện Biên", "TP Hồ Chí Minh", "Bà Rịa - Vũng Tàu": a name, every word capitalised
_NAME = r"(?:(?:TP\.?|Thành\s+phố|Tỉnh)\s+)?[A-ZĐ\u00C0-\u1EF8][\w.]*(?:\s+(?:-\s+)?[A-ZĐ\u00C0-\u1EF8][\w.]*){0,4}"
_PROPER_NAME = re.compile(_NAME)
_RANK_POST = re.compile(
    r"^[\s,]*(?:tỉnh(?:\s*,\s*thành(?:\s+phố)?)?|địa\s+phương)?(?:\s+dẫn\s+đầu)?(?:\s+(?:cả|toàn)\s+(?:nước|quốc))?"
    r"(?:\s+(?:trong|trên|về|của|theo)\s+(?:bảng\s+xếp\s+hạng\s+)?)?",
    re.I,
)
_PLACE_OPENING = re.compile(r"((?:tại|ở)\s+[^,;]{3,80}?)(?:\s*,\s*|\s+)(?=(?:tiếp\s+nhận|đã|đang|có|được|giải\s+quyết)\b)", re.I)
_WITHIN = re.compile(r"[^,;.\d]{0,80},\s*trong\s+đó\s*,?\s*(?:có\s+)?", re.I)
_ORDINAL_ONLY = re.compile(r"\s*(?:\d{1,2}|[a-zđ])[.)]\s*")
# a line that gives one named value: "1. Bình Dương: 80,61%.", "- Huyện Cam Lộ: 90%"
_NAMED_VALUE_LINE = re.compile(r"(?:\d{1,2}[.)]\s*)?[^\W\d_][^:\n]{0,60}:\s*[\d.,]+\s*%?\s*\.?")
# a place by its name and nothing else, as a value's whole wording ("huyện Cát Hải", "Trong đó, xã Tân Lập")
_PLACE_ALONE = re.compile(r"(?:(?:trong\s+đó|riêng)\s*,?\s*)?" + PLACE_NAME, re.I)
# a sentence that opens by saying it gives results: "Kết quả thực hiện, …", "Kết quả đạt được: …"
_RESULTS_OPENING = re.compile(r"\W*kết\s+quả(?:\s+(?:thực\s+hiện|đạt\s+được|cụ\s+thể))?\s*[,:]", re.I)
# a part named only by its predicate ("có bằng cấp, chứng chỉ"), after "trong đó"
_PREDICATE_ONLY = re.compile(r"(?:có|được|đã|đang)\s", re.I)
# words a subjectless predicate opens with: "đã giải quyết 81.212 hồ sơ", "83% thực hiện trực tuyến"
_SUBJECTLESS = re.compile(r"(?:được|đã|đang|thực\s+hiện|sử\s+dụng|hoàn\s+thành|giải\s+quyết|xử\s+lý|nộp|tiếp\s+nhận)\b",
                          re.I)
_AS_FOR_EXAMPLE = re.compile(r"\s+(?:như|gồm|bao\s+gồm|là)\s*$", re.I)
# (a yearly rise named by what it is of ends in its words of change)
_RISE_OF_NAMED = re.compile(r"\s(?:tăng|giảm)(?:\s+(?:bình\s+quân|trung\s+bình))?$", re.I)
_CHANGE_ONLY = re.compile(r"(?:và\s+)?(?:tăng|giảm|kém)(?:\s+(?:thêm|hơn|gần|khoảng|bình\s+quân|trung\s+bình|trên))*"
                          r"(?:\s+mỗi\s+năm)?", re.I)
_RAISE_ONLY = re.compile(r"(?:và\s+)?(?:nâng|tăng|đưa)(?:\s+(?:lên|tỷ\s+lệ\s+này\s+lên))?", re.I)


def _within_section(depth: int, pillar_depth: int) -> bool:
    """A numbered heading deeper than the one that named the pillar ("1.1." under
    "1. Nhận thức số", "a)" under "II. HẠ TẦNG SỐ") is part of its section; under a
    plain heading only lettered items are."""
    return depth > pillar_depth and (depth == LETTER_DEPTH or pillar_depth > 0)
_POST_SCOPE_HEAD = re.compile(r"^\s*(?:các\s+)?(?:đơn\s+vị\s+)?", re.I)
_TO_LEAD = re.compile(r"lên\b", re.I)
# from one level's number to the next's: "75% năm 2022 lên ", "41,71 (2021) xuống "
_CHANGE_GAP = re.compile(r"\d[\d.,]*\s*%?(?:\s*\(?(?:năm\s+)?(?:19|20)\d\d\)?)?\s+(?:lên|xuống)\s+(?:mức\s+)?", re.I)
_FROM_BEFORE = re.compile(r"\btừ\b(?:\s+\S+)?\s*$", re.I)
_DONE_FROM = re.compile(r"\b(?:đã|vừa)\s+(?:[^\W\d]+,?\s+){1,4}từ\s+(?:mức\s+|khoảng\s+)?$", re.I)
_STAGE_YEARS = re.compile(r"\bgiai\s+đoạn\s+((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)\b", re.I)
_FORECAST = re.compile(r"\bdự\s+(?:báo|kiến|tính)\b|\bkỳ\s+vọng\b|\bsẽ\b", re.I)  # "từ 45 MW năm 2024 dự báo lên 525 MW"
# "… và có ít nhất": a predicate of its own, joined to the one before, right before a share
_JOINED_HAS = re.compile(r"\svà\s+(?:đã\s+|sẽ\s+)?có\s+(?:(?:ít\s+nhất|tối\s+thiểu|trên|hơn|khoảng|gần)\s+)?$", re.I)
# a share of things at a level: "80% hồ sơ công việc cấp huyện …"
_VALUE_AT_LEVEL = re.compile(rf"\d[\d.,]*\s*%\s+((?:[^\W\d]+\s+){{1,4}}?)(?:(?:tại|ở)\s+)?{SCOPE}", re.I)
_COUNT_HEAD = re.compile(r"^(?:tổng\s+)?số(?:\s+lượng)?\s+", re.I)
_BARE_CLASSIFIERS = frozenset({"lượt", "lượt người", "người", "lần", "cái", "chiếc"})
_YEAR_AFTER = re.compile(r"\s*(?:vào\s+|trong\s+)?năm\s+((?:19|20)\d\d)\b", re.I)
RELATED_ARTICLES = re.compile(
    r"^\W*(?:tin|bài(?:\s+viết)?)\s+(?:liên\s+quan|cùng\s+chuyên\s+mục|khác|đã\s+đưa)\b|"
    r"^\W*(?:các\s+tin\s+(?:khác|đã\s+đưa)|xem\s+thêm|tin\s+mới\s+nhất|đọc\s+thêm)\b",
    re.I,
)


def _opens_level(rest: str) -> bool:
    m = SCOPE_RE.match(rest.strip())
    return bool(m) and not _DANGLING.search(rest.strip())


# "..., đứng cuối cùng là Sở Ngoại vụ, đạt ...": a place named by its standing opens the next value's words
_PLACE_LEAD = re.compile(r"\s*(?:đứng|xếp|dẫn\s+đầu|cao\s+nhất|thấp\s+nhất|tiếp\s+theo|tiếp\s+đến)\b[^,.;:\d]{0,40}?\blà\s+\S", re.I)


_SET_AGAINST = re.compile(r"\s*(?:còn\s+|vẫn\s+)?(?:thấp|cao|so\s+với|tăng|giảm|vượt|bằng|gấp|kém)\b", re.I)


# a count's things, then a bracket that opens on the worth of each ("phần quà (3 triệu đồng/phần)")
_THINGS_THEN_BRACKET = re.compile(r"[^\d()\n;:.]{1,40}?\(\s*$")
_BRACKET_CLOSE = re.compile(r"\s*\)")


def _worth_of_each(text: str, count: Mention, worth: Mention) -> tuple[int, int] | None:
    """Where the bracket opens and closes when `worth` is what each of the things `count` counts is
    worth, told in a bracket right after them ("2.400 phiếu mua hàng (500.000 đồng/phiếu)")."""
    if count.unit != "count" or worth.unit != "other" or not (worth.unit_text or "").lower().startswith("đồng/") \
            or not _THINGS_THEN_BRACKET.fullmatch(text, count.end, worth.lead) \
            or not (close := _BRACKET_CLOSE.match(text, worth.end)):
        return None
    return text.rindex("(", count.end, worth.lead), close.end()


# what caused a toll: "làm", "hậu quả làm", "đã làm chết"
_CAUSED = re.compile(r"(?:hậu\s+quả\s+)?(?:đã\s+)?làm(?:\s+(chết|bị\s+thương))?", re.I)
# between two parts of one toll: "20 người chết, 125 người bị thương"
_TOLL_GAP = re.compile(r"[^\d,;.]{0,30}?(?:,|và)\s*")
# the events a count counts: "998 vụ cháy", "426 vụ TNGT đường bộ", "22 vụ tai nạn giao thông" (the word "vụ"
# itself written: not "bắt giữ 25 đối tượng, làm 3 người bị thương", "xây 10 nhà văn hóa, làm 25 cây cầu"; nor
# a crop season, "gieo cấy 2 vụ lúa")
_EVENTS = re.compile(r"(?<!\w)vụ\s+(?!(?:việc|án|lúa|mùa|chiêm|xuân|hè|đông)\b)((?:[^\W\d_]+\s*){1,5})$", re.I)
_EVENT_WORD = re.compile(r"(?<!\w)vụ(?!\w)", re.I)


def _event_counted_before(drafts: list[_Draft]) -> str | None:
    """The events the last draft counts ("cháy" of "998 vụ cháy"), if it counts events."""
    if not drafts or drafts[-1].mention.unit != "count":
        return None
    words = squash(f"{drafts[-1].base} {drafts[-1].post}")
    if (first := _EVENT_WORD.search(words)) is None:
        return None
    m = _EVENTS.fullmatch(words, first.start())
    return m.group(1).strip() if m else None


def _split_between(text: str, a: int, b: int, linked: bool = False, verb_led: bool = False) -> tuple[int, int]:
    """Split text[a:b] (between two quantities) into (end of the first's
    words, start of the second's words). `linked`: the second quantity is
    joined by "với"/"gồm" ("100% xã, phường có Tổ công nghệ số với 12.000
    thành viên"), so words without a new subject stay with the first."""
    # not the comma inside a list of units ("25 tỉnh, thành phố đã ...", "xã, phường")
    seps = [m for m in _SEPARATORS.finditer(text, a, b)
            if not (m.group(0).strip() == "," and (_UNIT_BEFORE.search(text, a, m.start())
                    and _UNIT_AFTER.match(text, m.end(), b) or _DOUBLET_BEFORE.search(text, a, m.start())
                    and _DOUBLET_AFTER.match(text, m.end(), b)))
            # (nor the "và" of two service levels: "dịch vụ công trực tuyến mức độ 3 và 4 đạt 80%")
            and not (m.group(0).strip() in _JOINS and m.start() > a and text[m.start() - 1].isdigit()
                     and _LEVEL_PAIR_END.match(text, m.end(), b))]
    # The second's words start at the last separator before its head word
    # ("100% thôn, tổ dân phố phủ sóng, tỷ lệ phủ sóng 5G đạt 90%"), or at
    # a separator a level opens ("..., cấp xã đạt 60%"), whichever comes first.
    head = _HEAD_ANY.search(text, a, b)
    split_at = next((m for m in reversed(seps) if m.end() <= head.start()), None) if head else None
    for m in seps:
        if m is split_at or _opens_level(text[m.end():b]) or _PLACE_LEAD.match(text, m.end(), b):
            return m.start(), m.end()
    if linked:
        return b, b
    if len(seps) >= 2 and seps[0].group(0).strip() in (",", ";") and not text[a:seps[0].start()].strip() \
            and not _SET_AGAINST.match(text, seps[0].end(), b):
        # "dân sự 152, Hôn nhân và gia đình 214", "đạt khoảng 70%, trong đó, đào tạo có văn bằng, chứng
        # chỉ đạt …": a value with no words after it ends at its comma, what follows is the next one's
        # (not what it is set against: "đạt 18,55%, còn thấp so với mục tiêu 70%")
        return seps[0].start(), seps[0].end()
    if verb_led and len(seps) == 2 and seps[0].group(0).strip() in (",", ";") and seps[1].group(0).strip() == "và":
        # "công nghiệp và xây dựng đạt 5,97%, nông lâm và thủy sản đạt 0,05%": a subject
        # with its verb after the comma is the next item's, "và" inside it
        return seps[0].start(), seps[0].end()
    if semis := [m for m in seps if m.group(0).strip() == ";"]:
        # "62 đơn vị; khối Tạp chí trung ương và địa phương 48 đơn vị": an item ends at its semicolon, the
        # next one's name may hold a "và"
        return semis[-1].start(), semis[-1].end()
    if seps:
        last = seps[-1]
        return last.start(), last.end()
    return b, b


def _pre_scopes(pre_raw: str) -> tuple[list[str], int]:
    """Levels standing at the end of the words before a number ("... tại cấp
    tỉnh đạt 100%", "tại cấp tỉnh và cấp huyện đạt 90%") or alone ("cấp huyện
    đạt 90%"). Returns (levels, where the level words start)."""
    m = None
    if "cấp" not in pre_raw.lower():
        return [], len(pre_raw)
    # "cấp tỉnh, huyện đạt 100%": the levels after the first share its "cấp" (written out after the
    # first, so where the level words start stays where it was)
    for _ in range(2):
        pre_raw = _ELIDED_LEVEL.sub(r"\1\2cấp \3", pre_raw)
    for m in SCOPE_LIST_RE.finditer(pre_raw):
        pass
    if m is None or pre_raw[m.end():].strip(" ,"):
        return [], len(pre_raw)
    return [squash(s.group(0)) for s in SCOPE_RE.finditer(m.group(0))], m.start()


_ELIDED_LEVEL = re.compile(r"\b(cấp\s+(?:tỉnh|huyện))(\s*(?:,|và)\s*)(huyện|xã)\b(?!\s*,\s*(?:phường|thị\s+trấn))", re.I)


_SCOPE_QUALIFIER = re.compile(
    r"(?:tại|đối\s+với|ở)\s+(?:các\s+)?(?:" + SCOPE_LIST_RE.pattern + ")", re.I
)


# "đạt 64% ở khu vực thành thị và 41% ở khu vực nông thôn", "100% đối với
# khối trung học phổ thông": a group written after its value
_UNIT_WORD = r"(?:xã|phường|thị\s+trấn|thôn|bản|ấp|làng|tổ\s+dân\s+phố|khu\s+phố|huyện|quận|thị\s+xã)"
_BARE_UNITS = re.compile(
    rf"^\s*(?:các\s+)?({_UNIT_WORD}(?:\s*(?:,|/|và)\s*{_UNIT_WORD})*)\s*[.,;]?\s*$", re.I
)
_GROUP_INTRO = re.compile(r"\s*(?:đối\s+với|ở|tại)\b")
# (not what a rank is in: "xếp thứ 3 ở chỉ số Hoạt động chính quyền số")
_GROUP_SCOPE = re.compile(r"^\s*(?:đối\s+với|ở|tại)\s+(?:các\s+)?(?!chỉ\s+số|bảng\s+xếp\s+hạng|trụ\s+cột|lĩnh\s+vực)"
                          r"([^;()]{3,80}?)\s*$", re.I)


# "90% hồ sơ công việc cấp trung ương, cấp tỉnh": the object, then its levels with no "tại"
_LEVELS_OF_OBJECT = re.compile(r"\s*(?:[^\W\d]+\s+){1,4}?(?=cấp\s)", re.I)


def _object_levels(post_raw: str) -> re.Match[str] | None:
    """The levels right after a number's object ("hồ sơ công việc cấp huyện")."""
    obj = _LEVELS_OF_OBJECT.match(post_raw)
    return SCOPE_LIST_RE.match(post_raw, obj.end()) if obj else None


def _post_scopes(post_raw: str, split: bool = False) -> tuple[list[str], str | None, int, int]:
    """Levels after a number: "100% (đơn vị) cấp xã" (the object itself) or
    "X tại cấp tỉnh, cấp huyện" (a qualifier). `split`: the clause's values each
    name their object's level ("90% hồ sơ cấp tỉnh, 80% hồ sơ cấp huyện"), so
    levels right after the object split too. Returns (scopes, how, start, end)."""
    scopes, how, start, end = _post_scopes_of(post_raw, split)
    return list(scopes), how, start, end


@lru_cache(maxsize=1024)  # (pure: a list's items repeat the words after their values; a new list each call)
def _post_scopes_of(post_raw: str, split: bool) -> tuple[tuple[str, ...], str | None, int, int]:
    low = post_raw.lower()
    if "cấp" not in low and not _GROUP_INTRO.match(low) and not _BARE_UNITS.match(low):
        return (), None, 0, 0
    head = _POST_SCOPE_HEAD.match(post_raw)
    m = SCOPE_LIST_RE.match(post_raw, head.end() if head else 0)
    how = "post-object"
    if not m and (units := _BARE_UNITS.match(post_raw)):
        # "phủ 80% hộ gia đình, 100% thôn, bản": the units themselves
        return (squash(units.group(1)),), how, units.start(1), units.end(1)
    if not m:
        m = _SCOPE_QUALIFIER.search(post_raw)
        how = "post"
        if not m and split:
            m = _object_levels(post_raw)
        if not m:
            g = _GROUP_SCOPE.match(post_raw)
            # "đạt 70% đối với doanh nghiệp lớn, 50% đối với ..." (not a place named: "4% ở Hoa Kỳ")
            if g and not (g.group(1)[0].isupper() and not SCOPE_RE.match(g.group(1))):
                return (squash(g.group(1)),), "post", g.start(), g.end()
            return (), None, 0, 0
    scopes = tuple(squash(s.group(0)) for s in SCOPE_RE.finditer(m.group(0)))
    return scopes, how, m.start(), m.end()


def _measure_before_colon(words: str, lead: str) -> str:
    """"Tỷ lệ hồ sơ công việc tại cấp tỉnh, cấp huyện, cấp xã được xử lý trên môi trường
    mạng: 90% hồ sơ công việc tại cấp tỉnh, 80% ...": the lead states the measure once,
    the items only its object at each level; else the items' own words."""
    measure = squash(_LEVELS_IN_LEAD.sub(" ", lead))
    obj = squash(SCOPE_LIST_RE.sub(" ", words))
    return measure if obj and obj.lower() in measure.lower() and len(measure) > len(obj) else words


def _shared_lead(whole: str, part: str, after_part: str) -> str:
    """The lead-in words a part's wording borrowed from its whole's ("Cục … ghi nhận" of "Cục … ghi
    nhận 43 trang … (19 website …)"), at least three of them; not the noun both count, which
    the words after the part's number open with ("… phát hiện 52 máy chủ … (30 máy chủ …)")."""
    shared = []
    for x, y in zip(whole.split(" "), part.split(" ")):
        if x != y:
            break
        shared.append(x)
    follows = after_part.split()
    for k in range(min(len(shared), len(follows)), 0, -1):
        if shared[-k:] == follows[:k]:
            shared = shared[:-k]
            break
    return " ".join(shared) + " " if len(shared) >= 3 else ""


_DANGLING_END = re.compile(r"\s+(?:thuộc|của|tại|ở|cho)\s*$", re.I)


# what a share's things did or have ("ứng dụng robot …", "đạt mức …", "sử dụng dịch vụ …")
_DEEDS = (r"ứng\s+dụng|sử\s+dụng|đạt|có|triển\s+khai|tham\s+gia|thực\s+hiện|kết\s+nối|cài\s+đặt|truy\s+cập|thanh\s+toán|"
          r"tiếp\s+cận|áp\s+dụng|dùng")
# (said first, as a share's words: "35% ứng dụng robot …", "… mua hàng trực tuyến")
_DEED_FIRST = re.compile(rf"(?:đã\s+|đang\s+|được\s+)?(?:{_DEEDS}|mua|bán|lắp\s+đặt)\b", re.I)
# the group a share counts, up to what it did ("doanh nghiệp chế biến – chế tạo [đã triển khai …]")
_GROUP_THEN_DEED = re.compile(rf"^(.{{3,60}}?)\s+(?=(?:đã|đang|được|{_DEEDS})\b)", re.I)


def _shares_of_the_group_named_before(drafts: list[_Draft]) -> None:
    """"90% doanh nghiệp chế biến – chế tạo đã triển khai …; 35% ứng dụng robot …; và 10–12% đạt mức nhà
    máy thông minh": shares told in turn whose words open on what was done are of the group named before them."""
    group = None
    for d in drafts:
        if d.mention.unit != "%" or d.scope:
            group = None
            continue
        if d.base.lower() in _JOINS:
            d.base = ""  # ("…; và 10–12% đạt mức …": the list's last item, its "và" no words of its own)
        named = _indicator(d.base, d.post)
        if group is not None and not d.base and _DEED_FIRST.match(d.post):
            if named.lower() != group.lower():
                d.post = squash(f"{group} {d.post}")
            continue
        # (a share that names its own group names the group of those told after it: "…; 90% cán bộ, công chức có
        # chữ ký số; 80% sử dụng thư điện tử công vụ")
        first = _GROUP_THEN_DEED.match(d.post) if not d.base else None
        group = first.group(1) if first and not _HEAD_ANY.search(first.group(1)) else None


def _indicator(base: str, post: str) -> str:
    return squash(f"{base} {post}") if base and post else (base or post)


class _SentenceReader(SentenceYears):
    def __init__(self, reading: Reading, sent: Sentence, ctx: Context) -> None:
        self.reading = reading
        self.text = text = reading.text
        self.sent = sent
        self.ctx = ctx
        self._years: list[tuple[int, int]] | None = None
        self._brackets: list[tuple[int, int]] | None = None
        # (whether it is all of its line, and whether a sentence of its line comes before it: asked
        # several times of a sentence, read once)
        self._is_whole_line: bool | None = None
        self._is_inside_paragraph: bool | None = None
        self.lead_kind: str | None = None
        self.lead_year: int | None = None
        self.overrides: dict[int, tuple[str, int | None]] = {}
        self._prev_base = ""  # the draft base of the last record read
        self._prev_unit = ""  # its unit
        self._label_subject = ""  # what labelled values in a row are of ("đúng hạn 67%, trễ hạn 33%")
        self._prev_end = 0  # and where its number ends
        self._prev_post = ""  # and the words after its value
        # an earlier quantity of this sentence said it was reached ("Đến năm 2024, ...
        # đã phủ sóng tới 100% xã; 98% thôn ..."): "đến năm" is then no deadline
        self._said_reached = False
        self._list_lead = ""  # what a list's lead says of the items named after its colon

    def read(self) -> list[TargetRecord]:
        text, sent, ctx = self.text, self.sent, self.ctx
        if _DIGIT.search(text, sent.start, sent.end):
            per_clause = [self.reading.mentions(c.start, c.end) for c in sent.clauses]
        else:
            per_clause = [[] for _ in sent.clauses]
        first = next((ms[0] for ms in per_clause if ms), None)
        lead_end = first.lead if first else sent.end
        lead = text[strip_bullet(text, sent.start, lead_end):lead_end]
        self._list_measure_of([m for ms in per_clause for m in ms])
        # "a) Chính quyền số: 100% ..." is a heading too: a bare pillar name
        # counts when a colon closes it.
        colon_closed = (
            first is not None
            and len(sent.clauses) > 1
            and not per_clause[0]
            and sent.clauses[1].sep == ":"
        )
        if colon_closed:
            # ("Cụ thể, mục tiêu đến năm 2026: Về chính quyền số: 95% ...": the label the
            # values' own colon closes)
            k = next(i for i, ms in enumerate(per_clause) if ms)
            c0 = sent.clauses[0]
            if k > 1 and sent.clauses[k].sep == ":" and heading_pillars(text[sent.clauses[k - 1].start:sent.clauses[k - 1].end]):
                c0 = sent.clauses[k - 1]
            lead = text[strip_bullet(text, c0.start, c0.end):c0.end]
            if _ABOUT_FIELD.match(own := text[sent.clauses[k].start:first.lead]) and not heading_pillars(lead):
                lead = own  # "Mục tiêu cụ thể được xác định: Về hạ tầng số, 100% …": the field the values' clause opens on
        pillars = heading_pillars(lead, bare=(first is None or colon_closed) and len(lead) < 200)
        if pillars and len(pillars) > 2 and first is not None and not colon_closed:
            pillars = None  # "Phát triển chính quyền số, kinh tế số, xã hội số; phấn đấu …": the aims of all
        if pillars and first is None and self._inside_paragraph():
            # "... vào năm 2030. Đồng thời, phát triển xã hội số giúp ...": a
            # later sentence of a paragraph names what it goes on about, for
            # that paragraph only (only a paragraph's lead opens a section)
            ctx.lead_pillars, ctx.lead_opens_list, ctx.lead_opens_next = pillars, False, False
        elif pillars and first is not None and not colon_closed and strip_bullet(text, sent.start, first.lead) > sent.start:
            # "- Đào tạo, bồi dưỡng kỹ năng số cho ít nhất 200.000 lượt người dân.": an item of a list
            # that names a pillar's topic speaks for itself, not for the items after it; under a heading
            # that names a pillar ("3. Xã hội số"), the heading decides (the contract's rule)
            if not self._under_pillar_heading():
                ctx.lead_pillars, ctx.lead_opens_list, ctx.lead_opens_next = pillars, False, False
        elif pillars:
            # "Về kinh tế số, ...", "Kế hoạch nêu rõ, phát triển chính quyền
            # số ...": opens a section, as a heading does
            ctx.pillars, ctx.lead_pillars = pillars, []
        elif (first is None or (first.unit in ("%", "count") and not ctx.pillars)) and not self._inside_paragraph() \
                and (first is not None or not self._whole_line()) and not self._under_pillar_heading() \
                and (named := self._paragraph_topic(lead if first else None)):
            # "Một dấu ấn nổi bật là nền tảng Hue-S - ứng dụng đô thị thông minh.
            # ...": a paragraph's opening sentence names the one pillar it is about
            # (one with figures too, under no heading: "Hệ thống giám sát an toàn,
            # an ninh mạng có 5.463 cảnh báo ...")
            ctx.lead_pillars, ctx.lead_opens_list, ctx.lead_opens_next = named, False, False
        elif first is None and self._whole_line() and not self._under_pillar_heading() \
                and _ACHIEVED_IN.search(text, sent.start, sent.end) and (named := self._paragraph_topic()):
            # "Theo đó, tỉnh tập trung ... xây dựng chính quyền điện tử và đạt được kết quả nổi bật.":
            # a line that says what was achieved in one pillar opens the lines of results after it
            ctx.lead_pillars, ctx.lead_opens_list, ctx.lead_opens_next = named, True, True
        elif first is not None and not ctx.pillars and self._inside_paragraph() \
                and (named := self._aims_of_one_pillar(lead, text[sent.start:first.anchor])):
            # "Cụ thể, một trong những mục tiêu phát triển chính quyền số là đến năm 2025, 100% …": a
            # later sentence whose own lead names the aims of one pillar speaks for that sentence
            ctx.lead_pillars, ctx.lead_opens_list, ctx.lead_opens_next = named, False, False
        elif named := lead_in_pillars(lead, opens_list=colon_closed):
            ctx.lead_pillars = named
            # a lead-in without figures, or one its colon closes, opens what follows
            ctx.lead_opens_list = (first is None or colon_closed
                                   or text[sent.start:sent.end].rstrip().endswith(":"))
            ctx.lead_opens_next = first is None
        self._section_cues(per_clause, first, heading=bool(pillars))
        if first is not None and section_kind(text[sent.start:first.lead]) == "target":
            ys = [y for pos, y, how in years_in(text[sent.start:sent.end], sent.start) if how == "by"
                  and not self._stage_served(text, pos, y)]
            if text[sent.start:sent.end].rstrip().endswith(":"):
                # "Kế hoạch đề ra mục tiêu vào nhóm 10 ... và 4 mục tiêu cụ thể như sau:"
                # opens a list of targets, though it states one itself
                ctx.kind, ctx.year, ctx.kind_source = "target", ys[0] if ys else None, "cue"
            elif colon_closed:
                # "Đối với các mục tiêu, chỉ tiêu chủ yếu về ...: 70% ... . 40% ...": the
                # targets go on to the end of the paragraph
                ctx.carry = (ys[0] if ys else None, ctx.line_start)
        if first is None:
            if deadline := _DEADLINE_OPENING.match(text, sent.start, sent.end):
                # "Đến năm 2030 hoàn thiện hạ tầng ... . Bảo đảm 100% cuộc họp ..."
                ctx.carry = (int(deadline.group(1)), ctx.line_start)
            elif _SO_FAR_OPENING.match(text, sent.start, sent.end) \
                    and not _NEED.search(text, sent.start, sent.end):
                # "… thực hiện 81 nhiệm vụ với kinh phí dự kiến 400 tỷ đồng. Đến nay, hạ tầng … đã được đầu tư
                # rộng khắp. Kho dữ liệu … cập nhật gần 2.000 trường thông tin": the aims are over, what
                # follows reports
                ctx.carry, ctx.reached = None, ctx.line_start
            elif (done := _YEAR_ACHIEVED.search(text, sent.start, sent.end)) and ctx.plan_or_next \
                    and int(done.group(1)) < ctx.plan_or_next:
                # "… cho biết năm 2025, dù còn nhiều khó khăn, song tỉnh vẫn đạt nhiều kết quả tích cực. GRDP tăng
                # 7,2%; …": the paragraph goes on reporting that year, in a page of the next year's aims
                ctx.kind, ctx.year, ctx.kind_source = "result", int(done.group(1)), "year"
                ctx.year_line = ctx.line_start
            return []
        self._past_year_lead(first)
        if self.lead_year is None and ctx.last_year and ctx.last_year[0] is not None \
                and (ctx.last_year[1] == ctx.line_start
                     or ctx.last_year[1] == ctx.prev_line_start and sent.start <= strip_bullet(text, ctx.line_start, sent.end)) \
                and _BREAKDOWN_OPENING.match(text, sent.start):
            # "... xếp thứ 9/63 (năm 2021). Trong đó, chỉ số chính quyền số xếp thứ 8/63, ...":
            # the parts of a value are of its year (in its paragraph, or opening the next one)
            self.lead_year = ctx.last_year[0]
        # "Năm 2024, tỉnh đặt mục tiêu ...; X đạt 80%; Y đạt 90%": the lead
        # of a sentence speaks for all its clauses.
        # (not the first value's own floor: "… vượt cam kết triển khai tối thiểu 20.000 trạm, với tổng số
        # 22.758 trạm đã được lắp đặt")
        self.lead_kind = self.lead_kind or clause_kind(_drop_floor_end(text[sent.start:first.anchor])) \
            or ("result" if _RESULTS_OPENING.match(text, sent.start) else None)  # "Kết quả thực hiện, tỷ lệ … đạt 85%"
        if self.lead_kind == "target" and ctx.kind == "result" and ctx.kind_source == "year":
            # "Theo kế hoạch, ... tỉnh phấn đấu ...": the past-year paragraph is over
            ctx.kind, ctx.year, ctx.kind_source = "target", None, "cue"
        drafts: list[_Draft] = []
        colon_lead: tuple[str, int] | None = None
        list_head: tuple[str, int] | None = None  # a lead that names what a list's items are ("… như:")
        level_label: str | None = None
        for ci, (clause, ms) in enumerate(zip(sent.clauses, per_clause)):
            nxt = sent.clauses[ci + 1] if ci + 1 < len(sent.clauses) else None
            if not ms:
                if nxt is not None and nxt.sep == ":":
                    s = strip_bullet(text, clause.start, clause.end)
                    if _LEVEL_LABEL.fullmatch(text, s, clause.end):
                        # "Về đầu tư mới: Cấp tỉnh: …; 02 điểm cầu; Cấp huyện: 0 điểm cầu": a level
                        # labels the values after it; the lead before it still names them
                        level_label = squash(text[s:clause.end]).lower()
                        continue
                    if not is_pillar_label(text[s:clause.end]):
                        # ("Về hạ tầng số:" names the section, which the pillar says)
                        named = _ABOUT.sub("", clean_pre(text[s:clause.end]))  # ("Về đầu tư mới:")
                        if list_head and _ITEM_LABEL.fullmatch(named):
                            # "Các doanh nghiệp có thiết bị VMS mất kết nối như: Zunibal: 145 thiết bị …; Viettel:
                            # 33 thiết bị …": each item's name under what the list is of
                            colon_lead = (squash(f"{list_head[0]} {named}"), list_head[1])
                        else:
                            colon_lead = (named, s)
                            list_head = (_LIST_OF.sub("", named).strip(), s) \
                                if _LIST_OF.search(text, s, clause.end) and not _MEASURES_LISTED.match(text, s) else None
                continue
            if nxt is not None and nxt.sep == ":":
                # "..., tích hợp thành công hàng chục triệu giấy tờ quan trọng như: Giấy phép lái xe
                # (20,2 triệu); ...": what the list's named items were, after the clause's last figure
                last = text.rfind(",", ms[-1].end, clause.end)
                if last >= 0 and (named := clean_pre(_AS_FOR_EXAMPLE.sub("", text[last + 1:clause.end]))):
                    self._list_lead = named
            new = self._clause(clause, ms, drafts, colon_lead)
            if level_label:
                for d in new:
                    if not d.scope:
                        d.scope, d.scope_from = level_label, "subject"
            drafts.extend(new)
        self._levels_in_the_subjects(drafts)
        self._settle_scopes(drafts)
        self._name_listed_parts(drafts)
        _share_last_predicate(drafts)
        self._levels_run_on(drafts)
        self._units_of_the_lead_measure(drafts)
        self._items_of_the_lead_amount(drafts)
        self._items_under_the_list_measure(drafts)
        self._carry_the_kind_counted(drafts)
        self._share_the_kind_counted(drafts)
        _shares_of_the_group_named_before(drafts)
        out: list[TargetRecord] = []
        self._prev_base = self._prev_post = ""
        for d in drafts:
            r = self._record(d, out[-1].indicator if out else None)
            if r is not None:
                out.append(r)
                self._prev_base, self._prev_post = d.base, d.post
                self._prev_unit, self._prev_end = d.mention.unit, d.mention.end
        earlier = self._earlier_values(out)
        self._change_levels(out)
        self._parts_in_brackets(out)
        kept = [r for r in out if not self._counts_the_named(r) and not self._band_bound(r)
                and not self._points_allotted(r) and not self._whole_of_a_few(r, out)]
        if kept:
            # (the year the sentence reports, not that of a value it compares with)
            # (nor that of a value in brackets: "tăng 11,2% (năm 2023 đạt 137 tỷ USD)")
            last = next((r for r in reversed(kept) if id(r) not in earlier and not self._in_bracket(r.anchor)),
                        next((r for r in reversed(kept) if id(r) not in earlier), kept[-1]))
            ctx.last_year = (last.year, ctx.line_start)
        for r in kept:
            if r.unit_text and "/" in r.unit_text:
                ctx.last_rate[r.unit_text] = (r.indicator, ctx.line_start)
        return kept

    def _points_allotted(self, r: TargetRecord) -> bool:
        """"gồm 12 chỉ số chia thành 3 trụ cột: Chính phủ số (400 điểm), Kinh tế số (300 điểm)",
        "chỉ số giao dịch TMĐT (chiếm 40%)": the points or weight an index's structure allots,
        not a score reached."""
        if r.unit == "%" and _WEIGHT_BRACKET.search(self.text, max(self.sent.start, r.anchor - 12), r.anchor) \
                and _INDEX_PART.search(self.text, max(self.sent.start, r.anchor - 120), r.anchor):
            return True  # "chỉ số giao dịch TMĐT ... (chiếm 40%)": a component's weight in its index
        if r.unit == "other" and (r.unit_text or "điểm") == "điểm" and float(r.value).is_integer() \
                and _SCALE_BEFORE.search(self.text, max(self.sent.start, r.anchor - 140), r.anchor):
            return True  # "Thang điểm đánh giá ... là 1.000 điểm", "(trên tổng điểm là 80)": the scale
        return r.unit_text == "điểm" and r.value >= 100 and float(r.value).is_integer() \
            and self._in_bracket(r.anchor) and bool(_INDEX_STRUCTURE.search(self.text, self.sent.start, self.sent.end))

    def _parts_in_brackets(self, out: list[TargetRecord]) -> None:
        """"665 ha ứng dụng công nghệ thông minh (275 ha hoa; 272 ha rau; …)": a part named by a bare
        noun inside the bracket after a whole in the same unit is a part of that whole."""
        text = self.text
        for s, e in self._asides():
            wholes = [p for p in out if p.anchor < s and not _DIGIT.search(text, p.anchor + 1 + len(f"{p.value:g}"), s)]
            if not wholes:
                continue
            whole = wholes[-1]
            for r in out:
                if s < r.anchor < e and r.unit == "other" and whole.unit == "count" \
                        and (label := _AMOUNT_LABEL.fullmatch(text, s + 1, r.anchor)):
                    # "26 máy POS (doanh số thanh toán 39.280 triệu đồng)": the amount the things counted
                    # came to, named by the bracket's own words
                    r.indicator = squash(f"{label.group(1)} {whole.indicator}")
                # (an amount in a unit, whose part is named after it: a count's noun names its part already)
                elif s < r.anchor < e and r.unit == whole.unit == "other" and r.unit_text == whole.unit_text \
                        and r.value < whole.value and len(r.indicator.split()) <= 4 and r.indicator not in whole.indicator \
                        and r.indicator.lower() in text[s:e].lower() and not self._in_bracket(whole.anchor):
                    # (named inside the bracket, past a whole outside any: not "cây rau (3.060 ha), cây ăn quả
                    # (1.241 ha)", each label before its own bracket)
                    r.indicator = squash(f"{r.indicator} {whole.indicator}")
                elif s < r.anchor < e and r.unit == whole.unit == "count" and r.value < whole.value \
                        and (shared := _shared_lead(whole.indicator, r.indicator, text[r.anchor:e].split(" ", 1)[-1])):
                    # "… ghi nhận 43 trang thông tin bị chèn quảng cáo (19 website thuộc 9 bộ, ngành; …)":
                    # the part's own words, then what the whole's things are (not the lead both borrowed)
                    own, counted = _DANGLING_END.sub("", r.indicator[len(shared):]), whole.indicator[len(shared):]
                    r.indicator = counted if counted.startswith(own) else squash(f"{own} {counted}")

    def _whole_of_a_few(self, r: TargetRecord, out: list[TargetRecord]) -> bool:
        """"Cả nước có gần 1.400 bệnh viện, nhưng đến nay chỉ có 77 bệnh viện triển khai ...": the
        whole a few are set against, not a quantity of its own."""
        if r.unit != "count":
            return False
        later = [o for o in out if o.anchor > r.anchor and o.unit == "count" and o.value < r.value]
        return bool(later) and bool(_BUT_ONLY.match(self.text, r.anchor, later[0].anchor))

    def _band_bound(self, r: TargetRecord) -> bool:
        """"có 5 địa phương trên 20%; 13 địa phương từ 10- 20%", "17 tỉnh có tỷ trọng kinh
        tế số trên 10%": a share that bounds the band the places counted fall in, not a value."""
        start = max(self.sent.start, r.anchor - 60)
        # (the words before must end in a sign for _GROUP_BOUND, tried from every position, to match)
        if r.op in ("<", ">", "<=", ">=") and self.text[start:r.anchor].rstrip().endswith(("<", ">", "≥", "≤")) \
                and _GROUP_BOUND.search(self.text, start, r.anchor):
            return True  # "thuộc nhóm 4 – nhóm đạt giá trị trung bình <0,25": the bound a group is defined by
        if r.unit != "%":
            return False
        lo = self.text.rfind(";", self.sent.start, r.anchor) + 1 or self.sent.start  # (within its sentence)
        # (a share of things named after it is a value: "25 tỉnh đã phủ xanh hơn 50% số xã")
        # (the end of the band first: one match where the search tries every digit before it)
        return bool(_BAND_END.match(self.text, self.text.find("%", r.anchor) + 1)) \
            and bool(_COUNTED_IN_BAND.search(self.text, lo, r.anchor))

    def _counts_the_named(self, r: TargetRecord) -> bool:
        """"Cao Bằng, Quảng Trị và Hưng Yên là 3 địa phương đứng cuối bảng": a
        count of the places just named is the list's size, not a quantity."""
        if r.unit not in ("count", "rank") or r.value > 12 \
                or not _PLACE_NOUN.match(self.text, r.anchor + len(f"{r.value:g}")):
            return False
        before = self.text[self.sent.start:r.anchor]
        names = _NAMED_LIST.search(before)
        if names:
            # (or the names "và" joins after a comma that closed what came before: "Theo đánh giá của
            # Metric, Hà Nội và TP.HCM là 2 địa phương …")
            joined = _LIST_ITEM.split(names.group(1).rsplit(",", 1)[-1].strip())
            return len(_LIST_ITEM.split(names.group(1))) == r.value or len(joined) == r.value >= 2
        # "9 địa phương dẫn đầu về nhận thức số: Đà Nẵng, Lạng Sơn, ...": the names follow its colon
        # (or "là": "nhóm 5 địa phương dẫn đầu về chỉ số EBI là TP.HCM (78,6), Hà Nội (75,8), …")
        after = _NAMES_AFTER_COLON.match(self.text, r.anchor + len(f"{r.value:g}"), self.sent.end)
        names = after.group(1) if after else None
        if names is None and (named := _NAMES_AFTER_IS.match(self.text, r.anchor + len(f"{r.value:g}"), self.sent.end)) \
                and named.group(1).count("(") >= r.value:
            # (only names that carry their own values: "Hiện có 4 đơn vị … là Bệnh viện …, …" counts them)
            names = drop_asides(named.group(1))
        return names is not None and len([n for n in _LIST_ITEM.split(names) if n[:1].isupper()]) == r.value

    def _change_levels(self, out: list[TargetRecord]) -> None:
        """"tăng từ 75% năm 2022 lên 80% năm 2023, cao hơn gấp đôi so với …": the level a change
        reached is of what the level it started from is, not of the words after it."""
        text = self.text
        for a, b in zip(out, out[1:]):
            if a.unit == b.unit and a.indicator and _FROM_BEFORE.search(text, max(0, a.anchor - 20), a.anchor) \
                    and _CHANGE_GAP.fullmatch(text, a.anchor, b.anchor):
                b.indicator = a.indicator

    def _earlier_values(self, out: list[TargetRecord]) -> set[int]:
        """"đạt 0,7955, tăng 8,6% so với năm 2023 (0,7326)": the bracket holds
        the same indicator's value in the year compared with ("cao hơn 1,85% so với năm 2023
        (88,32%)": a percentage alone in its bracket too). Returns the ids of the records so dated."""
        text = self.text
        earlier: set[int] = set()
        for s, e in self._asides() + restated(text, self.sent.start, self.sent.end):
            compared = _COMPARED_YEAR.search(text, max(self.sent.start, s - 40), s)
            if not compared or _NOT_THEN_BRACKET.match(text, s + 1):
                # (a bracket that breaks the sentence's value down, or tells the change, is of its own
                # year: "đạt 1.250 tỷ đồng, tăng 25% so với năm 2022 (trong đó bán lẻ 600 tỷ đồng)")
                continue
            # (every value of the bracket: "so với năm 2021 (xếp thứ 34 với 0,4426 điểm)")
            for r in (r for r in out if s < r.anchor < e):
                same = [p for p in out if p.anchor < s and p.unit == r.unit]
                if same:
                    r.indicator, r.pillar = same[-1].indicator, same[-1].pillar
                r.kind, r.op, r.year = "result", "=", int(compared.group(1))
                earlier.add(id(r))
        if "so" in text[self.sent.start:self.sent.end]:
            for r in out:
                if r.unit == "rank" and (then := _COMPARED_YEAR_THEN.search(text, max(self.sent.start, r.anchor - 60), r.anchor)):
                    r.kind, r.op, r.year = "result", "=", int(then.group(1))
                    earlier.add(id(r))
        return earlier

    def _section_cues(
        self, per_clause: list[list[Mention]], first: Mention | None, heading: bool = False
    ) -> None:
        """A lead without quantities ("Kết quả đạt được đến hết năm 2022 ...:")
        sets target/result and year for what follows; a lead that a colon
        closes on a line with quantities ("Kết quả năm 2023: ...") speaks
        for its own sentence only."""
        text, sent, ctx = self.text, self.sent, self.ctx
        if first is None:
            cue_end = sent.end
            # (_TARGETS_SET_OUT, tried at every position, only when the sentence holds its "chỉ")
            if sent.end - sent.start > 160 and text[sent.end - 1] != ":" and not _CUE_OPENING.match(text, sent.start) \
                    and not (self._whole_line() and "chỉ" in text[sent.start:sent.end].lower()
                             and _TARGETS_SET_OUT.search(text, sent.start, sent.end)):
                # a long sentence without figures ("Hà Giang xác định ... nhiệm
                # vụ ứng dụng công nghệ số") is prose, not a section's lead,
                # unless it opens with the cue ("Phấn đấu đến năm 2030, ...")
                return
        else:
            cue_end = last_start = None
            for c, ms in zip(sent.clauses, per_clause):
                if ms:
                    break
                cue_end, last_start = c.end, c.start
            if cue_end is None:
                return
        cue = text[sent.start:cue_end]
        if first is not None and has_head(text[strip_bullet(text, sent.start, cue_end):cue_end]):
            return  # "Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC: ..." names an indicator
        found = section_cue(cue)
        if first is None and found and cue.rstrip().endswith(":") and _BUILDING_ON.match(cue) \
                and found[1] < (comma := cue.find(",")) and (closing := section_cue(cue[comma + 1:])):
            # "Tiếp nối kết quả đạt được …, đề án … đề ra một số mục tiêu đến năm 2025 cụ thể như:": what it builds
            # on frames the sentence; the words after lead into the list
            found = (closing[0], closing[1] + comma + 1)
        if first is not None and last_start and last_start > sent.start \
                and (nearest := section_cue(text[last_start:cue_end])):
            # "... đánh giá kết quả thực hiện nghị quyết ...; thống nhất 29 chỉ tiêu chủ yếu,
            # trong đó: ...": the clause that leads into the figures speaks for them
            found = (nearest[0], nearest[1] + last_start - sent.start)
        if found and heading and _INDICATOR_GROUP.match(cue, found[1]):
            found = None  # "Nhóm chỉ tiêu về kinh tế số" names a pillar, not targets
        kind, at = found if found else (None, 0)
        if kind == "target" and first is not None and ctx.plan_year is None and _PLAN_ISSUED.search(cue, max(0, at - 90), at) \
                and cue[at:at + 8].lower() == "kế hoạch":
            return  # news: "ban hành kế hoạch phòng chống ...; đạt 1.111.107 sổ ...": a plan issued sets no aims
        if kind == "target" and first is None and ctx.plan_year is None and not _DOCUMENT_SETS_OUT.search(cue) and not any(
                not _IN_DOCUMENT_NAME.search(cue, max(0, m.start() - 170), m.start())
                and not _TITLE_STAGE.search(cue, max(0, m.start() - 30), m.start())
                and not _IMPLEMENTING.search(cue, max(0, m.start() - 35), m.start())
                for m in _STRONG_TARGET.finditer(cue)):
            # news prose on "nhiệm vụ", "giải pháp", "kế hoạch" sets no targets, nor
            # a cited document's name ("Quyết định ... định hướng đến năm 2030")
            return
        if kind == "target" and first is None and ctx.plan_year is None and _VISION_AFTER.match(cue, found[1]) \
                and not cue.rstrip().endswith(":"):
            return  # news: "Bắc Ninh đặt mục tiêu trở thành trung tâm … hàng đầu khu vực": a vision, no lead into figures
        source = "cue"
        if kind is None and first is None and ctx.plan_year is None and ctx.kind == "target" and ctx.kind_source == "cue" \
                and clause_kind(cue) == "result" and _DONE_SAID.search(cue):
            # news under a headline's horizon ("… đến năm 2025, định hướng đến năm 2030"): "toàn ngành y tế đã đẩy
            # mạnh ứng dụng công nghệ thông tin." turns to what was done, and the figures after it report
            ctx.kind, ctx.year, ctx.kind_source = "result", None, "cue"
            return
        if kind is None:
            kind, year, source = self._year_only_cue(cue)
            if kind is None:
                return
        else:
            # the year that goes with the cue: "trên cơ sở kết quả năm 2025,
            # UBND tỉnh ban hành Kế hoạch ... năm 2026" is about 2026
            ys = [(pos, y) for pos, y, how in years_in(cue) if how in ("by", "in") and not cited(cue, pos)
                  and not self._stage_served(cue, pos, y) and not AIMED_AT.search(cue, max(0, pos - 50), pos)]
            after = [y for pos, y in ys if pos > at]
            year = after[0] if after else (ys[0][1] if ys else None)
            if year is None and kind == ctx.kind:
                year = ctx.year  # "I. KẾT QUẢ THỰC HIỆN" under a report of 2024 results
        if first is None:
            ctx.kind, ctx.year, ctx.kind_source = kind, year, source
        else:
            self.lead_kind = kind
            if year is not None:
                self.lead_year = year

    def _whole_line(self) -> bool:
        """Is this sentence all of its line (a heading), not the start of a paragraph?"""
        if self._is_whole_line is None:
            end = self.text.find("\n", self.sent.end)
            self._is_whole_line = not self.text[self.sent.end:len(self.text) if end < 0 else end].strip()
        return self._is_whole_line

    def _paragraph_topic(self, lead: str | None = None) -> list[str] | None:
        """The one pillar (by its own name) a sentence (or its words before its first
        quantity: "Hệ thống ... an toàn, an ninh mạng có 5.463 cảnh báo") names, else None.
        Not an item of a list ("- ..."), nor a pillar that is the figure's own subject
        ("Kinh tế số chiếm 30% GRDP": a sentence about the economy, no heading)."""
        if lead is not None and (strip_bullet(self.text, self.ctx.line_start, self.sent.end) > self.ctx.line_start
                                 or pillars_named(lead[:20])):
            return None
        found = pillars_named(lead if lead is not None else self.text[self.sent.start:self.sent.end])
        return found if len(found) == 1 else None

    def _aims_of_one_pillar(self, lead: str, before_value: str) -> list[str] | None:
        """The one pillar whose aims a lead names right after "mục tiêu/chỉ tiêu …" and then says
        what they are ("… là"), not aims besides or compared with it ("Ngoài mục tiêu …", "So với …")."""
        aims = _AIMS_OF.search(lead)
        if aims is None or _BESIDES.search(lead, 0, aims.start()) or not _IS_WORD.search(before_value):
            return None
        named = self._paragraph_topic(lead)
        after = pillars_named(lead[aims.end():aims.end() + 40])
        return named if named and after and after[0] == named[0] else None

    def _under_pillar_heading(self) -> bool:
        """Does a heading of its own (not the title) name the pillar this part is about?
        Then the heading decides, whatever its paragraphs go on to mention."""
        return bool(self.ctx.pillars) and self.ctx.pillars != self.ctx.title_pillars

    def _inside_paragraph(self) -> bool:
        """Does another sentence of its line come before this one?"""
        if self._is_inside_paragraph is None:
            before = self.text[strip_bullet(self.text, self.ctx.line_start, self.sent.start):self.sent.start]
            self._is_inside_paragraph = not is_numbering(before)  # "3.2. Phát triển ...": the number is no sentence
        return self._is_inside_paragraph

    def _year_only_cue(self, cue: str) -> tuple[str | None, int | None, str]:
        """A sentence with a year but no cue word: "Năm 2022, chuyển đổi số
        của tỉnh có nhiều chuyển biến" opens a report of that past year;
        "Vì vậy, năm 2022 tỉnh tập trung ..." after such a report turns to
        the plan's year; a plan's stage heading ("2.1. Giai đoạn 2026 - 2027")
        opens its aims for the stage's end (a section, not a year's paragraph:
        the headings under it do not end it)."""
        ctx = self.ctx
        if ctx.plan_year is not None and (stage := _STAGE_HEADING.fullmatch(cue)) \
                and ctx.plan_year >= int(stage.group(2)) >= int(stage.group(1)):
            return "target", int(stage.group(2)), "stage"
        lead_year = _LEAD_YEAR.match(cue) or _AS_OF_YEAR_LEAD.match(cue)
        if lead_year and ctx.plan_or_next and int(lead_year.group(1)) < ctx.plan_or_next:
            return "result", int(lead_year.group(1)), "year"
        if ctx.kind == "result" and ctx.kind_source == "year" and ctx.plan_year:
            ys = [y for pos, y, how in years_in(cue) if how in ("by", "in") and not cited(cue, pos)]
            if ys and ys[0] >= ctx.plan_year:
                return "target", ys[0], "year"
        return None, None, "year"


    def _past_year_lead(self, first: Mention) -> None:
        """"Năm 2023, chỉ số DTI xếp thứ 2/63 ... Toàn tỉnh có ...": a
        paragraph opened by a past year goes on reporting that year."""
        text, ctx = self.text, self.ctx
        lead = text[self.sent.start:first.lead]
        # (who reports the year, in a dated page: undated, "Theo Visa, trong năm 2022, …" may be a survey's year)
        m = _LEAD_YEAR.match(lead) or (_REPORTED_YEAR_LEAD.match(lead) if ctx.stamp else None)
        if m and ctx.plan_or_next and int(m.group(1)) < ctx.plan_or_next and clause_kind(lead) != "target":
            ctx.kind, ctx.year, ctx.kind_source = "result", int(m.group(1)), "year"
            ctx.year_line = ctx.line_start

    def _clause(
        self,
        clause: Clause,
        ms: list[Mention],
        earlier: list[_Draft],
        colon_lead: tuple[str, int] | None,
    ) -> list[_Draft]:
        text = self.text
        start = strip_bullet(text, clause.start, clause.end)
        bounds = [start]
        ends = []
        for prev, cur in zip(ms, ms[1:]):
            e, s = _split_between(text, prev.end, cur.lead, bool(_LINK_LEAD.match(text, cur.lead, cur.anchor)),
                                  bool(_VERB_LEAD.match(text, cur.lead, cur.anchor) and _VERB_LEAD.match(text, prev.lead, prev.anchor)))
            ends.append(e)
            bounds.append(s)
        ends.append(clause.end)
        if len(ms) >= 2 and not text[bounds[0]:ms[0].lead].strip() and _WITH_FIRST.fullmatch(text, ms[0].lead, ms[0].anchor) \
                and (last := text.rfind(",", ms[0].end, ms[1].lead)) > (first_comma := text.find(",", ms[0].end, ms[1].lead)) >= 0:
            # "Với 46,04 điểm, Thừa Thiên Huế dẫn đầu …, tăng 5 bậc": the value first, then who has it
            # (up to where the next value's clause opens: "…, trong đó chỉ số công khai, minh bạch đạt …")
            if opens := _NEXT_CLAUSE.search(text, first_comma + 1, ms[1].lead):
                last = opens.start()
            ends[0], bounds[1] = last, last + 1
        if len(ms) >= 2:
            par = self._parallel(ms, bounds, ends, colon_lead, earlier)
            # (the words before the colon: a lead, or the value it breaks down)
            lead = colon_lead[0] if colon_lead else (
                _indicator(earlier[-1].base, earlier[-1].post) if earlier and clause.sep == ":" else None)
            if par is not None and lead and not par.bases:
                par.base = _measure_before_colon(par.base, lead)
            if par is not None:
                drafts = [
                    _Draft(mention=m, base=par.bases[i] if par.bases else par.base, post=par.tail, post_raw_tail=par.tail, scope=sc,
                           scope_from="parallel", start=min(start, colon_lead[1]) if colon_lead else start,
                           end=clause.end, seg_end=ends[i])
                    for i, (m, sc) in enumerate(zip(ms, par.scopes))
                ]
                self._labels_of_one_head(earlier[-1:] + drafts)
                return drafts
        self._from_to(ms)
        out: list[_Draft] = []
        clause_base: str | None = None
        # (a level after each value's object is a split, one alone a noun: "cán bộ cấp xã"; counted
        # only where two values can have one)
        split = len(ms) >= 2 and sum(bool(_object_levels(text[m.end:e])) for m, e in zip(ms, ends)) >= 2 or (
            # "ít nhất 90% hồ sơ công việc cấp Trung ương, cấp tỉnh; 80% hồ sơ công việc cấp huyện …": the
            # sentence splits by level past its semicolon, so this clause's levels split too
            len(ms) == 1 and (levels := _object_levels(post0 := text[ms[0].end:ends[0]])) is not None
            and self._levels_split_beside(clause, post0[:levels.start()]))
        # ("9 phần quà (3 triệu đồng/phần) cho Mẹ VNAH": what each thing counted is worth, told in a bracket
        # between the things and whom they went to)
        worth = {i + 1: aside for i, (m, n) in enumerate(zip(ms, ms[1:])) if (aside := _worth_of_each(text, m, n))}
        for i, m in enumerate(ms):
            pre_raw = text[bounds[i]:m.lead]
            post_raw = text[m.end:ends[i]]
            if i + 1 in worth:
                # the things' words and what follows the bracket are the count's too
                post_raw = f"{text[m.end:worth[i + 1][0]]} {text[worth[i + 1][1]:ends[i + 1]]}"
            elif i in worth:
                # the worth of each of them: the things and whom they went to
                pre_raw, post_raw = text[ms[i - 1].end:worth[i][0]], text[worth[i][1]:ends[i]]
            if m.unit == "rank":
                post_raw = post_raw[_RANK_POST.match(post_raw).end():]
            elif m.unit == "count" and m.value_max is not None:
                post_raw = without_high_end(post_raw)  # ("3 bến cảng đến 4 bến cảng": the words once)
            elif m.unit == "count" and i + 1 < len(ms) and ms[i + 1].unit == "count" \
                    and PAIR_GAP.fullmatch(text, m.end, ms[i + 1].lead):
                # "1.420 tàu cá/8.040 lao động khai thác thủy sản": a pair, its second's words the first's too
                post_raw = f"{text[m.end:text.rindex('/', m.end, ms[i + 1].lead)]} {text[ms[i + 1].end:ends[i + 1]]}"
            elif m.unit == "count" and i + 1 < len(ms) and ms[i + 1].unit == "count" and ends[i] >= ms[i + 1].lead \
                    and _WHERE_BEFORE.search(post_raw) and _PREDICATE_NEXT.match(text, ms[i + 1].end, ends[i + 1]):
                # "235 thủ tục hành chính của 13 bộ, ngành kết nối Cơ chế một cửa quốc gia", "1.000 tiểu
                # thương tại 10 chợ mở tài khoản …": what the things counted did, past the places they are of
                post_raw = f"{post_raw} {text[ms[i + 1].end:ends[i + 1]]}"
            if i == 0 and pre_raw.rstrip().endswith(",") and not _HEAD_ANY.search(pre_raw) \
                    and (not m.verb or _TASKS_DONE_BEFORE.search(pre_raw)) \
                    and not (m.unit_text == "điểm" and _POINTS_HEAD.search(pre_raw)) \
                    and not _FROM_LEVEL.fullmatch(text, m.lead, m.anchor):
                # "..., 100% hồ sơ được số hóa": a new item starts at the number (not the first
                # level of a change: "Năng lực ... ghi nhận nhiều bứt phá, từ 45 MW năm 2024 lên ...")
                pre_raw = ""
            scope_from: str | None = None
            scopes: list[str] = []
            ps, ps_at = _pre_scopes(pre_raw)
            base_raw = pre_raw
            if ps and i == 0 and len(ps) == 1 and len(ms) > 1 and m.unit == "count" and not m.verb and _LEVEL_SUBJECT.match(pre_raw) \
                    and not any(SCOPE_RE.search(text, a.end, b.anchor) for a, b in zip(ms, ms[1:])):
                # "Trong đó cấp huyện hơn 16 nghìn hồ sơ, giải quyết 15.182 hồ sơ; …": the level is the subject
                # of its clause's every value, not a label of the first
                scopes, scope_from = ps, "subject"
                base_raw = remove_scope(pre_raw, ps[0])
            elif ps:
                scopes, scope_from = ps, "pre"
                base_raw = remove_scope(pre_raw[:ps_at], "") if len(ps) > 1 else remove_scope(pre_raw, ps[0])
            # (a plain look for its "cấp" first: the lazy pattern is tried over the words' first 40 characters)
            elif (i == 0 or out and out[0].scope_from == "subject") and "cấp" in pre_raw.lower() \
                    and (subject := _LEVEL_SUBJECT.match(pre_raw)):
                # "…; cấp huyện tiếp nhận 6.776 hồ sơ, với 2.521 hồ sơ trực tuyến (đạt tỷ lệ 37,76%); cấp
                # xã …": a level that is its clause's subject scopes every value of the clause, until
                # the next level does (", cấp xã đã thực hiện số hoá 201.881 hồ sơ")
                scopes, scope_from = [squash(subject.group(1)).lower()], "subject"
            elif i > 0 and out and out[0].scope_from == "subject":
                scopes, scope_from = [out[-1].scope], "subject"  # (the latest level named)
            post_scopes, how, scope_start, scope_end = _post_scopes(post_raw, split)
            if post_scopes and _BARE_UNITS.match(post_raw) and (
                    i == 0 and not SCOPE_RE.search(post_raw)
                    # "…, trong đó mạng 4G phủ sóng tại 85% các xã, thị trấn": what a part's own verb reaches
                    or _BREAKDOWN_OPENING.match(text, bounds[i]) and OPENS_OBJECT.search(text, bounds[i], m.anchor)):
                post_scopes, how = [], None  # "đã đến 96% thôn, bản": no sibling value to split from
            tail = ""
            post = clean_post(post_raw)
            if post and m.unit == "%":
                # "100% dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính có đủ điều kiện":
                # a share named after its value keeps the whole it is of (a bare "53,1% trên tổng số
                # trẻ em" leaves its subject to the words before it)
                post = clean_post(post_raw, share=True)
            if len(post_scopes) > 1 and len(ms) == 1 and how == "post" and not split:
                # "100% hồ sơ tại cấp tỉnh, cấp huyện và cấp xã": one value
                # for every level is not a split
                post_scopes, how = [], None
            if post_scopes and not scopes:
                scopes, scope_from = post_scopes, how
                if how == "post":
                    # "X tại cấp tỉnh, cấp huyện [và ...] được Y": X + Y
                    tail = clean_post(post_raw[scope_end:])
                    post = _indicator(clean_post(post_raw[:scope_start]), tail)
            base = clean_pre(base_raw)
            if base and post and m.unit == "%" and (own := _JOINED_HAS.search(base_raw)):
                # "Các chương trình … được tổ chức đồng bộ và có ít nhất 90% hồ sơ công việc …": a share of
                # things named after it, in a predicate of its own joined to the one before
                base = clean_pre(base_raw[own.end():])
            if i == 0 and scope_from == "pre" and base and not post and earlier and earlier[-1].scope \
                    and clause.sep == ";" and not _HEAD_ANY.search(base) and len(base.split()) <= 8:
                # "DVCTT phát sinh hồ sơ ở cấp tỉnh đạt 99,52%; bộ phận một cửa cấp huyện
                # đạt 96,39%": a level split whose items name offices, not a new measure;
                # the office and its level are the sub-group, as written
                scopes = [squash(f"{base} {sc}") for sc in scopes]
                base = _indicator(earlier[-1].base, earlier[-1].post)
            # "..., trong đó năm 2023 đạt mức thấp nhất là 6,1%": the lowest or highest
            # of what an earlier quantity measured, named by that quantity's words
            superlative = base if _SUPERLATIVE_ONLY.fullmatch(base) else ""
            if superlative:
                base = ""
            if m.denominator is not None and len(ms) == 1 and len(post.split()) >= 3 and not _HEAD_ANY.search(base) \
                    and not _complement_end(base) and not _DID_TO_PART.search(pre_raw):
                base = ""  # "đã có 18/20 sở, ban, ngành xây dựng xong kế hoạch": what was counted and did
            if self._list_lead and not post and 0 < len(base.split()) <= 6 and text[bounds[i]:m.lead].rstrip().endswith("("):
                # "Giấy phép lái xe (20,2 triệu)": the item named, then what the list's lead says of it
                base = squash(f"{base} {self._list_lead}")
            if i > 0 and not base and m.unit == "%" and out and out[-1].mention is ms[i - 1] \
                    and ms[i - 1].unit == "count" and _WITHIN.fullmatch(text, ms[i - 1].end, m.lead) \
                    and _SUBJECTLESS.match(post):
                # "14,5 triệu hồ sơ được xử lý qua Cổng ..., trong đó 83% thực hiện trực tuyến":
                # a share of what was counted, which did it
                base = _indicator(out[-1].base, out[-1].post)
            if i > 0 and _RAISE_ONLY.fullmatch(base) and out and out[-1].mention.unit == m.unit:
                # "kinh tế số đóng góp trên 25% GRDP ... và nâng lên 35% vào năm 2030, ...": the
                # same measure raised; what follows is another clause
                base, post = _indicator(out[-1].base, out[-1].post), ""
            # "đạt 60%, 80% người dân ... có tài khoản": a number-first item
            # with its own predicate does not share the words before.
            if i > 0 and out and out[-1].mention is ms[i - 1] and out[-1].post \
                    and _LINK_LEAD.match(text, m.lead, m.anchor) and (member := _MEMBERS.match(post)) \
                    and post[member.end():].strip() and out[-1].post.lower() not in post.lower() \
                    and (owner := _members_of(out)) is not None:
                # "27.218 Tổ công nghệ số cộng đồng với 130.487 thành viên tham gia ...": members of
                # what was just counted (only members with a predicate of their own: "với 610 thành
                # viên" alone takes the words before by the linking rule below)
                post = squash(f"{member.group(0)} {_AT_END.sub('', owner.post)} {post[member.end():]}")
            total_with = i > 0 and bool(_TOTAL_ONLY.fullmatch(base)) and bool(_WITH_TOTAL.search(text, ms[i - 1].end, m.anchor))
            if total_with:
                base = ""
            # ("đạt tỷ lệ" before a value after a count: the share or density the count makes)
            rate_of_count = i > 0 and ms[i - 1].unit == "count" and bool(_RATE_OF_COUNT.search(text, m.lead, m.anchor))
            if rate_of_count and not base and post and _CLAUSE_BREAK.match(text, m.end):
                # "1.579 DVCTT đã được tích hợp ..., đạt tỷ lệ 81,5%, tạo điều kiện để ...": the share the
                # count makes; what follows is of the whole sentence (not a share that names its own
                # whole: "(đạt tỷ lệ 48% hộ gia đình có kết nối Internet)")
                post = ""
            shares = not post or len(post.split()) <= 4 or bool(post_scopes)
            # ("..., với 18,5 triệu công dân sử dụng CCCD": a count with its own predicate names itself)
            joined = i > 0 and m.unit == "count" and bool(_TAKING_PART.fullmatch(base)) and bool(out) \
                and out[-1].mention is ms[i - 1] and bool(_TEAMS.match(out[-1].post))
            if joined:
                # "… 1.400 tổ công nghệ số cộng đồng với sự tham gia của hơn 10.000 người": the people
                # who take part in what was just counted
                base, post = "", squash(f"{post} tham gia {out[-1].post}")
            with_named = (_LINK_LEAD.match(text, m.lead, m.anchor) or _WITH.match(text, ms[i - 1].end, m.anchor)
                          or total_with) \
                and not (m.unit in ("count", "%") and _OWN_PREDICATE.search(" " + post)) and not joined
            if i > 0 and not base and post and m.unit == "%" and ms[i - 1].unit == "count" \
                    and _WEIGHT_BRACKET.search(text, ms[i - 1].end, m.lead):
                base = "chiếm"  # "68,17 triệu người dùng (chiếm 70% dân số)": the share the count makes of a whole
            # ("2,7 triệu thuê bao ..., đạt tỷ lệ 21,9 thuê bao/100 dân": a density of what was counted)
            if i > 0 and (_LINKING.fullmatch(base) or _linking_end(text, ms[i - 1].end, m.lead) or not base and with_named
                          or rate_of_count and m.unit == "other" and not base):
                # "214.680 hồ sơ trực tuyến, chiếm 60,07%", "1.386 tổ với 8.742
                # thành viên": the earlier quantity's words name this one too.
                # (not a change given between: "18,5 triệu thuê bao, tăng 16,3% so với cùng kỳ và chiếm 68%")
                level = next((d for d in reversed(out) if not _CHANGE_ONLY.fullmatch(d.base)
                              and not _RISE_OF_NAMED.search(d.base)), out[-1])
                named = _indicator(level.base, level.post)
                base = _indicator(named, base) if base else ""
                if not base:
                    # ("… 40 máy tính bảng trị giá 416 triệu đồng cho học sinh …": what was valued, then the rest;
                    # "với 12.000 thành viên": the members, then of what)
                    valued = _VALUED_TAIL.search(text, ms[i - 1].end, m.lead)
                    post = _indicator(named, post) if valued else _indicator(post, named)
                    if valued:
                        for d in out:
                            if d.mention is ms[i - 1]:
                                d.post = _VALUED_TAIL.sub("", d.post)  # the things counted, not "… trị giá"
            elif i > 0 and out and m.unit == "%" and _CHANGE_ONLY.fullmatch(base) and (not post or post.lower() == "năm") \
                    and out[-1].mention is ms[i - 1] and PER_YEAR.match(text, m.end):
                # "Vốn đầu tư … đạt hơn 710 nghìn tỷ đồng, tăng bình quân 14-15%/năm": how fast what the value
                # before measured grows each year
                base = _indicator(_indicator(out[-1].base, out[-1].post), base)
            elif i > 0 and out and _COMPARED_GENERIC.fullmatch(base) and _COMPARED_HEAD_END.search(text, ms[i - 1].end, m.lead) \
                    and not _OF_ONLY.sub("", post):
                # "... là 80%, cao hơn gấp đôi so với tỷ lệ 31% năm 2016": the level compared with is
                # of the same indicator
                base, post = _indicator(out[-1].base, out[-1].post), ""
            elif i > 0 and base and _WITH_NAMED.match(text, ms[i - 1].end, m.lead) and out and out[-1].post:
                # "3 địa phương đứng cuối bảng với giá trị DTI đạt 0,5-0,6":
                # the value is of the things just counted (named by the count's subject when
                # only a classifier follows it: "số lượng giao dịch ... là 4,3 triệu món với giá trị ...")
                counted = out[-1].post if len(out[-1].post.split()) > 1 and not _CHANNEL.search(out[-1].base) else \
                    _indicator(_COUNT_HEAD.sub("", out[-1].base), out[-1].post)
                base = _indicator(base, counted)
            elif i > 0 and not base and (done := _done_for(text, ms[i - 1].end, m.lead)):
                # "6 xã vừa hoàn thành cấp CCCD gắn chip cho 100% người dân": the share is of
                # those the counted things did it for, named by what they did
                base = clean_pre(done.group(1))
                for d in out:
                    if d.mention is ms[i - 1]:
                        d.post = _FOR_END.sub("", d.post)
            elif i > 0 and not base and clause_base and _complement_end(clause_base) and \
                    _LIST_JOIN.match(text, ms[i - 1].end, m.lead):
                # "được phủ đến 100% trung tâm xã và 94,5% khu vực có dân cư": a second
                # object of the same verb
                base = clause_base
            elif not base and shares:
                # the nearest earlier quantity of this clause names this one:
                # "phủ 75% hộ gia đình, 100% cấp xã", "420 nghìn tài khoản
                # được kích hoạt, đạt 61% so với chỉ tiêu"
                prev_named = clause_base or (out[-1].post if out and not post else "")
                if out and not post and m.unit == "%" and out[-1].mention.unit == "count" and out[-1].post \
                        and out[-1].mention is ms[i - 1]:
                    # "kích hoạt 604.828 tài khoản VNeID, đạt tỷ lệ 40,8%": the share of what was counted
                    prev_named = _indicator(out[-1].base, out[-1].post)
                    if (total := self._total_of_parts(out)) is not None:
                        # "cung cấp 290 DVCTT, gồm 178 toàn trình và 112 một phần, đạt tỷ lệ 92,9%":
                        # every part listed, the share is the total's
                        prev_named = _indicator(total.base, total.post)
                if i > 0 and (before_bracket := self._before_closed_bracket(out, ms[i - 1], m)):
                    # "... 1.364 TTHC thành DVCTT (số DVCTT mức độ 3 là 191, mức độ 4 là 1.173)
                    # đạt 100%": the value after a bracket is of what stood before it
                    prev_named = before_bracket
                if i > 0 and prev_named and not (post and f" {prev_named.lower()} " in f" {post.lower()} "):
                    # (not words the value names itself: "90% hồ sơ công việc cấp tỉnh (năm 2030 đạt 100%),
                    # 80% hồ sơ công việc cấp huyện")
                    base = prev_named
                elif earlier and clause.sep in (";", ",") and len(post.split()) <= 2:
                    base = _indicator(earlier[-1].base, earlier[-1].post)
                elif colon_lead:
                    base = colon_lead[0]
                    start = min(start, colon_lead[1])
            if superlative:
                base = _indicator(base, superlative) if base else superlative
            whole = earlier[-1] if i == 0 and earlier and _BREAKDOWN_OPENING.match(text, clause.start) else \
                out[-1] if i > 0 and m.unit == "%" and out and out[-1].mention is ms[i - 1] \
                and _WITHIN.match(text, ms[i - 1].end, m.lead) else None
            if whole is not None and not scopes and base and m.unit == whole.mention.unit and _PREDICATE_ONLY.match(base):
                # "Tỷ lệ lao động qua đào tạo đạt 65%; trong đó, có bằng cấp, chứng chỉ đạt 30%": a part named
                # by what it has or did is a part of what the value before it measured (a share after a comma as
                # well: "… đạt 90%, trong đó có tài khoản định danh mức 2 đạt 60%")
                base = _indicator(_indicator(whole.base, whole.post), base)
            toll = None
            if m.unit == "count" and (caused := _CAUSED.fullmatch(base)) and (event := _event_counted_before(out or earlier)):
                # "xảy ra 998 vụ cháy, làm 20 người chết, 125 người bị thương": the toll of the events counted
                # before (not what "làm" did; "làm chết 26 người": the people, then what befell them)
                base, post, toll = "", squash(f"{post} {caused.group(1) or ''} do {event}"), event
            elif m.unit == "count" and i > 0 and out and out[-1].mention is ms[i - 1] and out[-1].toll \
                    and _TOLL_GAP.fullmatch(text, ms[i - 1].end, m.lead):
                toll = out[-1].toll  # ("…, 125 người bị thương": the toll goes on)
                base, post = "", squash(f"{post} do {toll}")
            if base:
                clause_base = base
            for sc in scopes or [None]:
                out.append(
                    _Draft(
                        mention=m,
                        base=base,
                        post=post,
                        post_raw_tail=tail,
                        scope=sc,
                        scope_from=scope_from,
                        start=start,
                        end=clause.end,
                        seg_end=ends[i],
                        toll=toll,
                    )
                )
        for a, b in zip(out, out[1:]):
            if a.mention.unit == "count" and b.mention.unit == "%" and b.mention is not a.mention \
                    and b.mention.lead == b.mention.anchor and b.post \
                    and (gap := _OBJECT_OF_COUNT.fullmatch(text, a.mention.end, b.mention.lead)):
                # "70 bộ, ngành, địa phương hoàn thành việc đưa 100% dịch vụ công lên mức độ 4",
                # "23 tỉnh cho phép 100% học sinh đến trường": what the counted things did, to its object
                a.post = _indicator(clean_post(gap.group(0)), b.post)
            elif a.mention.unit == "count" and b.mention.unit == "%" and not a.post and b.post \
                    and _SHARE_BRACKET_OPENS.fullmatch(text, a.mention.end, b.mention.lead) \
                    and _BRACKET_CLOSES.match(text, b.mention.end) and not _WHOLE_OF_SHARE.match(b.post):
                # "có 60/98 (tỷ lệ 61%) điểm bưu điện văn hóa đa dịch vụ": the things counted after
                # the bracket that gives their share (not the whole the share is of: "Số hồ sơ nộp
                # trực tuyến là 12.500 (chiếm 65%) tổng số hồ sơ tiếp nhận")
                a.post = b.post
            elif a.mention.unit == "%" and b.mention.unit == "count" and b.mention.denominator is not None \
                    and _SHARE_BRACKET_OPENS.fullmatch(text, a.mention.end, b.mention.lead) is None \
                    and _COUNT_IN_BRACKET.fullmatch(text, a.mention.end, b.mention.anchor):
                # "88% xã cũ (9.803/11.059)": the count that makes the share, named as the share is
                b.base, b.post = a.base, a.post
        if len(out) > 1 and (place := _PLACE_OPENING.match(out[0].base)):
            # "tại Trung tâm ... tiếp nhận 89.175 hồ sơ, đã giải quyết 81.212 hồ sơ, đang giải quyết
            # 7.963 hồ sơ": where the first was done, the others were too
            for d in out[1:]:
                if _SUBJECTLESS.match(d.base) and place.group(1) not in d.base:
                    d.base = squash(f"{place.group(1)} {d.base}")
        if colon_lead and len({d.mention.anchor for d in out}) > 1:
            for d in out:
                if d.scope and d.scope_from in _OBJECT_SCOPES and not d.base:
                    d.post = _measure_before_colon(d.post, colon_lead[0])
        sharing: set[int] = set()  # the values that share what the one after them did
        for a, b in zip(out[-2::-1], out[::-1]):
            if a.mention.unit == b.mention.unit and a.mention.unit in ("count", "%") and a.mention is not b.mention \
                    and (not a.base or b.base in ("", a.base) and (_AND_GAP.fullmatch(text, a.mention.end, b.mention.lead) or id(b) in sharing
                                                      and _LIST_GAP.fullmatch(text, a.mention.end, b.mention.lead))) \
                    and 0 < len(a.post.split()) <= 12 \
                    and not _SHARED_VERB.search(" " + a.post) \
                    and (_AND_GAP.fullmatch(text, a.mention.end, b.mention.lead)
                         # "19 chợ hạng I, 11 chợ hạng II và 13 chợ hạng III đã triển khai": a list's items
                         or ((id(b) in sharing or b is out[-1] or len(a.post.split()) <= 3 or len(a.post.split()) <= 6 and _LEVEL_ITEM.search(a.post))
                             and _LIST_GAP.fullmatch(text, a.mention.end, b.mention.lead))) \
                    and (verb := _SHARED_VERB.search(b.post)) and verb.start() > 0:
                # ("2 nghị quyết, 5 quyết định và 14 kế hoạch làm cơ sở để triển khai …": what they serve, from
                # its first word)
                # "544 DN và 2.990 sản phẩm tham gia giao dịch trên sàn TMĐT", "hơn 85,5% dân số
                # trưởng thành và 100% hộ gia đình có điện thoại thông minh": both did it
                did = b.post[verb.start():]
                a.post = squash(f"{a.post} {did}")
                sharing.add(id(a))
                a_area = _AREA_SPLIT.search(a.post, 0, len(a.post) - len(did))
                b_area = _AREA_SPLIT.search(b.post, 0, verb.start())
                if a_area and b_area and not a.scope and b.scope in (None, "") \
                        and a.post[:a_area.start()] == b.post[:b_area.start()]:
                    # "80% người dân trên địa bàn 2 thành phố … và 50% người dân trên địa bàn các
                    # huyện tham gia mua sắm trực tuyến": the same people in two areas, a split
                    for d, area in ((a, a_area), (b, b_area)):
                        d.scope, d.scope_from = squash(area.group(1)), "area"
                        d.post = squash(f"{d.post[:area.start()]} {did}")
            if a.mention is b.mention and a.scope_from == "post-object" and b.post.startswith(a.post + " "):
                a.post = b.post  # the levels of one value share what the next value's words added
            elif a.scope_from in _OBJECT_SCOPES and b.scope_from in _OBJECT_SCOPES and a.post != b.post:
                # "100% đơn vị cấp sở, cấp huyện và 98% đơn vị cấp xã xây dựng kế hoạch ...": the
                # same object at each level, the predicate written once after the last
                a_obj, b_obj = squash(SCOPE_LIST_RE.sub(" ", a.post)), squash(SCOPE_LIST_RE.sub(" ", b.post))
                if a_obj and len(a_obj.split()) <= 4 and b_obj.startswith(a_obj + " "):
                    a.post = squash(f"{a.post} {b_obj[len(a_obj):]}")
            if not a.base and not a.post and b.post[:1].islower() and _SHARED_OBJECT_GAP.fullmatch(text, a.mention.end, b.mention.lead):
                # "tối thiểu 50% (năm 2025) và 80% (năm 2030) sản phẩm ...": both are of what follows
                a.post = b.post
            elif not a.base and not a.post and b.mention.unit == "%" and b.post[:1].islower() and \
                    _OPEN_BRACKET_GAP.fullmatch(text, a.mention.end, b.mention.lead):
                # "gần 4.500 (70,8%) thủ tục ...": the count and its share are of what follows
                a.post = b.post
            elif a.mention.unit == "count" and b.mention.unit == "%" and b.post[:1].islower() \
                    and len(a.post.split()) <= 5 and _NOUN_THEN_BRACKET.fullmatch(text, a.mention.end, b.mention.lead):
                # "289/289 thôn (100%) đã được phủ sóng ...": the things counted, then what they did
                # (written after the bracket: the share's wording may hold the count's words too)
                close = text.find(")", b.mention.end, b.seg_end)
                did = clean_post(text[close + 1:b.seg_end]) if close >= 0 else b.post
                a.post = squash(f"{a.post} {did}")
        for a, b in zip(out, out[1:]):
            if a.mention.unit == b.mention.unit and a.mention is not b.mention and b.post \
                    and a.post.startswith(b.post + " ") and _PROPER_NAME.fullmatch(b.base) \
                    and not _SHARED_VERB.search(" " + b.post):
                # "tỉnh Cà Mau mới có 19 hồ sơ thực hiện thành công, Kiên Giang 16 hồ sơ, …": a place's
                # value of the same things did what the first place's did
                b.post = a.post
        for a, b in zip(out, out[1:]):
            if a.mention.unit == b.mention.unit == "count" and a.mention is not b.mention \
                    and (not b.base or a.post.endswith(" " + b.base)) \
                    and 0 < len(_head_words(b.post).split()) <= 10 and _DID_TO_COUNTED.search(a.post) \
                    and not _SEPARATORS.search(text, counted_noun_end(text, a.mention), b.mention.lead) \
                    and not PAIR_GAP.fullmatch(text, a.mention.end, b.mention.lead):
                # "51 tỉnh, thành phố thành lập 46.105 Tổ công nghệ số cộng đồng": what the first
                # counted did, to what the second counts (not a pair, "350 trạm/120 vị trí được lắp đặt", whose
                # first already holds the second's words)
                a.post = squash(f"{a.post} {_head_words(b.post)}")
            elif a.mention.unit == b.mention.unit == "count" and a.mention is not b.mention \
                    and _AT_THE_COUNTED.fullmatch(text, counted_noun_end(text, a.mention), b.mention.lead) \
                    and 0 < len(_head_words(b.post).split()) <= 6:
                # "lắp đặt 131 mắt camera tại 59 vị trí": the places the first things were put in
                a.post = _AT_END.sub("", a.post)
                rest = b.post[len(_head_words(b.post)):]
                if rest.strip() and a.post.endswith(rest.strip()):
                    rest = ""  # (the first's words already reach past the places: "1.000 tiểu thương tại 10 chợ mở …")
                b.base, b.post = "", squash(f"{_head_words(b.post)} {_indicator(a.base, a.post)} {rest}")
            elif a.mention.unit == b.mention.unit == "count" and a.mention is not b.mention \
                    and _OF_THE_COUNTED.fullmatch(text, counted_noun_end(text, a.mention), b.mention.lead) \
                    and (did := b.post[len(_head_words(b.post)):].strip()):
                # "26 trạm y tế xã thuộc 8 tỉnh, thành phố đã được lựa chọn …": the first things, of the
                # places the second counts, did what is said after those places (with the words that
                # turn it: "85 thôn thuộc 12 xã chưa có sóng")
                if adverb := _ADVERB_END.search(_head_words(b.post)):
                    did = f"{adverb.group(1)} {did}"
                if not a.post.endswith(did):  # (unless its words reach past those places already)
                    a.post = squash(f"{_OF_END.sub('', a.post)} {did}")
        self._units_reaching_a_rate(out)
        self._labels_of_one_head(earlier[-1:] + out)
        self._name_people_parts(out)
        return out

    def _units_reaching_a_rate(self, out: list[_Draft]) -> None:
        """"20/50 trường THPT đạt tỷ lệ 100% học sinh lớp 12 đậu tốt nghiệp": the units counted are those whose
        rate of what follows reached the share, so the count (and its own share in brackets) is of units reaching it."""
        text = self.text
        for i, a in enumerate(out):
            if a.mention.unit != "count" or not a.post:
                continue
            rest = [d for d in out[i + 1:] if d.mention is not a.mention]
            # (its own share may stand between, in the brackets the gap allows: "7/21 phòng khám (33,3%) đạt …")
            own = [d for d in rest[:1] if d.mention.unit == "%" and (d.post or d.base) == a.post]
            rate = rest[len(own)] if len(rest) > len(own) else None
            # (not a share of a plan reached: "250 người đạt 125% kế hoạch năm")
            if rate is None or rate.mention.unit != "%" or not rate.post[:1].islower() or rate.post == a.post \
                    or _OF_THE_PLAN.match(rate.post):
                continue
            reach = _REACH_A_RATE.fullmatch(text, a.mention.end, rate.mention.anchor)
            units, verb = (squash(reach.group(1)), squash(reach.group(2))) if reach else ("", "")
            if reach and a.post in (units, f"{units} {verb}"):
                for d in [a, *own]:
                    d.base, d.post = "", f"{units} {verb} {rate.post}"

    def _labels_of_one_head(self, seq: list[_Draft]) -> None:
        """"dịch vụ công trực tuyến mức độ 3 đạt 28,4%, mức độ 4 đạt 68,2%": a label after a value
        that its words already hold, past their start, is the same head's next label, named by the
        words the first put before it (labels in a bracket are `_labels_in_a_row`'s)."""
        text = self.text
        for a, b in zip(seq, seq[1:]):
            if a.mention is not b.mention and a.base and 2 <= len(words := b.base.split()) <= 5 \
                    and not _NOT_A_LABEL_OPENER.fullmatch(words[0]) and (k := _word_at(a.base, f"{words[0]} {words[1]}")) > 0 \
                    and "(" not in a.base \
                    and (gap := text[a.mention.end:b.mention.lead].rstrip()).endswith(b.base) \
                    and _NEXT_LABEL_GAP.fullmatch(gap, 0, len(gap) - len(b.base)):
                b.base = squash(f"{a.base[:k]} {b.base}")
            elif a.mention is not b.mention and a.base and (m := _OTHER_MEASURE.match(b.base)) \
                    and (same := re.search(rf"(?<!\w){_MEASURE_PAIR[m.group(1).lower()]}\s+{re.escape(m.group(2))}(?!\w)",
                                           a.base, re.I)) \
                    and (gap := text[a.mention.end:b.mention.lead].rstrip()).endswith(b.base) \
                    and _NEXT_LABEL_GAP.fullmatch(gap, 0, len(gap) - len(b.base)):
                # "… về số lượng giao dịch qua kênh di động đạt 50-80% và giá trị giao dịch đạt
                # 80-100%": the other measure of the same things, named as the first was
                b.base = squash(f"{a.base[:same.start()]}{b.base}{a.base[same.end():]}")

    def _name_people_parts(self, out: list[_Draft]) -> None:
        """"116 cán bộ chuyên trách CNTT, trong đó 08 người có trình độ thạc sĩ, 97 người …, 11 cao đẳng
        …": parts with no noun of their own, or counted as bare people ("người") out of a total of
        people, are of the total's kind (not "5.000 phản ánh, trong đó 3.200 người dân gửi …")."""
        text = self.text
        for k, total in enumerate(out[:-1]):
            if total.mention.unit != "count" or not total.post \
                    or not _PARTS_FOLLOW.fullmatch(text, total.mention.end, out[k + 1].mention.lead):
                continue
            people = bool(_PEOPLE_COUNTED.match(total.post))
            for part in out[k + 1:]:
                if part.mention.unit != "count" or part.base:
                    break
                bare = _BARE_PEOPLE.match(part.post) if people else None
                if bare or counted_noun_end(text, part.mention) == part.mention.end and not _BARE_PEOPLE.match(part.post):
                    part.post = squash(f"{total.post} {part.post[bare.end() if bare else 0:]}")
            return

    def _name_listed_parts(self, drafts: list[_Draft]) -> None:
        """"47 camera do Cục CSGT đầu tư, gồm 7 giám sát tốc độ, 8 giám sát đèn tín hiệu …": parts listed after
        a count with its noun left unsaid are of the things it counted."""
        text = self.text
        for k, whole in enumerate(drafts[:-1]):
            noun_end = counted_noun_end(text, whole.mention)
            if whole.mention.unit != "count" or noun_end == whole.mention.end \
                    or not PARTS_AFTER_WHOLE.fullmatch(text, whole.mention.end, drafts[k + 1].mention.lead):
                continue
            noun = squash(text[whole.mention.end:noun_end])
            for part in drafts[k + 1:]:
                if part.mention.unit != "count" or counted_noun_end(text, part.mention) != part.mention.end \
                        or part.post.lower().startswith(noun.lower()):
                    break
                part.post = squash(f"{noun} {part.post}")

    def _total_of_parts(self, out: list[_Draft]) -> _Draft | None:
        """The count that the counts after it break down in full ("290 …, gồm 178 … và 112 …":
        listed after "gồm", and adding up to it)."""
        for k in range(len(out) - 3, -1, -1):
            parts = out[k + 1:]
            if out[k].mention.unit == "count" and all(p.mention.unit == "count" for p in parts) \
                    and _ALL_PARTS.match(self.text, out[k].mention.end, parts[0].mention.lead) \
                    and sum(p.mention.value for p in parts) == out[k].mention.value:
                return out[k]
        return None

    def _before_closed_bracket(self, out: list[_Draft], prev: Mention, m: Mention) -> str:
        """The words of the last quantity before a bracket that closes between `prev` and `m`."""
        text = self.text
        close = text.rfind(")", prev.end, m.lead)
        if close < 0 or "(" in text[close:m.lead]:
            return ""
        opened = text.rfind("(", 0, prev.anchor)
        if opened < 0 or ")" in text[opened:prev.anchor]:
            return ""
        earlier = [d for d in out if d.mention.anchor < opened]
        return _indicator(earlier[-1].base, earlier[-1].post) if earlier else ""

    def _from_to(self, ms: list[Mention]) -> None:
        """"tăng từ 52% năm 2023 lên 70% năm 2024", "nâng từ khoảng 68% hiện
        nay lên ít nhất 75%": the first value is where things stand (a
        result), the second the aim, each in the year written after it."""
        text = self.text
        for a, b in zip(ms, ms[1:]):
            if not _TO_LEAD.match(text, b.lead, b.anchor):
                continue
            if not _FROM_BEFORE.search(text, max(0, a.anchor - 20), a.anchor):
                continue
            # "giai đoạn 2022 - 2024 đã tăng từ 3% lên 13,5%": a change already made ends in
            # a result too, the stage's first year the first value's, its last the second's
            done = _DONE_FROM.search(text, max(self.sent.start, a.anchor - 60), a.anchor)
            stage = _STAGE_YEARS.search(text, self.sent.start, a.anchor) if done else None
            if not done and (self._reported_change(b) or section_kind(text[self.sent.start:a.anchor]) == "result"):
                # news: "tốc độ Internet tăng từ 71 lên 146 Mbps" reports what happened, and so does
                # a sentence that says it gives results ("Kết quả khảo sát cho thấy, tỷ lệ ... tăng từ ...")
                done = True
            for i, (m, kind) in enumerate(((a, "result"), (b, "result" if done else "target"))):
                y = _YEAR_AFTER.match(text, counted_noun_end(text, m))
                self.overrides[m.anchor] = (kind, int(y.group(1)) if y else int(stage.group(i + 1)) if stage else None)

    def _reported_change(self, b: Mention) -> bool:
        """In news or a report (no plan of its own), a change from one level to another that no
        word of an aim and no later year goes with was made: it ends in a result."""
        ctx, text = self.ctx, self.text
        if ctx.plan_year is not None or ctx.kind != "result":
            return False
        y = _YEAR_AFTER.match(text, counted_noun_end(text, b))
        ref = ctx.ref_year or ctx.result_ref_year
        return clause_kind(text[self.sent.start:self.sent.end]) != "target" and not (y and ref and int(y.group(1)) > ref) \
            and not _FORECAST.search(text, self.sent.start, b.anchor)

    def _parallel(
        self,
        ms: list[Mention],
        bounds: list[int],
        ends: list[int],
        colon_lead: tuple[str, int] | None,
        earlier: list[_Draft],
    ) -> Parallel | None:
        text = self.text
        pres = [text[bounds[i]:m.lead] for i, m in enumerate(ms)]
        posts = [text[m.end:ends[i]] for i, m in enumerate(ms)]
        betweens = [text[a.end:b.lead] for a, b in zip(ms, ms[1:])]
        par = respectively(pres[0], betweens, len(ms))
        if par is None and all(m.unit == "rank" for m in ms) and (held := _PLACES_HOLD.search(pres[0])):
            # "Thanh Hóa, Điện Biên, Hà Tĩnh giữ vị trí thứ 5, 6, 7": as many places
            # as ranks, in the same order
            par = respectively(pres[0][:held.start()] + " lần lượt", betweens, len(ms))
            if par is not None and par.bases and all(_PROPER_NAME.fullmatch(b) for b in par.bases):
                verb = squash(pres[0][held.start():] + " " + text[ms[0].lead:ms[0].anchor])
                par.bases = [f"{b} {verb}" for b in par.bases]
            else:
                par = None
        if par is None and _RESPECTIVELY.search(pres[0]):
            # "... 98% ở cấp tỉnh, 92% ở cấp huyện và 75% ở cấp xã; mục tiêu
            # năm 2023 lần lượt là 100%, 95% và 85%": the levels just named
            named = [d for d in earlier if d.scope][-len(ms):]
            if len(named) == len(ms):
                return Parallel([d.scope for d in named], _indicator(named[0].base, named[0].post))
        if par is None:
            par = levels_in_posts(posts)
            if par is not None:
                par.base = _indicator(clean_pre(pres[0]), par.base)
        if par is None:
            par = groups(pres, colon_lead[0] if colon_lead else None,
                         bool(colon_lead and _SEVERAL_AIMS.match(text, strip_bullet(text, colon_lead[1], ms[0].lead))),
                         counted_first=ms[0].unit == "count" and bool(posts[0].strip()))
        return par

    def _levels_run_on(self, drafts: list[_Draft]) -> None:
        """"cấp huyện tiếp nhận 16.000 hồ sơ, giải quyết 15.182 hồ sơ; tỷ lệ … đúng hạn đạt 67,58%; cấp xã tiếp
        nhận …": a level its clause opens on goes on past a semicolon, to the next level its sentence names."""
        clauses = self.sent.clauses
        level: str | None = None
        for d in drafts:
            k = next((i for i, c in enumerate(clauses) if c.start <= d.mention.anchor < c.end), None)
            if d.scope_from == "subject":
                level = d.scope
            elif d.scope is None and level is not None and k is not None and clauses[k].sep == ";" \
                    and not SCOPE_RE.search(self.text, clauses[k].start, d.mention.anchor):
                d.scope, d.scope_from = level, "subject"
            elif d.scope is not None or k is None or clauses[k].sep != ";":
                level = None

    def _units_of_the_lead_measure(self, drafts: list[_Draft]) -> None:
        """"Các đơn vị có tỷ lệ hồ sơ … đạt từ 60% trở lên gồm: Bộ phận một cửa của huyện đạt 79,38%; xã Dương
        Thành 70,74%; …": units named in a list after a colon, each with its value of the measure the lead
        names; the lead's own bar is whom it lists, not a quantity."""
        text, clauses = self.text, self.sent.clauses
        k = next((i for i in range(1, len(clauses)) if clauses[i].sep == ":"), None)
        if k is None or not (m := _LEAD_MEASURE.search(text, self.sent.start, clauses[k - 1].end)):
            return
        colon = clauses[k - 1].end
        items = [d for d in drafts if d.mention.anchor > colon]
        if len(items) < 2 or any(d.post or not _NAMED_UNIT.fullmatch(d.base) for d in items):
            return
        measure = clean_pre(m.group(1))
        for d in items:
            d.base = f"{measure} {d.base}"
        for d in [d for d in drafts if d.mention.anchor < colon]:
            if d.mention.unit == "%" and m.start(2) >= 0 and d.mention.anchor >= m.start(2):
                drafts.remove(d)

    def _list_measure_of(self, mentions: list[Mention]) -> None:
        """Keep the measure a line names when its colon opens a list of named values; any other line ends it."""
        text, sent, ctx = self.text, self.sent, self.ctx
        first = mentions[0] if mentions else None
        start = strip_bullet(text, sent.start, sent.end)
        line = text[start:sent.end].rstrip()
        if _ORDINAL_ONLY.fullmatch(text, sent.start, sent.end):
            return  # ("1." read apart from the line it numbers)
        named = from_head(line[:-1]) if line.endswith(":") else ""
        head_at = start + len(line[:-1].rstrip()) - len(named)
        if named and not any(m.anchor >= head_at for m in mentions):
            # (not a line that states the measure's own value before its colon, "tỷ lệ hộ nghèo giảm còn 3,2%, cụ
            # thể:": its words hold that value)
            ctx.list_measure = squash(AS_FOLLOWS_END.sub(" ", named))
        elif first is None or not _NAMED_VALUE_LINE.fullmatch(line):
            ctx.list_measure = ""

    def _items_under_the_list_measure(self, drafts: list[_Draft]) -> None:
        """"Tỷ lệ thí sinh nhập học cao nhất:\n1. Bình Dương: 80,61%.\n2. Đà Nẵng: 72,20%.": each line's name
        is whose value of the measure its lead line named."""
        if not self.ctx.list_measure or len(drafts) != 1 or drafts[0].post:
            return
        d = drafts[0]
        if d.base and d.base[0].isupper() and len(d.base.split()) <= 7 and not has_head(d.base):
            d.base = f"{self.ctx.list_measure} {d.base}"

    def _items_of_the_lead_amount(self, drafts: list[_Draft]) -> None:
        """"Nhiều mặt hàng có kim ngạch xuất khẩu tăng …, gồm thủy sản chế biến ước đạt 19,7 triệu USD; may mặc 66,4
        triệu USD; …": the goods a list names after its lead, each with its amount of the measure the lead names."""
        text, sent = self.text, self.sent
        opener = _LIST_OPENER.search(text, sent.start, drafts[0].mention.anchor) if drafts else None
        if opener is None or not (measure := _AMOUNT_MEASURE.search(text, sent.start, opener.start())):
            return
        # (each with its change beside it, "(tăng 30,1%)", which is no item)
        items = [d for d in drafts if d.mention.anchor > opener.end() and d.mention.unit != "%"]
        if len(items) < 3 or any(d.mention.unit != "other" or d.mention.unit_text != items[0].mention.unit_text
                                 or d.post or not d.base or len(d.base.split()) > 5 or has_head(d.base) for d in items[1:]):
            return
        named = squash(measure.group(0)).lower()
        for d in items[1:]:
            # (not an item that names its own kind of the measure: "vốn ngân sách …; vốn doanh nghiệp 3.000 tỷ đồng")
            if not d.base.lower().startswith(named.split()[0]):
                d.base = f"{named} {d.base}"

    def _carry_the_kind_counted(self, drafts: list[_Draft]) -> None:
        """"tiếp nhận 125 vụ lừa đảo chiếm đoạt tài sản, điều tra làm rõ 40 vụ": a bare noun counted
        after a count of the same noun whose words say what kind it is; the later count is of that kind."""
        text = self.text
        for i, b in enumerate(drafts):
            noun = squash(b.post).lower()
            if b.mention.unit != "count" or b.scope or not noun or len(noun.split()) > 3 \
                    or not squash(text[b.mention.end:b.mention.end + len(b.post) + 2]).lower().startswith(noun):
                continue
            for a in reversed(drafts[:i]):
                if a.mention.unit == "count" and a.mention is not b.mention:
                    after = squash(text[a.mention.end:a.mention.end + len(noun) + 3]).lower()
                    kind = squash(a.post).lower()[len(noun) + 1:]
                    # (not a part told apart by what it has or did: "188 người có trình độ …; đại học 429 người")
                    if re.match(re.escape(noun) + r"(?!\w)", after) and squash(a.post).lower().startswith(noun + " ") \
                            and ";" not in text[a.mention.end:b.mention.lead] and not _PART_TOLD_APART.match(kind):
                        b.post = a.post
                    break

    def _share_the_kind_counted(self, drafts: list[_Draft]) -> None:
        """"điều tra làm rõ 40 vụ, 46 đối tượng lừa đảo chiếm đoạt tài sản": a bare noun counted, then
        another count whose words say what kind both are; the first is of that kind too."""
        text = self.text
        for a, b in zip(drafts, drafts[1:]):
            if a.mention.unit != "count" or b.mention.unit != "count" or a.mention is b.mention or a.scope or b.scope:
                continue
            a_noun, b_noun = counted_noun_end(text, a.mention), counted_noun_end(text, b.mention)
            if a_noun == a.mention.end or b_noun == b.mention.end or not _BARE_PAIR_GAP.fullmatch(text, a_noun, b.mention.lead):
                continue
            kind = clean_post(text[b_noun:b.seg_end])
            if kind and not _SHARED_VERB.match(" " + kind) and squash(a.post).lower() == squash(text[a.mention.end:a_noun]).lower():
                a.post = squash(f"{a.post} {kind}")

    def _levels_split_beside(self, clause: Clause, things: str) -> bool:
        """Does a clause beside `clause` (past a semicolon) hold a value of the same `things` at a level?"""
        clauses = self.sent.clauses
        k = next((i for i, c in enumerate(clauses) if c.start == clause.start), None)
        if k is None:
            return False
        beside = []
        if k + 1 < len(clauses) and clauses[k + 1].sep == ";":
            beside.append(clauses[k + 1])
        if k > 0 and clause.sep == ";":
            beside.append(clauses[k - 1])
        own = core_words(things)
        return any(core_words(m.group(1)) == own for c in beside for m in _VALUE_AT_LEVEL.finditer(self.text, c.start, c.end))

    def _levels_in_the_subjects(self, drafts: list[_Draft]) -> None:
        """"vốn ngân sách cấp tỉnh quản lý ước thực hiện 4.871 tỷ đồng; vốn ngân sách cấp huyện ước thực hiện 4,5 tỷ
        đồng", "Cấp tỉnh đã kiểm tra 239 lượt …; cấp huyện đã kiểm tra 1.472 lượt …": the levels the values' own
        subjects name split them (`_settle_scopes` leaves one level alone to its subject)."""
        named = [(d, squash(level.group(0)), content_words(SCOPE_RE.sub(" ", d.base)))
                 for d in drafts if d.scope is None and (level := SCOPE_RE.search(d.base))]
        for d, level, words in named:
            # (only beside another value whose subject is the same but for its level: not "DTI cấp tỉnh là 0,4014;
            # DTI cấp bộ cung cấp dịch vụ công là 0,4595", two measures)
            if any(other.lower() != level.lower() and len(words & ow) * 2 >= max(len(words), len(ow))
                   for _, other, ow in named):
                d.scope, d.scope_from = level, "subject"

    def _settle_scopes(self, drafts: list[_Draft]) -> None:
        """Scopes count only where a sentence splits its values; levels that
        share a qualifier borrow the predicate written once at the end."""
        if len(drafts) < 2:
            for d in drafts:
                if d.scope and d.scope_from == "pre":
                    d.base = clean_pre(self._restore_scope(d))
                d.scope = None
            return
        if len({d.scope for d in drafts if d.scope_from == "subject"}) < 2:
            for d in drafts:
                if d.scope_from == "subject":
                    d.scope, d.scope_from = None, None  # one level alone is the subject's own word
        merged: set[int] = set()
        for d in list(drafts):
            # "băng thông đến cấp xã không dưới 200 Mbps; ...": a level no
            # other value of the sentence is split by is part of the subject
            if d.scope_from == "pre" and not any(o.scope for o in drafts if o.mention is not d.mention):
                if id(d.mention) in merged:
                    drafts.remove(d)  # "… đến cấp tỉnh, cấp huyện, cấp xã với 169 điểm cầu": one value
                    continue
                merged.add(id(d.mention))
                d.base, d.scope, d.scope_from = clean_pre(self._restore_scope(d)), None, None
        tails = [d for d in drafts if d.scope_from in ("post", "parallel") and d.post_raw_tail]
        if tails:
            donor = tails[-1]
            for d in drafts:
                if d.scope_from == "post" and not d.post_raw_tail and not d.post.endswith(donor.post_raw_tail):
                    d.post = _indicator(d.post, donor.post_raw_tail)
                    d.end = max(d.end, donor.end)
        scoped = [d for d in drafts if d.scope]
        seen: list[frozenset[str]] = []  # each earlier draft's words, as its own turn left them (read once, not per later draft)
        for d in scoped:
            words = content_words(_indicator(d.base, d.post))
            for other, ow in zip(scoped, seen):
                if words < ow:
                    d.base, d.post = other.base, other.post
                    words = ow
                    break
            seen.append(words)

    def _schedule_in_bracket(self, bracket_years: list[tuple[int, int]], step: int | None) -> bool:
        """Is the value (of year `step` in its bracket) one step of a yearly schedule the bracket sets out,
        up to a year still to come ("đạt từ 30-70% (trong đó, năm 2023 là 30%, năm 2024 là 50% và năm 2025
        là 70%)"): an aim like the rest, not what its year reached?"""
        nxt = self.ctx.plan_or_next
        if nxt is None:
            return False
        # (a step before the text's own year is what that year reached, though a later one is aimed at:
        # "đạt 40% (năm 2022 đạt 25%, năm 2024 phấn đấu 45%)" in a plan for 2023)
        return (step is None or step >= (self.ctx.plan_year or nxt - 1)) and any(y >= nxt for _, y in bracket_years)

    def _restore_scope(self, d: _Draft) -> str:
        return self.text[d.start:d.mention.lead]

    def _record(self, d: _Draft, previous: str | None = None) -> TargetRecord | None:
        ctx = self.ctx
        text = self.text
        indicator = _indicator(d.base, d.post)
        if d.mention.unit == "count" and d.post and d.base and (
                (head := _COUNT_HEAD.match(d.base)) and d.base[head.end():].lower().startswith(d.post.lower())
                or d.post.lower() in _BARE_CLASSIFIERS and not d.base[0].isupper()):
            # "Số doanh nghiệp công nghệ số: 150 doanh nghiệp": the counted things named again; "lượng khách …
            # đạt 848.350 lượt người", "khách quốc tế 107.888 lượt": a classifier adds nothing to what was named
            # (but for a named body it says what was counted: "BVĐK tỉnh có khoảng 9.000 lượt")
            indicator = d.base
        if (low := indicator.lower()).startswith(_JOINS) or low.rstrip("\n").endswith(_JOINS):
            # (a plain look at both ends first: the case-insensitive pattern is tried at every blank)
            indicator = _JOIN_EDGE.sub("", indicator) or indicator  # "và" alone stays, for now
        indicator = indicator.strip(" |")  # (a page title's separator: "… 10.000 nhân lực CNTT |")
        if d.mention.unit == "rank":
            indicator = self._rank_indicator(d, indicator, previous)
        elif previous and self._labels_in_a_row(d, previous):
            # "(Hài lòng 70,54%; Chấp nhận 13,28% và Không hài lòng 16,18%)", "xử lý đúng hạn
            # 67,2%, trễ hạn 32,8%": each label in the words that named the first one's
            if not (self._label_subject and previous.startswith(self._label_subject)):
                # (a place by its name replaces the whole place: "… toàn tỉnh đạt 65%, trong đó: huyện Cam Lộ 80%")
                self._label_subject = (_PLACE_END.sub("", previous) or previous) if NAMED_PLACE.match(d.base) \
                    else _label_subject(previous, d.base)
            indicator = _indicator(f"{self._label_subject} {d.base}", d.post)
        if not indicator and d.mention.unit_text and (seen := ctx.last_rate.get(d.mention.unit_text)) \
                and seen[1] == ctx.line_start:
            # "Mục tiêu đến tháng 12/2023 đạt 25 thuê bao/100 dân": the same rate as the
            # paragraph's value before, named there
            indicator = seen[0]
        if not indicator and d.scope and SCOPE_RE.fullmatch(d.scope):
            # "Đối với cấp tỉnh, cấp huyện đạt trên 95%, cấp xã đạt trên 85%": values for levels
            # alone, of the measure the text named before them (references._levels_alone)
            indicator = d.scope
        if not indicator:
            return None
        if d.mention.unit == "%" and d.mention.value > 100 \
                and (_PLACE_ALONE.fullmatch(indicator) or _PROPER_NAME.fullmatch(indicator)):
            # "huyện Cát Hải đạt 124,56%, huyện An Lão đạt 107,41%", "Hà Nội đạt 118%": a place past a whole is
            # how much of its quota it met, no share of anything
            return None
        # The quantity's own words decide first: "100% xã đã có ..." is a result.
        own_words = clause_kind(drop_asides(text[d.start:d.mention.anchor]),
                                drop_asides(_before_open_bracket(text[d.mention.end:d.seg_end])))
        if own_words is None and (opened := self._bracket_open(d.mention.anchor)) is not None \
                and clause_kind(text[opened + 1:d.mention.anchor]) == "target":
            own_words = "target"  # "Các chỉ tiêu thống kê … (năm 2025 phấn đấu đạt 50%) được cung cấp …": the bracket's aim
        if _EXCEEDED_AFTER.match(text, d.mention.end):
            own_words = "result"  # "đạt tỷ lệ 98,8%, vượt chỉ tiêu HĐND tỉnh giao (98%)": what was reached, past its aim
        elif (opened := text.rfind("(", d.start, d.mention.anchor)) >= 0 and not text[opened + 1:d.mention.lead].strip() \
                and (aim := _AIM_BEFORE_BRACKET.search(text, max(d.start, opened - 70), opened)):
            # … and the aim it went past, or came close to ("tiệm cận mục tiêu của ngành năm 2025 (60%)"), is a
            # target of the measure reached
            own_words = "target"
            if previous:
                indicator = squash(f"{_AIM_YEAR.sub('', text[aim.start(1):opened])} {previous}")
        if own_words == "result" and ctx.continued and ctx.carry and ctx.carry[1] == ctx.line_start \
                and clause_kind(drop_asides(text[d.start:d.mention.anchor])) is None \
                and _DID_THEN_PREDICATE.search(text, d.mention.end, d.seg_end):
            own_words = None  # (the aims go on: a "đã" after the value describes what it counts)
        if own_words is None and d.seg_end < d.end and "(" not in text[d.seg_end:d.end] \
                and clause_kind("", text[d.seg_end:d.end][text[d.seg_end:d.end].rfind(")") + 1:]) == "result":
            # "hơn 130 tổ cấp xã và hơn 500 tổ ở các thôn đã ra đời": the predicate the values share
            # (not what a bracket says of another value: "70% … (Tiêu chí không đạt (kết quả mới đạt 11,89%)", "đạt
            # 45 Mbps (tốc độ tải xuống, hiện tại là 38,09 Mbps)"; but what follows a bracket's close is the shared
            # predicate again: "1.200 thôn (chiếm 85% tổng số thôn) đã được phủ sóng 4G")
            own_words = "result"
        own = own_words or self.lead_kind
        if own is None and d.mention.unit == "rank" and _PLACE_OUT_OF.search(text, d.mention.anchor, d.mention.end):
            own = "result"  # "Xếp hạng chính quyền số: 44/63 tỉnh": a place measured, not an aim
        forced = self.overrides.get(d.mention.anchor)
        if forced:
            own = forced[0]
        kind = own or ctx.kind
        if own is None and kind == "target" and ctx.reached == ctx.line_start:
            # a plan's paragraph: "Tính đến tháng 9/2024, tỉnh đã có ... . Cáp quang đến 100%
            # cơ quan ...": plain sentences after what was reached go on reporting it
            kind = "result"
        own_year = self._own_year(d)
        year, stated = self._year(d, kind, own_year)
        late_own = own_year is not None and own_year[1]
        if year and self._year_before(d, kind, year, stated, own_year):
            year, stated = year - 1, True
        if forced and forced[1]:
            year, stated = forced[1], True
        carry = ctx.carry if ctx.carry and ctx.carry[1] == ctx.line_start else None
        if carry and not forced and not stated and self.lead_kind != "result" and own_words != "result":
            kind = "target"
            year = carry[0] if carry[0] is not None else self._year(d, kind, own_year)[0]
        brackets = self._bracket_years(d.mention.anchor)  # (read once: asked again below)
        bracket_year = step = year_named_for(brackets, d.mention.anchor)
        if bracket_year is not None and own_year is not None and (
                at := text.find(str(own_year[0]), d.mention.end, d.end)) >= 0 and not _LEADS_NEXT.match(text, at + 4):
            # "(… đạt 90% vào năm 2025 và 95% vào năm 2030)": each its own (not the next one's lead:
            # "(năm 2022 đạt 99,35% năm 2023 đạt 99,5%)")
            bracket_year = own_year[0]
        if bracket_year is not None:
            # "(năm 2023 đạt 38,4%)" beside a target: what that year reached; "(mục tiêu năm
            # 2023 là 100%)" beside a result: what that year aimed at
            year, stated, forced = bracket_year, True, None
            if own_words == "target" and AIM_NAMED.search(text, max(d.start, d.mention.anchor - 40), d.mention.anchor):
                kind = own = "target"
            elif ctx.plan_or_next and year < ctx.plan_or_next and not self._schedule_in_bracket(brackets, step):
                kind = own = "result"
        if not forced and stated:
            if ctx.plan_or_next and year < ctx.plan_or_next and kind == "target" and (
                    own != "target" or (own_words is None and self._year_in_own_clause(d, year))) \
                    and not (ctx.plan_year is None and due_in_year(text, self.sent.start, d.mention.anchor, year)) \
                    and not self._schedule_in_bracket(brackets, step):
                # "Năm 2023, tỷ lệ X đạt 61%" in a plan for 2024; "phấn đấu
                # 80% ...; năm 2023 mới đạt 62%": the clause's own past year
                # (a month of it set as a deadline keeps the aim only in a text of that year, not
                # "Từ đầu năm đến hết tháng 9/2024, tỉnh tiếp nhận …" in a plan for 2025)
                kind = "result"
            elif kind == "result" and own is None and ctx.year is not None and year > ctx.year and (
                    not ctx.plan_or_next or year >= ctx.plan_or_next):
                kind = "target"  # a later year than the results being reported
        if own_words == "result":
            self._said_reached = True
        if kind == "result" and own_words is None and not forced and stated and year and not self._said_reached and \
                self.lead_kind != "result" and \
                (ctx.ref_year is None or year >= ctx.ref_year) and (self._deadline(year) or self._to_come(d, year)) \
                and (ctx.stamp is None or year >= ctx.stamp[0]
                     or not _BY_YEAR_END.search(text, self.sent.start, d.mention.anchor)):
            # news: "Trong đó, đến năm 2025, 100% TTHC ..." is an aim (not "Đến cuối năm 2024, toàn
            # tỉnh có …" in a text dated 2025, whatever plan it names: that year was over)
            kind = "target"
        if ctx.plan_year is not None and kind == "target" and stated and year and year != ctx.plan_year and not late_own \
                and self._deadline(year) and not self._in_bracket(d.mention.anchor):
            # a plan's later horizon ("Đến năm 2030 tỷ trọng: ... . Tỷ lệ: ...") holds
            # for the rest of its paragraph
            ctx.carry = (year, ctx.line_start)
        elif ctx.plan_year is None and kind == "target" and self.lead_kind != "result":
            # (a year written after one aim's object is that aim's alone: "... và tiến tới phủ sóng
            # 99% dân số vào năm 2030")
            if stated and year and (self._deadline(year) or self._to_come(d, year) or self._aimed_year(year)) \
                    and not late_own:
                ctx.carry = (year, ctx.line_start)
            elif own_words == "target" and self.lead_kind == "target" and _STRONG_TARGET.search(
                    text, d.start, d.mention.anchor):
                # "phấn đấu 100% ... . 100% cán bộ ...", "đặt mục tiêu phấn đấu trong giai đoạn 2025 - 2035, …
                # đạt 5 - 7%. Tốc độ tăng trưởng … đạt 12 - 15%": the aims go on to the paragraph's end, for the
                # end of the stage they were set for
                if not stated:
                    # (keeping the deadline the paragraph already goes on under)
                    held = ctx.carry[0] if ctx.carry and ctx.carry[1] == ctx.line_start else None
                    ctx.carry = (held, ctx.line_start)
                elif not late_own and (ctx.ref_year is None or year >= ctx.ref_year) \
                        and re.search(rf"\bgiai\s+đoạn\s+(?:19|20)\d\d\s*[-–]\s*{year}\b",
                                      text[self.sent.start:d.mention.anchor], re.I):
                    # (not a stage already over when the page was written: "Giai đoạn 2021-2025, tỉnh phấn đấu …
                    # . Toàn tỉnh có 620 doanh nghiệp …" on a page of 2026 goes on to report)
                    ctx.carry = (year, ctx.line_start)
        after = text[d.mention.end:d.end]
        if is_change(text, d.start, d.mention, after, kind, own, self._in_bracket(d.mention.anchor)):
            return None
        if kind == "result" and d.mention.unit == "%" and _BAR_WORDS.match(text, d.mention.lead, d.mention.anchor) \
                and _BAR_END.match(text, d.mention.end) \
                and (group := _COUNTED_GROUP.match(text, d.start, d.mention.lead)) \
                and not re.search(r"[(%]|\bchiếm\b", text[group.end():d.mention.lead]):
            # "9 sở có chỉ số hài lòng đạt trên 90%", "Nhóm địa phương đạt tăng trưởng trên 10%": the bar that
            # makes the group, no value of anything
            return None
        op = d.mention.op
        if forced and forced[0] == "result" and op in (">=", None) and \
                text[d.mention.lead:d.mention.anchor].strip().lower() in ("", "từ"):
            op = None  # "từ 52% năm 2023": where it stands, not a floor
        if op is None or op == "from":
            op = "=" if kind == "result" else ">="
            if d.mention.unit == "rank" and kind == "target":
                op = "<="
        if kind == "result" and (own_words == "result" or self.lead_kind == "result") \
                and not (ctx.kind == "target" and self._in_bracket(d.mention.anchor)):
            # (where a plan's aim stands now, in its bracket, "đạt 45 Mbps (hiện tại là 38,09 Mbps)", reports
            # nothing for the aims after it)
            ctx.reached = ctx.line_start
        elif kind == "target" and own is not None:
            ctx.reached = None
        pillar = choose_pillar(ctx.lead_pillars or ctx.pillars, indicator)
        # (a heading's pillar gives way to the one a measure belongs to; under none, the contract's null holds)
        pillar = (measure_pillar(indicator) or pillar) if pillar else subject_pillar(indicator)
        if ctx.lead_pillars and (own_pillar := subject_pillar(indicator)):
            # ("chính quyền số (xếp thứ 31/63) và kinh tế số (xếp thứ 33/63 …)": a lead-in's pillar gives way to the
            # one each value is the score or place of; a heading's does not)
            pillar = own_pillar
        return TargetRecord(
            kind=kind,  # type: ignore[arg-type]
            indicator=indicator,
            scope=d.scope,
            op=op,  # type: ignore[arg-type]
            value=d.mention.value,
            value_max=d.mention.value_max,
            unit=d.mention.unit,  # type: ignore[arg-type]
            year=year,
            pillar=pillar,
            start=d.start,
            end=d.end,
            anchor=d.mention.anchor,
            unit_text=d.mention.unit_text,
        )


    def _labels_in_a_row(self, d: _Draft, previous: str) -> bool:
        """Is this value's wording a bare label after a value of the same unit whose wording
        ended in a label of its own ("đúng hạn 67,2%, trễ hạn 32,8%")?"""
        base = d.base
        return bool(base and self._prev_base) and d.mention.unit == self._prev_unit and not d.post and not d.scope \
            and len(_CONTENT.findall(base)) <= 3 and not _HEAD_ANY.search(base) and not _WHOSE.match(base) \
            and len(_CONTENT.findall(previous)) > len(_CONTENT.findall(base)) + 2 \
            and _LABEL_GAP.fullmatch(self.text, self._prev_end, d.mention.lead) is not None

    def _rank_indicator(self, d: _Draft, indicator: str, previous: str | None) -> str:
        """A place in a ranking is named by what is ranked and how: "Kon Tum
        đạt 0,54 điểm, vươn lên xếp thứ 45 trong cả nước" ranks what the
        earlier quantity measured; the ranking words stay in the wording."""
        lead = self.text[d.mention.lead:d.mention.anchor]
        base = d.base
        # ("…, thứ hạng từ 43 lên thứ 15": the ranking words may be the value's own subject)
        how = _RANK_WORDS.search(lead) or (_RANK_WORDS.search(base) if len(_CONTENT.findall(base)) <= 2 else None)
        prev_base = self._prev_base
        if previous and _RANKED_ON.match(d.post) and _RANKED_ON.match(self._prev_post) and self._prev_post in previous:
            # "xếp thứ 17/63 về chính quyền số, thứ 15/63 về xã hội số": each rank
            # is on its own field, not on the one before as well
            previous = squash(previous.replace(self._prev_post, " ", 1))
        if previous and _PROPER_NAME.fullmatch(base) and _PROPER_NAME.fullmatch(prev_base) and prev_base in previous:
            # "Thanh Hóa, Điện Biên, Hà Tĩnh giữ vị trí thứ 5, 6, 7": each place
            # in the words that ranked the first one
            indicator = _indicator(previous.replace(prev_base, base, 1), d.post)
        elif previous and _PROPER_NAME.fullmatch(base) and (theirs := _name_at_end(prev_base)) \
                and theirs in previous and theirs != base:
            # "Trong bảng xếp hạng năm 2024, Thành phố Hồ Chí Minh xếp hạng 2 và Hải Phòng xếp hạng 3":
            # the next place in the words that ranked the one before
            indicator = _indicator(previous.replace(theirs, base, 1), d.post)
        elif previous and _PROPER_NAME.fullmatch(base) and (named := _PROPER_NAME.match(previous)) \
                and named.group(0) != base and PLACED_ONLY.fullmatch(previous, named.end()):
            # "Hải Phòng xếp thứ 2 với 0,7512 điểm và Cần Thơ xếp thứ 3": the words before named only the
            # place before (and how it was placed); this place is named by itself
            indicator = _indicator(base, d.post)
        elif previous and len(_CONTENT.findall(base)) <= 2 and not _HEAD_ANY.search(base) and not wordless(previous) \
                and not _OWN_INDEX_POST.match(d.post):  # "Xếp thứ 3 ở chỉ số X": the rank names its own index
            indicator = _indicator(previous, d.post)
        if how and not _HEAD_ANY.search(indicator) and how.group(0).lower() not in indicator.lower():
            indicator = squash(f"{indicator} {how.group(0)}") if indicator else how.group(0)
        return indicator

    def _in_bracket(self, anchor: int) -> bool:
        return self._bracket_open(anchor) is not None

    def _bracket_open(self, anchor: int) -> int | None:
        """Where the bracket holding this number opens, if one does."""
        return next((s for s, e in self._asides() if s < anchor < e), None)


_ANNOUNCED = re.compile(r"\bcông\s+bố\b", re.I)


def _name_at_end(words: str) -> str | None:
    """The place's name a wording ends with ("…, Thành phố Hồ Chí Minh", "… là Hà Nội"): its last
    words, each capitalised (a city's "Thành phố" and "TP." with them)."""
    parts = words.split()
    i = len(parts)
    while i > 0 and parts[i - 1][:1].isupper():
        i -= 1
    if i == len(parts):
        return None
    if i >= 2 and parts[i - 2] == "Thành" and parts[i - 1] == "phố":
        i -= 2
    return " ".join(parts[i:])


def _label_subject(previous: str, label: str) -> str:
    """The words that named the value before without its label ("... đánh giá (Hài lòng", "... xử lý
    đúng hạn"): the label is what follows a bracket or colon opened near the end, else as many
    last words as this label has."""
    cut = max(previous.rfind("("), previous.rfind(":"))
    if cut >= len(previous) - 40 and cut > 0:
        return previous[:cut].rstrip()
    words = previous.split()
    return " ".join(words[:len(words) - len(label.split())])


# the place a measure's wording ends with: the whole ("toàn tỉnh") or one by its name ("UBND phường Đông Thành")
_PLACE_END = re.compile(WHOLE_PLACE_END.pattern + r"|\s+(?:UBND\s+)?" + PLACE_NAME + r"\s*$", re.I)
# what was done, said with "đã" (not a plan issued or aims set: "đã ban hành", "đã đề ra")
_DONE_SAID = re.compile(r"\bđã\s+(?!(?:được\s+)?(?:phê\s+duyệt|ban\s+hành|đề\s+ra|đặt\s+ra|xác\s+định|giao)\b)", re.I)
_LEADS_NEXT = re.compile(r"\s*(?:đạt|là|có|xếp|đứng|:)", re.I)
def _members_of(out: list[_Draft]) -> _Draft | None:
    """What members counted after the last values are members of: the last count, or, past the places
    it is in, the teams counted before them ("4.806 đội hình ở 3.321 xã, phường với 241.147 đoàn viên
    tham gia"); places have no members."""
    if not _COUNTED_PLACES.match(out[-1].post):
        return out[-1]
    if len(out) > 1 and out[-2].mention.unit == "count" and _TEAMS.match(out[-2].post):
        return out[-2]
    return None


def _aims_ahead(ctx: Context) -> int | None:
    """The text's own year when the aims carried are for a later one ("Đến năm 2030, …" in a page of
    2025): then what is written as aims, "đạt trên 50%" and years up to the horizon, goes on with them."""
    now = ctx.ref_year or ctx.result_ref_year
    return now if ctx.carry and ctx.carry[0] is not None and now is not None and ctx.carry[0] > now else None


_BUILDING_ON = re.compile(r"\W*(?:để\s+)?(?:tiếp\s+nối|trên\s+cơ\s+sở|phát\s+huy|kế\s+thừa)\b", re.I)
_BREAKDOWN_OPENING = re.compile(r"\W*trong\s+đó\b", re.I)
# the levels a lead names, with the word that introduces them ("tại cấp tỉnh, cấp huyện, cấp xã")
_LEVELS_IN_LEAD = re.compile(rf"(?:(?:tại|ở|đối\s+với|của)\s+(?:các\s+)?)?(?:{SCOPE_LIST_RE.pattern})", re.I)
# what counted things did to other counted things, at the end of the first's words
_DID_TO_COUNTED = re.compile(r"\b(?:thành\s+lập|triển\s+khai|lắp\s+đặt|xây\s+dựng|ban\s+hành|cung\s+cấp|cấp|kích\s+hoạt|"
                             r"tổ\s+chức|đào\s+tạo|hỗ\s+trợ|hướng\s+dẫn|cài\s+đặt|có)(?:\s+(?:được|thêm|mới))?$", re.I)


_CLAUSE_VERB_WORDS = re.compile(r"\s(?:đã|đang|sẽ|được|có|là|đạt|với|tại|trên|ở|cho)\b", re.I)


# between a value and the next label of the same head: its unit at most, then a comma or "và"
# (a label opens with a noun, not a place's or group's preposition: "tại các Bộ, ngành đạt 45%, tại các địa phương …")
_NOT_A_LABEL_OPENER = re.compile(r"tại|ở|đối|với|trong|của|cho|và|các|những|từ|đến|theo|trên|về|khu|vùng", re.I)
_MEASURE_PAIR = {"số lượng": "giá trị", "giá trị": "số lượng"}
_OTHER_MEASURE = re.compile(r"(số\s+lượng|giá\s+trị)\s+(\w+(?:\s+\w+)?)$", re.I)
_NEXT_LABEL_GAP = re.compile(r"[^,;.()\d]{0,12}(?:\s*[,;]\s*|\s+)(?:và\s+)?", re.I)


# the letters re.I folds with "i" and str.casefold does not
_TURKISH_I = re.compile("[ıİ]")


def _word_at(text: str, words: str) -> int:
    """Where `words` stand in `text` as whole words (case aside), else -1."""
    if words.casefold() not in text.casefold() and not _TURKISH_I.search(text) and not _TURKISH_I.search(words):
        # (a plain look first: most words are not there, and the pattern, new for each call, is
        # compiled each time; any match under re.I is one under casefold, but for those letters)
        return -1
    m = re.search(rf"(?<!\w){re.escape(words)}(?!\w)", text, re.I)
    return m.start() if m else -1


# a count's subject that names the channel its things went through: "thanh toán qua kênh Internet đạt 2 tỷ
# giao dịch, với giá trị …" (the value's words keep it; not a check the figure came from, "Qua rà soát, …",
# nor time gone by, "trong 3 năm qua các hộ …")
_CHANNEL = re.compile(r"(?<!năm\s)(?<!tháng\s)\bqua\s+(?!(?:rà\s+soát|kiểm\s+tra|khảo\s+sát|thống\s+kê|đánh\s+giá|theo\s+dõi|tổng\s+hợp)\b)\S", re.I)
_LEVEL_ITEM = re.compile(r"(?:\bcấp\s+(?:tỉnh|huyện|xã|cơ\s+sở|sở(?:\s+và\s+tương\s+đương)?)|\bxã|\bphường|\bthị\s+trấn|\bthôn|\bbản|\btổ\s+dân\s+phố|\bhuyện|\btỉnh)$", re.I)


def _head_words(words: str) -> str:
    """What a count's words name, before what it did: "Tổ công nghệ số cộng đồng" of "Tổ công nghệ
    số cộng đồng đã hỗ trợ …"."""
    verb = _CLAUSE_VERB_WORDS.search(" " + words)
    return squash(words[:verb.start()]) if verb and verb.start() > 0 else words


# where what a subject did starts: "sản phẩm | tham gia giao dịch ...", "hộ gia đình | có điện thoại"
_PREDICATE_VERBS = (r"có|được|đã|đang|sử\s+dụng|tham\s+gia|thực\s+hiện|triển\s+khai|kết\s+nối|"
                    r"truy\s+cập|ứng\s+dụng|dùng|cài\s+đặt|đăng\s+ký|thanh\s+toán|lắp\s+đặt")
_PREDICATE = re.compile(rf"\s(?:{_PREDICATE_VERBS})\b", re.I)
# a predicate with its object: "công dân sử dụng CCCD đi KCB", not "thành viên tham gia"
_OWN_PREDICATE = re.compile(_PREDICATE.pattern + r"(?:\s+\S+){2,}", re.I)
# the words between two listed values: their things (a class number may be one of the words:
# "11 chợ hạng 2 và 13 chợ hạng 3"; a list of kinds of things: "06 huyện, thị xã, thành phố và")
_LIST_GAP = re.compile(r"(?:[^;.()\d]|(?<=\w\s)\d+(?=\s)){1,80},\s*", re.I)
# a unit named in a list: its one-stop desk, or a place or department by name ("xã Dương Thành", "UBND huyện Lâm Hà")
_NAMED_UNIT = re.compile(r"(?:bộ\s+phận\s+một\s+cửa(?:\s+(?:của|cấp)\s+\w+)?|(?:ubnd\s+)?(?:" + PLACE_NAME
                         + r"|sở\s+(?-i:[A-ZĐ\u00C0-\u1EF8])[\w.]*(?:\s+(?-i:[A-ZĐ\u00C0-\u1EF8])[\w.]*){0,3}))(?:\s+đạt)?", re.I)
# what opens a list of named items in a sentence ("…, gồm thủy sản …; may mặc …"), and the amount its lead measures
_LIST_OPENER = re.compile(r"(?:,|:)\s*(?:bao\s+)?gồm\s*:?\s*|\bnhư\s*:\s*", re.I)
_AMOUNT_MEASURE = re.compile(r"\bkim\s+ngạch\s+(?:xuất\s+nhập\s+khẩu|xuất\s+khẩu|nhập\s+khẩu)|\bdoanh\s+thu|"
                             r"\bvốn\s+(?:đầu\s+tư|đăng\s+ký)|\bgiá\s+trị\s+sản\s+xuất", re.I)
# the measure a list's lead names before its colon ("… có tỷ lệ hồ sơ … đạt từ 60% trở lên gồm"), and its bar
_LEAD_MEASURE = re.compile(r"\bcó\s+((?:tỷ|tỉ)\s+lệ\s+[^:;%]+?)\s*(\b(?:đạt\s+)?(?:từ|trên)\s+[\d,.]+\s*%\s*(?:trở\s+lên)?)?"
                           r"\s*(?:gồm|là)?\s*$", re.I)
# a value reached past its aim, which a bracket may state: "đạt 98,8%, vượt chỉ tiêu HĐND tỉnh giao (98%)"
# (or in a bracket after it: "đạt 99,2% (vượt chỉ tiêu 95%)")
_EXCEEDED_AFTER = re.compile(r"\s*[,(]?\s*(?:đã\s+)?vượt\s+(?:mức\s+)?(?:chỉ\s+tiêu|kế\s+hoạch|mục\s+tiêu)", re.I)
_AIM_YEAR = re.compile(r"\s*\bnăm\s+(?:19|20)\d\d\b", re.I)
# (the aim in lower case, not a ministry's name, "Bộ Kế hoạch và Đầu tư (…)"; nor aims said done, "mục tiêu đã hoàn
# thành (…)", or tallied, "30/32 chỉ tiêu … (93,75%)")
_AIM_BEFORE_BRACKET = re.compile(r"(?<!\d\s)\b(?:vượt\s+(?:mức\s+)?)?((?-i:chỉ\s+tiêu|kế\s+hoạch|mục\s+tiêu))"
                                 r"(?!.*\b(?:đã|hoàn\s+thành|đạt)\b)(?:[^,;()\d]|(?:19|20)\d\d){0,50}$", re.I)
_PART_TOLD_APART = re.compile(r"(?:có|được|đã|đang|là|bị|chưa|không|trong\s+đó)\b", re.I)
_BARE_PAIR_GAP = re.compile(r"\s*(?:,|và)\s*")  # "40 vụ, 46 đối tượng …": nothing but the joint between two counts
_AND_GAP = re.compile(r"(?:[^;.()\d]|(?<=\w\s)\d+(?=\s)){1,80}\svà\s+", re.I)
# the words between a total and the first of its parts, all listed: "290 dịch vụ công trực tuyến, gồm"
_ALL_PARTS = re.compile(r"[^.;:()\d]{0,80}?,?\s*(?:bao\s+)?gồm(?:\s+có)?\s*:?\s*$", re.I)
# a paragraph that opens on a year: "Năm 2025, với sự chỉ đạo quyết liệt …, tỉnh đã đạt được …"
_PARAGRAPH_YEAR = re.compile(r"(?m)^\s*(?:trong\s+)?năm\s+((?:19|20)\d\d)\s*,", re.I)
# the words between things counted and the places counted that hold them: "131 mắt camera [AI] tại 59 vị trí",
# "187 điểm phát sóng [(Access Point)] tại 60 khu vực" (a bracket of words only, naming the things)
_AT_THE_COUNTED = re.compile(r"[^,;.()\d]{0,40}?(?:\s*\([^,;.()\d\n]{2,30}\))?\s(?:tại|ở)\s+(?:(?:khoảng|gần|hơn|trên)\s+)?", re.I)
# "Đến cuối năm 2024, …": a year's end, over when a later text counts up to it (not a plan's "Đến năm 2023, 80% …")
_BY_YEAR_END = re.compile(r"(?:đến|tính\s+đến)\s+(?:cuối|hết)\s+năm", re.I)
_IS_WORD = re.compile(r"\slà\b", re.I)
_BESIDES = re.compile(r"\b(?:ngoài|bên\s+cạnh|cùng\s+với|so\s+với|để|nhằm|thực\s+hiện)\b", re.I)
_AIMS_OF = re.compile(r"\b(?:mục\s+tiêu|chỉ\s+tiêu)\s+(?:phát\s+triển|xây\s+dựng|về|của)\b", re.I)
_AT_END = re.compile(r"\s+(?:tại|ở)\s*$", re.I)
_OF_THE_COUNTED = re.compile(r"[^,;.()\d]{0,40}?\s(?:thuộc|của)\s+(?:(?:khoảng|gần|hơn|trên)\s+)?", re.I)
_WITH_FIRST = re.compile(r"với\s+", re.I)
_NEXT_CLAUSE = re.compile(r",(?=\s*(?:trong\s+đó|tăng|giảm|xếp|đứng|cao|thấp)\b)", re.I)
_ADVERB_END = re.compile(r"\s((?:(?:chưa|không|vẫn|cũng|đều|đã|đang|sẽ)\s*)+)$", re.I)
_OF_END = re.compile(r"\s+(?:thuộc|của)\s*$", re.I)
# a total's noun, then its parts: "116 cán bộ chuyên trách CNTT, trong đó 08 …"
_PARTS_FOLLOW = re.compile(r"[^.;:\d()]{0,80}?,?\s*trong\s+đó\s*[:,]?\s*", re.I)
_BARE_PEOPLE = re.compile(r"người\b\s*", re.I)
# a total of people, whose parts "N người …" are of its kind (not "5.000 phản ánh, trong đó 3.200 người dân …")
_PEOPLE_COUNTED = re.compile(r"(?:cán\s+bộ|công\s+chức|viên\s+chức|kỹ\s+sư|kỹ\s+thuật\s+viên|chuyên\s+gia|nhân\s+viên|"
                             r"giáo\s+viên|giảng\s+viên|bác\s+sĩ|lao\s+động|thành\s+viên|đoàn\s+viên|hội\s+viên|"
                             r"học\s+viên|sinh\s+viên|thẩm\s+phán)\b", re.I)
# a colon's lead that announces several measures: "Các chỉ tiêu nhiệm kỳ mới …: GRDP …, …"
_SEVERAL_AIMS = re.compile(r"(?:các|những)\s+(?:kết\s+quả|chỉ\s+tiêu|mục\s+tiêu|số\s+liệu)\b", re.I)
# the area a listed value's people or things are in, when each value names its own
# (or a population group right after the people: "80% người dân nông thôn, 100% người dân đô thị được …")
_AREA_SPLIT = re.compile(rf"\s(?:(?:trên\s+địa\s+bàn|ở\s+khu\s+vực|tại\s+khu\s+vực|khu\s+vực)\s+|(?={POPULATION_GROUP}\s*$))"
                         r"([^,;()]+(?:,\s*[^,;()]+)*?)\s*$", re.I)
# what a listed value's things did, written once after the last ("… và 300 xã hoàn thành tiêu chí …")
_SHARED_VERB = re.compile(r"\s(?:" + _PREDICATE_VERBS + r"|làm\s+cơ\s+sở|nhằm|phục\s+vụ|hoàn\s+thành|đạt\s+chuẩn|áp\s+dụng|tích\s+hợp|chuyển\s+sang|"
                          r"thành\s+lập|kiện\s+toàn|ban\s+hành|cung\s+cấp|phát\s+sinh|mở\s+gian|bán\s+hàng|trang\s+bị|lắp\s+đặt)\b", re.I)
# counted things, then what they did to the share that follows: "… bộ, ngành hoàn thành việc đưa "
_DID_TO_SHARE = (r"(?:hoàn\s+thành(?:\s+việc)?(?:\s+\w+){0,2}|cho\s+phép|đưa|số\s+hóa|cấp|cung\s+cấp|kết\s+nối|"
                 r"tích\s+hợp|triển\s+khai|phủ\s+sóng(?:\s+(?:đến|tới|cho))?|cài\s+đặt|trang\s+bị|lắp\s+đặt)")
# the bracket a count's share opens right after it: "60/98 (tỷ lệ 61%) …", "(chiếm 61%)"
_SHARE_BRACKET_OPENS = re.compile(r"\s*\(\s*(?:(?:(?:tỷ|tỉ)\s+lệ|đạt(?:\s+(?:tỷ|tỉ)\s+lệ)?|chiếm|bằng)\s+)?", re.I)
_BRACKET_CLOSES = re.compile(r"\s*\)")
_WHOLE_OF_SHARE = re.compile(r"(?:tổng|toàn\s+bộ)\b", re.I)
_COUNT_IN_BRACKET = re.compile(r"[^\d()]{0,60}\(\s*")  # the share's words, then the bracket its count opens
_OBJECT_OF_COUNT = re.compile(
    r"(?![^;:.()\n]*\b(?:đạt|chiếm|là|bằng|tăng|giảm|với|trong\s+đó|tương\s+đương|so\s+với|gồm|tỷ\s+lệ|tỉ\s+lệ|và)\b)"
    # (not a second clause after a comma: "350 camera giám sát, phủ sóng 100% tuyến phố")
    rf"(?![^;:.()\n\d]*,\s*(?:(?:đã|đang|cũng|đều)\s+)?{_DID_TO_SHARE}\s)"
    rf"\s*[^\W\d][^;:.()\n\d]{{0,80}}?\s{_DID_TO_SHARE}\s+", re.I)
_OBJECT_SCOPES = ("post-object", "post")  # levels written after the number, with its object
_RANKED_ON = re.compile(r"về\s+[^\W\d]", re.I)  # "thứ 15/63 về xã hội số"
_OWN_INDEX_POST = re.compile(r"(?:(?:ở|trong|về|tại)\s+)?(?:chỉ\s+số|bảng\s+xếp\s+hạng)\b", re.I)
_SUPERLATIVE_ONLY = re.compile(r"(?:đạt\s+)?(?:mức\s+)?(?:cao|thấp|lớn|nhỏ)\s+nhất", re.I)
# aims named for a year: "nhiệm vụ năm 2024", "mục tiêu chủ yếu năm 2024", "chỉ tiêu kế hoạch năm 2024"
_AIMS_OF_YEAR = re.compile(r"\b(?:nhiệm\s+vụ|mục\s+tiêu|chỉ\s+tiêu)(?:\s+kinh\s+tế\s*[-–]\s*xã\s+hội)?"
                           r"(?:\s+(?:chủ\s+yếu|kế\s+hoạch|cụ\s+thể))?\s+"
                           r"(?:của\s+)?năm\s+((?:19|20)\d\d)\b(?!\s*[-–])", re.I)
# what an aim's cue words go on to when they state a vision, not figures: "mục tiêu trở thành trung tâm …"
_VISION_AFTER = re.compile(r"\w*(?:\s+\w+){0,2}?\s+(?:là\s+)?(?:trở\s+thành|xây\s+dựng\s+\S+\s+trở\s+thành)\b", re.I)
_REVIEW_MEETING = re.compile(r"\b(?:tổng|sơ)\s+kết\b", re.I)
_NOUN_THEN_BRACKET = re.compile(r"\s*[^\W\d][^()\d;.]{0,40}\(\s*(?:[^\W\d]+\s+){0,3}")  # "thôn, tổ (tương đương "
_OPEN_BRACKET_GAP = re.compile(r"\s*\(\s*")
# what a share reached of a plan, no rate of things: "đạt 125% kế hoạch năm"
_OF_THE_PLAN = re.compile(r"(?:kế\s+hoạch|chỉ\s+tiêu|so\s+với|dự\s+toán|mục\s+tiêu)\b", re.I)
# "… trường THPT (40%) đạt tỷ lệ 100% …": units counted, their share, then the rate they reached
_REACH_A_RATE = re.compile(r"\s*(?:\([^()]*\)\s*)?((?:(?!(?:đạt|có|đã|đều)\b)[^\W\d][^\s()\d;.,:]*\s*){1,6}?)(?:\([^()]*\)\s*)?"
                           r"((?:đã\s+|đều\s+)?(?:đạt|có)(?:\s+(?:tỷ|tỉ)\s+lệ)?)\s*", re.I)
_SHARED_OBJECT_GAP = re.compile(r"\s*(?:\(\s*(?:năm\s+)?(?:19|20)\d\d\s*\))?\s*(?:,|và|hoặc)\s*", re.I)
_PLACE_NOUN = re.compile(r"\s+(?:tỉnh|thành\s+phố|địa\s+phương|đơn\s+vị|bộ|sở|huyện|xã)\b", re.I)
_NAMED_LIST = re.compile(rf"({_NAME}(?:\s*(?:,|và)\s*{_NAME})+)\s+(?:là|gồm|cùng\s+là)\s+(?:các\s+|những\s+)?$")
# (opening with the digit, the guard behind it, lets `re` look for digits in C)
_COUNTED_IN_BAND = re.compile(
    r"\d(?<![\d.,/]\d)[\d.]*\s+(?:địa\s+phương|tỉnh(?:,?\s*thành(?:\s+phố)?)?|xã|huyện|đơn\s+vị|cơ\s+quan|doanh\s+nghiệp|bộ,\s*ngành)"
    r"\b[^;,.\d%]{0,60}?(?:trên|dưới|từ|hơn|vượt|đạt\s+trên|đạt\s+từ|đạt\s+dưới)\s*$", re.I)
_WEIGHT_BRACKET = re.compile(r"\(\s*chiếm\s+$", re.I)
_INDEX_PART = re.compile(r"\bchỉ\s+số\b", re.I)
# the scale stated: "Thang điểm đánh giá ... là 1.000 điểm", "(trên tổng điểm là 80)"; not a score
# reached on it ("theo thang điểm mới, tỉnh đạt 85 điểm")
_SCALE_BEFORE = re.compile(r"(?:\b(?:thang\s+điểm|điểm\s+tối\s+đa)\b(?:(?!\bđạt\b)[^.;:()\d]){0,110}\b(?:là|bằng)"
                           r"|\btrên\s+tổng(?:\s+số)?\s+điểm(?:\s+là)?)\s*$", re.I)
_INDEX_STRUCTURE = re.compile(r"\b(?:chia\s+thành|gồm|tổng\s+điểm|thang\s+điểm|điểm\s+tối\s+đa)\b", re.I)
def _prose_with_a_bar(line: str) -> bool:
    """"28/12/2022 | lượt xem: 25 Kết quả triển khai ...": a page's furniture joined to its
    prose by one bar is no table row (a row's cells are short)."""
    return line.count("|") == 1 and "\t" not in line and len(line) > 300


_GROUP_BOUND = re.compile(r"\bnhóm\s+(?:đạt|có)\s[^.;,\d]{0,40}(?:>=|<=|≥|≤|>|<)\s*$", re.I)
_BAND_END = re.compile(r"\s*(?:[;.,)]|$|là\b|và\b)", re.I)
_NAMES_AFTER_COLON = re.compile(r"[^:;.\n\d]{1,80}:\s*([^;.\n:]+)")
_NAMES_AFTER_IS = re.compile(r"[^:;.\n\d]{1,80}?\slà\s+((?:[^;.\n:()]|\.(?=\S)|\([^()]*\))+)")
_LIST_ITEM = re.compile(r"\s*(?:,\s*(?:và\s+)?|\s+và\s+)\s*")
_PLACE_OUT_OF = re.compile(r"\d\s*/\s*(?:63|34)\b")
_PLACES_HOLD = re.compile(r"\s(?:giữ|đứng|xếp|nằm|ở)\s*$", re.I)
# "của địa phương là 37%", "đối với cấp xã 60%": whose value, a scope, not a label
_WHOSE = re.compile(r"(?:của|đối\s+với|tại|ở|trên|cấp|khối)\b", re.I)
# between one labelled value and the next label: "70,54%; Chấp nhận", "67,2%, trễ hạn"
_LABEL_GAP = re.compile(r"\s*(?:[;,]\s*(?:và\s+)?|\s+và\s+)[^\W\d][^;,.()\d]{0,30}", re.I)
_BUT_ONLY = re.compile(r"[\d.,]+[^.;\d]{0,60}?,\s*(?:nhưng|song)\b[^.;]{0,40}?\b(?:chỉ|mới)\s+(?:có\s+)?"
                       r"(?:(?:gần|khoảng|hơn|trên)\s+)?$", re.I)
_ABOUT = re.compile(r"^về\s+", re.I)
# a lead that opens a list of named items ("Các doanh nghiệp có thiết bị mất kết nối như:"), and an item's name
_LIST_OF = re.compile(r"\b(?:như|gồm|bao\s+gồm|cụ\s+thể)\s*$", re.I)
# (a list of what is measured names no things its items belong to: "Các chỉ tiêu chính gồm: GRDP: tăng 8%; Thu ngân
# sách: 15.000 tỷ đồng")
_MEASURES_LISTED = re.compile(r"\s*(?:(?:các|những|một\s+số|\d+)\s+)?(?:chỉ\s+tiêu|chỉ\s+số|kết\s+quả|nội\s+dung|"
                              r"nhiệm\s+vụ|mục\s+tiêu|số\s+liệu)\b", re.I)
_ITEM_LABEL = re.compile(r"(?-i:[A-ZĐ0-9])[^\s,;:()]*(?:\s+[^\s,;:()]+){0,3}")
_LEVEL_LABEL = re.compile(r"\s*cấp\s+(?:tỉnh|huyện|xã)\s*", re.I)  # "Cấp tỉnh:" labelling what follows
# a level as its clause's subject, before what it did: "cấp huyện tiếp nhận", "Các sở, ban ngành cấp tỉnh tiếp nhận",
# after what opens the sentence ("Năm 2024, trên Hệ thống …, cấp tỉnh thực hiện số hóa …")
_LEVEL_SUBJECT = re.compile(r"\W*(?:[^;:()]{0,40}?\s|[^;:()]*,\s*)?(cấp\s+(?:tỉnh|huyện|xã))(?:\s+(?:đã\s+)?"
                            r"(?:tiếp\s+nhận|giải\s+quyết|xử\s+lý|có|cung\s+cấp|thực\s+hiện|triển\s+khai)\b"
                            # ("Trong đó cấp huyện hơn 16 nghìn hồ sơ, …": its count right after it)
                            r"|(?:\s+(?:hơn|gần|khoảng|trên))?\s*$)", re.I)
# "… đã hoàn thành 101/111 nhiệm vụ chuyển đổi số, đạt 91%": a share of tasks done, no value of a measure
_TASKS_DONE_BEFORE = re.compile(r"\d+(?:\s*/\s*\d+)?\s+(?:nhiệm\s+vụ|mục\s+tiêu|chỉ\s+tiêu)\b[^,;]*,\s*$", re.I)


def _before_open_bracket(words: str) -> str:
    """The words up to a bracket they open and do not close: "80 Mbps (hiện tại là 55 Mbps)" cut after the
    aim's unit, where its own words end; the bracket holds the next value and its words."""
    opened = words.rfind("(")
    return words[:opened] if opened >= 0 and ")" not in words[opened:] else words


def _strives_undated(line: str) -> bool:
    """"Kinh tế số phát triển mạnh mẽ, phấn đấu … chiếm 40% …": a paragraph that strives, with no year of its
    own, goes on under the deadline before it ("Đến năm 2030, Hà Nội là …")."""
    return clause_kind(line) == "target" and not years_in(line)


def _names_next_years_aims(text: str, stamp: tuple[int, int]) -> bool:
    """Does news late in a year name the next year's aims ("HĐND tỉnh thông qua các chỉ tiêu chủ yếu năm 2026")?
    It reports this year's results and sets that year's aims."""
    return stamp[1] >= 9 and any(int(y) == stamp[0] + 1 for y in _AIMS_OF_YEAR.findall(text, 0, 3000))


def _end_past_year(text: str, ctx: Context, recs: list[TargetRecord]) -> None:
    """"Trong năm 2020, ... \n\nTỷ lệ ... năm 2021 đạt 68%. ...": a later paragraph that reports a
    later year's result ends the past year's account; what follows is reached as of the text."""
    if ctx.kind_source == "year" and ctx.year is not None and _BLANK_LINE.search(text, ctx.year_line, ctx.line_start) \
            and any(r.kind == "result" and r.year is not None and r.year > ctx.year for r in recs):
        ctx.kind, ctx.year, ctx.kind_source = "result", None, "cue"


def extract_records(text: str, *, plan_year: int | None = None, reading: Reading | None = None) -> list[TargetRecord]:
    """Every quantified target and result in `text`, in text order.

    `reading`: where lines, sentences and quantities are read (and kept for
    the decision step to reuse)."""
    blanked = without_press_tags(with_vietnamese_letters(text))
    if blanked is not text:
        text, reading = blanked, Reading(blanked)
    reading = reading or Reading(text)
    stamp = date_stamp(text)
    if plan_year is not None and (plan_year == reports_on_plan_year(text) or opens_as_report(text)
                                  or stamp and stamp[0] == plan_year and stamp[1] >= 6 and not is_plan_document(text)
                                  and speaks_of_results(text) and not _names_next_years_aims(text, stamp)):
        # (news from mid-year on that names its year's plan, "UBND huyện đã ban hành kế hoạch … năm 2022", reports
        # that year too when it says anywhere what was reached, "Hiện nay, …", unless it looks on to the next
        # year's aims; a page that only quotes its plan's aims, "Cụ thể, 100% cơ quan …", states them)
        # news of carrying out "Kế hoạch ... năm 2025", or a report that says so first ("Báo cáo tình
        # hình triển khai CĐS đến tháng 4/2024 nêu rõ: ..."): what it reports was reached that year
        ctx = Context(plan_year=None, stamp=stamp, ref_year=plan_year, result_ref_year=plan_year)
    elif plan_year is not None and stamp and plan_year > stamp[0] and not is_plan_document(text) \
            and speaks_of_results(text):
        # news of a plan "đến năm 2030" dated 2025 that also reports what was reached:
        # what it states plainly was reached by its own date; the aims carry their own years
        # (a congress opening its term sets aims for the term's end: "Đại hội … nhiệm kỳ 2025-2030")
        # (and a plan for the next year, news of it late in the year before: "date 2025-11 … Nghị quyết Kế hoạch phát
        # triển kinh tế - xã hội năm 2026 …")
        if plan_year == congress_term_end(text, stamp[0]) or plan_year == stamp[0] + 1 and stamp[1] >= 9:
            aims = plan_year
        else:
            aims = stamp[0] + 1 if _names_next_years_aims(text, stamp) else stamp[0]
        ctx = Context(plan_year=None, stamp=stamp, ref_year=aims, result_ref_year=stamp[0])
    elif plan_year is not None and stamp and (
            stamp[0] == plan_year and not names_a_plan_year(text)
            or plan_year < stamp[0] and not is_plan_document(text)):
        # the year of a crawler's date stamp on a text that names no plan
        # (news, a results report): the text's own date, not a plan's; early in
        # a year, a text whose own dates are of the year before reports that year
        # ("date 2026-01 ... Tháng 12/2025, tỷ lệ ...", "tổng kết công tác năm 2025")
        ref = plan_year
        if stamp[1] <= 2 and (reference_year(text, deadlines=False) == plan_year - 1
                              or _REVIEW_MEETING.search(text, 0, 3000)
                              or any(int(y) == plan_year - 1 for y in _PARAGRAPH_YEAR.findall(text, 0, 2000))):
            # (a review meeting early in a year, "Hội nghị sơ kết ...", looks back on the year before)
            ref = plan_year - 1
        aims = ref
        if ref < plan_year and any(int(y) == plan_year for y in _AIMS_OF_YEAR.findall(text, 0, 3000)):
            # (early in a year, the aims it names for that year are still that year's: "đề ra nhiệm vụ năm 2024
            # với 16 mục tiêu chủ yếu")
            aims = plan_year
        if ref == stamp[0] and _names_next_years_aims(text, stamp):
            aims = ref + 1
        if stamp[1] >= 11 and (head := DATE_STAMP.match(text)) \
                and {int(y) for y in _ANY_YEAR.findall(text, head.end())} == {ref + 1}:
            # a plan issued late in a year, naming only the next ("date 2023-12 Kế hoạch được ban hành …
            # phấn đấu đến hết năm 2024 …"): its aims are for the next year
            aims = ref + 1
        ctx = Context(plan_year=None, stamp=stamp, ref_year=aims, result_ref_year=ref)
    else:
        ctx = Context(plan_year=plan_year, stamp=stamp,
                      ref_year=None if plan_year else reference_year(text),
                      result_ref_year=None if plan_year else reference_year(text, deadlines=False))
    if ctx.plan_year is None and (stamp or not states_aims_only(text)):
        # not a plan (news, a report): what it states plainly was reached; an
        # undated text that speaks of aims only is a plan's targets without its title
        ctx.kind = "result"
    default_kind = ctx.kind
    if ctx.plan_year is None:
        ctx.named_index_year = named_index_year(reading, ctx.ref_year, ctx.stamp[0] if ctx.stamp else None)
    ctx.title_pillars = title_pillars(text)
    ctx.pillars = list(ctx.title_pillars)
    out: list[TargetRecord] = []
    table: Table | None = None
    borderless = BorderlessTables()
    ranking: RankList | None = None
    ranked: list[TargetRecord] = []
    all_lines = reading.lines()
    after_colon = False
    prev_line = -1
    reading.related_at = len(all_lines)
    stacked, in_stacked = find_stacked_tables(text, all_lines)
    for li, (ls, le) in enumerate(all_lines):
        line = text[ls:le]
        if RELATED_ARTICLES.match(line):
            reading.related_at = li
            break  # "Tin liên quan": other articles' headlines, not this plan
        if li in in_stacked:
            if li in stacked:
                out.extend(stacked_records(text, stacked[li], ctx))
            continue
        ranking, recs = ranklist_records(text, ls, le, ranking, ctx.index_year or ctx.ref_year or ctx.plan_year)
        if recs is not None:
            ranked.extend(recs)  # they name their ranking and place already: no resolving
            continue
        if (recs := borderless.read(text, ls, le, ctx, len(out))) is not None:
            out.extend(recs)
            continue
        if borderless.opened:
            table = None  # (a borderless header is read as any line too: it may open a section)
        if ("|" in line or "\t" in line) and not _prose_with_a_bar(line):
            table, recs = table_records(text, ls, le, table, ctx)
            if recs is not None:
                out.extend(recs)
                continue
        elif table is not None and len(line) < 300 and not _DIGIT.search(line):
            table.parent = line  # names the level rows that follow
        else:
            table = None
        depth = heading_depth(line)
        if (is_structural_heading(line) or is_numbered_heading(line)) and not _within_section(depth, ctx.pillar_depth):
            ctx.pillars = list(ctx.title_pillars)
        pillars_before = ctx.pillars
        if ctx.lead_opens_next:
            ctx.lead_opens_next = False
        elif ctx.lead_pillars and not (ctx.lead_opens_list and (strip_bullet(text, ls, le) > ls or after_colon)):
            ctx.lead_pillars = []  # a new paragraph: the lead-in spoke for its own
        after_colon = line.rstrip().endswith(":")  # "... các chỉ tiêu chủ yếu:" opens the next line
        if ctx.kind_source == "year" and is_heading_line(line):
            # the past year's paragraph is over: back to what the text states by default
            # (a plan its targets; a report or news what was reached)
            ctx.kind, ctx.year, ctx.kind_source = default_kind, None, "cue"
        ctx.continued = False
        if ctx.carry and ctx.carry[1] == prev_line \
                and (ctx.plan_year is None
                     # (a plan's earlier milestone goes on to figures, not past a line without one: a
                     # heading, "Tầm nhìn dài hạn", opens the plan's own horizon again)
                     or ctx.carry[0] is not None and _DIGIT.search(line)) \
                and out and out[-1].kind == "target" \
                and (says_nothing_of_results(line, _aims_ahead(ctx))
                     or _strives_undated(line) or (opener := _CONTINUES.match(line))
                     # (the words up to its first number still say nothing of results: "Ngoài ra, tỉnh đã lắp đặt 120 …" does)
                     and (first_number := _DIGIT.search(line, opener.end())) is not None
                     # (a bare "đạt" right after the opener is the aims' verb as much as a result's: "Ngoài ra,
                     # đạt 60% …"; not "Bên cạnh đó, doanh thu … đạt 1.250 tỷ đồng", which reports)
                     and ((lead_in := line[opener.end():first_number.start()]).strip().lower() == "đạt"
                          or says_nothing_of_results(lead_in))):
            # news: "Kế hoạch đặt mục tiêu phấn đấu ... 16%. ...\n\n100% bộ, ngành ... ban hành
            # kế hoạch ...": a paragraph with no word and no year of its own goes on with the aims,
            # and so does one that opens as their continuation ("Bên cạnh đó, 60% …")
            ctx.carry = (ctx.carry[0], ls)
            ctx.continued = bool(_CONTINUES.match(line))
        prev_line = ls
        ctx.prev_line_start, ctx.line_start = ctx.line_start, ls
        line_recs: list[TargetRecord] = []
        for sent in reading.sentences(ls, le):
            if ctx.plan_year is None and (iy := index_year(text[sent.start:sent.end])) and (
                    ctx.ref_year is None or iy <= ctx.ref_year):
                ctx.index_year = iy
                ctx.index_announced = ctx.index_announced or _ANNOUNCED.search(text, sent.start, sent.end) is not None
            recs = _SentenceReader(reading, sent, ctx).read()
            _end_past_year(text, ctx, recs)
            out.extend(recs)
            line_recs.extend(recs)
        if ctx.carry and ctx.carry[0] is not None and ctx.carry[1] != ls and line_recs \
                and all(r.kind == "target" and r.year == ctx.carry[0] for r in line_recs):
            # "Hà Nội phấn đấu đến năm 2025 …⏎Cùng đó, phấn đấu có ít nhất 50% …;⏎Củng cố …": a line of aims
            # of the carried year carries them on as the line it followed did
            ctx.carry = (ctx.carry[0], ls)
        if ctx.pillars is not pillars_before:
            ctx.pillar_depth = depth
    out.sort(key=lambda r: r.anchor)
    resolve(text, out)
    respective_years(text, out)
    later_years_in_brackets(text, out)
    restated_ranks(text, out)
    restate_headlines(text, out)
    if listed := places_ranked_after(text, out):
        out = sorted(out + listed, key=lambda r: r.anchor)
    taken = {r.anchor for r in out}
    ranked += [r for r in year_row_records(text, all_lines[:reading.related_at]) if r.anchor not in taken]
    if ranked:
        out = sorted(out + ranked, key=lambda r: r.anchor)
    for r in out:
        if r.unit == "%":
            # (after the rules that borrow a subject: a share's whole goes after whatever names it)
            r.indicator = with_its_whole(text, r.anchor, r.indicator)
        r.indicator = tidy_commas(r.indicator)  # (last: the rules above read the wordings as they were made)
    return out
