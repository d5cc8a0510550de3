"""Bulk import of commune-level observations: rows per second and peak memory.

    python benchmarks/observations.py                 # SQLite (+ PostgreSQL if
                                                      #   MUCTIEU_TEST_PG_URL is set)
    python benchmarks/observations.py --pg URL        # also into PostgreSQL at URL
    scripts/with-postgres.sh python benchmarks/observations.py

Generates 3,321 communes in 34 provinces × 50 indicators × 6 years
(996,300 rows, synthetic codes) as one CSV, then imports it with
`muctieu.store.bulk.import_observations` into a fresh store per database,
each in a child process so its peak memory (max RSS) is its own. Targets:
>= 100,000 rows/s and <= 2 GB.
"""

from __future__ import annotations

import argparse
import csv
import multiprocessing as mp
import os
import resource
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

import psycopg
from sqlalchemy import Engine
from sqlalchemy.engine import make_url

from muctieu.documents.model import Document, DocumentMeta
from muctieu.evaluate.from_store import Reference, evaluate_store
from muctieu.extract.records import TargetRecord
from muctieu.store.bulk import import_observations
from muctieu.store.db import open_store
from muctieu.store.ingest import ingest_document
from muctieu.store.references import (
    IndicatorRef, References, StaticIndicators, StaticUnits, UnitRef,
)
from muctieu.store.actors import system

PROVINCES, COMMUNES, INDICATORS = 34, 3321, 50
YEARS = range(2020, 2026)


def synthetic_references() -> References:
    units = [UnitRef("province", f"P{p:02d}", f"Tỉnh {p:02d}", f"P{p:02d}")
             for p in range(PROVINCES)]
    units += [UnitRef("commune", f"X{c:05d}", f"Xã {c:05d}", f"P{c % PROVINCES:02d}")
              for c in range(COMMUNES)]
    indicators = [IndicatorRef(f"ind_{i:02d}", f"Chỉ tiêu {i:02d}", "%" if i % 2 else "count")
                  for i in range(INDICATORS)]
    return References(StaticUnits(units), StaticIndicators(indicators))


def write_csv(path: Path) -> int:
    rows = 0
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["Mã chỉ tiêu", "Tỉnh/thành phố", "Mã đơn vị (xã hoặc tỉnh)", "Năm",
                    "Giá trị", "Tử số", "Mẫu số"])
        for c in range(COMMUNES):
            province = f"P{c % PROVINCES:02d}"
            for i in range(INDICATORS):
                for y in YEARS:
                    if i % 2:  # a rate: Vietnamese decimal comma, or numerator/denominator
                        if c % 3:
                            w.writerow([f"ind_{i:02d}", province, f"X{c:05d}", y,
                                        f"{(c * 7 + i + y) % 100},5", "", ""])
                        else:
                            w.writerow([f"ind_{i:02d}", province, f"X{c:05d}", y, "",
                                        (c + i) % 50, 50 + y % 7])
                    else:
                        w.writerow([f"ind_{i:02d}", province, f"X{c:05d}", y,
                                    (c * 13 + i * y) % 5000, "", ""])
                    rows += 1
    return rows


def seed_plans(engine: Engine, refs: References) -> None:
    """One plan per province spanning the benchmark's years (period checks
    pass), with a target for every indicator (1,700 targets to evaluate)."""
    for p in range(PROVINCES):
        text = f"Kế hoạch chuyển đổi số Tỉnh {p:02d} giai đoạn 2020-2025: đạt 80% chỉ tiêu."
        anchor = text.index("80")
        records = [
            TargetRecord(kind="target", indicator=f"ind_{i:02d}", scope=None, op=">=",
                         value=80.0 if i % 2 else 4000.0, value_max=None,
                         unit="%" if i % 2 else "count", year=YEARS[-1],
                         pillar=None, start=0, end=len(text), anchor=anchor)
            for i in range(INDICATORS)
        ]
        doc = Document(source=f"plan-{p}.txt", text=text, format="txt",
                       meta=DocumentMeta(province=f"P{p:02d}", plan_year=YEARS[0]))
        ingest_document(engine, doc, records, match=lambda w, _unit=None: (w, 1.0), units=refs.units,
                        who=system("benchmark"))


def evaluation_reference() -> Reference:
    """The synthetic catalogue for evaluation: rates roll up as ratios,
    counts as sums (the same split as the CSV)."""
    ids = [f"ind_{i:02d}" for i in range(INDICATORS)]
    return Reference(
        aggregation={x: "ratio" if i % 2 else "sum" for i, x in enumerate(ids)},
        direction={x: "higher" for x in ids},
        province_names={f"P{p:02d}": f"Tỉnh {p:02d}" for p in range(PROVINCES)},
        expected_communes={f"Tỉnh {p:02d}": len(range(p, COMMUNES, PROVINCES))
                           for p in range(PROVINCES)},
    )


def time_evaluation(engine: Engine) -> str:
    """A full evaluation with roll-ups of what was imported, timed."""
    start = time.perf_counter()
    _, result = evaluate_store(engine, as_of=YEARS[-1], reference=evaluation_reference())
    seconds = time.perf_counter() - start
    return (f"{len(result.statuses):,} targets, {len(result.rollups):,} roll-ups "
            f"in {seconds:.2f} s (target <= 5 s)")


def _import_child(url: str, csv_path: str, queue: Any) -> None:
    refs = synthetic_references()
    engine = open_store(url)
    seed_plans(engine, refs)
    start = time.perf_counter()
    report = import_observations(engine, csv_path, refs, who=system("benchmark"))
    seconds = time.perf_counter() - start
    evaluation = time_evaluation(engine)
    engine.dispose()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    queue.put({"rows": report.inserted, "problems": len(report.problems), "seconds": seconds,
               "peak_mb": peak_mb, "evaluation": evaluation})


def run(label: str, url: str, csv_path: Path) -> None:
    ctx = mp.get_context("spawn")  # a fresh process: its peak memory is the import's
    queue = ctx.Queue()
    child = ctx.Process(target=_import_child, args=(url, str(csv_path), queue))
    child.start()
    result = queue.get()
    child.join()
    rate = result["rows"] / result["seconds"]
    print(f"{label:<11} {result['rows']:>9,} rows in {result['seconds']:6.1f} s = "
          f"{rate:>9,.0f} rows/s, peak RSS {result['peak_mb']:,.0f} MB, "
          f"{result['problems']} problems")
    if result["evaluation"]:
        print(f"{'':<11} evaluation: {result['evaluation']}")


def _pg_database(base: str) -> tuple[str, str]:
    url = make_url(base)
    name = f"muctieu_bench_{uuid.uuid4().hex[:8]}"
    admin = url.set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return url.set(database=name).render_as_string(hide_password=False), name


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pg", default=os.environ.get("MUCTIEU_TEST_PG_URL"),
                        help="PostgreSQL server URL (a scratch database is made in it)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        csv_path = Path(tmp) / "observations.csv"
        start = time.perf_counter()
        rows = write_csv(csv_path)
        print(f"generated  {rows:>9,} rows ({csv_path.stat().st_size / 1e6:.0f} MB CSV) "
              f"in {time.perf_counter() - start:.1f} s")
        run("SQLite", f"sqlite:///{Path(tmp) / 'bench.sqlite'}", csv_path)
        if args.pg:
            url, name = _pg_database(args.pg)
            try:
                run("PostgreSQL", url, csv_path)
            finally:
                admin = make_url(args.pg).set(drivername="postgresql")
                with psycopg.connect(admin.render_as_string(hide_password=False),
                                     autocommit=True) as conn:
                    conn.execute(f'DROP DATABASE "{name}" WITH (FORCE)')
        else:
            print("PostgreSQL  skipped: no --pg URL (or run through scripts/with-postgres.sh)",
                  file=sys.stderr)


if __name__ == "__main__":
    main()
