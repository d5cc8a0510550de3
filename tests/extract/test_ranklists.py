"""Ranking lists as PDF reports print them (ranklists.py), on lines written for these tests."""

from __future__ import annotations

from tests.extract.helpers import read

REPORT = """BÁO CÁO XẾP HẠNG mức độ chuyển đổi số năm 2023

XẾP HẠNG
DTI
CÁC TỈNH, THÀNH PHỐ XẾP HẠNG
CHÍNH QUYỀN SỐ
3 Quảng Ninh
17 Hà Giang
40 TP. Cần Thơ

Xếp hạng chi tiết

Xếp hạng DTI Các tỉnh, thành phố Chỉ số
Nhận thức số
Chỉ số
Hạ tầng số
CHUYỂN ĐỔI SỐ CẤP TỈNH (PDTI)
3 Quảng Ninh 0.9100 0.7725 0.6813
"""


def test_each_line_of_a_ranking_list_is_the_rank_of_the_place_it_names() -> None:
    recs = [r for r in read(REPORT, plan_year=None) if r.unit == "rank"]
    assert [(r.value, r.year, r.kind, r.op) for r in recs] == [
        (3, 2023, "result", "="), (17, 2023, "result", "="), (40, 2023, "result", "="), (3, 2023, "result", "=")]
    assert recs[1].indicator == "XẾP HẠNG DTI Hà Giang"
    assert recs[3].indicator == "Xếp hạng DTI Quảng Ninh"


def test_a_detailed_row_gives_one_index_value_per_named_column() -> None:
    values = [(r.value, r.indicator) for r in read(REPORT, plan_year=None) if r.unit == "other"]
    assert values == [(0.91, "Chỉ số Nhận thức số Quảng Ninh"), (0.7725, "Chỉ số Hạ tầng số Quảng Ninh"),
                      (0.6813, "CHUYỂN ĐỔI SỐ CẤP TỈNH (PDTI) Quảng Ninh")]


def test_numbered_lines_without_a_ranking_heading_are_read_as_prose() -> None:
    recs = read("Kết quả nổi bật\n3 Quảng Ninh\nTỷ lệ hồ sơ trực tuyến đạt 80%.", plan_year=None)
    assert [r.unit for r in recs] == ["%"]


def test_places_listed_after_a_rank_with_theirs_in_brackets_are_ranked() -> None:
    text = ("Bộ vừa công bố bảng xếp hạng Chỉ số đổi mới sáng tạo cấp địa phương năm 2025.\n"
            "Đà Nẵng xếp thứ 3, tiếp theo là Hà Nam (4), Bắc Ninh (5) và Long An (6).\n")
    recs = read(text, plan_year=None)
    assert [(r.value, r.unit, r.indicator.split(" xếp")[0]) for r in recs] == [
        (3, "rank", "Đà Nẵng"), (4, "rank", "Hà Nam"), (5, "rank", "Bắc Ninh"), (6, "rank", "Long An")]
    # (numbers in brackets that do not go on from the rank are no ranks: "(2)" after a 5th place)
    assert len(read("Huế xếp thứ 5, tiếp theo là Quảng Trị (2).", plan_year=None)) == 1
