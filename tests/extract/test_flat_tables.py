"""Borderless table rows, as PDF text and flattened pages print them (flat_tables.py)."""

from __future__ import annotations

from muctieu.extract.flat_tables import flat_header
from tests.extract.helpers import read

PLAN = (
    "KẾ HOẠCH CHUYỂN ĐỔI SỐ NĂM 2025\n"
    "Phụ lục: Chỉ tiêu chuyển đổi số\n"
    "STT Chỉ tiêu Đơn vị tính Kết quả năm 2024 Kế hoạch năm 2025\n"
    "I Chính quyền số\n"
    "1 Tỷ lệ hồ sơ trực tuyến toàn trình % 47,3 ≥ 65\n"
    "II Kinh tế số\n"
    "2 Số doanh nghiệp công nghệ số Doanh nghiệp 132 160\n"
    "Tổ chức thực hiện\n"
    "Các sở, ngành triển khai kế hoạch này.\n"
)


def test_each_value_of_a_borderless_row_takes_its_columns_year_and_kind() -> None:
    got = [(r.value, r.unit, r.kind, r.op, r.year, r.pillar) for r in read(PLAN, plan_year=2025)]
    assert got == [
        (47.3, "%", "result", "=", 2024, "digital_government"),
        (65, "%", "target", ">=", 2025, "digital_government"),
        (132, "count", "result", "=", 2024, "digital_economy"),
        (160, "count", "target", ">=", 2025, "digital_economy"),
    ]
    recs = read(PLAN, plan_year=2025)
    assert recs[0].indicator == "Tỷ lệ hồ sơ trực tuyến toàn trình"
    assert recs[2].indicator == "Số doanh nghiệp công nghệ số"  # the unit cell is no part of it
    assert PLAN[recs[1].anchor:recs[1].anchor + 2] == "65"


def test_a_header_needs_two_year_columns_and_no_other_number() -> None:
    assert flat_header("Chỉ tiêu Năm 2023 Năm 2024 Năm 2025").values == 3  # type: ignore[union-attr]
    assert flat_header("Giai đoạn 2021-2025 và năm 2026") is None  # a stage, not columns
    assert flat_header("Năm 2023, tỉnh đạt 90% và năm 2024 đạt 95%.") is None
    assert flat_header("Kết quả năm 2024") is None


def test_prose_after_a_heading_that_looks_like_a_header_is_read_as_prose() -> None:
    text = ("KẾ HOẠCH CHUYỂN ĐỔI SỐ NĂM 2025\nKết quả năm 2024 và kế hoạch năm 2025\n"
            "Năm 2024, tỷ lệ hồ sơ trực tuyến toàn trình đạt 47,3%.\n")
    (r,) = read(text, plan_year=2025)
    assert (r.value, r.kind, r.year) == (47.3, "result", 2024)
