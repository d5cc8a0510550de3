"""`muctieu report` and `muctieu publish`: officers' reports and open data.

The store and the writers load when these commands run, not at start-up."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from muctieu.cli_store import DbOption, user_errors
from muctieu.errors import MuctieuError

out = Console()


def report(
    province: Annotated[str, typer.Option("--province", help="Tỉnh (tên cũ hoặc mới) / province")],
    year: Annotated[int, typer.Option("--year", help="Năm báo cáo / report year")],
    output: Annotated[Path, typer.Option("-o", "--output", help="Tệp hoặc thư mục / file or folder")],
    period: Annotated[str, typer.Option("--period", help="H1 (6 tháng đầu năm) hoặc year (cả năm) / "
                                        "H1 (first half) or year")] = "year",
    fmt: Annotated[str | None, typer.Option("--format", help="docx | pdf | xlsx (mặc định: theo đuôi tệp / "
                                            "default: from the file's extension)")] = None,
    db: DbOption = None,
) -> None:
    """Báo cáo kết quả thực hiện kế hoạch (.docx, .pdf, .xlsx) / Progress report."""
    with user_errors():
        from muctieu.publish.reports import FORMATS, write_report
        from muctieu.store.db import open_store

        chosen = fmt or output.suffix.lstrip(".").lower()
        if chosen not in FORMATS:
            raise MuctieuError("cần --format docx, pdf hoặc xlsx (hoặc tệp có đuôi đó)",
                               "give --format docx, pdf or xlsx (or a file with that extension)",
                               where=str(output))
        path = write_report(open_store(db), province, year, period, chosen, output)  # type: ignore[arg-type]
    out.print(f"Đã ghi báo cáo / Report written: {path}", highlight=False)


def publish(
    outdir: Annotated[Path, typer.Argument(help="Thư mục đích / output folder")],
    province: Annotated[str | None, typer.Option("--province", help="Chỉ một tỉnh / one province only")] = None,
    site: Annotated[bool, typer.Option("--site", help="Trang tĩnh kèm dữ liệu / static site with the data")] = False,
    geojson: Annotated[Path | None, typer.Option("--geojson", help="Bản đồ tỉnh (GeoJSON) cho trang tổng quan / "
                                                 "province map for the overview")] = None,
    db: DbOption = None,
) -> None:
    """Dữ liệu mở của các tỉnh đã công bố / Open data of the published provinces."""
    with user_errors():
        from muctieu.publish.package import publish_package
        from muctieu.publish.site import render_site
        from muctieu.store.db import open_store

        engine = open_store(db)
        if site:
            summary = render_site(engine, outdir, geojson=geojson)
        else:
            summary = publish_package(engine, outdir, province=province)
    out.print(summary.describe(), highlight=False)


def register(app: typer.Typer) -> None:
    app.command("report")(report)
    app.command("publish")(publish)
