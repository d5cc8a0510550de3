#!/usr/bin/env python3
"""Check the gold files ./gold/*.jsonl against ./texts and the contract
(/work/shared/spec/target-records.md) with ../goldcheck.py's checks, the written forms every set
from set43 on names (goldcheck.SET_FORMS, whose comment tells which set met each) and the tolerance
for dotted and magnitude ranges (goldcheck.dotted_or_magnitude_range). Copied from set193's for
set235. New in set235: "660 ngàn tỷ đồng" (01), two magnitude words with "ngàn" first, read as
number x 1e12 (the contract's "ngàn" 1e3 times "tỷ" 1e9; the shared checker reads "nghìn tỷ" so
but not "ngàn tỷ"): the complaint "value ... but text has" is tolerated exactly there, where the
number times 1e12 equals the value, as set103's `thousand_billion` did; then the shared range
tolerance.

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

_VALUE_COMPLAINT = re.compile(r"[^:]+:(\d+): value (\S+) but text has ")
_NGAN_TY = re.compile(r"(\d+(?:,\d+)?) ngàn t[ỷỉ]\b")


def ngan_ty_or_range(e, text, gold, anchors):
    """"660 ngàn tỷ" as 660 x 1e12 where the record says so; else the shared range tolerance."""
    m = _VALUE_COMPLAINT.match(e)
    if m:
        r = gold[int(m.group(1)) - 1]
        t = _NGAN_TY.match(text, r["anchor"])
        if t and close(num(t.group(1)) * 1e12, r["value"]):
            return True
    return dotted_or_magnitude_range(e, text, gold, anchors)


def main():
    return run_set(HERE, build_gold, sys.argv, **SET_FORMS, tolerate=ngan_ty_or_range)


if __name__ == "__main__":
    sys.exit(main())
