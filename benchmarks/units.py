"""How long the administrative units take to load and to use.

    .venv/bin/python benchmarks/units.py

Prints, as medians over fresh interpreters: importing muctieu.catalog.units,
the first lookup (which loads all units), the first province detection in a
document (which builds the district index); then the cost of repeated
lookups and detections in one process.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import timeit

RUNS = 5

# Runs in a fresh interpreter so imports and caches start cold.
_COLD = """
import json, time
t0 = time.perf_counter()
from muctieu.catalog import units
t1 = time.perf_counter()
units.resolve("Bình Định")
t2 = time.perf_counter()
from muctieu.catalog.places import locate_text
t3 = time.perf_counter()
locate_text("Năm 2023, TP. Pleiku đạt 80%.", None)
t4 = time.perf_counter()
print(json.dumps({"import": t1 - t0, "first lookup": t2 - t1, "first detection": t4 - t3}))
"""


def cold() -> dict[str, float]:
    runs = [
        json.loads(subprocess.run([sys.executable, "-c", _COLD], check=True,
                                  capture_output=True, text=True).stdout)
        for _ in range(RUNS)
    ]
    return {k: statistics.median(r[k] for r in runs) for k in runs[0]}


def warm() -> dict[str, float]:
    from muctieu.catalog.places import locate_text
    from muctieu.catalog.units import resolve

    text = ("Kế hoạch năm 2023. Huyện Chư Sê, thị xã An Khê và TP. Pleiku đạt 90%. " * 200)
    n = 2000
    lookup = timeit.timeit(lambda: resolve("tp. hồ chí minh"), number=n) / n
    def uncached() -> None:
        locate_text.cache_clear()
        locate_text(text, None)

    scan = timeit.timeit(uncached, number=50) / 50
    repeat = timeit.timeit(lambda: locate_text(text, None), number=n) / n
    return {
        "lookup": lookup,
        f"detection, uncached ({len(text) // 1000} k chars)": scan,
        "detection, same document again": repeat,
    }


def main() -> None:
    print(f"cold (median of {RUNS} fresh interpreters):")
    for k, v in cold().items():
        print(f"  {k:<45} {v * 1000:8.1f} ms")
    print("warm (one process):")
    for k, v in warm().items():
        print(f"  {k:<45} {v * 1e6:8.1f} µs")


if __name__ == "__main__":
    main()
