"""`muctieu publish OUTDIR`: the open data as a Frictionless Data Package.

    OUTDIR/datapackage.json            licence, sources, a Table Schema per resource
    OUTDIR/tables/<table>.csv          provinces, province_succession, indicators,
                                       documents, targets, observations, evaluation
    OUTDIR/open-sdg/indicator_<id>.csv Open SDG format: Year, Units, Province, Value
    OUTDIR/json/...                    the same rows as JSON

The folder is written beside OUTDIR first and swapped in whole, so a
province withdrawn since the last run leaves nothing behind.
"""

from __future__ import annotations

import csv
import json
import shutil
import tempfile
from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any, Iterable

from sqlalchemy import Engine

from muctieu.catalog.units import current_provinces
from muctieu.errors import MuctieuError
from muctieu.publish.open_data import SPECS, OpenData, Row, build_open_data

LICENSE = {"name": "CC-BY-4.0", "title": "Creative Commons Attribution 4.0",
           "path": "https://creativecommons.org/licenses/by/4.0/"}
SOURCES = [
    {"title": "Kế hoạch chuyển đổi số của các tỉnh, thành phố / Provincial digital-transformation plans",
     "path": "tables/documents.csv"},
    {"title": "Số liệu do các sở, xã báo cáo / Figures reported by agencies and communes",
     "path": "tables/observations.csv"},
    {"title": "Danh mục chỉ tiêu theo Quyết định 749/QĐ-TTg, 942/QĐ-TTg, 411/QĐ-TTg / "
              "Indicators of Decisions 749, 942 and 411/QĐ-TTg", "path": "tables/indicators.csv"},
    {"title": "Đơn vị hành chính: gói vietnam-provinces và vietnamadminunits / "
              "Administrative units: the vietnam-provinces and vietnamadminunits packages",
     "path": "tables/provinces.csv"},
]
OPEN_SDG_FIELDS = [
    {"name": "Year", "type": "integer", "title": "Năm / Year", "constraints": {"required": True}},
    {"name": "Units", "type": "string", "title": "Đơn vị / Units"},
    {"name": "Province", "type": "string", "title": "Tỉnh / Province",
     "constraints": {"required": True}},
    {"name": "Value", "type": "number", "title": "Giá trị / Value", "constraints": {"required": True}},
]
OWNED = ("datapackage.json", "tables", "open-sdg", "json")


@dataclass(frozen=True, slots=True)
class PackageSummary:
    outdir: Path
    provinces: tuple[str, ...]  # names of the published provinces carried
    rows: dict[str, int]  # table → rows
    indicators: int  # Open SDG files

    def describe(self) -> str:
        counts = ", ".join(f"{k} {v}" for k, v in self.rows.items())
        names = ", ".join(self.provinces) or "không có tỉnh nào / none"
        return (f"Đã ghi dữ liệu mở vào / Open data written to {self.outdir}: "
                f"tỉnh đã công bố / published provinces: {names}; {counts}; "
                f"Open SDG: {self.indicators} chỉ tiêu / indicators")


def open_sdg_name(indicator_id: str) -> str:
    """'egov.online_applications_share' → 'indicator_egov-online_applications_share'
    (Open SDG separates the parts of an id with dashes)."""
    return "indicator_" + indicator_id.replace(".", "-")


def _text(v: Any) -> Any:
    """Booleans and dates as Table Schema writes them; the csv module writes
    None as an empty cell and numbers as they are."""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (date, datetime)):
        return v.isoformat()
    return v


_JSON = json.JSONEncoder(ensure_ascii=False, default=_text)


def _write_table(csv_path: Path, json_path: Path, names: list[str], rows: Iterable[Row],
                 converted: frozenset[str] = frozenset()) -> None:
    """The rows as CSV and as a JSON array (one row a line), in one pass over them."""
    csv_path.parent.mkdir(parents=True, exist_ok=True)
    json_path.parent.mkdir(parents=True, exist_ok=True)
    with csv_path.open("w", encoding="utf-8", newline="") as c, json_path.open("w", encoding="utf-8") as j:
        w = csv.writer(c)
        w.writerow(names)
        j.write("[")
        sep = "\n"
        for r in rows:
            w.writerow([_text(r.get(n)) if n in converted else r.get(n) for n in names])
            j.write(sep + _JSON.encode(r))
            sep = ",\n"
        j.write("\n]\n")


def _resource(name: str, path: str, title: str, schema: dict[str, Any]) -> dict[str, Any]:
    return {"name": name, "path": path, "title": title, "profile": "tabular-data-resource",
            "format": "csv", "mediatype": "text/csv", "encoding": "utf-8", "schema": schema}


def write_package(data: OpenData, outdir: Path) -> dict[str, Any]:
    """Write `data` under `outdir` (which must exist); return the descriptor."""
    resources = []
    (outdir / "open-sdg").mkdir(parents=True, exist_ok=True)  # present even when empty
    for name, spec in SPECS.items():
        _write_table(outdir / "tables" / f"{name}.csv", outdir / "json" / f"{name}.json",
                     [c.name for c in spec.columns], data.tables[name],
                     frozenset(c.name for c in spec.columns if c.type in ("boolean", "date", "datetime")))
        resources.append(_resource(name, f"tables/{name}.csv", spec.title, spec.schema()))
    for indicator, rows in sorted(data.series.items()):
        base = open_sdg_name(indicator)
        rows = sorted(rows, key=lambda r: (r["Province"], r["Year"]))
        _write_table(outdir / "open-sdg" / f"{base}.csv", outdir / "json" / "open-sdg" / f"{base}.json",
                     ["Year", "Units", "Province", "Value"], rows)
        resources.append(_resource(base.replace("_", "-").lower(), f"open-sdg/{base}.csv",
                                   f"Open SDG: {indicator}",
                                   {"fields": OPEN_SDG_FIELDS, "primaryKey": ["Year", "Province"],
                                    "missingValues": [""]}))
    descriptor = {
        "name": "muctieu-open-data",
        "title": "Chỉ tiêu chuyển đổi số của các tỉnh đã công bố / "
                 "Digital-transformation targets of the published provinces",
        "description": "Chỉ tiêu trong kế hoạch (kèm vị trí trong văn bản), số liệu thực hiện (kèm nguồn) và "
                       "đánh giá mức độ đạt. / Plan targets with their text spans, reported values with "
                       "their sources, and attainment.",
        "profile": "tabular-data-package",
        "licenses": [LICENSE],
        "sources": SOURCES,
        "created": datetime.now(timezone.utc).replace(microsecond=0).isoformat(),
        "keywords": ["chuyển đổi số", "digital transformation", "Vietnam", "open-sdg"],
        "resources": resources,
    }
    (outdir / "datapackage.json").write_text(json.dumps(descriptor, ensure_ascii=False, indent=1),
                                             encoding="utf-8")
    return descriptor


def _swap_in(staged: Path, outdir: Path) -> None:
    outdir.mkdir(parents=True, exist_ok=True)
    for name in OWNED:
        old = outdir / name
        if old.is_dir():
            shutil.rmtree(old)
        elif old.exists():
            old.unlink()
        shutil.move(str(staged / name), str(old))


def check_folder(outdir: Path) -> Path:
    outdir = Path(outdir)
    if outdir.exists() and not outdir.is_dir():
        raise MuctieuError("đích phải là một thư mục", "the destination must be a folder", where=str(outdir))
    return outdir


def replace_package(data: OpenData, outdir: Path) -> None:
    """Write `data` beside `outdir`, then swap it in."""
    outdir.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=outdir.parent, prefix=f".{outdir.name}-") as tmp:
        write_package(data, Path(tmp))
        _swap_in(Path(tmp), outdir)


def summarise(data: OpenData, outdir: Path) -> PackageSummary:
    names = {p.code: p.name for p in current_provinces()}
    return PackageSummary(outdir, tuple(names[c] for c in data.provinces),
                          {k: len(v) for k, v in data.tables.items()}, len(data.series))


def publish_package(engine: Engine, outdir: Path, province: str | None = None) -> PackageSummary:
    """Write the open-data package of the published provinces (or one) to `outdir`."""
    outdir = check_folder(outdir)
    data = build_open_data(engine, province)
    replace_package(data, outdir)
    return summarise(data, outdir)
