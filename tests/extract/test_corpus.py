"""Every development set in tests/extract/corpus/ keeps at least the quality it reached.

The floors are the figures measured after the fixes each set prompted, less a
small margin; a change that loses what was won on any set fails here. First-
sight figures (before any fix) are in the README and each set's README.
"""

from __future__ import annotations

import hashlib

import pytest

from tests.extract.scoring import SCORER, development_sets, score

pytestmark = pytest.mark.skipif(not SCORER.exists(), reason="../shared/eval is not beside this checkout")

# set: (F1, recall, kind, year, scope, pillar)
FLOORS: dict[str, tuple[float, float, float, float, float, float]] = {
    "set5": (0.95, 0.95, 0.97, 0.98, 0.98, 0.97),
    "set6": (0.94, 0.94, 0.97, 0.96, 0.96, 0.98),
    # (pillar 0.84 → 0.82 when its DTI pillars after "và" were read, then 0.86 → 0.93 when a pillar's own
    # score or place under no heading ("kinh tế số đạt 0,66 điểm, xếp thứ 27") took that pillar)
    # (year 0.973 → 0.936: an undated text that names only the year it compares with reports the year
    # after it, by the rule that lifted set30 0.769 → 0.956 and set116 0.646 → 0.769; this labeller left such years null)
    "set7": (0.96, 0.96, 0.95, 0.94, 0.98, 0.98),
    "set8": (0.93, 0.93, 0.97, 0.94, 0.98, 0.96),
    "set9": (0.97, 0.98, 0.98, 0.88, 0.98, 0.90),
    "set10": (0.91, 0.91, 0.98, 0.86, 0.98, 0.85),
    "set11": (0.95, 0.97, 0.97, 0.85, 0.98, 0.98),
    "set12": (0.95, 0.95, 0.96, 0.89, 0.98, 0.98),
    "set13": (0.89, 0.89, 0.97, 0.82, 0.96, 0.95),
    "set14": (0.95, 0.96, 0.98, 0.89, 0.92, 0.86),
    # (pillar 0.87 → 0.85: a share's wording that kept its whole matched one more record, whose pillar
    # under "a) Cung cấp dịch vụ số …" is missed; as many pillars right as before, 31)
    "set15": (0.95, 0.98, 0.97, 0.88, 0.97, 0.93),
    "set16": (0.97, 0.98, 0.96, 0.92, 0.98, 0.98),
    "set17": (0.95, 0.94, 0.97, 0.95, 0.97, 0.97),
    "set18": (0.96, 0.98, 0.98, 0.95, 0.98, 0.98),
    "set19": (0.91, 0.91, 0.98, 0.96, 0.97, 0.98),
    "set20": (0.86, 0.87, 0.97, 0.97, 0.93, 0.98),
    "set21": (0.95, 0.94, 0.98, 0.91, 0.98, 0.86),
    "set22": (0.93, 0.95, 0.96, 0.85, 0.95, 0.72),
    "set23": (0.86, 0.90, 0.93, 0.98, 0.98, 0.98),
    "set24": (0.94, 0.95, 0.92, 0.89, 0.97, 0.87),
    "set25": (0.86, 0.87, 0.98, 0.86, 0.94, 0.93),
    "set26": (0.95, 0.95, 0.95, 0.91, 0.98, 0.91),  # pillar: one more record found (a title's count), its pillar wrong
    "set27": (0.94, 0.93, 0.96, 0.73, 0.97, 0.98),  # year: records found since (a quoted count; places counted after the things put in them), their years wrong
    "set28": (0.95, 0.95, 0.98, 0.80, 0.97, 0.98),
    "set29": (0.91, 0.89, 0.96, 0.55, 0.97, 0.98),
    "set30": (0.90, 0.93, 0.95, 0.95, 0.96, 0.98),
    "set31": (0.92, 0.91, 0.98, 0.98, 0.97, 0.98),
    "set32": (0.87, 0.85, 0.93, 0.94, 0.98, 0.98),
    "set33": (0.90, 0.89, 0.95, 0.70, 0.97, 0.00),
    # (kind: a count found since (servers counted), its present tense in a plan "đang được cấu hình" read as an aim;
    # "đang" as a result cue cost set91 and set135 more)
    # (pillar 0.78 → 0.72: a list's counts that share the last one's predicate matched one more record,
    # whose pillar is missed; as many pillars right as before, 8)
    "set34": (0.86, 0.87, 0.97, 0.88, 0.94, 0.72),
    "set35": (0.92, 0.92, 0.98, 0.91, 0.90, 0.98),
    "set36": (0.87, 0.92, 0.98, 0.91, 0.93, 0.00),
    "set37": (0.89, 0.93, 0.96, 0.96, 0.98, 0.98),
    "set38": (0.85, 0.83, 0.98, 0.87, 0.96, 0.98),
    "set39": (0.86, 0.87, 0.96, 0.94, 0.98, 0.00),
    "set40": (0.81, 0.85, 0.95, 0.91, 0.95, 0.00),
    "set41": (0.88, 0.88, 0.97, 0.96, 0.98, 0.98),
    "set42": (0.78, 0.79, 0.95, 0.98, 0.98, 0.78),  # kind: one target was read right only for its "có yêu cầu"
    "set43": (0.92, 0.92, 0.98, 0.96, 0.98, 0.58),
    "set44": (0.91, 0.96, 0.93, 0.78, 0.98, 0.00),
    "set45": (0.92, 0.95, 0.97, 0.87, 0.96, 0.98),
    "set46": (0.84, 0.83, 0.95, 0.98, 0.95, 0.00),  # (a share of a quota left out since the 31st session)
    "set47": (0.91, 0.93, 0.94, 0.97, 0.98, 0.43),
    "set48": (0.85, 0.89, 0.93, 0.81, 0.98, 0.98),
    "set49": (0.96, 0.97, 0.96, 0.97, 0.98, 0.00),
    "set50": (0.93, 0.95, 0.98, 0.98, 0.97, 0.90),
    "set51": (0.90, 0.91, 0.97, 0.94, 0.98, 0.98),
    "set52": (0.82, 0.90, 0.96, 0.91, 0.98, 0.00),
    # (year: a count found since ("10 tiện ích"), due "Đến hết tháng 12/2023" under a paragraph's 2025; reading a
    # month's deadline as its year cost set126 more)
    "set53": (0.93, 0.95, 0.98, 0.79, 0.98, 0.82),
    "set54": (0.89, 0.94, 0.94, 0.92, 0.98, 0.88),
    "set55": (0.88, 0.93, 0.97, 0.80, 0.96, 0.88),
    "set56": (0.96, 0.95, 0.94, 0.98, 0.98, 0.00),
    "set57": (0.93, 0.97, 0.98, 0.93, 0.97, 0.98),
    "set58": (0.83, 0.85, 0.95, 0.92, 0.98, 0.00),
    "set59": (0.89, 0.94, 0.98, 0.98, 0.98, 0.98),
    "set60": (0.90, 0.93, 0.98, 0.85, 0.98, 0.00),
    "set61": (0.88, 0.92, 0.96, 0.95, 0.98, 0.00),
    "set62": (0.95, 0.95, 0.98, 0.92, 0.98, 0.98),
    # (kind 0.92 → 0.91: one more record matched (a bare noun counted after a count of its kind), whose kind
    # is missed; as many kinds right as before, 136)
    "set63": (0.92, 0.95, 0.91, 0.91, 0.98, 0.98),
    "set64": (0.93, 0.96, 0.98, 0.91, 0.98, 0.94),
    "set65": (0.67, 0.79, 0.98, 0.92, 0.98, 0.00),
    "set66": (0.88, 0.91, 0.98, 0.81, 0.98, 0.98),
    "set67": (0.90, 0.94, 0.98, 0.87, 0.94, 0.00),  # scope: two crops labelled in a row ("nhãn 108 mã số") read as groups
    "set68": (0.90, 0.90, 0.98, 0.96, 0.98, 0.62),
    "set69": (0.88, 0.95, 0.98, 0.95, 0.98, 0.98),
    "set70": (0.90, 0.96, 0.83, 0.78, 0.98, 0.65),  # year: four more records found (a job-fair count, a list of equipment), undated
    "set71": (0.89, 0.93, 0.98, 0.98, 0.98, 0.98),
    "set72": (0.89, 0.92, 0.97, 0.75, 0.96, 0.81),
    "set73": (0.85, 0.90, 0.97, 0.95, 0.98, 0.98),
    "set74": (0.88, 0.92, 0.96, 0.93, 0.97, 0.98),
    "set75": (0.95, 0.95, 0.98, 0.96, 0.96, 0.98),
    "set76": (0.87, 0.88, 0.93, 0.93, 0.98, 0.00),  # (a range found since the 31st session, its kind wrong)
    "set77": (0.81, 0.90, 0.94, 0.98, 0.98, 0.00),
    "set78": (0.85, 0.85, 0.97, 0.90, 0.98, 0.98),
    "set79": (0.72, 0.65, 0.98, 0.89, 0.97, 0.00),
    "set80": (0.85, 0.90, 0.98, 0.98, 0.98, 0.84),  # pillar: two more records found (groups of agencies), one under a topic lead-in
    "set81": (0.83, 0.90, 0.98, 0.85, 0.98, 0.00),
    "set82": (0.78, 0.85, 0.91, 0.50, 0.98, 0.00),
    "set83": (0.92, 0.93, 0.95, 0.84, 0.90, 0.00),
    # (year: two "Đến nay" results of a text dated by nothing but its aims' years, left null since those
    # years no longer make earlier milestones past; kind rose in set75, set76, set96, set140, set150)
    "set84": (0.90, 0.90, 0.93, 0.92, 0.97, 0.98),
    "set85": (0.91, 0.93, 0.96, 0.98, 0.98, 0.00),
    "set86": (0.94, 0.98, 0.98, 0.98, 0.98, 0.43),
    "set87": (0.90, 0.90, 0.98, 0.70, 0.98, 0.73),
    "set88": (0.98, 0.98, 0.98, 0.98, 0.98, 0.98),
    "set89": (0.97, 0.96, 0.89, 0.89, 0.98, 0.98),
    "set90": (0.79, 0.91, 0.91, 0.95, 0.98, 0.23),
    "set91": (0.95, 0.98, 0.98, 0.92, 0.98, 0.98),
    "set92": (0.84, 0.98, 0.96, 0.82, 0.93, 0.69),
    "set93": (0.90, 0.92, 0.96, 0.98, 0.98, 0.00),
    "set94": (0.91, 0.95, 0.97, 0.92, 0.98, 0.00),
    "set95": (0.84, 0.89, 0.91, 0.98, 0.98, 0.98),
    "set96": (0.85, 0.88, 0.94, 0.98, 0.98, 0.98),
    "set97": (0.79, 0.85, 0.97, 0.97, 0.98, 0.00),
    "set98": (0.78, 0.91, 0.98, 0.80, 0.87, 0.00),
    "set99": (0.93, 0.93, 0.98, 0.96, 0.98, 0.98),
    "set100": (0.96, 0.96, 0.98, 0.84, 0.98, 0.98),
    "set101": (0.42, 0.78, 0.98, 0.48, 0.98, 0.00),
    "set102": (0.90, 0.90, 0.98, 0.96, 0.98, 0.98),
    "set103": (0.79, 0.85, 0.97, 0.94, 0.98, 0.98),
    "set104": (0.91, 0.93, 0.92, 0.83, 0.95, 0.98),
    # (scope 0.91 → 0.875: the places counted after the things put in them, matched once named by them,
    # bring a level of their own)
    "set105": (0.71, 0.92, 0.92, 0.86, 0.87, 0.00),
    "set106": (0.98, 0.98, 0.98, 0.85, 0.98, 0.98),
    "set107": (0.90, 0.92, 0.98, 0.90, 0.98, 0.48),  # (mid-year news of its plan: a year lost in the 31st session)
    "set108": (0.50, 0.68, 0.95, 0.98, 0.95, 0.98),
    # (year 0.71 → 0.68: "Tổng thu từ du lịch … 7,1 nghìn tỷ", matched once read as money, takes 2022 from its paragraph)
    "set109": (0.80, 0.98, 0.98, 0.69, 0.98, 0.98),
    "set110": (0.95, 0.98, 0.98, 0.98, 0.98, 0.00),
    "set111": (0.84, 0.98, 0.98, 0.98, 0.98, 0.00),
    "set112": (0.94, 0.98, 0.98, 0.82, 0.98, 0.98),
    # (year 29/35 → 29/36: a count matched once it shares its list's verb takes the text's year, not the gold's)
    "set113": (0.86, 0.85, 0.88, 0.80, 0.98, 0.87),
    "set114": (0.91, 0.93, 0.96, 0.98, 0.98, 0.98),
    # (pillar 9/9 → 6/9: "Hạ tầng viễn thông được đầu tư, …, với 100% số xã, 98,5% số bản …" now takes
    # infrastructure from its subject, where the gold kept the society of the text's opening)
    "set115": (0.82, 0.90, 0.98, 0.84, 0.94, 0.65),
    # (year 0.93 → 0.92: the channel a value's things went through kept matched one more record, whose
    # year is missed; as many years right as before, 62)
    "set116": (0.79, 0.82, 0.98, 0.92, 0.98, 0.00),
    "set117": (0.90, 0.85, 0.97, 0.98, 0.98, 0.98),
    "set118": (0.91, 0.95, 0.95, 0.86, 0.98, 0.00),
    "set119": (0.88, 0.89, 0.95, 0.90, 0.96, 0.00),
    "set120": (0.77, 0.94, 0.92, 0.98, 0.98, 0.98),
    "set121": (0.98, 0.98, 0.88, 0.94, 0.98, 0.00),
    # (year 0.955 → 0.908: the monthly values matched once worded by their rate keep the year of the
    # sentence's first date, "cuối năm 2020", not their own "tháng 1.2021")
    # (scope: school levels found since, "trung học cơ sở là 97,9%, còn tiểu học là gần 98%", read without their split)
    "set122": (0.79, 0.79, 0.94, 0.92, 0.94, 0.00),
    "set123": (0.80, 0.84, 0.96, 0.83, 0.98, 0.00),
    # (year 0.838 → 0.825: the learning materials counted since bring the year of the paragraph's first date)
    "set124": (0.92, 0.94, 0.96, 0.93, 0.98, 0.00),
    "set125": (0.80, 0.78, 0.91, 0.70, 0.98, 0.00),
    "set126": (0.85, 0.89, 0.98, 0.85, 0.98, 0.00),
    # (kind 23/24 → 23/25: "khoảng 15 giây" matched once seconds are read brings its own kind error)
    "set127": (0.93, 0.91, 0.95, 0.64, 0.98, 0.00),
    "set128": (0.87, 0.91, 0.97, 0.96, 0.98, 0.00),
    "set129": (0.79, 0.86, 0.95, 0.64, 0.98, 0.00),
    "set130": (0.83, 0.84, 0.98, 0.98, 0.98, 0.00),
    "set131": (0.77, 0.84, 0.93, 0.93, 0.98, 0.00),
    # (year: a level's second label found since, its year wrong)
    "set132": (0.89, 0.92, 0.91, 0.71, 0.98, 0.65),
    # (precision 0.39: its labeller recorded only the mass organisations' digital work, none of their other figures)
    "set133": (0.52, 0.88, 0.98, 0.94, 0.98, 0.00),
    "set134": (0.92, 0.98, 0.98, 0.85, 0.98, 0.00),
    "set135": (0.81, 0.79, 0.98, 0.95, 0.98, 0.00),
    "set136": (0.94, 0.98, 0.98, 0.96, 0.98, 0.00),
    "set137": (0.76, 0.74, 0.98, 0.79, 0.98, 0.00),
    "set138": (0.91, 0.90, 0.95, 0.95, 0.98, 0.00),
    "set139": (0.85, 0.85, 0.98, 0.96, 0.98, 0.98),
    # (scope 0.87: "cấp quận, huyện" and "cấp phường, xã", a city's levels named by both their kinds, are
    # not read as one level; reading them so cost the seeds and eight older sets more than it won)
    "set140": (0.90, 0.90, 0.94, 0.94, 0.85, 0.98),
    "set141": (0.76, 0.81, 0.98, 0.93, 0.98, 0.00),
    # (unit: "22 thuê bao/100 dân" written as a share by its labeller, as a rate with its unit by most)
    "set142": (0.86, 0.88, 0.98, 0.98, 0.98, 0.87),
    "set143": (0.94, 0.89, 0.98, 0.98, 0.98, 0.00),
    "set144": (0.90, 0.92, 0.98, 0.95, 0.98, 0.98),
    "set145": (0.92, 0.94, 0.94, 0.98, 0.98, 0.98),
    "set146": (0.84, 0.86, 0.93, 0.87, 0.98, 0.00),
    # (5 records: every figure moves by 0.2 with one of them)
    "set147": (0.89, 0.98, 0.78, 0.98, 0.98, 0.00),
    # (a Party congress's targets for its term; pillar: a heading naming online applications, 3 records, not read as a pillar)
    "set148": (0.97, 0.95, 0.91, 0.95, 0.98, 0.00),
    # (year and pillar: a news title's target year and topic, which its labeller did not read as the results' year or a pillar)
    "set149": (0.98, 0.98, 0.98, 0.73, 0.95, 0.98),
    "set150": (0.92, 0.98, 0.98, 0.98, 0.98, 0.82),
    # (year and pillar: "Sau 1 năm triển khai" results, a data centre under a data heading read by its subject)
    "set151": (0.92, 0.91, 0.94, 0.77, 0.94, 0.57),
    # (year: undated commune results under a paragraph's earlier year, which their labeller left null)
    "set152": (0.83, 0.91, 0.96, 0.61, 0.98, 0.00),
    # (precision: a plan's count of its schools by level, its labeller's province make-up, not results)
    "set153": (0.88, 0.95, 0.92, 0.98, 0.81, 0.98),
    # (scope: staff groups, "100% cán bộ, công chức, 70% viên chức", and a range shared by two levels, read as splits)
    "set154": (0.87, 0.88, 0.98, 0.98, 0.87, 0.98),
    # (year and pillar: an undated page's crop figures carried to a year named before them; 2 pillar pairs)
    "set155": (0.88, 0.90, 0.98, 0.82, 0.98, 0.48),
    # (year: undated pages' results under a year named before them, which their labeller left null)
    "set156": (0.93, 0.96, 0.98, 0.80, 0.98, 0.98),
    "set157": (0.91, 0.92, 0.98, 0.91, 0.98, 0.98),
    # (year: a commune programme's targets with no stated horizon, which their labeller left null)
    "set158": (0.87, 0.87, 0.94, 0.81, 0.94, 0.98),  # (a share of a quota left out since the 31st session)
    "set159": (0.97, 0.98, 0.92, 0.98, 0.98, 0.00),
    # (year: national figures before a resolution's date, which their labeller left null)
    "set160": (0.83, 0.87, 0.98, 0.73, 0.98, 0.00),
    "set161": (0.88, 0.89, 0.96, 0.93, 0.98, 0.00),
    "set162": (0.90, 0.96, 0.95, 0.98, 0.97, 0.00),
    "set163": (0.79, 0.85, 0.98, 0.92, 0.86, 0.98),
    "set164": (0.87, 0.89, 0.98, 0.98, 0.98, 0.00),
    "set165": (0.84, 0.92, 0.95, 0.95, 0.98, 0.98),
    "set166": (0.84, 0.84, 0.90, 0.90, 0.90, 0.98),
    "set167": (0.87, 0.92, 0.98, 0.82, 0.98, 0.00),
    "set168": (0.90, 0.92, 0.95, 0.95, 0.98, 0.38),
    "set169": (0.79, 0.98, 0.98, 0.98, 0.98, 0.98),
    "set170": (0.89, 0.91, 0.98, 0.94, 0.94, 0.00),
    "set171": (0.94, 0.95, 0.98, 0.95, 0.92, 0.98),
    "set172": (0.96, 0.98, 0.86, 0.98, 0.98, 0.90),
    "set173": (0.89, 0.90, 0.98, 0.98, 0.96, 0.98),
    # (year 0.72 → 0.71: one more record matched (certificates counted), whose year is missed; as many years
    # right as before, 20)
    "set174": (0.75, 0.73, 0.98, 0.69, 0.98, 0.98),
    "set175": (0.59, 0.69, 0.98, 0.98, 0.92, 0.00),
    "set176": (0.81, 0.77, 0.77, 0.85, 0.98, 0.49),
    "set177": (0.83, 0.85, 0.98, 0.97, 0.97, 0.00),
    "set178": (0.83, 0.85, 0.98, 0.89, 0.98, 0.98),
    "set179": (0.85, 0.88, 0.95, 0.91, 0.98, 0.00),
    "set180": (0.83, 0.82, 0.98, 0.98, 0.95, 0.00),
    "set181": (0.54, 0.65, 0.84, 0.51, 0.94, 0.00),
    "set182": (0.82, 0.87, 0.87, 0.84, 0.98, 0.00),
    "set183": (0.75, 0.76, 0.95, 0.97, 0.95, 0.00),
    "set184": (0.84, 0.89, 0.97, 0.88, 0.98, 0.98),
    "set185": (0.86, 0.91, 0.99, 0.81, 0.96, 0.99),  # (mid-year news of its plan: two years lost in the 31st session)
    "set186": (0.81, 0.81, 0.82, 0.89, 0.96, 0.00),
    "set187": (0.87, 0.87, 0.99, 0.99, 0.99, 0.00),
    "set188": (0.79, 0.83, 0.99, 0.72, 0.96, 0.00),
    "set189": (0.74, 0.73, 0.77, 0.75, 0.96, 0.00),
    "set190": (0.79, 0.78, 0.99, 0.99, 0.97, 0.99),
    "set191": (0.82, 0.77, 0.99, 0.96, 0.93, 0.00),
    "set192": (0.89, 0.92, 0.94, 0.94, 0.96, 0.74),
    "set193": (0.82, 0.88, 0.97, 0.99, 0.99, 0.99),
    "set194": (0.85, 0.89, 0.99, 0.99, 0.99, 0.87),
    "set195": (0.87, 0.89, 0.93, 0.90, 0.93, 0.99),
    "set196": (0.75, 0.86, 0.92, 0.78, 0.85, 0.00),
    "set197": (0.85, 0.86, 0.99, 0.99, 0.97, 0.00),
    "set198": (0.89, 0.90, 0.99, 0.99, 0.99, 0.49),
    "set199": (0.41, 0.42, 0.99, 0.99, 0.99, 0.00),
    "set200": (0.73, 0.74, 0.99, 0.94, 0.97, 0.00),
    "set201": (0.82, 0.79, 0.95, 0.89, 0.97, 0.00),
    "set202": (0.86, 0.85, 0.97, 0.89, 0.97, 0.99),
    "set203": (0.75, 0.80, 0.99, 0.93, 0.96, 0.00),
    "set204": (0.77, 0.74, 0.81, 0.91, 0.99, 0.00),
    "set205": (0.86, 0.85, 0.90, 0.99, 0.99, 0.00),
    "set206": (0.93, 0.93, 0.97, 0.99, 0.99, 0.00),
    "set207": (0.81, 0.81, 0.93, 0.99, 0.99, 0.99),
    "set208": (0.91, 0.91, 0.95, 0.94, 0.97, 0.99),
    "set209": (0.78, 0.71, 0.63, 0.89, 0.99, 0.00),
    "set210": (0.86, 0.90, 0.95, 0.91, 0.95, 0.49),
    "set211": (0.80, 0.85, 0.99, 0.92, 0.99, 0.99),
    "set212": (0.88, 0.91, 0.82, 0.86, 0.99, 0.99),
    "set213": (0.84, 0.82, 0.99, 0.93, 0.99, 0.00),
    "set214": (0.80, 0.81, 0.88, 0.90, 0.96, 0.99),
    "set215": (0.83, 0.86, 0.89, 0.79, 0.99, 0.19),
    "set216": (0.78, 0.83, 0.95, 0.69, 0.95, 0.00),
    "set217": (0.90, 0.90, 0.96, 0.87, 0.99, 0.99),
    "set218": (0.90, 0.91, 0.97, 0.89, 0.99, 0.00),
    "set219": (0.92, 0.96, 0.99, 0.99, 0.99, 0.00),
    "set220": (0.89, 0.96, 0.99, 0.93, 0.99, 0.99),
    "set221": (0.90, 0.94, 0.99, 0.99, 0.99, 0.75),
    "set222": (0.76, 0.77, 0.99, 0.99, 0.96, 0.00),
    "set223": (0.70, 0.69, 0.96, 0.84, 0.99, 0.00),
    "set224": (0.79, 0.83, 0.88, 0.73, 0.99, 0.49),
    "set225": (0.89, 0.91, 0.90, 0.79, 0.99, 0.99),
    "set226": (0.86, 0.87, 0.92, 0.88, 0.99, 0.00),
    "set227": (0.81, 0.81, 0.93, 0.99, 0.97, 0.00),
    "set228": (0.56, 0.69, 0.85, 0.92, 0.87, 0.00),
    "set229": (0.91, 0.97, 0.90, 0.68, 0.99, 0.00),
    "set230": (0.75, 0.82, 0.99, 0.89, 0.94, 0.00),
    "set231": (0.87, 0.91, 0.99, 0.96, 0.99, 0.00),
    "set232": (0.75, 0.77, 0.95, 0.90, 0.97, 0.00),
    "set233": (0.81, 0.76, 0.99, 0.93, 0.99, 0.00),
    "set234": (0.89, 0.94, 0.99, 0.85, 0.99, 0.00),
    "set235": (0.94, 0.95, 0.97, 0.99, 0.97, 0.00),
    "set236": (0.70, 0.74, 0.99, 0.95, 0.99, 0.00),
    "set237": (0.65, 0.68, 0.96, 0.92, 0.94, 0.00),
    "set238": (0.70, 0.72, 0.99, 0.55, 0.79, 0.00),
    "set239": (0.79, 0.77, 0.93, 0.99, 0.99, 0.00),
    "set240": (0.74, 0.76, 0.89, 0.80, 0.99, 0.99),
    "set241": (0.80, 0.83, 0.94, 0.94, 0.96, 0.00),
    "set242": (0.95, 0.94, 0.84, 0.78, 0.99, 0.00),
    "set243": (0.86, 0.82, 0.99, 0.75, 0.99, 0.00),
    "set244": (0.87, 0.89, 0.92, 0.97, 0.99, 0.00),
    "set245": (0.76, 0.80, 0.87, 0.93, 0.97, 0.00),
    "set246": (0.65, 0.57, 0.70, 0.93, 0.99, 0.00),
    "set247": (0.87, 0.88, 0.85, 0.92, 0.91, 0.00),
    "set248": (0.87, 0.90, 0.99, 0.74, 0.97, 0.00),
    "set249": (0.84, 0.77, 0.86, 0.92, 0.93, 0.00),
    "set250": (0.61, 0.65, 0.94, 0.79, 0.99, 0.00),
    "set251": (0.86, 0.85, 0.99, 0.87, 0.85, 0.00),
    "set252": (0.66, 0.61, 0.83, 0.74, 0.99, 0.00),
    "set253": (0.83, 0.79, 0.81, 0.84, 0.97, 0.00),
    "set254": (0.85, 0.83, 0.99, 0.78, 0.97, 0.00),
    "set255": (0.74, 0.67, 0.93, 0.91, 0.99, 0.00),
    "set256": (0.53, 0.45, 0.70, 0.88, 0.99, 0.00),
    "set257": (0.72, 0.71, 0.99, 0.99, 0.93, 0.99),
    "set258": (0.86, 0.86, 0.99, 0.99, 0.99, 0.00),
    "set259": (0.81, 0.81, 0.97, 0.86, 0.93, 0.00),
    "set260": (0.81, 0.80, 0.92, 0.93, 0.99, 0.00),
    "set261": (0.83, 0.86, 0.90, 0.87, 0.99, 0.00),
    "set262": (0.77, 0.67, 0.93, 0.88, 0.99, 0.00),
    "set263": (0.86, 0.86, 0.99, 0.99, 0.99, 0.00),
    "set264": (0.71, 0.73, 0.92, 0.99, 0.90, 0.00),
    "set265": (0.67, 0.68, 0.95, 0.90, 0.90, 0.00),
    "set266": (0.86, 0.87, 0.97, 0.65, 0.96, 0.00),
    "set267": (0.74, 0.71, 0.92, 0.94, 0.99, 0.00),
    "set268": (0.82, 0.84, 0.97, 0.94, 0.99, 0.00),
    "set269": (0.75, 0.77, 0.96, 0.96, 0.97, 0.00),
    "set270": (0.89, 0.86, 0.96, 0.96, 0.99, 0.00),
    "set271": (0.75, 0.74, 0.89, 0.86, 0.99, 0.65),
    "set272": (0.84, 0.84, 0.87, 0.97, 0.97, 0.00),
    "set273": (0.68, 0.60, 0.95, 0.67, 0.92, 0.00),
    "set274": (0.92, 0.92, 0.99, 0.90, 0.99, 0.00),
    "set275": (0.70, 0.70, 0.84, 0.99, 0.99, 0.00),
    "set276": (0.60, 0.57, 0.83, 0.79, 0.99, 0.00),
    "set277": (0.89, 0.89, 0.87, 0.99, 0.93, 0.00),
    "set278": (0.82, 0.85, 0.82, 0.90, 0.97, 0.00),
    "set279": (0.64, 0.52, 0.93, 0.82, 0.93, 0.00),
    "set280": (0.86, 0.83, 0.80, 0.96, 0.96, 0.00),
    "set281": (0.70, 0.69, 0.99, 0.97, 0.99, 0.00),
    "set282": (0.55, 0.51, 0.74, 0.85, 0.99, 0.00),
    "set283": (0.63, 0.55, 0.94, 0.55, 0.99, 0.00),
    "set284": (0.60, 0.57, 0.97, 0.78, 0.99, 0.00),
    "set285": (0.87, 0.89, 0.84, 0.84, 0.96, 0.00),
    "set286": (0.78, 0.75, 0.94, 0.92, 0.99, 0.00),
    "set287": (0.86, 0.84, 0.89, 0.97, 0.99, 0.00),
    "set288": (0.76, 0.75, 0.99, 0.99, 0.99, 0.00),
    "set289": (0.84, 0.86, 0.91, 0.94, 0.99, 0.00),
    "set290": (0.86, 0.84, 0.98, 0.99, 0.99, 0.00),
    "set291": (0.85, 0.86, 0.97, 0.87, 0.99, 0.00),
    "set292": (0.85, 0.85, 0.87, 0.53, 0.97, 0.00),
    "set293": (0.77, 0.74, 0.99, 0.99, 0.99, 0.00),
    "set294": (0.66, 0.65, 0.89, 0.99, 0.99, 0.00),
    "set295": (0.57, 0.54, 0.71, 0.75, 0.99, 0.00),
    "set296": (0.80, 0.77, 0.99, 0.99, 0.99, 0.99),
    "set297": (0.67, 0.67, 0.85, 0.96, 0.99, 0.00),
    "set298": (0.65, 0.69, 0.64, 0.82, 0.82, 0.00),
    "set299": (0.81, 0.76, 0.97, 0.80, 0.99, 0.00),
    "set300": (0.69, 0.68, 0.75, 0.86, 0.99, 0.00),
    "set301": (0.73, 0.72, 0.88, 0.82, 0.99, 0.00),
    "set302": (0.80, 0.80, 0.90, 0.99, 0.99, 0.00),
    "set303": (0.64, 0.67, 0.99, 0.97, 0.99, 0.00),
    "set304": (0.65, 0.54, 0.92, 0.96, 0.99, 0.00),
    "set305": (0.74, 0.75, 0.99, 0.90, 0.99, 0.00),
    "set306": (0.80, 0.76, 0.95, 0.83, 0.94, 0.00),
    "set307": (0.65, 0.58, 0.88, 0.99, 0.99, 0.00),
    "set308": (0.71, 0.68, 0.96, 0.78, 0.96, 0.00),
    "set309": (0.80, 0.84, 0.98, 0.99, 0.99, 0.00),
    "set310": (0.86, 0.92, 0.95, 0.88, 0.99, 0.00),
    "set311": (0.73, 0.69, 0.92, 0.90, 0.94, 0.00),
    "set312": (0.93, 0.91, 0.99, 0.72, 0.99, 0.00),
    "set313": (0.85, 0.83, 0.62, 0.75, 0.99, 0.00),
    "set314": (0.76, 0.75, 0.95, 0.87, 0.76, 0.00),
    "set315": (0.83, 0.86, 0.78, 0.82, 0.99, 0.00),
    "set316": (0.62, 0.60, 0.99, 0.65, 0.96, 0.00),
    "set317": (0.80, 0.79, 0.84, 0.84, 0.99, 0.00),
    "set318": (0.74, 0.74, 0.98, 0.85, 0.99, 0.00),
    "set319": (0.72, 0.76, 0.89, 0.90, 0.99, 0.00),
    "set320": (0.66, 0.67, 0.74, 0.92, 0.94, 0.00),
    "set321": (0.76, 0.75, 0.94, 0.88, 0.99, 0.00),
    "set322": (0.74, 0.74, 0.79, 0.87, 0.97, 0.00),
    "set323": (0.74, 0.86, 0.99, 0.94, 0.99, 0.00),
    "set324": (0.72, 0.71, 0.99, 0.93, 0.99, 0.00),
    "set325": (0.62, 0.57, 0.93, 0.86, 0.99, 0.00),
    "set326": (0.81, 0.80, 0.83, 0.83, 0.99, 0.00),
    "set327": (0.46, 0.48, 0.99, 0.95, 0.99, 0.00),
}


@pytest.mark.parametrize("name, gold, texts", development_sets(), ids=lambda v: getattr(v, "name", v))
def test_each_development_set_keeps_its_floor(name, gold, texts) -> None:
    if name not in FLOORS:
        # a held-out set is scored for the first time on purpose, not by the suite
        pytest.skip(f"{name}: held out, no floor yet")
    s = score(gold, texts)
    got = (s.f1, s.recall, s.fields["kind"], s.fields["year"], s.fields["scope"], s.fields["pillar"])
    assert all(g >= f for g, f in zip(got, FLOORS[name])), f"{name}: {got} below {FLOORS[name]}\n{s.report}"


def test_every_set_has_its_sources_and_a_frozen_gold() -> None:
    sets = development_sets()
    assert len(sets) >= 2
    for name, gold, texts in sets:
        folder = gold.parent
        assert (folder / "SOURCES.md").is_file() and (folder / "CHECKSUMS.sha256").is_file(), name
        assert {p.stem for p in gold.glob("*.jsonl")} == {p.stem for p in texts.glob("*.txt")}, name
        # the gold and texts are the ones frozen before the extractor first ran on them
        for line in (folder / "CHECKSUMS.sha256").read_text(encoding="utf-8").splitlines():
            digest, path = line.split(maxsplit=1)
            data = (folder / path.lstrip("*")).read_bytes()
            assert hashlib.sha256(data).hexdigest() == digest, f"{name}/{path} changed since it was frozen"
