import pytest

from muctieu.store.upload_columns import COLUMNS
from muctieu.store.upload_validate import RowValidator
from tests.store_doubles import references
from muctieu.store.actors import system

PLAN_YEARS = {"52": (2023, 2024)}


def _row(**cells):
    return tuple(cells.get(c.key) for c in COLUMNS)


def _check(validator=None, **cells):
    validator = validator or RowValidator(references(), PLAN_YEARS, source_file="f.csv",
                                          who=system("hoa"), submitted_at="t")
    return validator.check(7, _row(**cells))


BASE = {"indicator_id": "dvc_toan_trinh", "province": "Gia Lai", "unit_code": "21550",
        "year": 2024}


def test_a_good_row_becomes_an_observation_with_its_period():
    staged, problems = _check(**BASE, quarter="2", value="61,5")
    assert problems == []
    assert staged[:12] == ("dvc_toan_trinh", "commune", "21550", "Phường Quy Nhơn", "52", 2024,
                           2, None, "2024-Q2", 61.5, None, None)
    assert staged[12:] == ("upload", "f.csv", 7, "hoa", "t")


def test_an_untouched_template_row_is_skipped_silently():
    assert _check(indicator_id="dvc_toan_trinh", province="Gia Lai", year=2024) == (None, [])


@pytest.mark.parametrize("cells, column, words", [
    ({"quarter": 2, "month": 5, "value": 1}, "month", "not both"),
    ({"year": None, "value": 1}, "year", "missing year"),
    ({"year": "2024.5", "value": 1}, "year", "whole number"),
    ({"month": 13, "value": 1}, "month", "whole number"),
    ({}, "value", "missing value"),
    ({"numerator": 3}, "denominator", "go together"),
    ({"numerator": 0, "denominator": 0}, "denominator", "zero"),
    ({"province": None, "value": 1}, "province", "province is needed"),
    ({"province": None, "unit_code": None, "value": 1}, "unit_code", "missing unit code"),
    ({"indicator_id": None, "value": 1}, "indicator_id", "missing indicator"),
])
def test_each_problem_names_its_column(cells, column, words):
    staged, problems = _check(**{**BASE, **cells})
    assert staged is None
    assert [(p.row, p.column) for p in problems] == [(7, column)]
    assert words in problems[0].en and problems[0].vi


def test_a_province_may_be_named_by_its_former_name():
    staged, problems = _check(**{**BASE, "province": "Bình Định", "unit_code": None}, value=5)
    assert problems == [] and staged[1:3] == ("province", "52")
