#!/usr/bin/env python3
"""Check the gold files ./gold/*.jsonl against ./texts and the contract
(/work/shared/spec/target-records.md) with ../goldcheck.py's checks, the written forms every set
from set43 on names (goldcheck.SET_FORMS, whose comment tells which set met each) and the tolerance
for dotted and magnitude ranges (goldcheck.dotted_or_magnitude_range). Copied from set175's for
set184, from set184's for set193 and from set193's for set240, unchanged but for this docstring:
set240 names one form on top, a range whose unit is written at both ends without a space,
"40Gbps-100Gbps" (`unit_range`, below).

  python3 check_gold.py            # asserts; prints a summary per file
  python3 check_gold.py --numbers  # also lists every number left without a record

Exit status 0 when every check passes, 1 otherwise.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # ../goldkit.py, ../goldcheck.py: what every set's scripts share
from goldcheck import SET_FORMS, dotted_or_magnitude_range, run_set  # noqa: E402
sys.path.insert(0, str(HERE))
import build_gold  # noqa: E402  (for the per-document kind/year and NOT lists)
import re  # noqa: E402

_RANGE_ERROR = re.compile(r"[^:]+:(\d+): between but no range in text")
_UNIT_RANGE = re.compile(r"(\d+(?:,\d+)?)([A-Za-z/]+)\s*-\s*(\d+(?:,\d+)?)\2")


def unit_range(e, text, gold, anchors):
    """set240's 07: "từ 40Gbps-100Gbps", the same unit at both ends of the dash; then the sets' own."""
    m = _RANGE_ERROR.match(e)
    if m:
        r = gold[int(m.group(1)) - 1]
        d = _UNIT_RANGE.match(text, r["anchor"])
        if d and r["op"] == "between" and float(d.group(1).replace(",", ".")) == r["value"] \
                and float(d.group(3).replace(",", ".")) == r["value_max"] and d.group(2) == r.get("unit_text"):
            return True
    return dotted_or_magnitude_range(e, text, gold, anchors)


def main():
    return run_set(HERE, build_gold, sys.argv, **SET_FORMS, tolerate=unit_range)


if __name__ == "__main__":
    sys.exit(main())
