#!/usr/bin/env python3
"""Check the gold files ./gold/*.jsonl against ./texts and the contract
(/work/shared/spec/target-records.md) with ../goldcheck.py's checks, the written forms every set
from set43 on names (goldcheck.SET_FORMS, whose comment tells which set met each) and the tolerance
for dotted and magnitude ranges (goldcheck.dotted_or_magnitude_range). Copied from set193's for
set377 (reservoirs and dam safety), with one form of its own: a stored volume written as the
volume reached over the design volume, the magnitude word once after both ("306,9/345 triệu m3",
03), read as 306.9e6 (`slash_magnitude`, tried before goldcheck's range tolerance).

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
sys.path.insert(0, str(HERE))
import build_gold  # noqa: E402  (for the per-document kind/year and NOT lists)


_VALUE_ERROR = re.compile(r"[^:]+:(\d+): value (\S+) but text has ")
_SLASH_MAG = re.compile(r"(\d+(?:,\d+)?)/\d+(?:,\d+)? (triệu|tỷ) ")
_MULT = {"triệu": 1e6, "tỷ": 1e9}


def slash_magnitude(e, text, gold, anchors):
    """set377's form, then goldcheck's range tolerance."""
    m = _VALUE_ERROR.match(e)
    if m:
        r = gold[int(m.group(1)) - 1]
        d = _SLASH_MAG.match(text, r["anchor"])
        if d and abs(float(d.group(1).replace(",", ".")) * _MULT[d.group(2)] - r["value"]) < 1e-6 * r["value"]:
            return True
    return dotted_or_magnitude_range(e, text, gold, anchors)


def main():
    return run_set(HERE, build_gold, sys.argv, **SET_FORMS, tolerate=slash_magnitude)


if __name__ == "__main__":
    sys.exit(main())
