import pytest

from muctieu.store.cells import parse_number


@pytest.mark.parametrize("cell, expected", [
    ("61,5", 61.5), ("61.5", 61.5), ("1.234.567", 1234567), ("1.234,5", 1234.5),
    ("1,234.5", 1234.5), ("1,234,567", 1234567), (" 45 ", 45), ("75%", 75), ("1 200", 1200),
    (12, 12), (7.25, 7.25), ("", None), (None, None), ("-3", -3),
])
def test_numbers_as_vietnamese_spreadsheets_write_them(cell, expected):
    assert parse_number(cell) == expected


@pytest.mark.parametrize("cell", ["mười", "1e5", "nan", "inf", "12abc", "1,2,3.4.5", True])
def test_unreadable_numbers_raise(cell):
    with pytest.raises(ValueError):
        parse_number(cell)
