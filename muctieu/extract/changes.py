"""Numbers that measure a change, not a level: "tăng 12% so với năm 2022",
"tăng 5 bậc", "(tăng 4,7%)", "vượt chỉ tiêu 6%", "đạt 103,4% kế hoạch".

The spec counts a result's change against an earlier value or its plan as no
quantity (a target stated as a change still is one: "giảm 20% thời gian xử
lý"). The grammar asks `is_change` once per quantity, after it knows the
quantity's kind.
"""

from __future__ import annotations

import re

from muctieu.extract.mentions import MOVE_VERB, PLACES_MOVED, Mention

_RAISED_BY = re.compile(r"\bnâng\s+(?:(?!lên\b)[^,;.\d])*$", re.I)
_CHANGE_BEFORE = re.compile(r"\b(?:tăng(?:\s+trưởng)?|giảm)(?:\s+\w+){0,2}\s*$", re.I)  # "tăng trưởng giá trị 20,8% so với ..."
# "có giá trị 0,7240, tăng trưởng 11,9%": a level, then how much it grew
_GROWTH_AFTER_VALUE = re.compile(r"\d(?:\s*(?:điểm|%))?\s*,\s*tăng\s+trưởng\s*$", re.I)
# "Kinh tế số tăng 13,3%", "giảm bình quân 35%": the verb right before the number
_CHANGE_RIGHT_BEFORE = re.compile(
    # ("tỷ lệ nghẽn mạng cải thiện hơn 90%": by how much it got better, not "cải thiện lên 90%")
    r"\b(?:tăng|giảm|kém|cải\s+thiện)(?:\s+(?:bình\s+quân|trung\s+bình|thêm|gần|khoảng|hơn|trên|mạnh|nhẹ|tương\s+ứng|"
    r"lần\s+lượt(?:\s+là)?))?\s*$", re.I)
_PLACES_MOVED = re.compile(r"\s*(?:(?:tỉnh|địa\s+phương|huyện|xã|sở|bộ|ngành|đơn\s+vị)(?:\s*,\s*(?:thành(?:\s+phố)?|ngành))?\s+)?"
                           rf"(?:{PLACES_MOVED})\b", re.I)
_CUT_RIGHT_BEFORE = re.compile(r"\bcắt\s+giảm\s*$", re.I)
# an economy's output and its growth, told with "tăng" alone (not set against a time: "so với …")
_OUTPUT_GREW = re.compile(r"\b(?:GRDP|GDP|tổng\s+sản\s+phẩm(?:\s+trên\s+địa\s+bàn)?)\b[^,.;:\d%]{0,50}?\btăng\s+"
                          r"(?:(?:bình\s+quân|khoảng|gần|hơn|trên|ước\s+đạt|đạt)\s+)*$", re.I)
# "(từ 16% giảm còn 11%)": the level a move reached, though its verb of change comes first
_MOVE_REACHED = re.compile(r"\btừ\s+(?:(?:mức|khoảng|gần|hơn|trên)\s+)*\d[\d.,]*\s*%?\s*" + MOVE_VERB
                           + r"\s+(?:(?:mức|khoảng|gần|hơn|trên)\s+)*$", re.I)
# "tăng lần lượt 40,5% và 22,1%", "tăng lần lượt hơn 200% và 160%": the later sizes of changes told in turn
_LATER_OF_CHANGES = re.compile(r"\b(?:tăng|giảm)\s+lần\s+lượt(?:\s+là)?\s+(?:(?:hơn|gần|khoảng|trên)\s+)?\d[\d.,]*\s*%?"
                               r"(?:\s*,\s*\d[\d.,]*\s*%?)*\s*(?:,|và)\s*$", re.I)
# "mức tăng thấp hơn tuần trước (0,20 điểm)": a bracket that gives the size of a change
_CHANGE_NAMED = re.compile(r"\b(?:mức|biên\s+độ)\s+(?:tăng|giảm)\b", re.I)
_SECOND_OF_CHANGE = re.compile(
    r"\b(?:tăng|giảm)(?:\s+\w+){0,2}?\s+\d[\d.,]*\s*%\s+về\s+[^,.;:\d%]{1,30}?\s*(?:,|và)\s*"
    r"(?:(?:tới|hơn|gần|khoảng|trên)\s+)?$", re.I)
# "thấp hơn Hà Nội đến 46,6 điểm", "cao hơn bình quân cả nước 5,2%": how far from another place or level
# (not a level compared with: "cao hơn gấp đôi so với tỷ lệ 31%")
_HIGHER_LOWER_THAN = re.compile(r"(?:[,;]\s*|\b(?:và|nhưng|song)\s+)(?:cao|thấp)\s+hơn\s+(?![^,.;:()\d]*?\b(?:so\s+với|gấp|đạt|chiếm|có|được)\b|từ\b|mức\b|tỷ\s+lệ\b)[^\W\d](?:[^,.;:()\d]|\.(?=\S)){0,40}?"
                                r"\s+(?:(?:đến|tới|là|khoảng|gần|hơn)\s+)?$", re.I)
# (a share's denominator is no earlier value: "tăng 18% so với năm trước và 45% so với tổng mức bán lẻ")
_OF_TOTAL_AFTER = re.compile(r"^\s*\(?\s*so\s+với\s+tổng\b", re.I)
_FIRST_CHANGE_SINCE = re.compile(r"\b(?:tăng|giảm)\s+(?:\w+\s+){0,2}?\d[\d.,]*\s*%\s+so\s+với\s+[^.;,\d]{1,40}?\s*(?:,|và)\s*$", re.I)
_HIGHER_LOWER_BEFORE = re.compile(r"\b(?:cao|thấp)\s+hơn(?:\s+từ)?\s*$", re.I)  # ("cao hơn từ 5%-10% so với ...")
# a change's size named: "mức tăng chỉ số 6,39%", "nơi giảm nhiều nhất 2,94%", "giảm ít nhất là
# 0,21%", and at the place that made it: "tăng cao nhất là Bình Thuận (6,39%)"
_SIZE_OF_CHANGE = re.compile(r"\bmức\s+(?:tăng|giảm)\b[^,.;()\d]{0,40}$"
                             r"|\b(?:tăng|giảm)\s+(?:nhiều|ít|cao|thấp)\s+nhất[^,.;()\d]{0,30}\(?\s*$", re.I)
# (a closed bracket is passed over, "khoảng 4 tỷ USD (tăng 25%) so với năm 2022", but not one the
# comparison stands in: "đạt 60,89% (tăng 12,03% so với năm 2020)" compares the bracket's rise)
# (nor one that opens with the comparison: "tăng trưởng mạnh 21% (so với cùng kỳ năm 2023)")
_SINCE_AFTER = re.compile(r"^\s*(?:[^\s(]\S*\s+|\([^()]*\)\S*\s+){0,3}?\(?\s*so\s+với\b", re.I)
# (and the quota's giver: "vượt chỉ tiêu cấp trên giao 1,49%", "vượt chỉ tiêu Tổng cục giao 4,16%")
_OVER_PLAN_BEFORE = re.compile(
    r"\bvượt\s+(?:chỉ\s+tiêu|kế\s+hoạch|mục\s+tiêu)(?:\s+(?:đề\s+ra|được\s+giao|năm)|(?:\s+[^\W\d]+){1,6}?\s+giao)?\s*(?:là\s+)?$",
    re.I)
# "còn thiếu 46,04% so với chỉ tiêu": how far a share fell short of its aim
_SHORT_OF_BEFORE = re.compile(r"\b(?:còn\s+)?(?<!tối\s)thiếu\s+(?:(?:gần|khoảng|hơn|trên)\s+)?$", re.I)
# "giảm 16 vụ (tương đương 42%)", "tăng 234 việc, tương ứng 10,74%": a change, then its size as a share
_SHARE_OF_CHANGE = re.compile(r"\b(?:tăng|giảm)\s+(?:(?:thêm|khoảng|gần|hơn|trên)\s+)?\d[\d.,]*\s*[^\W\d][^\s,()]{0,11}(?:\s+[^\W\d]{1,12}){0,2}"
                              r"\s*[-–,(]?\s*tương\s+(?:đương|ứng)(?:\s+với)?\s*$", re.I)
# "0,31 ha, giảm 3,3 ha": a level in its unit, then by how much it moved, in the same unit
_LEVEL_THEN_CHANGE = re.compile(r"\d\s*([^\W\d][^\s,]{0,11})\s*,\s*(?:tăng|giảm)(?:\s+(?:thêm|khoảng|gần|hơn|trên))?\s*$", re.I)
# "(cao hơn năm 2022 là 1,2%)": by how much the level passed an earlier one
_HIGHER_THAN_EARLIER = re.compile(r"\(\s*(?:cao|thấp)\s+hơn\s+(?:năm\s+(?:19|20)\d\d|cùng\s+kỳ(?:\s+năm\s+trước)?|năm\s+trước)"
                                  r"\s+(?:là\s+)?$", re.I)
# "đã tăng lên 83% so với 70% của năm 2012": the level risen to, not the size of the rise
_RISEN_TO = re.compile(r"(?:lên|xuống)\b", re.I)
_LEVEL_AFTER = re.compile(r"\s*,?\s*\(?\s*so\s+với\s+(?:(?:mức|tỷ\s+lệ|tỉ\s+lệ|con\s+số)\s+)?(?:(?:khoảng|gần|hơn|trên)\s+)?\d", re.I)
_EQUALS_BEFORE = re.compile(r"\bbằng(?:\s+(?:gần|khoảng|hơn|xấp\s+xỉ))?\s*$", re.I)
_EARLIER_YEAR_AFTER = re.compile(r"\s*(?:của\s+)?(?:năm|cùng\s+kỳ(?:\s+năm)?)\s+(?:19|20)\d\d\b", re.I)
# "tương đương 99% so với năm 2024": the same, said with "so với" right after it (not "tương đương
# 76,5%, tăng 11,5% so với năm 2023": a share, then its change)
_EQUIVALENT_BEFORE = re.compile(r"\btương\s+đương(?:\s+với)?\s*$", re.I)
# (an earlier time or a plan, not a whole: "tương đương 65% so với số hộ toàn tỉnh", "… so với dân số")
_SINCE_RIGHT_AFTER = re.compile(r"\s*so\s+với\s+(?:cùng\s+kỳ|kỳ|năm|tháng|quý|giai\s+đoạn|đầu\s+năm|trước|"
                                r"kế\s+hoạch|chỉ\s+tiêu|mục\s+tiêu|dự\s+toán|\d)", re.I)
_BRACKET_OPENS_OVER = re.compile(r"\(\s*vượt\s+(?:(?:gần|khoảng|hơn|trên)\s+)?$", re.I)
_OVER_BEFORE = re.compile(r"\bvượt(?:\s+(?:gần|khoảng|hơn|trên))?\s*$", re.I)
_LEVEL_THEN_OVER = re.compile(r"\d\s*%\s*,\s*vượt(?:\s+(?:gần|khoảng|hơn|trên))?\s*$", re.I)
# a change's size told again in another unit: "tăng 4,48% so với năm 2019 - tương đương 50.454 người",
# "giảm 3,44% - tương đương 3.030 người"
_EQUIVALENT_OF_CHANGE = re.compile(r"\b(?:tăng|giảm)\s+(?:[^\W\d]+\s+){0,2}?\d[\d.,]*\s*%(?:[^.;\d%]|(?<!\d)(?:19|20)\d\d(?!\d)){0,40}?[-–,(]?\s*"
                                   r"tương\s+(?:đương|ứng)(?:\s+với)?\s*$", re.I)
_OVER_PLAN_AFTER = re.compile(r"^\s*so\s+với\s+(?:chỉ\s+tiêu|kế\s+hoạch|mục\s+tiêu)", re.I)
# "đạt 103,4% kế hoạch", "đạt 76,5% mục tiêu năm", "đạt 27% so kế hoạch", "đạt 89% so với chỉ tiêu được
# giao": how much of a plan or a quota was done
_OF_PLAN_AFTER = re.compile(
    r"^\s*(?:so\s+(?:với\s+)?|(?=chỉ\s+tiêu))?(?:kế\s+hoạch|mục\s+tiêu|chỉ\s+tiêu|dự\s+toán|(?-i:KH)\b)(?!\s+(?:là|đề\s+ra\s+là))(?!\s+\d[\d.,]*\s*%)", re.I)
# "…, bằng 99,63% so với cùng kỳ năm trước, trong đó vụ Đông Xuân … bằng 99,88%;": a share with
# nothing after it to be a share of repeats the comparison the report makes
_MORE_SHARES_AFTER = re.compile(r"(?:\s*(?:,|và)\s*\d[\d.,]*\s*%)+", re.I)
# (told in turn, not a share, then another of a plan: "… đạt 85% và 100% chỉ tiêu kế hoạch giao đã hoàn thành")
_IN_TURN_BEFORE = re.compile(r"\blần\s+lượt\b[^.;:\d]*(?:\d[\d.,]*\s*%\s*(?:,|và)\s*)*$", re.I)
_CLAUSE_ENDS = re.compile(r"^\s*(?:[,;.]|$)")
_COMPARED_BEFORE = re.compile(r"\bso\s+với\b(?:(?!\.\s)[^\n])*$", re.I)  # (in its sentence, before the value)


_OF_OUTPUT_AFTER = re.compile(r"\s*(?:so\s+với\s+)?(?:GDP|GRDP)\b")  # "gấp 26 lần GDP": a level against the economy
_FLOOR_RIGHT_BEFORE = re.compile(r"\b(?:ít\s+nhất|tối\s+thiểu)\s*$", re.I)
# the criteria or the work a body completed, as a share: no measure of its own
# (its bar as written: "hoàn thành trên 90% tiêu chí", "hoàn thành được gần 80% công việc")
_DONE_RIGHT_BEFORE = re.compile(r"\bhoàn\s+thành\s+(?:được\s+)?(?:(?:từ|trên|hơn|gần|khoảng|đạt)\s+)?$", re.I)
_CRITERIA_DONE_AFTER = re.compile(r"^\s*(?:các\s+|số\s+)?(?:tiêu\s+chí|công\s+việc)\b", re.I)
_AVERAGE_GROWTH = re.compile(r"\bbình\s+quân\b", re.I)
# "/năm", "mỗi năm", "hằng năm" right after a value: a rate per year
PER_YEAR = re.compile(r"\s*(?:/\s*|mỗi\s+|hằng\s+|hàng\s+)năm\b", re.I)
_RISE_AFTER_LEVEL = re.compile(r"\d[^,;.\d]{0,12},\s*tăng(?:\s+trưởng)?(?:\s+(?:trên|hơn|khoảng|gần))*\s*$",
                               re.I)
_PERIOD = re.compile(r"\bgiai\s+đoạn\s+(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d", re.I)


def is_change(text: str, start: int, m: Mention, after: str, kind: str, own: str | None,
              in_bracket: bool) -> bool:
    """Is the quantity `m` (its clause starts at `start`; `after` follows it)
    a change or a share of a plan rather than a level?"""
    if m.unit_text == "lần":
        # "tăng 1,5 lần so với năm 2020": a target's rise is the target; a result's, a change against an earlier one
        # (not its size against the economy, "gấp 26 lần GDP")
        return kind == "result" and not _OF_OUTPUT_AFTER.match(after)
    if m.unit_text is not None and m.unit_text.lower() == "bậc":
        # "tăng 5 bậc", "thăng hạng với 18 bậc": a move in a ranking (an aim stated as one is a quantity, as the
        # contract's "giảm 20% thời gian": "Chỉ số DTI tăng ít nhất 5 bậc so với năm 2024")
        return not (kind == "target" and (own == "target" or _FLOOR_RIGHT_BEFORE.search(text, max(start, m.anchor - 20), m.anchor)))
    if m.unit == "count" and _PLACES_MOVED.match(after):
        return False  # "… và 32 tỉnh giảm điểm so với năm 2021": the places that moved, counted
    if _MOVE_REACHED.search(text, max(start, m.anchor - 60), m.anchor):
        return False
    if m.unit == "%" and not _SINCE_AFTER.match(after) and _OUTPUT_GREW.search(text, max(start, m.anchor - 90), m.anchor):
        return False  # "GRDP năm 2025 tăng 9,18%": an economy's growth rate, a measure of its own
    # Most quantities have no word of change before them: a plain look for one first spares the
    # patterns that need one (lower-cased, as they ignore case; "ảm" of "giảm": only "i" folds apart)
    said = text[start:m.anchor].lower()
    if "bình" in said and _AVERAGE_GROWTH.search(text, start, m.anchor) and _PERIOD.search(text, start, m.anchor):
        return False  # "bình quân giai đoạn 2021 - 2025, ... tăng 9,8%": a growth rate
    if m.unit == "%" and not in_bracket and (per_year := PER_YEAR.match(after)) and not _SINCE_AFTER.match(after[per_year.end():]) \
            and not _RISE_AFTER_LEVEL.search(text, max(start, m.anchor - 60), m.anchor):
        # "bình quân 20%/năm", "tăng trưởng hơn 3%/năm", "tăng 10,86%/năm": a yearly rate of growth (not how fast
        # a level just given grows: "đạt 18,3% GDP, tăng trên 20%/năm"; but an average one is, whatever the level's
        # unit: "đạt 15.000 tỷ đồng, tăng bình quân 8%/năm")
        return False
    moved = "tăng" in said or "ảm" in said or "kém" in said or "cải" in said
    # (a share, or an index's points: "tăng nhẹ 0,09 điểm", "(kém 0,39 điểm)")
    if moved and kind == "result" and (m.unit == "%" or m.unit_text == "điểm") and _CHANGE_RIGHT_BEFORE.search(
            text, max(start, m.anchor - 40), m.anchor):
        return True
    if moved and kind == "result" and (m.unit == "count" or m.unit == "other" and m.unit_text in ("đồng", "đ", "USD")) and (
            _CHANGE_RIGHT_BEFORE.search(text, max(start, m.anchor - 40), m.anchor)
            # (not the things cut, counted: "đã cắt giảm 2.690 thủ tục hành chính")
            and not (m.unit == "count" and _CUT_RIGHT_BEFORE.search(text, max(start, m.anchor - 20), m.anchor))
            or _LATER_OF_CHANGES.search(text, max(start, m.anchor - 90), m.anchor)
            or _SIZE_OF_CHANGE.search(text, max(start, m.anchor - 60), m.anchor)):
        # "với mức tăng 8,12 triệu thuê bao", "tương đương tăng 1,98 triệu thuê bao", "giảm 2.500 tỷ đồng"
        return True
    if moved and kind == "result" and m.unit == "%" and _SINCE_AFTER.match(after) and not _OF_TOTAL_AFTER.match(after) \
            and _FIRST_CHANGE_SINCE.search(text, max(start, m.anchor - 90), m.anchor):
        return True  # "tăng 13,9% so với tháng trước và 71,6% so với cùng kỳ": a second size of the change
    if moved and kind == "result" and m.unit == "%" and (_SECOND_OF_CHANGE.search(text, max(start, m.anchor - 90), m.anchor)
                                                         or _LATER_OF_CHANGES.search(text, max(start, m.anchor - 90), m.anchor)):
        return True  # "tăng 50% về số lượng và 13% về giá trị": the second size of the same change
    if moved and in_bracket and _CHANGE_NAMED.search(text, start, m.anchor):
        return True
    if kind == "result" and m.unit == "%" and _SINCE_AFTER.match(after) and not _OF_TOTAL_AFTER.match(after) \
            and _RAISED_BY.search(text, max(start, m.anchor - 60), m.anchor):
        return True  # "nâng tốc độ tải khoảng 16% so với cuối năm 2023": raised by so much (not "nâng … lên 80%")
    if moved and kind == "result" and m.unit == "%" and _GROWTH_AFTER_VALUE.search(text, max(start, m.anchor - 40), m.anchor):
        return True
    if kind == "result" and (m.unit == "%" or m.unit_text == "điểm") \
            and _HIGHER_LOWER_THAN.search(text, max(start, m.anchor - 60), m.anchor):
        return True  # "Đà Nẵng với 28,1 điểm, thấp hơn Hà Nội đến 46,6 điểm": a gap to another place
    if kind == "result" and m.unit == "%" and (
            (_HIGHER_LOWER_BEFORE.search(text, max(start, m.anchor - 20), m.anchor) and _SINCE_AFTER.match(after))
            or moved and _SIZE_OF_CHANGE.search(text, max(start, m.anchor - 60), m.anchor)):
        # "cao hơn 1,99% so với năm 2023", "mức tăng thấp nhất 0,19%", "nơi giảm nhiều nhất 2,94%"
        return True
    if moved and _CHANGE_BEFORE.search(text[start:m.lead]) and not (_RISEN_TO.match(text, m.lead, m.anchor) and _LEVEL_AFTER.match(after)) and (
            (_SINCE_AFTER.match(after) and (kind == "result" or own != "target")) or in_bracket):
        return True
    if kind == "result" and m.unit == "%" and _EQUALS_BEFORE.search(text, max(start, m.anchor - 20), m.anchor) \
            and (_SINCE_AFTER.match(after) or _EARLIER_YEAR_AFTER.match(after)
                 or _CLAUSE_ENDS.match(after) and _COMPARED_BEFORE.search(text, max(0, m.anchor - 300), m.anchor)):
        # "bằng 79,6% so với cùng kỳ", "bằng gần 70% năm 2019": a level against an earlier one (or the one the
        # sentence made)
        return True
    if kind == "result" and m.unit == "%" and _SINCE_RIGHT_AFTER.match(after) \
            and _EQUIVALENT_BEFORE.search(text, max(start, m.anchor - 20), m.anchor):
        return True
    if m.unit != "%" and "tương" in said and _EQUIVALENT_OF_CHANGE.search(text, max(start, m.anchor - 90), m.anchor):
        return True  # "tăng 4,48% so với năm 2019 - tương đương 50.454 người": the change again, in people
    if m.unit == "%" and kind == "result" and "tương" in said and _SHARE_OF_CHANGE.search(text, max(start, m.anchor - 60), m.anchor):
        return True  # "giảm 16 vụ (tương đương 42%)": the change again, as a share
    if m.unit == "%" and "thiếu" in said and (short := _SHORT_OF_BEFORE.search(text, max(start, m.anchor - 20), m.anchor)) \
            and (short.group(0).lower().startswith("còn") or _SINCE_AFTER.match(after)):
        return True  # (not what lacks: "thiếu 15% giáo viên có kỹ năng số")
    if moved and kind == "result" and m.unit == "other" and (level := _LEVEL_THEN_CHANGE.search(text, max(start, m.anchor - 40), m.anchor)) \
            and level.group(1).lower() == (m.unit_text or "").lower():
        return True  # "diện tích thiệt hại 0,31 ha, giảm 3,3 ha"
    if kind == "result" and m.unit == "%" and _HIGHER_THAN_EARLIER.search(text, max(start, m.anchor - 40), m.anchor):
        return True
    # (a plain test for "vượt" first: `re` tries both patterns at every position before the number)
    if "ượt" in text[max(start, m.anchor - 40):m.anchor].lower() and (
            _OVER_PLAN_BEFORE.search(text, max(start, m.anchor - 40), m.anchor) or (
            _OVER_BEFORE.search(text, max(start, m.anchor - 12), m.anchor)
            and (_OVER_PLAN_AFTER.match(after) or in_bracket and _BRACKET_OPENS_OVER.search(text, max(start, m.anchor - 14), m.anchor)))):
        return True  # "vượt chỉ tiêu 6%", "vượt 6% so với kế hoạch", "đạt 66% (vượt 1%)"
    if m.unit == "%" and "ượt" in said and _LEVEL_THEN_OVER.search(text, max(start, m.anchor - 40), m.anchor):
        return True  # "tỷ lệ bao phủ BHYT đạt 93,5%, vượt 0,3%": by how much the level passed its aim
    if m.unit == "%" and kind == "result" and (listed := _MORE_SHARES_AFTER.match(after)) \
            and _IN_TURN_BEFORE.search(text, max(start, m.anchor - 80), m.anchor):
        after = after[listed.end():]  # "lần lượt đạt 156% và 126,4% kế hoạch đề ra": each of the plan
    if m.unit == "%" and kind == "result" and _CRITERIA_DONE_AFTER.match(after) \
            and _DONE_RIGHT_BEFORE.search(text, max(start, m.anchor - 20), m.anchor):
        return True  # "100% xã hoàn thành từ 90-100% tiêu chí", "hoàn thành 100% các công việc": how much was done
    return m.unit == "%" and kind == "result" and bool(_OF_PLAN_AFTER.match(after))
