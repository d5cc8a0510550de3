"""Benchmark: full evaluation with roll-ups over ~1,000,000 commune observations.

3,321 communes in 34 provinces × 50 indicators × 6 years (996,300 rows),
generated in memory, plus one target per province and indicator. Prints the
time to evaluate (roll-ups included, data generation excluded) and the peak
resident memory of the process.

    .venv/bin/python benchmarks/evaluate.py            # rows held in a list
    .venv/bin/python benchmarks/evaluate.py --stream   # rows from a generator
    .venv/bin/python benchmarks/evaluate.py --sums     # store-side GROUP BY path
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import time
from collections import Counter
from typing import Iterator

from muctieu.evaluate import (
    CommuneSums,
    ObservationRow,
    TargetRow,
    evaluate_all,
    evaluate_from_sums,
    sum_communes,
)
from muctieu.evaluate.rows import Aggregation

PROVINCES = 34
COMMUNES = 3321
INDICATORS = 50
YEARS = tuple(range(2020, 2026))
RULES: tuple[Aggregation, ...] = ("ratio",) * 30 + ("sum",) * 10 + ("mean",) * 5 + ("none",) * 5


def catalogue() -> dict[str, Aggregation]:
    return {f"ind{i:02d}": RULES[i] for i in range(INDICATORS)}


def communes() -> list[tuple[str, str, str]]:
    """(code, name, province) for 3,321 communes spread over 34 provinces."""
    return [(f"{c:05d}", f"Xã {c}", f"Tỉnh {c % PROVINCES:02d}") for c in range(COMMUNES)]


def observations(seed: int = 1) -> Iterator[ObservationRow]:
    rng = random.Random(seed)
    rules = catalogue()
    units = communes()
    for ind, rule in rules.items():
        for year in YEARS:
            for code, name, province in units:
                if rule == "ratio":
                    den = float(rng.randint(50, 500))
                    num = float(int(den * rng.uniform(0.3, 1.0)))
                    yield ObservationRow(ind, "commune", code, name, province, year,
                                         numerator=num, denominator=den, source="bench")
                else:
                    yield ObservationRow(ind, "commune", code, name, province, year,
                                         value=float(rng.randint(0, 100)), source="bench")


def targets() -> list[TargetRow]:
    rules = catalogue()
    return [
        TargetRow(f"{p}-{ind}", f"Tỉnh {p:02d}", f"Tỉnh {p:02d}", ind, ind, "digital_government",
                  None, ">=", 80.0, None, "%" if rule == "ratio" else "count", 2025, 2024,
                  "higher", "bench")
        for p in range(PROVINCES)
        for ind, rule in rules.items()
    ]


def peak_mib() -> float:
    # ru_maxrss is in KiB on Linux.
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--stream", action="store_true", help="feed rows from a generator")
    mode.add_argument("--sums", action="store_true", help="evaluate from pre-grouped sums")
    args = parser.parse_args()

    expected = {f"Tỉnh {p:02d}": sum(1 for c in range(COMMUNES) if c % PROVINCES == p)
                for p in range(PROVINCES)}
    goals = targets()
    rules = catalogue()

    if args.stream:
        t0 = time.perf_counter()
        result = evaluate_all(goals, observations(), rules, expected_communes=expected)
        elapsed = time.perf_counter() - t0
        label = "generation + evaluation, streamed"
        n = INDICATORS * len(YEARS) * COMMUNES
    else:
        t0 = time.perf_counter()
        rows = list(observations())
        print(f"generated {len(rows):,} observations in {time.perf_counter() - t0:.2f} s")
        n = len(rows)
        if args.sums:
            # What a store's GROUP BY would hand over; its cost is the database's.
            sums: list[CommuneSums] = sum_communes(rows)
            del rows
            t0 = time.perf_counter()
            result = evaluate_from_sums(goals, [], sums, rules, expected_communes=expected)
            elapsed = time.perf_counter() - t0
            label = f"evaluation from {len(sums):,} grouped sums"
        else:
            t0 = time.perf_counter()
            result = evaluate_all(goals, rows, rules, expected_communes=expected)
            elapsed = time.perf_counter() - t0
            label = "evaluation with roll-ups"

    print(f"{label}: {n:,} commune rows, {len(result.rollups):,} roll-ups, "
          f"{len(result.statuses):,} targets in {elapsed:.2f} s")
    counts = Counter(s.status.value for s in result.statuses)
    print("statuses: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    print(f"peak resident memory: {peak_mib():.0f} MiB")
    print(f"python {sys.version.split()[0]}")


if __name__ == "__main__":
    main()
