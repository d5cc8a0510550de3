#!/usr/bin/env python3
"""Check the gold files ./gold/*.jsonl against ./texts and the contract
(/work/shared/spec/target-records.md) with ../goldcheck.py's checks, the written forms every set
from set43 on names (goldcheck.SET_FORMS, whose comment tells which set met each) and the tolerance
for dotted and magnitude ranges (goldcheck.dotted_or_magnitude_range). Copied from set175's for
set176, with one form of its own on top: a result and its target written as a pair with one
magnitude word after the second, "45.799/36.875 tỷ đồng" (11): the complaint "value ... but text
has" on the first number is tolerated only where the pair so read, the magnitude multiplied into
the first number too, gives the record's value.

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

_VALUE_ERROR = re.compile(r"[^:]+:(\d+): value \S+ but text has ")
_SLASHED_PAIR = re.compile(r"(\d{1,3}(?:\.\d{3})*(?:,\d+)?)/\d{1,3}(?:\.\d{3})*(?:,\d+)?\s+(nghìn|ngàn|triệu|tỷ|tỉ)\b")
_MULT = {"nghìn": 1e3, "ngàn": 1e3, "triệu": 1e6, "tỷ": 1e9, "tỉ": 1e9}


def slashed_pair_or_range(e, text, gold, anchors):
    """set176's form (above), then set155's and set37/set39's (dotted_or_magnitude_range)."""
    m = _VALUE_ERROR.match(e)
    if m:
        r = gold[int(m.group(1)) - 1]
        p = _SLASHED_PAIR.match(text, r["anchor"])
        if p and close(num(p.group(1)) * _MULT[p.group(2)], r["value"]):
            return True
    return dotted_or_magnitude_range(e, text, gold, anchors)


def main():
    return run_set(HERE, build_gold, sys.argv, **SET_FORMS, tolerate=slashed_pair_or_range)


if __name__ == "__main__":
    sys.exit(main())
