#!/usr/bin/env python3
"""Check the gold files ./gold/*.jsonl against ./texts and the contract
(/work/shared/spec/target-records.md) with ../goldcheck.py's checks, the written forms every set
from set43 on names (goldcheck.SET_FORMS, whose comment tells which set met each) and the tolerance
for dotted and magnitude ranges (goldcheck.dotted_or_magnitude_range). Copied from set193's for
set341, with one form of its own: a magnitude word written against its number without a space,
"128,5tỷ đồng" (01), whose value complaint is tolerated where the number so multiplied equals the
record's value; every other complaint goes to the shared tolerance.

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


GLUED_ERROR = re.compile(r"[^:]+:(\d+): value \S+ but text has ")
GLUED = re.compile(r"(\d+(?:,\d+)?)(tỷ|tỉ|triệu)")
GLUED_MULT = {"tỷ": 1e9, "tỉ": 1e9, "triệu": 1e6}


def glued_or_range(e, text, gold, anchors):
    """set341's form, then the shared tolerance (goldcheck.dotted_or_magnitude_range)."""
    m = GLUED_ERROR.match(e)
    if m:
        r = gold[int(m.group(1)) - 1]
        g = GLUED.match(text, r["anchor"])
        if g and close(num(g.group(1)) * GLUED_MULT[g.group(2)], r["value"]):
            return True
    return dotted_or_magnitude_range(e, text, gold, anchors)


def main():
    return run_set(HERE, build_gold, sys.argv, **SET_FORMS, tolerate=glued_or_range)


if __name__ == "__main__":
    sys.exit(main())
