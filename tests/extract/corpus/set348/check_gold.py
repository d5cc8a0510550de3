#!/usr/bin/env python3
"""Check the gold files ./gold/*.jsonl against ./texts and the contract
(/work/shared/spec/target-records.md) with ../goldcheck.py's checks, the written forms every set
from set43 on names (goldcheck.SET_FORMS) and the tolerance for dotted and magnitude ranges
(goldcheck.dotted_or_magnitude_range). Copied from set259's for set348, with one of set259's two
forms kept, tolerated only where the text has it:
  - one amount written with two magnitude words, "hơn 5 tỷ 217 triệu đồng" (04): the value is the
    sum (5e9 + 217e6), as set259's "3 tỷ 124 triệu đồng".

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

VALUE_ERROR = re.compile(r"[^:]+:(\d+): value \S+ but text has ")
TY_TRIEU = re.compile(r"(\d+) tỷ (\d+) triệu\b")


def ty_trieu_or_range(e, text, gold, anchors):
    """"3 tỷ 124 triệu đồng" read as one amount; anything else as set193 tolerated it."""
    m = VALUE_ERROR.match(e)
    if m:
        r = gold[int(m.group(1)) - 1]
        t = TY_TRIEU.match(text, r["anchor"])
        if t and close(int(t.group(1)) * 1e9 + int(t.group(2)) * 1e6, r["value"]):
            return True
    return dotted_or_magnitude_range(e, text, gold, anchors)


def main():
    return run_set(HERE, build_gold, sys.argv, **SET_FORMS, tolerate=ty_trieu_or_range)


if __name__ == "__main__":
    sys.exit(main())
