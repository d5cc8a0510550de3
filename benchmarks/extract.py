"""Extraction throughput and peak memory on a ≥5 MB synthetic corpus.

    .venv/bin/python benchmarks/extract.py [--mb 5] [--decide]

`--decide` measures extraction with the learned decision step switched on.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
import tracemalloc
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import corpus  # noqa: E402

from muctieu.catalog.match import match_indicator  # noqa: E402
from muctieu.documents.metadata import find_metadata  # noqa: E402
from muctieu.extract import extract_records as extract  # noqa: E402


def machine_speed() -> float:
    """Seconds for a fixed pure-Python loop: this VM's speed varies over time,
    so figures are best read next to it (about 0.5 s on a quiet modern core)."""
    start = time.process_time()
    total = 0
    for i in range(10_000_000):
        total += i
    return time.process_time() - start


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=5.0)
    ap.add_argument("--decide", action="store_true", help="with the learned decision step")
    args = ap.parse_args()
    extract_records = partial(extract, decide=args.decide)
    docs = corpus(int(args.mb * 1024 * 1024))
    size = sum(len(d.encode("utf-8")) for d in docs)
    # warm up regex caches on one document
    extract_records(docs[0], plan_year=2024)
    t0, c0 = time.perf_counter(), time.process_time()
    n = 0
    for d in docs:
        n += len(extract_records(d, plan_year=find_metadata(d).plan_year))
    dt, cpu = time.perf_counter() - t0, time.process_time() - c0
    # The same with every record matched to the indicator catalogue (what
    # `muctieu extract --json` does).
    match_indicator("tỷ lệ hồ sơ trực tuyến")  # load the catalogue first
    c1 = time.process_time()
    for d in docs:
        for r in extract_records(d, plan_year=find_metadata(d).plan_year):
            match_indicator(r.indicator)
    cpu_matched = time.process_time() - c1
    tracemalloc.start()
    for d in docs:
        extract_records(d, plan_year=find_metadata(d).plan_year)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    mb = size / 1024 / 1024
    print(f"machine check: 10M-step Python loop in {machine_speed():.2f} s")
    print(f"corpus: {len(docs)} documents, {mb:.2f} MB")
    print(f"records: {n} ({n / mb:.0f} per MB)")
    print(f"time: {dt:.2f} s wall, {cpu:.2f} s CPU")
    print(f"throughput: {mb / cpu:.2f} MB/s per CPU-second (one core), {mb / dt:.2f} MB/s wall")
    print(f"with catalogue matching: {mb / cpu_matched:.2f} MB/s per CPU-second")
    print(f"peak traced memory while extracting: {peak / 1024:.0f} KiB; "
          f"process max RSS: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")


if __name__ == "__main__":
    main()
