#!/usr/bin/env python3
"""Check the gold files ./gold/*.jsonl against ./texts and the contract
(/work/shared/spec/target-records.md) with ../goldcheck.py's checks, the written forms every set
from set43 on names (goldcheck.SET_FORMS) and the tolerance for dotted and magnitude ranges
(goldcheck.dotted_or_magnitude_range). Copied from set193's for set347, with one tolerance of its
own (`range_of_grouped_ends`) for the ranges of set347's prices and outputs that the shared checks
do not read:

  - a range whose ends are joined by an en dash with a space on each side, "6.000 – 6.500 tấn"
    (08, as set333's "716.600 – 730.000 ha");
  - a range whose high end only has a thousands dot, "800 - 1.000 đồng/kg" (09).

Either complaint ("between but no range", "value_max ... but text has") is tolerated only when the
two ends so read equal the record's value and value_max.

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

GROUPED = r"(\d{1,3}(?:\.\d{3})*)"
GROUPED_RANGE = re.compile(GROUPED + r"\s*[-–]\s*" + GROUPED)
COMPLAINT = re.compile(r"[^:]+:(\d+): (?:between but no range in text|value_max \S+ but text has)")


def range_of_grouped_ends(e, text, gold, anchors):
    """set347's two range forms (docstring above); anything else goes to the shared tolerance."""
    c = COMPLAINT.match(e)
    rec = gold[int(c.group(1)) - 1] if c else None
    g = GROUPED_RANGE.match(text, rec["anchor"]) if rec and rec["op"] == "between" else None
    if g and close(num(g.group(1)), rec["value"]) and close(num(g.group(2)), rec["value_max"]):
        return True
    return dotted_or_magnitude_range(e, text, gold, anchors)


if __name__ == "__main__":
    sys.exit(run_set(HERE, build_gold, sys.argv, **SET_FORMS, tolerate=range_of_grouped_ends))
