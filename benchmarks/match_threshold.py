"""Choose the matcher's threshold on the `tune` wordings; report it on `held_out`.

Run: .venv/bin/python benchmarks/match_threshold.py
Prints accuracy and false-match rate per threshold on `tune`, the best one,
the held-out figures at the shipped `match.THRESHOLD`, the errors, and the
matching speed.
"""

from __future__ import annotations

import time
from pathlib import Path

from muctieu.catalog.match import THRESHOLD, index, indicator_fields
from muctieu.catalog.match_quality import load_labelled, measure

LABELLED = Path(__file__).parents[1] / "tests" / "catalog" / "data" / "indicator_wordings.yaml"


def main() -> None:
    parts = load_labelled(LABELLED)
    idx = index()
    best = (0.0, 0.0)
    print("threshold  tune-accuracy  tune-false-match")
    for step in range(20, 81, 5):
        t = step / 100
        q = measure(idx, parts["tune"], t)
        print(f"{t:9.2f}  {q.accuracy:13.3f}  {q.false_match_rate:16.3f}")
        if q.accuracy > best[1]:
            best = (t, q.accuracy)
    print(f"best on tune: {best[0]:.2f} (accuracy {best[1]:.3f}); shipped THRESHOLD = {THRESHOLD}")
    for part, items in parts.items():
        q = measure(idx, items)
        print(f"{part}: n={q.total} accuracy={q.accuracy:.3f} "
              f"false-match={q.false_matches}/{q.near_misses} ({q.false_match_rate:.3f})")
        for text, want, got in q.errors:
            print(f"   ✗ {text!r}: expected {want}, got {got}")
    texts = [i.text for items in parts.values() for i in items] * 50
    start = time.perf_counter()
    for t in texts:
        idx.best(t)  # bypasses match_indicator's cache (tokens() stays cached)
    elapsed = time.perf_counter() - start
    print(f"speed: {len(texts) / elapsed:,.0f} uncached matches/s ({len(texts)} matches)")
    start = time.perf_counter()
    for t in texts:
        indicator_fields(t)  # what `extract --json` calls: repeated wordings hit the cache
    elapsed = time.perf_counter() - start
    print(f"speed: {len(texts) / elapsed:,.0f} record fields/s through the cache")


if __name__ == "__main__":
    main()
