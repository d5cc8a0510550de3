#!/usr/bin/env python3
"""Check the gold files ./gold/*.jsonl against ./texts and the contract
(/work/shared/spec/target-records.md) with ../goldcheck.py's checks, the written forms every set
from set43 on names (goldcheck.SET_FORMS, whose comment tells which set met each) and the tolerance
for dotted and magnitude ranges (goldcheck.dotted_or_magnitude_range). Copied from set193's for
set357, with set301's range form on top (a range of two numbers with thousands dots joined by "-"
or "đến", "15.000-20.000 người", "từ 3.000 đến 5.000 người", whose count word follows the high
end) and one form of set357's own: a range of two decimals joined by "đến" with the magnitude
word "vạn" (ten thousand) after the high end, "từ 1,5 đến 2 vạn người" (11), read as 15000-20000.

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

_DOTTED_TO = re.compile(r"(\d{1,3}(?:\.\d{3})+)\s*(?:-|đến)\s*(\d{1,3}(?:\.\d{3})+)\s+\w")
_VAN_TO = re.compile(r"(\d+(?:,\d+)?)\s+đến\s+(\d+(?:,\d+)?)\s+vạn\b")
_ERR = re.compile(r"[^:]+:(\d+): (value \S+ but text has |value_max \S+ but text has "
                  r"|unit count but text after the number is )")


def range_forms(e, text, gold, anchors):
    """A `tolerate`: set301's dotted range, set357's "vạn" range, then set155's and earlier forms."""
    m = _ERR.match(e)
    if m:
        r = gold[int(m.group(1)) - 1]
        if r["op"] == "between":
            d = _DOTTED_TO.match(text, r["anchor"])
            if d and close(num(d.group(1)), r["value"]) and close(num(d.group(2)), r["value_max"]):
                return True
            v = _VAN_TO.match(text, r["anchor"])
            if v and close(num(v.group(1)) * 1e4, r["value"]) and close(num(v.group(2)) * 1e4, r["value_max"]):
                return True
    return dotted_or_magnitude_range(e, text, gold, anchors)


def main():
    return run_set(HERE, build_gold, sys.argv, **SET_FORMS, tolerate=range_forms)


if __name__ == "__main__":
    sys.exit(main())
