#!/usr/bin/env python3
"""Check the gold files ./gold/*.jsonl against ./texts and the contract
(/work/shared/spec/target-records.md) with ../goldcheck.py's checks, the written forms every set
from set43 on names (goldcheck.SET_FORMS, whose comment tells which set met each) and the tolerance
for dotted and magnitude ranges (goldcheck.dotted_or_magnitude_range). Copied from set175's for
set184, from set184's for set193 and from set193's for set250, unchanged but for this docstring:
set250 adds one form of its own (`unit_range`, below): a range whose unit follows each end, "từ
40Mbit/s đến 100Mbit/s" (04).

  python3 check_gold.py            # asserts; prints a summary per file
  python3 check_gold.py --numbers  # also lists every number left without a record

Exit status 0 when every check passes, 1 otherwise.
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # ../goldkit.py, ../goldcheck.py: what every set's scripts share
from goldcheck import SET_FORMS, close, dotted_or_magnitude_range, num, run_set  # noqa: E402
sys.path.insert(0, str(HERE))
import build_gold  # noqa: E402  (for the per-document kind/year and NOT lists)


_RANGE_ERROR = re.compile(r"[^:]+:(\d+): between but no range in text")
_UNIT_RANGE = re.compile(r"\d+(?:,\d+)?\s*[A-Za-z]+/s\s+đến\s+(\d+(?:,\d+)?)\s*[A-Za-z]+/s")


def unit_range(e, text, gold, anchors):
    """The earlier sets' tolerance, then set250's form: "từ 40Mbit/s đến 100Mbit/s", tolerated when
    the high end equals the record's value_max."""
    if dotted_or_magnitude_range(e, text, gold, anchors):
        return True
    m = _RANGE_ERROR.match(e)
    if m:
        r = gold[int(m.group(1)) - 1]
        d = _UNIT_RANGE.match(text, r["anchor"])
        return bool(d) and close(num(d.group(1)), r["value_max"])
    return False


def main():
    return run_set(HERE, build_gold, sys.argv, **SET_FORMS, tolerate=unit_range)


if __name__ == "__main__":
    sys.exit(main())
