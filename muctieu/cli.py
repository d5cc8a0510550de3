"""The `muctieu` command: a thin layer over the packages, one sub-command each."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any, Iterator

import typer
from rich.console import Console
from rich.table import Table

from muctieu.cli_store import register as register_store_commands
from muctieu.documents.load import load
from muctieu.documents.model import Document
from muctieu.errors import MuctieuError
from muctieu.extract import extract_records
from muctieu.extract.records import TargetRecord

app = typer.Typer(
    help="muctieu: chỉ tiêu chuyển đổi số — trích xuất, theo dõi, đánh giá. "
    "Digital-transformation targets: extract, track, evaluate.",
    no_args_is_help=True,
    add_completion=False,
)
out = Console()
err = Console(stderr=True)

EXAMPLE = Path(__file__).parent / "examples" / "ke-hoach-mau-2024.txt"


def _fail(exc: MuctieuError) -> None:
    err.print(f"[red]Lỗi / Error[/red] {exc.message()}", highlight=False, soft_wrap=True)


def _documents(files: list[Path]) -> Iterator[Document | MuctieuError]:
    for f in files:
        try:
            yield load(f)
        except MuctieuError as exc:
            yield exc


def _doc_fields(doc: Document) -> dict[str, Any]:
    m = doc.meta
    return {
        "doc": doc.source,
        "province": m.province,
        "plan_number": m.plan_number,
        "issued": m.issued.isoformat() if m.issued else None,
        "plan_year": m.plan_year,
    }


def _record_json(rec: TargetRecord, doc: Document) -> dict[str, Any]:
    d = rec.to_json()
    d.update(_doc_fields(doc))
    return d


def _value_text(r: TargetRecord) -> str:
    def num(v: float) -> str:
        s = f"{v:,.2f}".rstrip("0").rstrip(".")
        return s.replace(",", " ").replace(".", ",")

    unit = {"%": "%", "rank": " (hạng)", "count": ""}.get(r.unit, f" {r.unit_text or ''}")
    if r.op == "between":
        return f"{num(r.value)}–{num(r.value_max or r.value)}{unit}"
    return f"{r.op} {num(r.value)}{unit}"


def _print_table(doc: Document, records: list[TargetRecord]) -> None:
    m = doc.meta
    head = " · ".join(
        str(x)
        for x in (
            m.title,
            m.province and f"tỉnh/province {m.province}",
            m.plan_number and f"số/no. {m.plan_number}",
            m.issued and f"ngày/issued {m.issued.isoformat()}",
            m.plan_year and f"năm/year {m.plan_year}",
        )
        if x
    )
    table = Table(title=f"{doc.source}\n{head}", show_lines=False, expand=False)
    for col in ("#", "Chỉ tiêu / Indicator", "Giá trị / Value", "Phạm vi / Scope",
                "Năm / Year", "Loại / Kind", "Trụ cột / Pillar", "Nguồn / Source"):
        table.add_column(col, overflow="fold")
    for i, r in enumerate(records, 1):
        clause = doc.text[r.start:r.end]
        if len(clause) > 90:
            clause = clause[:87] + "…"
        table.add_row(
            str(i), r.indicator, _value_text(r), r.scope or "", str(r.year or ""),
            "chỉ tiêu" if r.kind == "target" else "kết quả", r.pillar or "",
            f"[{r.start}:{r.end}] {clause}",
        )
    out.print(table)
    out.print(f"{len(records)} chỉ tiêu / quantities", highlight=False)


@app.command()
def extract(
    files: Annotated[list[Path], typer.Argument(help="Tệp .txt/.html/.docx/.pdf / files")],
    as_json: Annotated[bool, typer.Option("--json", help="JSON Lines (xem spec / see spec)")] = False,
) -> None:
    """Trích xuất chỉ tiêu và kết quả / Extract every quantified target and result."""
    failed = False
    for item in _documents(files):
        if isinstance(item, MuctieuError):
            _fail(item)
            failed = True
            continue
        records = extract_records(item.text, plan_year=item.meta.plan_year)
        if as_json:
            for r in records:
                sys.stdout.write(json.dumps(_record_json(r, item), ensure_ascii=False) + "\n")
        else:
            _print_table(item, records)
    if failed:
        raise typer.Exit(2)


@app.command()
def text(
    file: Annotated[Path, typer.Argument(help="Tệp / file")],
) -> None:
    """In văn bản mà các vị trí (start, end) trỏ vào / Print the text spans index into."""
    try:
        doc = load(file)
    except MuctieuError as exc:
        _fail(exc)
        raise typer.Exit(2) from None
    sys.stdout.write(doc.text)


@app.command()
def demo() -> None:
    """Chạy ví dụ kèm theo / Run the bundled example."""
    extract([EXAMPLE], as_json=False)


register_store_commands(app)

if __name__ == "__main__":
    app()
