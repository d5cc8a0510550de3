"""Numbers, percentages and dates in Vietnamese form, English on request."""

from __future__ import annotations

from datetime import date

from muctieu.web.i18n import day, number, percent
from muctieu.web.labels import value_text


def test_vietnamese_numbers_use_dot_thousands_and_decimal_comma() -> None:
    assert number(57877) == "57.877"
    assert number(7.5) == "7,5"
    assert number(1234567.25) == "1.234.567,25"
    assert number(70.0) == "70"
    assert percent(7.5) == "7,5\u00a0%"


def test_english_numbers() -> None:
    assert number(57877, "en") == "57,877"
    assert percent(7.5, "en") == "7.5%"
    assert day(date(2026, 12, 2), "en") == "2026-12-02"
    assert day(date(2026, 12, 2)) == "02/12/2026"


def test_target_values_read_naturally() -> None:
    assert value_text(">=", 90, None, "%", None, "vi") == "≥ 90\u00a0%"
    assert value_text("between", 65, 70, "%", None, "en") == "65–70%"
    assert value_text("<=", 15, None, "rank", None, "vi") == "≤ 15 (hạng)"
    assert value_text(">=", 5, None, "other", "doanh nghiệp", "vi") == "≥ 5 doanh nghiệp"
