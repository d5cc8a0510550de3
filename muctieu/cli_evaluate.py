"""`muctieu evaluate` and `muctieu compare`: attainment of the stored targets.

The store (SQLAlchemy) is imported when these commands run, not at start-up."""

from __future__ import annotations

import json
import sys
from datetime import date
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from muctieu.catalog.indicators import catalogue
from muctieu.catalog.units import find_province
from muctieu.cli_store import DbOption, user_errors
from muctieu.evaluate.categories import Status
from muctieu.evaluate.compare import compare as compare_rows
from muctieu.evaluate.report import (
    build_report, comparison_records, evaluation_document, number, point_text, province_label,
)
from muctieu.extract.records import PILLAR_NAMES_VI

out = Console(width=None if sys.stdout.isatty() else 180)

STATUS_STYLE = {
    Status.MET: "bold green", Status.ON_TRACK: "green", Status.NEEDS_ACCELERATION: "yellow",
    Status.LIMITED_PROGRESS: "dark_orange", Status.GOING_BACKWARDS: "red", Status.MISSED: "bold red",
    Status.NO_DATA: "dim",
}
AsOf = Annotated[
    int | None,
    typer.Option("--as-of", help="Năm đánh giá (mặc định: năm nay) / evaluation year (default: this year)"),
]


def _province_name(province: str | None) -> str | None:
    return find_province(province, where="--province").name if province else None


def evaluate(
    province: Annotated[str | None, typer.Option("--province", help="Tỉnh (tên cũ hoặc mới) / province")] = None,
    year: Annotated[int | None, typer.Option("--year", help="Năm hạn của chỉ tiêu / target year")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="JSON")] = False,
    as_of: AsOf = None,
    db: DbOption = None,
) -> None:
    """Đánh giá mức độ đạt chỉ tiêu / Evaluate attainment of the stored targets."""
    with user_errors():
        from muctieu.evaluate.from_store import evaluate_store
        from muctieu.store.db import open_store

        name = _province_name(province)
        inputs, result = evaluate_store(open_store(db), province=name, year=year,
                                        as_of=as_of or date.today().year)
    if as_json:
        doc = evaluation_document(result.statuses, inputs.unmatched)
        sys.stdout.write(json.dumps(doc, ensure_ascii=False, default=str) + "\n")
        return
    report = build_report(result.statuses)
    if not report.rows:
        out.print("Không có chỉ tiêu nào trong kho khớp điều kiện / no stored targets match; "
                  "hãy chạy / run `muctieu ingest FILE`")
        return
    table = Table(title="Đánh giá chỉ tiêu / Target attainment", show_lines=True)
    for col in ("Tỉnh / Province", "Chỉ tiêu / Indicator", "Mục tiêu / Target", "Trạng thái / Status",
                "Cơ sở / Baseline", "Mới nhất / Latest", "Còn thiếu / Gap", "Tốc độ / Rates",
                "Nguồn / Source"):
        table.add_column(col, overflow="fold")
    by_id = {str(s.target.id): s for s in result.statuses}
    for row in report.rows:
        style = STATUS_STYLE[by_id[row.target_id].status]
        table.add_row(escape(row.province), escape(row.indicator), row.target,
                      f"[{style}]{row.status}[/{style}]", row.baseline, row.latest, row.gap,
                      escape(row.rates), escape(row.source))
    out.print(table)
    summary = Table(title="Tóm tắt theo trụ cột / Summary by pillar")
    summary.add_column("Trụ cột / Pillar")
    for s in Status:
        summary.add_column(s.vi, justify="right", style=STATUS_STYLE[s])
    summary.add_column("Tổng / Total", justify="right")
    for p in report.summary:
        summary.add_row(PILLAR_NAMES_VI.get(p.pillar, p.pillar), *(str(n) for _, n in p.counts), str(p.total))
    out.print(summary)
    if inputs.unmatched:
        out.print(f"{inputs.unmatched} chỉ tiêu chưa khớp danh mục nên chưa đánh giá / "
                  f"targets without a catalogue indicator were not evaluated", highlight=False)


def compare(
    indicator: Annotated[str, typer.Argument(help="Mã chỉ tiêu, xem `muctieu indicators` / indicator id")],
    year: Annotated[int, typer.Option("--year", help="Năm hạn của chỉ tiêu / target year")],
    as_json: Annotated[bool, typer.Option("--json", help="JSON")] = False,
    as_of: AsOf = None,
    db: DbOption = None,
) -> None:
    """So sánh các tỉnh theo một chỉ tiêu / Compare provinces on one indicator."""
    with user_errors():
        from muctieu.evaluate.from_store import evaluate_store
        from muctieu.store.db import open_store

        ind = catalogue().get(indicator)
        _, result = evaluate_store(open_store(db), year=year, as_of=as_of or date.today().year)
        rows = compare_rows(ind.id, year, result.statuses)
    if as_json:
        sys.stdout.write(json.dumps(comparison_records(rows), ensure_ascii=False) + "\n")
        return
    table = Table(title=f"{ind.name_vi} / {ind.name_en} — {year}")
    for col in ("Hạng / Rank", "Tỉnh / Province", "Mới nhất / Latest", "Mục tiêu / Target", "Trạng thái / Status"):
        table.add_column(col)
    for r in rows:
        t = r.status.target
        style = STATUS_STYLE[r.status.status]
        target = (f"{number(t.value)}–{number(t.value_max or t.value)}" if t.op == "between"
                  else f"{t.op} {number(t.value)}")
        table.add_row(str(r.rank or "—"), escape(province_label(t)), point_text(r.latest, t), target,
                      f"[{style}]{r.status.status.label}[/{style}]")
    if not rows:
        out.print(f"Chưa có tỉnh nào có chỉ tiêu {ind.id} cho năm {year} / no province has this target for {year}")
        return
    out.print(table)


def register(app: typer.Typer) -> None:
    app.command("evaluate")(evaluate)
    app.command("compare")(compare)
