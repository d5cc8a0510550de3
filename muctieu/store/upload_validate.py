"""Checking upload rows one by one, keeping every problem found.

Lookups (units, indicators) are cached per distinct cell value, so a
million-row file with a few thousand communes costs a few thousand lookups.
"""

from __future__ import annotations

from typing import Any

from muctieu.store.actors import Actor, require_reporter
from muctieu.store.cells import cell_text as _text
from muctieu.store.cells import parse_number, whole_number
from muctieu.store.observations import period_key
from muctieu.store.problems import Problem
from muctieu.store.references import IndicatorRef, References, UnitRef
from muctieu.store.upload_columns import POSITION
from muctieu.store.upload_read import RawRow, cell_of

# An observation row in bulk.STAGING_COLUMNS order.
Staged = tuple[Any, ...]
Issue = tuple[str | None, str, str, str]  # column, value, vi, en
Period = tuple[int, int | None, int | None, str]  # year, quarter, month, period key

_INDICATOR_ID, _PROVINCE, _UNIT_CODE, _YEAR, _QUARTER, _MONTH, _VALUE, _NUMERATOR, _DENOMINATOR = (
    POSITION[k] for k in ("indicator_id", "province", "unit_code", "year", "quarter", "month",
                          "value", "numerator", "denominator"))
UNREADABLE = object()  # a cell that is not a number (cached like a number)
YEARS = (1900, 2200)


def _values_ok(value: object, num: object, den: object, percent: bool) -> bool:
    """The quick form of _check_values: True when it would find nothing."""
    if value is UNREADABLE or num is UNREADABLE or den is UNREADABLE:
        return False
    if value is not None and (value < 0 or (percent and value > 100)):  # type: ignore[operator]
        return False
    if num is None and den is None:
        return value is not None
    return num is not None and den is not None and 0 <= num <= den and den > 0  # type: ignore[operator]


class RowValidator:
    """Turns raw rows into staged observation tuples, or into problems."""

    def __init__(
        self,
        refs: References,
        plan_years: dict[str, tuple[int, int]],
        *,
        source_file: str,
        who: Actor,
        submitted_at: object,  # as the database driver takes it
        source_kind: str = "upload",
    ) -> None:
        self._refs = refs
        self._plan_years = plan_years
        self._source = (source_kind, source_file, who.name, submitted_at)
        # Units this actor may write, checked once each; None: all of them.
        self._actor = None if who.is_global else who
        self._allowed: set[str] = set()
        self._seen: dict[tuple[str, str, str, str], int] = {}
        self._units: dict[tuple[object, object], tuple[UnitRef | None, list[Issue]]] = {}
        self._indicators: dict[object, IndicatorRef | None] = {}
        self._numbers: dict[object, float | None | object] = {}
        self._periods: dict[tuple[object, object, object], Period | None] = {}

    def _unit(self, province_cell: object, unit_cell: object) -> tuple[UnitRef | None, list[Issue]]:
        key = (province_cell, unit_cell)
        try:
            return self._units[key]
        except KeyError:
            found = self._units[key] = self._resolve_unit(_text(province_cell), _text(unit_cell))
            return found

    def _resolve_unit(
        self, province_cell: str, unit_cell: str
    ) -> tuple[UnitRef | None, list[Issue]]:
        units = self._refs.units
        province = units.province(province_cell) if province_cell else None
        if province_cell and province is None:
            return None, [("province", province_cell, "không tìm thấy tỉnh/thành phố",
                           "province not found")]
        if not unit_cell:
            if province is None:
                return None, [("unit_code", "", "thiếu mã đơn vị và tỉnh/thành phố",
                               "missing unit code and province")]
            return province, []
        if province is None:
            found = units.province(unit_cell)
            if found is None:
                return None, [("province", "", "cần tỉnh/thành phố để tìm xã/phường",
                               "a province is needed to find a commune")]
            return found, []
        if unit_cell in (province.code, province.name):
            return province, []
        commune = units.commune(unit_cell, province.code)
        if commune is None:
            return None, [("unit_code", unit_cell,
                           f"không có xã/phường này trong {province.name}",
                           f"no such commune in {province.name}")]
        return commune, []

    def _indicator(self, cell: object) -> IndicatorRef | None:
        try:
            return self._indicators[cell]
        except KeyError:
            text = _text(cell)
            found = self._refs.indicators.indicator(text) if text else None
            self._indicators[cell] = found
            return found

    def _number(self, cell: object) -> float | None | object:
        """parse_number, cached; UNREADABLE instead of raising."""
        if cell is None or cell.__class__ is bool:
            return None if cell is None else UNREADABLE
        try:
            return self._numbers[cell]
        except KeyError:
            try:
                n: float | None | object = parse_number(cell)
            except ValueError:
                n = UNREADABLE
            if len(self._numbers) > 200_000:  # bounded: values may all differ
                self._numbers.clear()
            self._numbers[cell] = n
            return n

    def _when(self, year: object, quarter: object, month: object) -> Period | None:
        """(year, quarter, month, period key) when the cells make a valid period, cached."""
        key = (year, quarter, month)
        try:
            return self._periods[key]
        except KeyError:
            try:
                y = whole_number(year, *YEARS)
                q, m = whole_number(quarter, 1, 4), whole_number(month, 1, 12)
            except ValueError:
                found = None
            else:
                found = (y, q, m, period_key(y, q, m)) if y is not None and not (q and m) else None
            self._periods[key] = found
            return found

    def check(self, number: int, raw: RawRow) -> tuple[Staged | None, list[Problem]]:
        """The row's staged tuple, or None with the problems found (all of them).

        The common case (a good row) is decided with cached lookups and plain
        comparisons; only a row failing them is diagnosed in full.
        """
        value = self._number(raw[_VALUE])
        num = self._number(raw[_NUMERATOR])
        den = self._number(raw[_DENOMINATOR])
        unit_cell = raw[_UNIT_CODE]
        if value is None and num is None and den is None and not _text(unit_cell):
            return None, []  # a template row nobody filled in
        indicator = self._indicator(raw[_INDICATOR_ID])
        unit = self._unit(raw[_PROVINCE], unit_cell)[0]
        if unit is not None and self._actor is not None and unit.code not in self._allowed:
            # A unit outside the actor's scope refuses the whole upload, not one row.
            require_reporter(self._actor, unit, where=f"{self._source[1]}: dòng/row {number}")
            self._allowed.add(unit.code)
        when = self._when(raw[_YEAR], raw[_QUARTER], raw[_MONTH])
        if (
            indicator is not None and unit is not None and when is not None
            and _values_ok(value, num, den, indicator.unit == "%")
        ):
            year, quarter, month, period = when
            span = self._plan_years.get(unit.province_code)
            if span is not None and span[0] <= year <= span[1]:
                first = self._seen.setdefault((indicator.id, unit.level, unit.code, period),
                                              number)
                if first == number:
                    kind, source_file, who, at = self._source
                    return (
                        indicator.id, unit.level, unit.code, unit.name, unit.province_code,
                        year, quarter, month, period, value, num, den, kind, source_file,
                        number, who, at,
                    ), []
        problems = self._diagnose(number, raw)
        if not problems:  # the quick checks and the diagnosis must agree
            raise RuntimeError(f"row {number}: rejected without a stated problem")
        return None, problems

    def _diagnose(self, number: int, raw: RawRow) -> list[Problem]:
        """Every problem of a row, with bilingual messages."""
        issues: list[Issue] = []
        numbers: dict[str, float | None] = {}
        for key in ("value", "numerator", "denominator"):
            try:
                numbers[key] = parse_number(cell_of(raw, key))
            except ValueError:
                numbers[key] = None
                issues.append((key, _text(cell_of(raw, key)), "không đọc được số", "not a number"))
        value, num, den = numbers["value"], numbers["numerator"], numbers["denominator"]
        indicator_id = _text(cell_of(raw, "indicator_id"))
        indicator = self._indicator(cell_of(raw, "indicator_id"))
        if not indicator_id:
            issues.append(("indicator_id", "", "thiếu mã chỉ tiêu", "missing indicator id"))
        elif indicator is None:
            issues.append(("indicator_id", indicator_id, "mã chỉ tiêu không có trong danh mục",
                           "indicator id not in the catalogue"))
        unit, unit_issues = self._unit(cell_of(raw, "province"), cell_of(raw, "unit_code"))
        issues += unit_issues
        year, quarter, month = self._period(raw, unit, issues)
        self._check_values(value, num, den, indicator, issues, raw)
        if not issues and unit is not None and year is not None and indicator is not None:
            first = self._seen.get(
                (indicator.id, unit.level, unit.code, period_key(year, quarter, month)))
            if first is not None and first != number:
                issues.append((None, "", f"trùng với dòng {first} (cùng chỉ tiêu, đơn vị, kỳ)",
                               f"duplicates row {first} (same indicator, unit, period)"))
        return [Problem(number, c, v, vi, en) for c, v, vi, en in issues]

    def _period(
        self, raw: RawRow, unit: UnitRef | None, issues: list[Issue]
    ) -> tuple[int | None, int | None, int | None]:
        parts: dict[str, int | None] = {}
        for key, lo, hi in (("year", *YEARS), ("quarter", 1, 4), ("month", 1, 12)):
            try:
                parts[key] = whole_number(cell_of(raw, key), lo, hi)
            except ValueError:
                parts[key] = None
                issues.append((key, _text(cell_of(raw, key)), f"phải là số nguyên từ {lo} đến {hi}",
                               f"must be a whole number from {lo} to {hi}"))
        year, quarter, month = parts["year"], parts["quarter"], parts["month"]
        if year is None and not any(i[0] == "year" for i in issues):
            issues.append(("year", "", "thiếu năm", "missing year"))
        if quarter and month:
            issues.append(("month", str(month), "chỉ ghi quý hoặc tháng, không cả hai",
                           "give a quarter or a month, not both"))
        if year is not None and unit is not None:
            span = self._plan_years.get(unit.province_code)
            if span is None:
                issues.append(("province", unit.province_code,
                               "chưa có kế hoạch nào của tỉnh này trong kho",
                               "no plan of this province is stored"))
            elif not span[0] <= year <= span[1]:
                issues.append(("year", str(year),
                               f"ngoài các năm của kế hoạch ({span[0]}–{span[1]})",
                               f"outside the plan's years ({span[0]}–{span[1]})"))
        return year, quarter, month

    @staticmethod
    def _check_values(
        value: float | None, num: float | None, den: float | None,
        indicator: IndicatorRef | None, issues: list[Issue], raw: RawRow,
    ) -> None:
        shown = {k: _text(cell_of(raw, k)) for k in ("value", "numerator", "denominator")}
        if value is None and num is None and den is None:
            if not any(i[0] in shown for i in issues):
                issues.append(("value", "", "thiếu giá trị (hoặc tử số và mẫu số)",
                               "missing value (or numerator and denominator)"))
            return
        for key, n in (("value", value), ("numerator", num), ("denominator", den)):
            if n is not None and n < 0:
                issues.append((key, shown[key], "không được âm", "must not be negative"))
        if (num is None) != (den is None):
            missing = "denominator" if den is None else "numerator"
            issues.append((missing, "", "cần cả tử số và mẫu số",
                           "numerator and denominator go together"))
        if den == 0:
            issues.append(("denominator", shown["denominator"], "mẫu số bằng 0",
                           "denominator is zero"))
        if num is not None and den is not None and num > den >= 0:
            issues.append(("numerator", shown["numerator"],
                           f"tử số lớn hơn mẫu số ({shown['denominator']})",
                           f"numerator above denominator ({shown['denominator']})"))
        if indicator is not None and indicator.unit == "%" and value is not None and value > 100:
            issues.append(("value", shown["value"], "tỷ lệ phần trăm phải từ 0 đến 100",
                           "a percentage must be from 0 to 100"))
