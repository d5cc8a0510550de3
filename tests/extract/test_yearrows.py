"""Statistics tables printed one row per year (yearrows.py)."""

from __future__ import annotations

from tests.extract.helpers import brief, read

_TABLE = ("Tỷ lệ người dân có điện thoại thông minh\n(ĐVT: %)\nTỔNG SỐ Phân theo thành thị, nông thôn\n"
          "Thành thị Nông thôn\n2021 61,20 70,15 52,33\nSơ bộ 2022 65,40 74,02 57,10\n")


def test_each_row_gives_a_years_results_for_the_whole_and_each_group() -> None:
    recs = read(_TABLE, plan_year=None)
    assert [brief(r) for r in recs] == [
        ("result", "=", 61.2, None, "%", None, 2021), ("result", "=", 70.15, None, "%", "thành thị", 2021),
        ("result", "=", 52.33, None, "%", "nông thôn", 2021), ("result", "=", 65.4, None, "%", None, 2022),
        ("result", "=", 74.02, None, "%", "thành thị", 2022), ("result", "=", 57.1, None, "%", "nông thôn", 2022)]
    assert {r.indicator for r in recs} == {"Tỷ lệ người dân có điện thoại thông minh"}


def test_a_table_without_its_unit_or_with_unnamed_columns_is_not_read() -> None:
    assert read(_TABLE.replace("(ĐVT: %)\n", ""), plan_year=None) == []
    assert read(_TABLE.replace("Phân theo thành thị, nông thôn\nThành thị Nông thôn", "Nhóm A Nhóm B"),
                plan_year=None) == []


def test_another_unit_is_kept_as_written() -> None:
    text = "Số thuê bao Internet băng rộng cố định\n(Đơn vị tính: nghìn thuê bao)\nTổng số\n2022 120,5\n2023 131,2\n"
    assert [(r.value, r.unit, r.unit_text, r.year) for r in read(text, plan_year=None)] == [
        (120.5, "other", "nghìn thuê bao", 2022), (131.2, "other", "nghìn thuê bao", 2023)]
