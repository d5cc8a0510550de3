"""The XLSX input template for reported values (`muctieu observe template`).

One row per stored target of a province's plan for a year; the reporting
unit fills in the unit code (a list of the province's communes), the value
or the numerator and denominator. `muctieu observe import` reads it back.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet
from sqlalchemy import Engine

from muctieu.errors import MuctieuError
from muctieu.store.read import TargetRow, plan_years, read_targets
from muctieu.store.references import References, UnitRef
from muctieu.store.upload_columns import COLUMNS
from muctieu.store.upload_read import DATA_SHEET

REFERENCE_SHEET = "Danh mục"
_PREFILLED = PatternFill("solid", fgColor="EEEEEE")
_OPS = {">=": "≥", ">": ">", "<=": "≤", "<": "<", "=": "=", "~": "≈"}


def _target_text(t: TargetRow) -> str:
    def num(v: float) -> str:
        return (f"{v:g}").replace(".", ",")

    unit = "%" if t.unit == "%" else f" {t.unit_text}" if t.unit_text else ""
    if t.op == "between":
        return f"{num(t.value)}–{num(t.value_max or t.value)}{unit}"
    return f"{_OPS.get(t.op, t.op)} {num(t.value)}{unit}"


def _unit_label(t: TargetRow) -> str:
    return {"%": "%", "rank": "hạng / rank", "count": "số lượng / count"}.get(
        t.unit, t.unit_text or "")


def _reference_sheet(wb: Workbook, province: UnitRef, communes: list[UnitRef]) -> int:
    ws = wb.create_sheet(REFERENCE_SHEET)
    ws.append(["Mã đơn vị / Unit code", "Tên / Name", "Cấp / Level"])
    for u in [province, *communes]:
        ws.append([u.code, u.name, "tỉnh / province" if u.level == "province" else "xã / commune"])
    ws.sheet_state = "hidden"
    ws.protection.sheet = True  # reference data: read, not edited
    return 1 + len(communes)


def _column(key: str) -> str:
    return get_column_letter([c.key for c in COLUMNS].index(key) + 1)


def _validations(ws: Worksheet, rows: list[TargetRow], units: int, years: tuple[int, int]) -> None:
    first, last = 3, 2 + len(rows)
    unit_list = DataValidation(
        type="list", formula1=f"'{REFERENCE_SHEET}'!$A$2:$A${units + 1}", allow_blank=True,
        error="Chọn mã đơn vị trong danh sách / Pick a unit code from the list",
        errorTitle="Mã đơn vị / Unit code", showErrorMessage=True,
    )
    unit_list.add(f"{_column('unit_code')}{first}:{_column('unit_code')}{last}")
    non_negative = DataValidation(
        type="decimal", operator="greaterThanOrEqual", formula1="0", allow_blank=True,
        error="Số không âm / A non-negative number", showErrorMessage=True,
    )
    for key in ("numerator", "denominator"):
        non_negative.add(f"{_column(key)}{first}:{_column(key)}{last}")
    percent = DataValidation(
        type="decimal", operator="between", formula1="0", formula2="100", allow_blank=True,
        error="Tỷ lệ từ 0 đến 100 / A percentage from 0 to 100", showErrorMessage=True,
    )
    value_col = _column("value")
    for i, t in enumerate(rows, start=first):
        (percent if t.unit == "%" else non_negative).add(f"{value_col}{i}")
    year = DataValidation(
        type="whole", operator="between", formula1=str(years[0]), formula2=str(years[1]),
        allow_blank=True, showErrorMessage=True,
        error=f"Năm từ {years[0]} đến {years[1]} / A year from {years[0]} to {years[1]}",
    )
    year.add(f"{_column('year')}{first}:{_column('year')}{last}")
    for dv in (unit_list, non_negative, percent, year):
        ws.add_data_validation(dv)


def write_template(
    engine: Engine, refs: References, province_name: str, year: int, path: str | Path
) -> int:
    """Write the template for `province_name`'s plan of `year`; return its row count."""
    province = refs.units.province(province_name)
    if province is None:
        raise MuctieuError(f"không tìm thấy tỉnh/thành phố '{province_name}'",
                           f"province '{province_name}' not found", where="--province")
    rows = [t for t in read_targets(engine, province_code=province.code, plan_year=year)
            if t.kind == "target"]
    if not rows:
        raise MuctieuError(
            f"chưa có chỉ tiêu nào của {province.name} cho kế hoạch năm {year} trong kho "
            "(hãy chạy `muctieu ingest` trước)",
            f"no stored targets of {province.name}'s plan for {year} "
            "(run `muctieu ingest` first)",
        )
    wb = Workbook()
    ws = wb.active
    ws.title = DATA_SHEET
    ws.append([c.vi for c in COLUMNS])
    ws.append([c.en for c in COLUMNS])
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for cell in ws[2]:
        cell.font = Font(italic=True, color="666666")
    ws.freeze_panes = "A3"
    for t in rows:
        indicator = refs.indicators.indicator(t.indicator_id) if t.indicator_id else None
        values = {
            "indicator_id": t.indicator_id, "indicator_name": indicator.name if indicator
            else t.indicator, "unit": _unit_label(t), "scope": t.scope,
            "target": _target_text(t), "province": province.name, "year": year,
            "note": None if t.indicator_id else
            "chưa có mã chỉ tiêu: cần rà soát / no indicator id yet: needs review",
        }
        ws.append([values.get(c.key) for c in COLUMNS])
        for c, cell in zip(COLUMNS, ws[ws.max_row], strict=True):
            if not c.entered:
                cell.fill = _PREFILLED
    for i, c in enumerate(COLUMNS, start=1):
        wide = c.key in ("indicator_name", "note")
        ws.column_dimensions[get_column_letter(i)].width = 40 if wide else 16
    # Printed for signing off: one page wide, landscape.
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    units = _reference_sheet(wb, province, refs.units.communes(province.code))
    with engine.connect() as conn:
        years = plan_years(conn)[province.code]  # what the import will accept
    _validations(ws, rows, units, years)
    wb.save(path)
    return len(rows)

