"""Benchmark: the open-data package and the static site over ~1,000,000 values.

    .venv/bin/python benchmarks/publish.py

The 3,321 communes of the 34 provinces × 50 catalogue indicators × 6 years
(996,300 commune rows as numerator and denominator) are written straight into
a fresh SQLite store (import checks are measured by benchmarks/observations.py),
every province is published, then `publish_package` and `render_site` run in
a child process each, so their peak memory (max RSS) is their own.
"""

from __future__ import annotations

import multiprocessing as mp
import resource
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from sqlalchemy import insert

from muctieu.catalog.indicators import catalogue
from muctieu.catalog.units import current_provinces
from muctieu.store import publication
from muctieu.store.actors import system
from muctieu.store.db import open_store
from muctieu.store.models import Observation

YEARS = range(2020, 2026)
INDICATORS = 50


def fill(url: str) -> int:
    engine = open_store(url)
    indicators = [i.id for i in catalogue() if i.aggregation == "ratio"][:INDICATORS]
    now = datetime.now(timezone.utc)
    rows = 0
    with engine.begin() as conn:
        for p in current_provinces():
            batch: list[dict[str, Any]] = []
            for n, c in enumerate(p.communes):
                for k, ind in enumerate(indicators):
                    for y in YEARS:
                        batch.append({
                            "indicator_id": ind, "unit_level": "commune", "unit_code": c.code,
                            "unit_name": c.name, "province_code": p.code, "year": y, "period": str(y),
                            "numerator": float((n + k + y) % 50), "denominator": 50.0,
                            "source_kind": "upload", "source_file": f"/srv/uploads/{p.code}-{y}.xlsx",
                            "source_row": n + 2, "submitted_by": "benchmark", "submitted_at": now,
                        })
            conn.execute(insert(Observation), batch)
            rows += len(batch)
    for p in current_provinces():
        publication.release(engine, p.code, system("benchmark"))
    engine.dispose()
    return rows


def _child(what: str, url: str, out: str, queue: Any) -> None:
    from muctieu.publish.package import publish_package
    from muctieu.publish.site import render_site

    engine = open_store(url)
    start = time.perf_counter()
    summary = (publish_package(engine, Path(out)) if what == "package"
               else render_site(engine, Path(out)))
    seconds = time.perf_counter() - start
    size = sum(f.stat().st_size for f in Path(out).rglob("*") if f.is_file())
    queue.put((summary.describe(), seconds, size,
               resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024))


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{Path(tmp) / 'bench.sqlite'}"
        start = time.perf_counter()
        rows = fill(url)
        print(f"stored     {rows:,} commune rows in {time.perf_counter() - start:.1f} s")
        ctx = mp.get_context("spawn")
        for what in ("package", "site"):
            queue = ctx.Queue()
            child = ctx.Process(target=_child, args=(what, url, str(Path(tmp) / what), queue))
            child.start()
            _, seconds, size, peak = queue.get()
            child.join()
            print(f"{what:<10} {seconds:6.1f} s, {size / 1e6:,.0f} MB written, peak RSS {peak:,.0f} MB")


if __name__ == "__main__":
    main()
