#!/usr/bin/env python3
"""Check the gold files ./gold/*.jsonl against ./texts and the contract
(/work/shared/spec/target-records.md) with ../goldcheck.py's checks, the written forms every set
from set43 on names (goldcheck.SET_FORMS, whose comment tells which set met each) and the tolerance
for dotted and magnitude ranges (goldcheck.dotted_or_magnitude_range). Copied from set193's for
set242, with one form of its own on top: "565 ngàn tỷ đồng" ("ngàn" then "tỷ": both words multiply,
1e12, as the spec says and as goldcheck already reads "nghìn tỷ"; its MAGNITUDE pattern stops at
"ngàn"). `ngan_ty` tolerates the value complaint only where the text reads N ngàn tỷ and the
record's value is N * 1e12.

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


_VALUE_ERROR = re.compile(r".*:(\d+): value \S+ but text has")
_NGAN_TY = re.compile(r"([\d.,]+)\s+ngàn\s+t[ỷỉ]\b")


def ngan_ty(e, text, gold, anchors):
    """set242's form: "565 ngàn tỷ" read as 565e12; else the standard tolerance."""
    m = _VALUE_ERROR.match(e)
    if m:
        r = gold[int(m.group(1)) - 1]
        d = _NGAN_TY.match(text, r["anchor"])
        if d and close(num(d.group(1)) * 1e12, r["value"]):
            return True
    return dotted_or_magnitude_range(e, text, gold, anchors)


def main():
    return run_set(HERE, build_gold, sys.argv, **SET_FORMS, tolerate=ngan_ty)


if __name__ == "__main__":
    sys.exit(main())
