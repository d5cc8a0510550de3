"""`muctieu indicators`: list the indicator catalogue, show one indicator."""

from __future__ import annotations

import json
import sys
from typing import Annotated, Any, NoReturn

import typer
from rich.console import Console
from rich.table import Table

from muctieu.catalog.indicators import Catalogue, Indicator, catalogue
from muctieu.errors import MuctieuError
from muctieu.extract.records import PILLARS

app = typer.Typer(
    help="Danh mục chỉ tiêu / Indicator catalogue.",
    no_args_is_help=False,
    add_completion=False,
)
out = Console()
err = Console(stderr=True)

DIRECTION = {
    "higher": {"vi": "càng cao càng tốt", "en": "higher is better"},
    "lower": {"vi": "càng thấp càng tốt", "en": "lower is better"},
}


def _exit_with(exc: MuctieuError) -> NoReturn:
    err.print(f"[red]Lỗi / Error[/red] {exc.message()}", highlight=False, soft_wrap=True)
    raise typer.Exit(2)


def _catalogue_or_exit() -> Catalogue:
    try:
        return catalogue()
    except MuctieuError as exc:
        _exit_with(exc)


def _write_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


@app.callback(invoke_without_command=True)
def list_indicators(
    ctx: typer.Context,
    lang: Annotated[str, typer.Option("--lang", help="Ngôn ngữ tên / name language: vi, en")] = "vi",
    pillar: Annotated[str | None, typer.Option("--pillar", help="Lọc theo trụ cột / filter by pillar")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="JSON đầy đủ / full JSON")] = False,
) -> None:
    """Liệt kê danh mục chỉ tiêu / List the indicator catalogue."""
    if ctx.invoked_subcommand is not None:
        return
    if lang not in ("vi", "en"):
        _exit_with(MuctieuError(f"ngôn ngữ '{lang}' không hỗ trợ (vi, en)",
                                f"language '{lang}' is not supported (vi, en)", where="--lang"))
    if pillar is not None and pillar not in PILLARS:
        _exit_with(MuctieuError(f"không có trụ cột '{pillar}'; có: {', '.join(PILLARS)}",
                                f"no pillar '{pillar}'; known: {', '.join(PILLARS)}", where="--pillar"))
    rows = [ind for ind in _catalogue_or_exit() if pillar is None or ind.pillar == pillar]
    if as_json:
        _write_json([ind.model_dump(mode="json") for ind in rows])
        return
    table = Table(title="Danh mục chỉ tiêu / Indicator catalogue")
    for col in ("Mã / ID", "Tên / Name", "Trụ cột / Pillar", "Đơn vị / Unit", "Chiều / Direction"):
        table.add_column(col, overflow="fold")
    for ind in rows:
        name = ind.name_en if lang == "en" else ind.name_vi
        table.add_row(ind.id, name, ind.pillar, ind.unit_label(), DIRECTION[ind.direction][lang])
    out.print(table)
    out.print(f"{len(rows)} chỉ tiêu / indicators", highlight=False)


def _targets_table(ind: Indicator) -> Table:
    table = Table(title="Mục tiêu quốc gia / National targets", show_lines=True)
    for col in ("Năm / Year", "Mục tiêu / Target", "Phạm vi / Scope", "Văn bản / Decision",
                "Mục / Section", "Nguồn / Source", "Ghi chú / Note"):
        table.add_column(col, overflow="fold")
    for t in ind.national_targets:
        value = f"{t.value:g}{'%' if ind.unit == '%' else ''}"
        table.add_row(str(t.year), f"{t.op} {value}", t.scope or "", t.decision, t.section,
                      t.source_url or "", t.note or "")
    return table


@app.command()
def show(
    indicator_id: Annotated[str, typer.Argument(metavar="ID", help="Mã chỉ tiêu / indicator id")],
    as_json: Annotated[bool, typer.Option("--json", help="JSON đầy đủ / full JSON")] = False,
) -> None:
    """Xem một chỉ tiêu và mục tiêu quốc gia / Show one indicator with its national targets."""
    try:
        ind = _catalogue_or_exit().get(indicator_id)
    except MuctieuError as exc:
        _exit_with(exc)
    if as_json:
        _write_json(ind.model_dump(mode="json"))
        return
    fields = Table.grid(padding=(0, 2))
    fields.add_column(style="bold")
    fields.add_column(overflow="fold")
    fields.add_row("Mã / ID", ind.id)
    fields.add_row("Tên", ind.name_vi)
    fields.add_row("Name", ind.name_en)
    fields.add_row("Trụ cột / Pillar", ind.pillar)
    fields.add_row("Đơn vị / Unit", ind.unit_label())
    fields.add_row("Chiều / Direction", f"{DIRECTION[ind.direction]['vi']} / {DIRECTION[ind.direction]['en']}")
    fields.add_row("Cộng gộp / Aggregation", ind.aggregation)
    if ind.numerator and ind.denominator:
        fields.add_row("Tử số / Numerator", f"{ind.numerator.vi} / {ind.numerator.en}")
        fields.add_row("Mẫu số / Denominator", f"{ind.denominator.vi} / {ind.denominator.en}")
    fields.add_row("Cách viết / Wordings", "\n".join(ind.wordings))
    out.print(fields)
    if ind.national_targets:
        out.print(_targets_table(ind))
    else:
        out.print("Chưa có mục tiêu quốc gia có nguồn / No sourced national target", highlight=False)
