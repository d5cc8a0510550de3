"""The report as a workbook: the same tables, the evaluation inputs as numbers,
and the raw values, each sheet with a frozen header, number formats and filters."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet


from muctieu.publish.report_content import ReportContent, file_name, pillar_name
from muctieu.publish.report_text import PILLAR_HEADERS, SECTION_HEADERS, pillar_cells, summary_rows

_HEAD = Font(bold=True)
_FILL = PatternFill("solid", fgColor="DDE7F0")
NUMBER = "#,##0.##"
PERCENT_RATE = "0.00%"
SHEETS = ("Tổng hợp", "Kết quả", "Nguy cơ", "Đầu vào đánh giá", "Số liệu gốc", "Nguồn")


def _sheet(wb: Workbook, title: str, headers: list[str], rows: list[list[Any]],
           widths: dict[int, float] | None = None, formats: dict[int, str] | None = None) -> Worksheet:
    ws = wb.create_sheet(title)
    ws.append(headers)
    for cell in ws[1]:
        cell.font, cell.fill = _HEAD, _FILL
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    for r in rows:
        ws.append(r)
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = ws.dimensions
    for i in range(1, len(headers) + 1):
        ws.column_dimensions[get_column_letter(i)].width = (widths or {}).get(i, 14)
    for col, fmt in (formats or {}).items():
        for (cell,) in ws.iter_rows(min_row=2, min_col=col, max_col=col):
            cell.number_format = fmt
    return ws


def write_xlsx(content: ReportContent, out: Path) -> Path:
    wb = Workbook()
    wb.remove(wb.active)
    _sheet(wb, SHEETS[0], list(SECTION_HEADERS), [
        [r[0], *(int(x) for x in r[1:])] for r in summary_rows(content)], {1: 28})
    lines = content.lines
    _sheet(wb, SHEETS[1], ["Trụ cột", *PILLAR_HEADERS],
           [[pillar_name(line.status.target.pillar or ""), line.ref, *pillar_cells(line)[1:]] for line in lines],
           {1: 18, 3: 50, 4: 18, 5: 16, 6: 16, 7: 18})
    _sheet(wb, SHEETS[2], ["TT", "Chỉ tiêu", "Trạng thái", "Đầu vào"],
           [[line.ref, line.cells.indicator, line.status.status.vi, line.inputs]
            for line in content.at_risk], {2: 50, 3: 18, 4: 90})
    _sheet(wb, SHEETS[3], [
        "TT", "Mã mục tiêu / Target id", "Mã chỉ tiêu / Indicator id", "Chỉ tiêu / Indicator",
        "Trụ cột / Pillar", "Phạm vi / Scope", "So sánh / Op", "Mục tiêu / Target", "Mục tiêu tối đa / Max",
        "Đơn vị / Unit", "Năm hạn / Deadline", "Cơ sở / Baseline", "Năm cơ sở / Baseline year",
        "Mới nhất / Latest", "Năm mới nhất / Latest year", "Trạng thái / Status", "Mã trạng thái / Status code",
        "Tốc độ thực tế / Observed rate", "Tốc độ cần có / Required rate", "R", "Còn thiếu / Gap",
        "Thay 0 bằng 0,001 / Zero replaced", "Ghi chú / Note",
    ], [_inputs(line) for line in lines],
        {4: 45, 16: 18, 23: 40},
        {8: NUMBER, 9: NUMBER, 12: NUMBER, 14: NUMBER, 18: PERCENT_RATE, 19: PERCENT_RATE, 20: "0.000",
         21: NUMBER})
    _sheet(wb, SHEETS[4], [
        "Mã số liệu / Observation id", "Mã chỉ tiêu / Indicator id", "Cấp / Level", "Mã đơn vị / Unit code",
        "Đơn vị / Unit", "Năm / Year", "Quý / Quarter", "Tháng / Month", "Giá trị / Value",
        "Tử số / Numerator", "Mẫu số / Denominator", "Nguồn / Source kind", "Tài liệu / Document id",
        "Vị trí đầu / Span start", "Vị trí cuối / Span end", "Tệp / File", "Dòng / Row", "Người nhập / Submitted by",
    ], [[o.id, o.indicator_id, o.unit_level, o.unit_code, o.unit_name, o.year, o.quarter, o.month,
         o.value, o.numerator, o.denominator, o.source_kind, o.document_id, o.span_start, o.span_end,
         file_name(o.source_file), o.source_row, o.submitted_by] for o in content.observations],
        {2: 34, 5: 26, 16: 26}, {9: NUMBER, 10: NUMBER, 11: NUMBER})
    _sheet(wb, SHEETS[5], ["TT", "Số liệu / Number", "Nguồn / Source"],
           [[n.ref, n.what, n.where] for n in content.sources], {2: 16, 3: 120})
    wb.properties.title = content.title
    wb.properties.creator = "muctieu"
    out.parent.mkdir(parents=True, exist_ok=True)
    wb.save(out)
    return out


def _inputs(line: Any) -> list[Any]:
    s = line.status
    t = s.target
    return [
        line.ref, str(t.id), t.indicator_id, t.indicator, pillar_name(t.pillar or ""), t.scope, t.op,
        t.value, t.value_max, t.unit, t.year,
        s.baseline.value if s.baseline else None, s.baseline.year if s.baseline else None,
        s.latest.value if s.latest else None, s.latest.year if s.latest else None,
        s.status.vi, s.status.value, s.observed_rate, s.required_rate, s.ratio, s.gap,
        "có / yes" if s.zero_replaced else "", s.note,
    ]


