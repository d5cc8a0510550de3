"""Sub-commands that write to the store: `ingest`, `observe ...`, `db ...`."""

from __future__ import annotations

import getpass
import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import Progress, SpinnerColumn, TextColumn
from rich.table import Table

from muctieu.errors import MuctieuError
from muctieu.extract import extract_records

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from muctieu.store.actors import Actor
    from muctieu.store.ingest import IngestOutcome
    from muctieu.store.problems import ImportReport
    from muctieu.store.references import References

# The store's modules (SQLAlchemy, Alembic, psycopg) load when a store command
# runs, not when `muctieu extract` or `muctieu units` starts.

out = Console()
err = Console(stderr=True)

db_app = typer.Typer(help="Cơ sở dữ liệu / Database.", no_args_is_help=True)
observe_app = typer.Typer(help="Số liệu thực hiện / Reported values.", no_args_is_help=True)

DbOption = Annotated[
    str | None,
    typer.Option("--db", envvar="MUCTIEU_DB", show_default=False,
                 help="Tệp SQLite hoặc URL SQLAlchemy (mặc định ./muctieu.sqlite) / "
                      "SQLite file or SQLAlchemy URL (default ./muctieu.sqlite)"),
]
UserOption = Annotated[
    str | None,
    typer.Option("--user", envvar="MUCTIEU_USER", show_default=False,
                 help="Người thực hiện: email của một tài khoản (áp dụng quyền của tài khoản đó) "
                      "hoặc một tên ghi vào nhật ký (mặc định: tên đăng nhập máy) / who is acting: "
                      "an account's email (its role and province apply) or a name for the audit "
                      "log (default: the login name)"),
]


def _who(user: str | None) -> str:
    if user:
        return user
    try:
        return getpass.getuser()
    except OSError:  # no login name (some containers)
        return "unknown"


def cli_actor(engine: Engine, user: str | None) -> Actor:
    """The actor of a CLI run: the account named by --user, else the local system.

    Whoever can open the database file or URL can change anything in it, so
    without an account the CLI acts as the system; naming an account applies
    that account's role, province and units (a disabled one is refused).
    """
    from muctieu.store.actors import system
    from muctieu.store.users import actor_for_email, find_user

    name = _who(user)
    if user and "@" in user and find_user(engine, user) is not None:
        actor = actor_for_email(engine, user)
        if actor is None:
            raise MuctieuError(f"tài khoản {user} đã bị khoá", f"account {user} is disabled",
                               where="--user")
        return actor
    return system(name)


def references() -> References:
    """The administrative units and indicator catalogue used by the commands."""
    from muctieu.store.catalogue import catalogue_references

    return catalogue_references()


def match_wording(wording: str, unit: str | None = None) -> tuple[str, float] | None:
    """Wording (and the record's unit) → (indicator id, score), as ingest stores it."""
    from muctieu.store.catalogue import match_wording as match

    return match(wording, unit)


def _print_error(exc: MuctieuError) -> None:
    err.print(f"[red]Lỗi / Error[/red] {escape(exc.message())}", highlight=False,
              soft_wrap=True)


@contextmanager
def user_errors() -> Iterator[None]:
    """Print a MuctieuError on one line and exit 2, never a traceback."""
    try:
        yield
    except MuctieuError as exc:
        _print_error(exc)
        raise typer.Exit(2) from None


@db_app.command("upgrade")
def db_upgrade(db: DbOption = None) -> None:
    """Tạo/nâng cấp lược đồ / Create or upgrade the schema to the latest version."""
    with user_errors():
        from muctieu.store.db import make_engine, resolve_url
        from muctieu.store.migrate import upgrade

        engine = make_engine(resolve_url(db))
        upgrade(engine)
        out.print(f"Đã cập nhật / Up to date: {engine.url.render_as_string(hide_password=True)}")


@db_app.command("backup")
def db_backup(
    path: Annotated[Path, typer.Argument(help="Tệp sao lưu / backup file")],
    db: DbOption = None,
) -> None:
    """Sao lưu nhất quán (SQLite) / Consistent copy of the store (SQLite)."""
    with user_errors():
        from muctieu.store.backup import backup
        from muctieu.store.db import open_store

        backup(open_store(db), path)
        out.print(f"Đã sao lưu vào / Backed up to {path}")


def _summary(outcomes: list[IngestOutcome], failed: int) -> Table:
    table = Table(title="Kết quả nạp / Ingest summary")
    for col in ("Tài liệu mới / New documents", "Không đổi / Unchanged", "Lỗi / Failed",
                "Chỉ tiêu / Targets", "Số liệu / Observations"):
        table.add_column(col, justify="right")
    new = [o for o in outcomes if o.status == "new"]
    table.add_row(str(len(new)), str(len(outcomes) - len(new)), str(failed),
                  str(sum(o.targets for o in new)), str(sum(o.observations for o in new)))
    return table


def ingest(
    files: Annotated[list[Path], typer.Argument(help="Tệp kế hoạch / plan files")],
    db: DbOption = None,
    user: UserOption = None,
) -> None:
    """Nạp kế hoạch vào kho / Store plans, their targets and stated results."""
    with user_errors():
        from muctieu.store.db import open_store
        from muctieu.store.ingest import ingest_path

        engine = open_store(db)
        units = references().units
        actor = cli_actor(engine, user)
    outcomes: list[IngestOutcome] = []
    failed = 0
    with Progress(console=err, transient=True) as progress:
        task = progress.add_task("Nạp / Ingesting", total=len(files))
        for f in files:
            try:
                outcomes.append(ingest_path(engine, f, extract=extract_records,
                                            match=match_wording, units=units, who=actor))
            except MuctieuError as exc:
                failed += 1
                _print_error(exc)
            progress.advance(task)
    out.print(_summary(outcomes, failed))
    if failed:
        raise typer.Exit(2)


@observe_app.command("template")
def observe_template(
    province: Annotated[str, typer.Option("--province", help="Tỉnh/thành phố / province")],
    year: Annotated[int, typer.Option("--year", help="Năm kế hoạch / plan year")],
    output: Annotated[Path, typer.Option("-o", "--output", help="Tệp .xlsx / file")],
    db: DbOption = None,
) -> None:
    """Mẫu nhập số liệu (.xlsx) / Input template for reported values."""
    from muctieu.publish.observation_template import write_template

    with user_errors():
        from muctieu.store.db import open_store

        n = write_template(open_store(db), references(), province, year, output)
    out.print(f"Đã ghi {n} dòng vào / Wrote {n} rows to {output}")


def _print_report(report: ImportReport) -> None:
    for p in report.problems:
        err.print(p.line(), highlight=False, soft_wrap=True, markup=False)
    table = Table(title=f"Nhập số liệu / Import: {report.source}")
    for col in ("Dòng / Rows", "Mới / New", "Thay thế / Replaced", "Không đổi / Unchanged",
                "Bị loại / Rejected"):
        table.add_column(col, justify="right")
    table.add_row(*(str(n) for n in (report.rows, report.inserted, report.replaced,
                                     report.unchanged, report.rejected_rows)))
    out.print(table)


@observe_app.command("import")
def observe_import(
    file: Annotated[Path, typer.Argument(help="Tệp .xlsx hoặc .csv / file")],
    partial: Annotated[bool, typer.Option(
        "--partial", help="Giữ các dòng hợp lệ / keep the valid rows")] = False,
    report_path: Annotated[Path | None, typer.Option(
        "--report", help="Ghi báo cáo JSON / write a JSON report")] = None,
    db: DbOption = None,
    user: UserOption = None,
) -> None:
    """Nhập số liệu thực hiện / Import reported values.

    Mã thoát / exit code: 0 tất cả đã nhập / all imported; 1 --partial, một số
    dòng bị loại / some rows rejected; 2 không ghi gì / nothing written.
    """
    with user_errors(), Progress(
        SpinnerColumn(), TextColumn("{task.description}: {task.completed:,} dòng / rows"),
        console=err, transient=True,
    ) as progress:
        task = progress.add_task("Kiểm tra và ghi / Checking and writing", total=None)
        from muctieu.store.bulk import import_observations
        from muctieu.store.db import open_store

        engine = open_store(db)
        report = import_observations(
            engine, file, references(), who=cli_actor(engine, user), partial=partial,
            progress=lambda rows: progress.update(task, completed=rows),
        )
    _print_report(report)
    if report_path:
        report_path.write_text(json.dumps(report.to_json(), ensure_ascii=False, indent=1),
                               encoding="utf-8")
    if not report.written:
        err.print(f"Không ghi gì: {report.rejected_rows} dòng có lỗi / Nothing written: "
                  f"{report.rejected_rows} rows have problems", highlight=False)
        raise typer.Exit(2)
    if report.rejected_rows:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    """Add the store's commands to the main `muctieu` command."""
    app.command()(ingest)
    app.add_typer(observe_app, name="observe")
    app.add_typer(db_app, name="db")
