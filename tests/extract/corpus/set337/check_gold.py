#!/usr/bin/env python3
"""Check the gold files ./gold/*.jsonl against ./texts and the contract
(/work/shared/spec/target-records.md) with ../goldcheck.py's checks, the written forms every set
from set43 on names (goldcheck.SET_FORMS, whose comment tells which set met each) and the tolerance
for dotted and magnitude ranges (goldcheck.dotted_or_magnitude_range). Copied from set304's for set337
(itself from set193's, set184's and set175's), unchanged but for this docstring and one word of
`_WORD_RANGE`: set304's two forms beyond those named above, tolerated by `word_range` below
only where the text has exactly that form: a range joined by "đến" whose ends each carry a
magnitude word or whose high end alone does ("từ 800 nghìn đến 1 triệu cây", "từ 80 đến 95 nghìn
cây": both ends multiplied), and a count range of two dotted numbers followed by its noun
("100.000-120.000 cây", whose unit check reads the high end's tail). set337 met the first form
with "trên" before the high end ("từ 100 đến trên 300 triệu đồng"), which `_WORD_RANGE` now
admits, and "200 đến 300 triệu đồng", "từ 20 đến 30 triệu đồng" (set304's form).

  python3 check_gold.py            # asserts; prints a summary per file
  python3 check_gold.py --numbers  # also lists every number left without a record

Exit status 0 when every check passes, 1 otherwise.
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # ../goldkit.py, ../goldcheck.py: what every set's scripts share
from goldcheck import SET_FORMS, dotted_or_magnitude_range, run_set  # noqa: E402
from goldkit import close, num  # noqa: E402
sys.path.insert(0, str(HERE))
import build_gold  # noqa: E402  (for the per-document kind/year and NOT lists)

_MAG = {"nghìn": 1e3, "ngàn": 1e3, "triệu": 1e6, "tỷ": 1e9}
_WORD_RANGE = re.compile(r"(\d+(?:,\d+)?)(?:\s+(nghìn|ngàn|triệu|tỷ))?\s+đến\s+(?:trên\s+)?(\d+(?:,\d+)?)\s+(nghìn|ngàn|triệu|tỷ)\b")
_LINE = re.compile(r"[^:]+:(\d+): (between but no range|value |value_max |unit count but text after the number is '\.\d{3} )")
_DOTTED_COUNT_RANGE = re.compile(r"\d{1,3}(?:\.\d{3})+-(\d{1,3}(?:\.\d{3})+) ")


def word_range(e, text, gold, anchors):
    """set304's two range forms (with set337's "đến trên") (see the docstring), then the forms every set from set155 on tolerates."""
    m = _LINE.match(e)
    if m:
        r = gold[int(m.group(1)) - 1]
        w = _WORD_RANGE.match(text, r["anchor"])
        if w and r["op"] == "between":
            lo = num(w.group(1)) * _MAG[w.group(2) or w.group(4)]
            hi = num(w.group(3)) * _MAG[w.group(4)]
            if close(lo, r["value"]) and close(hi, r["value_max"]):
                return True
        d = _DOTTED_COUNT_RANGE.match(text, r["anchor"])
        if d and r["op"] == "between" and m.group(2).startswith("unit count"):
            return close(num(d.group(1)), r["value_max"])
    return dotted_or_magnitude_range(e, text, gold, anchors)


def main():
    return run_set(HERE, build_gold, sys.argv, **SET_FORMS, tolerate=word_range)


if __name__ == "__main__":
    sys.exit(main())
