"""Extraction throughput and peak memory on a ≥5 MB synthetic corpus.

    .venv/bin/python benchmarks/extract.py [--mb 5]
"""

from __future__ import annotations

import argparse
import sys
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import corpus  # noqa: E402

from muctieu.documents.metadata import find_metadata  # noqa: E402
from muctieu.extract import extract_records  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=5.0)
    args = ap.parse_args()
    docs = corpus(int(args.mb * 1024 * 1024))
    size = sum(len(d.encode("utf-8")) for d in docs)
    # warm up regex caches on one document
    extract_records(docs[0], plan_year=2024)
    t0 = time.perf_counter()
    n = 0
    for d in docs:
        n += len(extract_records(d, plan_year=find_metadata(d).plan_year))
    dt = time.perf_counter() - t0
    tracemalloc.start()
    for d in docs[:200]:
        extract_records(d, plan_year=find_metadata(d).plan_year)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    mb = size / 1024 / 1024
    print(f"corpus: {len(docs)} documents, {mb:.2f} MB")
    print(f"records: {n} ({n / mb:.0f} per MB)")
    print(f"time: {dt:.2f} s")
    print(f"throughput: {mb / dt:.2f} MB/s (one core)")
    print(f"peak traced memory while extracting (200 docs): {peak / 1024 / 1024:.1f} MB")


if __name__ == "__main__":
    main()
