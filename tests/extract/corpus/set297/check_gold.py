#!/usr/bin/env python3
"""Check the gold files ./gold/*.jsonl against ./texts and the contract
(/work/shared/spec/target-records.md) with ../goldcheck.py's checks, the written forms every set
from set43 on names (goldcheck.SET_FORMS, whose comment tells which set met each) and the tolerance
for dotted and magnitude ranges (goldcheck.dotted_or_magnitude_range). Copied from set287's for
set297 (the mining texts), unchanged but for this docstring: set297 meets set287's own form, a range
between two numbers written with thousands dots and joined by "đến", "từ 600.000 đến 800.000
đồng/m3" (04):
the value_max complaint and the unit complaint about the high end's dotted tail are tolerated when
the two ends so read equal the record's value and value_max.

  python3 check_gold.py            # asserts; prints a summary per file
  python3 check_gold.py --numbers  # also lists every number left without a record

Exit status 0 when every check passes, 1 otherwise.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # ../goldkit.py, ../goldcheck.py: what every set's scripts share
import re  # noqa: E402
from goldcheck import SET_FORMS, dotted_or_magnitude_range, run_set  # noqa: E402
from goldkit import close, num  # noqa: E402
sys.path.insert(0, str(HERE))
import build_gold  # noqa: E402  (for the per-document kind/year and NOT lists)


_DEN_DOTTED = re.compile(r"(\d{1,3}(?:\.\d{3})+)\s+đến\s+(\d{1,3}(?:\.\d{3})+)")
_REC_ERROR = re.compile(r"[^:]+:(\d+): (?:value_max \S+ but text has |unit count but text after the number is )")


def den_dotted_range(e, text, gold, anchors):
    """set287's form ("4.000 đến 4.500", here "600.000 đến 800.000"), then the shared ones."""
    m = _REC_ERROR.match(e)
    if m:
        r = gold[int(m.group(1)) - 1]
        d = _DEN_DOTTED.match(text, r["anchor"])
        if d and r["op"] == "between" and close(num(d.group(1)), r["value"]) \
                and close(num(d.group(2)), r["value_max"]):
            return True
    return dotted_or_magnitude_range(e, text, gold, anchors)


def main():
    return run_set(HERE, build_gold, sys.argv, **SET_FORMS, tolerate=den_dotted_range)


if __name__ == "__main__":
    sys.exit(main())
