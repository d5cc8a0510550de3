"""Sentences whose values run in parallel over levels or groups.

    "... ở cấp tỉnh, cấp huyện và cấp xã lần lượt là 90%, 70% và 50%"
    "90% hồ sơ công việc cấp tỉnh, 80% hồ sơ công việc cấp huyện và 60% hồ sơ
     công việc cấp xã được xử lý trên môi trường mạng"
    "Tỷ lệ trường học dùng học bạ số: cấp THPT 100%, cấp THCS 90%"
    "... tại khu vực đô thị đạt 90%, khu vực nông thôn đạt 65%"

Each function takes the raw words around a clause's quantities and returns,
when its pattern holds, one scope per quantity plus the shared indicator words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from muctieu.extract.wording import (
    AS_FOLLOWS_END,
    NAMED_PLACE,
    POPULATION_GROUP,
    SCOPE,
    SCOPE_RE,
    WHOLE_PLACE_END,
    clean_post,
    clean_pre,
    has_head,
    squash,
)

RESPECTIVELY = _RESPECTIVELY = re.compile(r"\b(?:lần\s+lượt|tương\s+ứng)(?:\s+(?:là|đạt|ở\s+mức|bằng))?\s*$", re.I)
_LEVEL_LIST = re.compile(
    rf"(?:(?:tại|ở|đối\s+với|của)\s+(?:các\s+)?)?({SCOPE}(?:\s*(?:,|và)\s*{SCOPE})+)", re.I
)
_INTRO = re.compile(r"(?:^|\s)(?:tại|ở|đối\s+với|trong|thuộc)\s+(?:các\s+)?$", re.I)
_AMONG = re.compile(r"^\s*(?:trong\s+đó|riêng|cụ\s+thể)\s*,?\s*", re.I)
# what was done, by a level or not ("cấp xã tiếp nhận 5.000 hồ sơ"); a level alone is a group
# ("trong đó cấp xã đạt 74,57%", "cấp sở", "cấp thôn": any level a scope names), "cấp" alone issues
# ("cấp 32 triệu tài khoản")
_DEED = re.compile(rf"(?:{SCOPE}\s+)?(?:kích\s+hoạt|(?!{SCOPE}\b)cấp|thu\s+nhận|tiếp\s+nhận|giải\s+quyết|xử\s+lý|hoàn\s+thành|triển\s+khai|"
                   r"cài\s+đặt|đăng\s+ký|phê\s+duyệt|tích\s+hợp|kết\s+nối|số\s+hóa|đào\s+tạo|hỗ\s+trợ)\b", re.I)
# an area or a population group ("khu vực nông thôn", "vùng đồng bào dân tộc thiểu số", "nữ"): a split, as a level is
# "Tổng kinh phí 14 tỷ đồng, trong đó kinh phí xây lắp 12 tỷ đồng": a part of the money by what it pays for
_MONEY_PART = re.compile(r"(?:kinh\s+phí|vốn|nguồn\s+vốn|ngân\s+sách|chi\s+phí)\b", re.I)
_AREA_GROUP = re.compile(rf"(?:khu\s+vực|vùng|{POPULATION_GROUP}|(?-i:nam|nữ))\b", re.I)
_VERBISH = re.compile(
    r"\b(?:được|có|đã|sẽ|là|đạt|chiếm|tăng|giảm|bằng|tương\s+đương|sử\s+dụng|triển\s+khai|thực\s+hiện)\b",
    re.I,
)


@dataclass(slots=True)
class Parallel:
    scopes: list[str | None]
    base: str  # indicator words shared by every quantity
    tail: str = ""  # a predicate written once after the last quantity
    bases: list[str] | None = None  # one subject per quantity: "X, Y và Z lần lượt là 15, 7, 4"


def respectively(pre_first: str, between: list[str], n: int) -> Parallel | None:
    """"X ở cấp tỉnh, cấp huyện và cấp xã lần lượt là 90%, 70% và 50%"."""
    m = _RESPECTIVELY.search(pre_first)
    if not m or any(b.strip(" ,") not in ("", "và") for b in between):
        return None
    lst = _LEVEL_LIST.search(pre_first, 0, m.start())
    if not lst:
        return _subjects(pre_first[: m.start()], n)
    levels = [squash(s.group(0)) for s in SCOPE_RE.finditer(lst.group(1))]
    if len(levels) != n:
        return None
    base = clean_pre(pre_first[: lst.start()] + " " + pre_first[lst.end(): m.start()])
    return Parallel(levels, base)


_GROUP_INTRO = re.compile(r"\s(?:ở|tại|đối\s+với|khu\s+vực)\s", re.I)
_LIST_SPLIT = re.compile(r"\s*,\s*(?:và\s+)?|\s+và\s+", re.I)


def _subjects(pre: str, n: int) -> Parallel | None:
    """"Chính quyền số, kinh tế số và xã hội số lần lượt là 15, 7, 4": the
    last `n` items of the list before "lần lượt", one per quantity."""
    parts = [p for p in _LIST_SPLIT.split(pre.strip()) if p.strip()]
    if len(parts) > n and (again := _MEASURE_AGAIN.fullmatch(parts[-1].strip())):
        # "Về xếp hạng chính quyền số, kinh tế số, xã hội số, thứ hạng của tỉnh so với cả nước lần lượt
        # là 22, 9, 13": the measure said again after its subjects, each subject's
        items = [_RANKING_LEAD.sub("", clean_pre(p)) for p in parts[-n - 1:-1]]
        if all(items) and all(len(i.split()) <= 6 for i in items):
            return Parallel([None] * n, "", bases=[squash(f"{again.group(1)} {i} {again.group(2) or ''}") for i in items])
    if len(parts) < n:
        return None
    intro = _GROUP_INTRO.search(parts[-n])
    if intro:
        # "X ở thành thị và nông thôn lần lượt là 90% và 65%": one indicator, split by group
        names = [squash(parts[-n][intro.end():]), *(squash(p) for p in parts[-n + 1:])]
        if any(not g or len(g.split()) > 4 for g in names):
            return None
        base = clean_pre(" ".join([*parts[:-n], parts[-n][: intro.start()]]))
        return Parallel(names, base) if base else None
    items = [clean_pre(p) for p in parts[-n:]]
    items[-1] = _QUALIFIER_TAIL.split(items[-1], 1)[0]  # "xã hội số của tỉnh so với cả nước"
    if not all(items) or any(len(i.split()) > 12 for i in items):
        return None
    shared = _SHARED_PREDICATE.search(items[-1])
    if shared and all(len(i.split()) <= 4 for i in [*items[:-1], items[-1][:shared.start()]]):
        # "Đắk Nông và Kon Tum là hai tỉnh ở vị trí cuối bảng với lần lượt là 10,6 và 10,2
        # điểm": what the last name is said to be, each name is
        items = [f"{i}{items[-1][shared.start():]}" for i in items[:-1]] + [items[-1]]
    first = items[0].partition(" của ")[0].split()
    for k in range(1, n):
        own, _, whose = items[k].partition(" của ")
        words = own.split()
        if len(words) <= 2 and own[:1].islower() and len(first) >= len(words) + 2 and not has_head(own) \
                and has_head(" ".join(first)):
            # "tốc độ mạng di động và cố định của Việt Nam … lần lượt xếp thứ 20 và 26": the first
            # item's head with the later item's own last words (and whose they are)
            items[k] = " ".join([*first[:-len(words)], *words, *(["của", whose] if whose else [])])
    head = _SHARED_HEAD.match(items[0])
    if head:  # "thứ hạng về chính quyền số, kinh tế số, xã hội số": each is a "thứ hạng về ..."
        items = [items[0], *(i if head.group(1).lower() in i.lower() else f"{head.group(1)} {i}" for i in items[1:])]
    return Parallel([None] * n, "", bases=items)


_SHARED_PREDICATE = re.compile(r"\s+là\s+\S", re.I)
# a ranking's or a score's word: "thứ hạng của tỉnh so với cả nước", "Về xếp hạng chính quyền số"
_RANKING_WORD = r"(?:thứ\s+hạng|xếp\s+hạng|vị\s+trí|điểm\s+số|điểm)"
_MEASURE_AGAIN = re.compile(rf"({_RANKING_WORD})(\s+(?:của|so\s+với)\s.*)?", re.I)
_RANKING_LEAD = re.compile(rf"^(?:về\s+)?{_RANKING_WORD}\s+(?:về\s+)?", re.I)
_QUALIFIER_TAIL = re.compile(r"\s+(?=(?:của\s+(?:tỉnh|thành\s+phố)|so\s+với|trong\s+(?:cả|toàn)\s+(?:nước|quốc))\b)", re.I)
_SHARED_HEAD = re.compile(r"^((?:thứ\s+hạng|xếp\s+hạng|chỉ\s+số|điểm\s+số|điểm|(?:tỷ|tỉ)\s+(?:lệ|trọng)|giá\s+trị)(?:\s+\w+){0,6}?\s+(?:về|của))\s+\S", re.I)


def levels_in_posts(posts: list[str]) -> Parallel | None:
    """"90% hồ sơ công việc cấp tỉnh, 80% hồ sơ công việc cấp huyện và 60% hồ
    sơ công việc cấp xã được xử lý ...": the same words, then a level."""
    heads, levels = [], []
    tail = ""
    for i, post in enumerate(posts):
        m = SCOPE_RE.search(post)
        if not m:
            return None
        heads.append(squash(_INTRO.sub("", post[: m.start()])).lower())
        levels.append(squash(m.group(0)))
        rest = squash(post[m.end():])
        if i < len(posts) - 1 and rest.lower() not in ("", "và"):
            return None
        if i == len(posts) - 1:
            tail = clean_post(post[m.end():])
    # "... 90% hồ sơ công việc tại cấp huyện và 70% hồ sơ cấp xã": a later head
    # may shorten the first one's words
    cores = [core_words(h) for h in heads]
    if not heads[0] or len(set(levels)) != len(levels) or not all(
            c == cores[0] or (c and cores[0].startswith(c + " ")) for c in cores[1:]):
        return None
    return Parallel(levels, clean_post(_INTRO.sub("", posts[0][: SCOPE_RE.search(posts[0]).start()])), tail)


# "hồ sơ công việc của các cơ quan cấp tỉnh, ... và 60% hồ sơ công việc cơ quan cấp xã": the
# same head, its little words written or not
_FILLER = re.compile(r"\b(?:của|các|những|tại|ở)\s+", re.I)


def core_words(head: str) -> str:
    """The head's words without its little ones ("hồ sơ công việc của các cơ quan" → "hồ sơ công việc cơ quan")."""
    return squash(_FILLER.sub("", head + " "))


def _short_group(text: str) -> str | None:
    t = squash(text)
    words = t.split()
    if not 1 <= len(words) <= 6 or has_head(t) or _VERBISH.search(t) or OPENS_OBJECT.search(t):
        return None
    return t


# "trong đó mạng 4G phủ sóng tại 85% các xã": words that end on what opens the value's object
# are a predicate, not a group
OPENS_OBJECT = re.compile(r"\b(?:tại|ở|đến|tới|cho|với|trên)\s*$", re.I)


def _as_scope(group: str | None) -> str | None:
    """A group is a scope when it is a level or a population group; a proper
    name ("Bạc Liêu", "Tài nguyên và Môi trường") names whose value it is."""
    if group and (group[0].isupper() and not SCOPE_RE.match(group) or NAMED_PLACE.match(group)):
        return None  # ("huyện Cam Lộ", "xã Tân Hòa": a place by its name, as "Bạc Liêu")
    return group



_GENERIC_LEAD = re.compile(
    r"(?:(?:các|những)\s+)?(?:kết\s+quả|chỉ\s+tiêu|mục\s+tiêu|số\s+liệu)(?:\s+(?:cụ\s+thể|chính|chủ\s+yếu|đạt\s+được|nổi\s+bật))?"
    r"(?:\s+(?:như(?:\s+sau)?|gồm|là))?|cụ\s+thể(?:\s+như)?|như\s+sau|gồm(?:\s+có)?"
    # "Ở 3 trụ cột chính: Chính quyền số ... thứ 7; Kinh tế số thứ 31 ...": the pillars, each its own measure
    r"|(?:(?:ở|về|với|trong|theo)\s+)?(?:(?:các|cả|\d+|ba)\s+)?trụ\s+cột(?:\s+chính)?(?:\s+(?:như|gồm|là))?", re.I)


# the nouns that name a kind of group ("cấp", "bậc", "khối"), which a parallel group opens with
_GROUP_NOUN = re.compile(r"cấp|bậc|khối|nhóm|vùng", re.I)
# a level that "cấp" names ("cấp mầm non", "cấp cơ sở"); else "cấp" is the verb of giving ("được cấp nước sạch",
# "cấp mới", "cấp đổi", "cấp giấy chứng nhận"), no group
_LEVEL_CAP = re.compile(
    r"cấp\s+(?:mầm\s+non|nhà\s+trẻ|mẫu\s+giáo|tiểu\s+học|trung\s+học|THCS|THPT|TH|MN|học|trường|cơ\s+sở|sở|bộ|ngành|"
    r"trung\s+ương|quốc\s+gia|địa\s+phương|vùng|tỉnh|thành\s+phố|huyện|quận|thị\s+xã|xã|phường|thị\s+trấn|thôn|xóm|bản|"
    r"tổ|ấp|khu\s+phố|liên\s+đội|chi\s+đội|độ)\b", re.I)



def _kind_group(group: str, noun: str) -> bool:
    """A group its kind's noun opens, with a name after it ("cấp mầm non", "khối 10"); "cấp" only for a level."""
    return len(group.split()) >= 2 and (noun != "cấp" or bool(_LEVEL_CAP.match(group)))


_RESTATED_LEAD = re.compile(r"(?:tức|tức\s+là|tương\s+đương|hay|nghĩa\s+là)\b", re.I)


def groups(pres: list[str], colon_lead: str | None, several_aims: bool = False,
           counted_first: bool = False) -> Parallel | None:
    """`several_aims`: the colon's lead announces several measures ("Các chỉ tiêu …:");
    `counted_first`: the first value counts things named after it."""
    par = _groups(pres, colon_lead, several_aims, counted_first)
    if par is not None:
        if not par.bases and any(s and _as_scope(s) is None for s in par.scopes):
            # "tỷ lệ … toàn tỉnh đạt 65%, trong đó huyện Cam Lộ đạt 80%": each named place's value is of the
            # measure at that place; "Số giải của đoàn như sau: Toán 18 giải, Vật lý 20 giải": a named item's
            # value is of the lead's measure for that item
            whole = WHOLE_PLACE_END.sub("", par.base) or par.base
            measure = AS_FOLLOWS_END.sub("", par.base) or par.base
            par.bases = [par.base if not s or _as_scope(s) is not None else f"{whole} {s}" if NAMED_PLACE.match(s)
                         else f"{measure} {s}" for s in par.scopes]
        par.scopes = [_as_scope(s) for s in par.scopes]
    return par



def _groups(pres: list[str], colon_lead: str | None, several_aims: bool, counted_first: bool) -> Parallel | None:
    """Sub-groups written before each value: after a colon ("Tỷ lệ X: cấp THPT
    100%, cấp THCS 90%") or after the first value's "tại"/"ở" ("X tại khu vực
    đô thị đạt 90%, khu vực nông thôn đạt 65%")."""
    among = _AMONG.match(pres[1]) if len(pres) > 1 else None
    rest = [_short_group(p) for p in [pres[1][among.end():] if among else pres[1], *pres[2:]]]
    if not rest or any(r is None for r in rest):
        return None
    first_word = rest[0].split()[0].lower()  # type: ignore[union-attr]
    same_start = all(r.split()[0].lower() == first_word for r in rest)  # type: ignore[union-attr]
    if among and any(_DEED.match(r) or _MONEY_PART.match(r) for r in rest):  # type: ignore[arg-type]
        return None  # "gần 53 triệu hồ sơ ..., trong đó kích hoạt gần 32 triệu tài khoản": what was done, no group
    if among:
        if counted_first and not any(SCOPE_RE.match(r) or _AREA_GROUP.match(r) for r in rest):  # type: ignore[arg-type]
            # "Hình thành 30 doanh nghiệp khởi nguồn, trong đó Hà Nội đạt 20 doanh nghiệp": the total's
            # things are its measure, and a place's part keeps its own words (an area's part stays a
            # group: "5.000 người, trong đó khu vực nông thôn 3.200 người")
            return None
        # "đạt 85%, trong đó khu vực thành thị 90%, khu vực nông thôn 75%":
        # a total, then its parts.
        base = clean_pre(pres[0])
        return Parallel([None, *rest], base) if base else None  # type: ignore[list-item]
    own = _short_group(pres[0])
    if colon_lead and own and any(_RESTATED_LEAD.match(r) for r in rest):  # type: ignore[arg-type]
        # "…: Thành phố đào tạo ít nhất 5% dân số mỗi năm, tức khoảng hơn 600.000 người": the
        # second value restates the first, no group of a measure the lead names
        return None
    if colon_lead and own:
        if _GENERIC_LEAD.fullmatch(colon_lead.strip()) or (
                several_aims and not all(SCOPE_RE.fullmatch(g) for g in [own, *rest])):  # type: ignore[arg-type]
            # "Các kết quả cụ thể như: Thể chế số xếp hạng 6/63, nhận thức số 16/63",
            # "Các chỉ tiêu nhiệm kỳ mới thể hiện quyết tâm cao: GRDP … 240 nghìn tỷ đồng, GRDP bình
            # quân đầu người 136 triệu đồng": a lead that names no measure, or several; each item
            # names its own (unless the items are levels)
            return None
        return Parallel([own, *rest], colon_lead)  # type: ignore[list-item]
    if not same_start:
        return None
    # "... tại khu vực đô thị": the first group closes the first value's words
    low = pres[0].lower()
    at = low.rfind(first_word)
    while at > 0 and not _INTRO.search(pres[0][:at]):
        at = low.rfind(first_word, 0, at)
    if at <= 0 and _GROUP_NOUN.fullmatch(first_word) and all(
            not SCOPE_RE.match(r) and _kind_group(r, first_word) for r in rest):  # type: ignore[arg-type]
        # "tỷ lệ phòng học kiên cố cấp mầm non đạt 88,76%, cấp tiểu học đạt 93,87%": a group by its
        # kind's noun closes the first value's words without "tại" or "ở" (levels of government
        # are read as scopes before this)
        at = low.rfind(" " + first_word + " ") + 1
    if at <= 0:
        return None
    scope0 = _short_group(pres[0][at:])
    intro = _INTRO.search(pres[0][:at])
    if scope0 is None or not intro and not _kind_group(scope0, first_word):
        return None
    base = clean_pre(pres[0][: intro.start() if intro else at])
    if not base:
        return None
    return Parallel([scope0, *rest], base)  # type: ignore[list-item]
