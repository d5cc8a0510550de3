"""Borderless table rows, as PDF text and flattened pages print them (flat_tables.py)."""

from __future__ import annotations

from pathlib import Path

from muctieu.documents.load import load
from muctieu.extract.flat_tables import flat_header
from tests.documents.builders import make_pdf
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


def test_a_pdf_tables_rows_wrapped_over_lines_are_read_whole(tmp_path: Path) -> None:
    pdf = make_pdf(tmp_path / "plan.pdf", [
        ("h", "KẾ HOẠCH CHUYỂN ĐỔI SỐ NĂM 2025"),
        ("table", [["STT", "Chỉ tiêu", "Đơn vị tính", "Kết quả năm 2024", "Kế hoạch năm 2025"],
                   ["1", "Tỷ lệ hồ sơ trực tuyến toàn trình", "%", "47,3", "≥ 65"],
                   ["2", "Số doanh nghiệp công nghệ số", "Doanh nghiệp", "132", "160"]]),
        ("p", "Các sở, ngành triển khai kế hoạch này."),
    ])
    doc = load(pdf)
    got = [(r.indicator, r.value, r.kind, r.year) for r in read(doc.text, plan_year=doc.meta.plan_year)]
    assert got == [
        ("Tỷ lệ hồ sơ trực tuyến toàn trình", 47.3, "result", 2024),
        ("Tỷ lệ hồ sơ trực tuyến toàn trình", 65, "target", 2025),
        ("Số doanh nghiệp công nghệ số", 132, "result", 2024),
        ("Số doanh nghiệp công nghệ số", 160, "target", 2025),
    ]


def test_a_second_header_opens_a_new_table() -> None:
    text = ("KẾ HOẠCH NĂM 2025\nChỉ tiêu Năm 2023 Năm 2024\nTỷ lệ hồ sơ trực tuyến 31% 47%\n"
            "Chỉ tiêu Kế hoạch 2025 Kế hoạch 2026\nTỷ lệ hồ sơ trực tuyến 65% 80%\n")
    assert [(r.value, r.year) for r in read(text, plan_year=2025)] == [(31, 2023), (47, 2024), (65, 2025), (80, 2026)]


def test_a_bordered_header_is_no_borderless_one() -> None:
    assert flat_header("Chỉ tiêu | Đơn vị tính | 2024 | 2025") is None


def test_a_title_naming_two_years_is_no_header_and_the_headings_after_it_are_read() -> None:
    assert flat_header("KẾ HOẠCH CHUYỂN ĐỔI SỐ NĂM 2025 VÀ ĐỊNH HƯỚNG ĐẾN NĂM 2030") is None
    text = ("KẾ HOẠCH CHUYỂN ĐỔI SỐ NĂM 2025 VÀ ĐỊNH HƯỚNG ĐẾN NĂM 2030\nI. KẾT QUẢ THỰC HIỆN NĂM 2024\n"
            "Tỷ lệ hồ sơ được số hóa đạt 80%.\n")
    (r,) = read(text, plan_year=2025)
    assert (r.kind, r.year) == ("result", 2024)


def test_a_results_column_named_ket_qua_thuc_hien_is_one_column() -> None:
    flat = flat_header("STT Chỉ tiêu Đơn vị tính Kết quả thực hiện năm 2024 Kế hoạch năm 2025")
    assert flat is not None and flat.values == 2 and flat.unit
    text = ("KẾ HOẠCH NĂM 2025\nSTT Chỉ tiêu Đơn vị tính Kết quả thực hiện năm 2024 Kế hoạch năm 2025\n"
            "1 Tỷ lệ hồ sơ trực tuyến toàn trình % 47,3 65\n")
    assert [(r.value, r.kind) for r in read(text, plan_year=2025)] == [(47.3, "result"), (65, "target")]


def test_lines_that_gave_records_of_their_own_are_not_joined_to_the_next() -> None:
    text = ("KẾ HOẠCH NĂM 2025\nChỉ tiêu Năm 2024 Năm 2025\n1 Tỷ lệ hồ sơ trực tuyến đạt 47,3%\n65%\n")
    assert [r.value for r in read(text, plan_year=2025)].count(47.3) == 1


def test_a_row_with_wide_gaps_and_no_values_is_refused_without_backtracking_away() -> None:
    flat = flat_header("Chỉ tiêu Năm 2020 Năm 2021 Năm 2022 Năm 2023 Năm 2024 Năm 2025")
    assert flat is not None and flat.values == 6
    row = "Tỷ lệ" + "            1" * 5 + "            x"
    assert read(f"KẾ HOẠCH NĂM 2025\nChỉ tiêu Năm 2020 Năm 2021 Năm 2022 Năm 2023 Năm 2024 Năm 2025\n{row}\n",
                plan_year=2025) == []


def test_a_header_of_bare_years_after_its_label() -> None:
    flat = flat_header("Chỉ tiêu 2024 2025")
    assert flat is not None and flat.values == 2
    text = "KẾ HOẠCH NĂM 2025\nChỉ tiêu 2024 2025\nTỷ lệ hồ sơ trực tuyến 47% 65%\n"
    assert [(r.value, r.year) for r in read(text, plan_year=2025)] == [(47, 2024), (65, 2025)]


STATISTICS = (
    "date 2023-10-02\nTình hình y tế của tỉnh\n\n"
    "  2018 2020 2021 Sơ bộ 2022\n"
    "Số trạm y tế xã có bác sĩ 120 131 135 138\n"
    "Số giường bệnh trên 1 vạn dân (giường) 24,1 25,6 27,3 28,0\n"
    "Số ca mắc sốt xuất huyết     412  \n"
    "Số ca tử vong do tai nạn giao thông       \n"
    "Tỷ lệ trẻ em được tiêm chủng đầy đủ 96,5 97,1 95,2 98,4\n"
)


def test_a_statistics_table_under_a_header_of_years_alone() -> None:
    # a page of 2023 printing earlier years' figures: what was reached each year
    assert flat_header("  2018 2020 2021 Sơ bộ 2022").values == 4  # type: ignore[union-attr]
    got = [(r.value, r.unit, r.kind, r.year) for r in read(STATISTICS, plan_year=None)]
    assert got[:5] == [(120, "count", "result", 2018), (131, "count", "result", 2020), (135, "count", "result", 2021),
                       (138, "count", "result", 2022), (24.1, "other", "result", 2018)]
    # (a rate per so many people is no count, though its label opens "Số")
    assert {r.unit for r in read(STATISTICS, plan_year=None) if "giường" in r.indicator} == {"other"}


def test_a_rows_empty_cells_printed_as_spaces_keep_the_others_in_their_columns() -> None:
    recs = read(STATISTICS, plan_year=None)
    assert [(r.value, r.year) for r in recs if "sốt xuất huyết" in r.indicator] == [(412, 2021)]
    # (a row with every cell empty gives nothing and joins no other: the next row keeps its own label)
    assert [r.indicator for r in recs if r.value == 96.5] == ["Tỷ lệ trẻ em được tiêm chủng đầy đủ"]
    # (spaces that fit no such layout tell no cells: no part of a number is read as one)
    shifted = STATISTICS.replace("     412  ", "    412 ")
    assert 12 not in [r.value for r in read(shifted, plan_year=None)]
    # (and a line of years in prose is no header)
    assert flat_header("Các năm 2018, 2020 và 2022 tỉnh đều tăng trưởng.") is None
