"""The `muctieu` command: a thin layer over the packages, one sub-command each."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any, Iterator

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import Progress
from rich.table import Table

from muctieu.catalog.match import indicator_fields
from muctieu.catalog.places import locate, province_fields, record_place
from muctieu.cli_evaluate import evaluate
from muctieu.cli_evaluate import register as register_evaluate_commands
from muctieu.cli_serve import register as register_serve_command
from muctieu.cli_indicators import app as indicators_app
from muctieu.cli_publish import register as register_publish_commands
from muctieu.cli_store import ingest, observe_import
from muctieu.cli_store import register as register_store_commands
from muctieu.cli_units import place_text, units_app
from muctieu.cli_users import register as register_user_commands
from muctieu.cli_users import release
from muctieu.documents.load import load
from muctieu.documents.model import Document
from muctieu.errors import MuctieuError
from muctieu.extract import explain_records, extract_records
from muctieu.evaluate.report import number
from muctieu.extract.records import PILLAR_NAMES_VI, TargetRecord

app = typer.Typer(
    help="muctieu: chỉ tiêu chuyển đổi số — trích xuất, theo dõi, đánh giá. "
    "Digital-transformation targets: extract, track, evaluate.",
    no_args_is_help=True,
    add_completion=False,
)
app.add_typer(indicators_app, name="indicators")
app.add_typer(units_app, name="units")
# Piped output (a file, a pager) gets a wide table rather than Rich's 80 columns.
out = Console(width=None if sys.stdout.isatty() else 160)
err = Console(stderr=True)

EXAMPLES = Path(__file__).parent / "examples"
EXAMPLE = EXAMPLES / "ke-hoach-mau-2024.txt"


def _fail(exc: MuctieuError) -> None:
    # Escaped: a file name such as "ke-hoach[1].pdf" is not Rich markup.
    err.print(f"[red]Lỗi / Error[/red] {escape(exc.message())}", highlight=False, soft_wrap=True)


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
        **province_fields(doc),
        "plan_number": m.plan_number,
        "issued": m.issued.isoformat() if m.issued else None,
        "plan_year": m.plan_year,
    }


def _record_json(rec: TargetRecord, doc: Document) -> dict[str, Any]:
    d = rec.to_json()
    d.update(indicator_fields(rec.indicator, unit=rec.unit))
    if place := record_place(rec, doc.text, locate(doc)):
        d["place"] = place  # the spec's optional field: a value of another province
    d.update(_doc_fields(doc))
    return d


def _value_text(r: TargetRecord) -> str:
    unit = {"%": "%", "rank": " (hạng)", "count": ""}.get(r.unit, f" {r.unit_text or ''}")
    if r.op == "between":
        return f"{number(r.value)}–{number(r.value_max or r.value)}{unit}"
    return f"{r.op} {number(r.value)}{unit}"


def _print_table(doc: Document, records: list[TargetRecord]) -> None:
    m = doc.meta
    head = " · ".join(
        str(x)
        for x in (
            m.title,
            place_text(doc),
            m.plan_number and f"số/no. {m.plan_number}",
            m.issued and f"ngày/issued {m.issued.isoformat()}",
            m.plan_year and f"năm/year {m.plan_year}",
        )
        if x
    )
    table = Table(title=f"{doc.source}\n{head}", show_lines=True, expand=False)
    table.add_column("#", justify="right")
    table.add_column("Chỉ tiêu / Indicator", ratio=3, overflow="fold")
    table.add_column("Giá trị / Value", no_wrap=True)
    table.add_column("Phạm vi / Scope")
    table.add_column("Năm / Year")
    table.add_column("Loại / Kind")
    table.add_column("Trụ cột / Pillar")
    table.add_column("Câu nguồn / Source clause", ratio=2, overflow="fold")
    for i, r in enumerate(records, 1):
        clause = doc.text[r.start:r.end]
        if len(clause) > 160:
            clause = clause[:157] + "…"
        table.add_row(
            str(i), r.indicator, _value_text(r), r.scope or "", str(r.year or ""),
            "chỉ tiêu" if r.kind == "target" else "kết quả",
            PILLAR_NAMES_VI.get(r.pillar or "", ""),
            f"[dim][{r.start}:{r.end}][/dim] {escape(clause)}",
        )
    out.print(table)
    out.print(f"{len(records)} chỉ tiêu / quantities", highlight=False)


@app.command()
def extract(
    files: Annotated[list[Path], typer.Argument(help="Tệp .txt/.html/.docx/.pdf / files")],
    as_json: Annotated[bool, typer.Option("--json", help="JSON Lines (xem spec / see spec)")] = False,
    decide: Annotated[bool, typer.Option(
        "--decide", help="thử nghiệm: mô hình học quyết định từng số / experiment: a learned step weighs every number")] = False,
    explain: Annotated[bool, typer.Option(
        "--explain", help="vì sao có từng chỉ tiêu / why each record stands (JSON: field \"why\")")] = False,
) -> None:
    """Trích xuất chỉ tiêu và kết quả / Extract every quantified target and result."""
    failed = False
    # Many files to JSON: show progress on stderr (stdout stays pure JSON Lines).
    show = as_json and len(files) > 3 and err.is_terminal
    with Progress(*Progress.get_default_columns(), console=err, disable=not show) as progress:
        task = progress.add_task("Trích xuất / Extracting", total=len(files))
        for item in _documents(files):
            progress.advance(task)
            if isinstance(item, MuctieuError):
                _fail(item)
                failed = True
                continue
            if explain:
                pairs = explain_records(item.text, plan_year=item.meta.plan_year, decide=decide)
            else:
                pairs = [(r, "") for r in extract_records(item.text, plan_year=item.meta.plan_year, decide=decide)]
            records = [r for r, _ in pairs]
            if as_json:
                sys.stdout.write("".join(
                    json.dumps(_record_json(r, item) | ({"why": why} if explain else {}), ensure_ascii=False) + "\n"
                    for r, why in pairs
                ))
            else:
                _print_table(item, records)
                for i, (_, why) in enumerate(pairs if explain else [], 1):
                    out.print(f"#{i} {escape(why)}", highlight=False, soft_wrap=True)
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


register_store_commands(app)
register_evaluate_commands(app)
register_publish_commands(app)
register_serve_command(app)
register_user_commands(app)


@app.command()
def demo(
    db: Annotated[str | None, typer.Option("--db", envvar="MUCTIEU_DB",
                                           help="Kho dữ liệu / store (mặc định/default ./muctieu.sqlite)")] = None,
) -> None:
    """Chạy ví dụ kèm theo: trích xuất, nạp, nhập số liệu, đánh giá /
    Run the bundled example: extract, store, import values, evaluate."""
    plans = sorted(EXAMPLES.glob("ke-hoach-mau-*.txt"))
    steps = (
        ("1. Trích xuất kế hoạch mẫu / Extract the example plan", lambda: extract([plans[-1]], as_json=False, decide=False, explain=False)),
        ("2. Nạp các kế hoạch mẫu vào kho / Store the example plans", lambda: ingest(plans, db=db, user="demo")),
        ("3. Nhập số liệu cấp xã năm 2026 / Import 2026 commune figures",
         lambda: observe_import(EXAMPLES / "so-lieu-xa-2026.csv", db=db, user="demo")),
        ("4. Đánh giá chỉ tiêu của tỉnh Gia Lai / Evaluate Gia Lai's targets",
         lambda: evaluate(province="Gia Lai", db=db)),
        # Published so that the web pages show Gia Lai to readers without an account.
        ("5. Công bố số liệu của tỉnh Gia Lai / Publish Gia Lai's figures",
         lambda: release("Gia Lai", db=db, user="demo")),
    )
    for title, run in steps:
        out.rule(f"[bold]{title}")
        run()
    out.rule()
    out.print("Việc ghi dữ liệu trên trang web cần tài khoản; không có tài khoản mặc định. Tạo quản trị "
              "viên đầu tiên / Writing through the web pages needs an account (there is no default "
              "one); make the first admin with:\n"
              f"  muctieu users add admin@example.vn --role admin{' --db ' + db if db else ''}\n"
              "rồi đăng nhập tại / then log in at /dang-nhap", highlight=False)

if __name__ == "__main__":
    app()
