"""Choose the matcher's threshold on the `tune` wordings; report it on `held_out`.

Run: .venv/bin/python benchmarks/match_threshold.py
Prints accuracy and false-match rate per threshold on `tune`, the best one,
the held-out figures at the shipped `match.THRESHOLD`, the errors, the
matching speed, and a leave-one-out check over the catalogue's own wordings.
"""

from __future__ import annotations

import time
from pathlib import Path

from muctieu.catalog.indicators import Catalogue, catalogue
from muctieu.catalog.match import THRESHOLD, WordingIndex, index, indicator_fields
from muctieu.catalog.match_quality import load_labelled, measure

LABELLED = Path(__file__).parents[1] / "tests" / "catalog" / "data" / "indicator_wordings.yaml"


def leave_one_out() -> None:
    """Each catalogue wording, removed from the index, must still find its own indicator."""
    cat = catalogue()
    hits = total = 0
    for ind in cat:
        for w in ind.wordings:
            rest = tuple(x for x in ind.wordings if x != w)
            others = [i if i.id != ind.id else i.model_copy(update={"wordings": rest}) for i in cat]
            hit = WordingIndex(Catalogue(others, "leave-one-out")).best(w)
            total += 1
            hits += hit is not None and hit.indicator_id == ind.id
    print(f"leave-one-out over catalogue wordings: {hits}/{total} ({hits / total:.3f}) find their indicator")


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
    leave_one_out()


if __name__ == "__main__":
    main()
