#!/usr/bin/env python3
"""Check the gold files ./gold/*.jsonl against ./texts and the contract
(/work/shared/spec/target-records.md) with ../goldcheck.py's checks, the written forms every set
from set43 on names (goldcheck.SET_FORMS) and the tolerance for dotted and magnitude ranges
(goldcheck.dotted_or_magnitude_range). Copied from set193's for set354, with one form more that
set354's 10 (Hà Tĩnh) writes: an amount of a tỷ and its millions spelled out after a comma, "1tỷ,
430 triệu đồng", "1 tỷ, 0 trăm 80 triệu đồng", read as one amount (1.43e9, 1.08e9); the value
complaint is tolerated only where the text at the anchor has exactly that form and it so reads.

  python3 check_gold.py            # asserts; prints a summary per file
  python3 check_gold.py --numbers  # also lists every number left without a record

Exit status 0 when every check passes, 1 otherwise.
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # ../goldkit.py, ../goldcheck.py: what every set's scripts share
from goldcheck import SET_FORMS, close, dotted_or_magnitude_range, run_set  # noqa: E402
sys.path.insert(0, str(HERE))
import build_gold  # noqa: E402  (for the per-document kind/year and NOT lists)

_VALUE_ERROR = re.compile(r"[^:]+:(\d+): value \S+ but text has ")
_TY_AND_MILLIONS = re.compile(r"(\d+)\s*tỷ,\s*(?:(\d+) trăm )?(\d+) triệu")


def ty_and_millions(e, text, gold, anchors):
    """set354's form (above), then the earlier sets' ranges."""
    m = _VALUE_ERROR.match(e)
    if m:
        r = gold[int(m.group(1)) - 1]
        a = _TY_AND_MILLIONS.match(text, r["anchor"])
        if a:
            v = int(a.group(1)) * 1e9 + int(a.group(2) or 0) * 1e8 + int(a.group(3)) * 1e6
            return close(v, r["value"])
    return dotted_or_magnitude_range(e, text, gold, anchors)


def main():
    return run_set(HERE, build_gold, sys.argv, **SET_FORMS, tolerate=ty_and_millions)


if __name__ == "__main__":
    sys.exit(main())
