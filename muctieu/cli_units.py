"""`muctieu units`: the administrative units, and how they appear in CLI output."""

from __future__ import annotations

import json
import sys
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from muctieu.catalog.names import name_key
from muctieu.catalog.places import locate
from muctieu.catalog.units import Province, current_provinces, resolve
from muctieu.documents.model import Document
from muctieu.errors import MuctieuError

units_app = typer.Typer(
    help="Đơn vị hành chính: 34 tỉnh, thành phố từ 07/2025 và 63 tỉnh trước đó; "
    "không kèm lệnh con thì liệt kê các tỉnh hiện nay. "
    "Administrative units: the 34 provinces since 07/2025 and the 63 before; "
    "with no sub-command, lists the current provinces.",
    invoke_without_command=True,
    add_completion=False,
)
out = Console()
err = Console(stderr=True)

FIRST_COMMUNES = 20  # shown by `units show` unless --communes


def place_text(doc: Document) -> str | None:
    """The province part of a document's table header, current name included."""
    guess = locate(doc)
    if guess is None:
        return doc.meta.province and f"tỉnh/province {doc.meta.province}"
    if guess.via == "place":
        return f"tỉnh/province {guess.current} (suy từ/inferred from {guess.named})"
    if guess.named != guess.current:
        return f"tỉnh/province {guess.named} (nay/now {guess.current})"
    return f"tỉnh/province {guess.current}"


def _summary(p: Province) -> dict[str, Any]:
    return {
        "code": p.code,
        "name": p.name,
        "full_name": p.full_name,
        "type": p.kind,
        "communes": len(p.communes),
        "merged_from": [o.name for o in p.merged_from],
    }


@units_app.callback()
def units(
    ctx: typer.Context,
    as_json: Annotated[bool, typer.Option("--json", help="In JSON / print JSON")] = False,
) -> None:
    """Liệt kê các tỉnh, thành phố hiện nay / List the current provinces."""
    if ctx.invoked_subcommand is not None:
        return
    provinces = current_provinces()
    if as_json:
        sys.stdout.write(json.dumps([_summary(p) for p in provinces], ensure_ascii=False) + "\n")
        return
    table = Table(title=f"{len(provinces)} tỉnh, thành phố / provinces and cities")
    for col in ("Mã / Code", "Tên / Name", "Loại / Type", "Số xã / Communes",
                "Sáp nhập từ / Merged from"):
        table.add_column(col, overflow="fold")
    for p in provinces:
        merged = ", ".join(o.name for o in p.merged_from) if len(p.merged_from) > 1 else "—"
        table.add_row(p.code, p.name, p.kind, str(len(p.communes)), merged)
    out.print(table)


@units_app.command()
def show(
    name: Annotated[str, typer.Argument(help="Tên tỉnh, cũ hoặc mới / province name, old or new")],
    communes: Annotated[bool, typer.Option("--communes", help="Mọi xã / all communes")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="In JSON / print JSON")] = False,
) -> None:
    """Một tỉnh: các tỉnh cũ hợp thành, các xã / One province: old provinces, communes."""
    try:
        found = resolve(name)
    except MuctieuError as exc:
        err.print(f"[red]Lỗi / Error[/red] {exc.message()}", highlight=False, soft_wrap=True)
        raise typer.Exit(2) from None
    p = found.current
    if as_json:
        record = _summary(p) | {
            "old": found.old.name if found.old else None,
            "communes": [{"code": c.code, "name": c.name, "type": c.kind} for c in p.communes],
        }
        sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
        return
    out.print(f"[bold]{p.full_name}[/bold] (mã/code {p.code})", highlight=False)
    if found.old is not None and found.merged:
        old = found.old.name
        out.print(f"{old} đã sáp nhập vào {p.name} / {old} was merged into {p.name}",
                  highlight=False)
    former = found.old.former_names if found.old else ()
    for n in (n for n in former if name_key(n) == name_key(name)):
        out.print(f"{n} là tên cũ của {p.name} / {n} is the former name of {p.name}",
                  highlight=False)
    merged = ", ".join(o.name for o in p.merged_from)
    out.print(f"Gồm các tỉnh trước 2025 / Formed from pre-2025: {merged}", highlight=False)
    out.print(f"Số đơn vị cấp xã / Communes: {len(p.communes)}", highlight=False)
    shown = p.communes if communes else p.communes[:FIRST_COMMUNES]
    table = Table()
    for col in ("Mã / Code", "Tên / Name", "Loại / Type"):
        table.add_column(col)
    for c in shown:
        table.add_row(c.code, c.name, c.kind)
    out.print(table)
    if len(shown) < len(p.communes):
        out.print(f"… còn {len(p.communes) - len(shown)} xã nữa / more (--communes)",
                  highlight=False)
