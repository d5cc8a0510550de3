#!/usr/bin/env python3
"""Check the gold files ./gold/*.jsonl against ./texts and the contract
(/work/shared/spec/target-records.md) with ../goldcheck.py's checks, the written forms every set
from set43 on names (goldcheck.SET_FORMS, whose comment tells which set met each) and the tolerance
for dotted and magnitude ranges (goldcheck.dotted_or_magnitude_range). Copied from set193's for
set201 (set193's from set184's, set175's), with one written form of set201's own on top: an amount
in two parts, "345 tỉ 469 triệu đồng" (10), whose value is the sum of its parts (the value check
reads the first part only); the complaint is tolerated only where the text has exactly that form
and the parts add up to the record's value.

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
from goldkit import close  # noqa: E402
sys.path.insert(0, str(HERE))
import build_gold  # noqa: E402  (for the per-document kind/year and NOT lists)

_VALUE_ERROR = re.compile(r"[^:]+:(\d+): value \S+ but text has ")
_TWO_PART = re.compile(r"(\d+) (?:tỉ|tỷ) (\d{3}) triệu")


def two_part_amount(e, text, gold, anchors):
    """set201's form on top of set155's: "345 tỉ 469 triệu" read as 345e9 + 469e6."""
    m = _VALUE_ERROR.match(e)
    if m:
        r = gold[int(m.group(1)) - 1]
        t = _TWO_PART.match(text, r["anchor"])
        if t and close(int(t.group(1)) * 1e9 + int(t.group(2)) * 1e6, r["value"]):
            return True
    return dotted_or_magnitude_range(e, text, gold, anchors)


def main():
    return run_set(HERE, build_gold, sys.argv, **SET_FORMS, tolerate=two_part_amount)


if __name__ == "__main__":
    sys.exit(main())
