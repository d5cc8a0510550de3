#!/usr/bin/env python3
"""Check the gold files ./gold/*.jsonl against ./texts and the contract
(/work/shared/spec/target-records.md) with ../goldcheck.py's checks, the written forms every set
from set43 on names (goldcheck.SET_FORMS) and the tolerance for dotted and magnitude ranges
(goldcheck.dotted_or_magnitude_range). Copied from set193's for set285, with one form of its own
on top: a magnitude word written against its number, "62,3triệu đồng" (06), read as 62.3e6 (the
value check reads the magnitude only after a space).

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


_GLUED = re.compile(r"(\d{1,3}(?:\.\d{3})*(?:,\d+)?)(nghìn|ngàn|triệu|tỷ|tỉ)\b")
_GLUED_MULT = {"nghìn": 1e3, "ngàn": 1e3, "triệu": 1e6, "tỷ": 1e9, "tỉ": 1e9}
_VALUE = re.compile(r"[^:]+:(\d+): value \S+ but text has ")


def tolerate(e, text, gold, anchors):
    """set155's forms (goldcheck), then set285's: a magnitude word with no space before it."""
    if dotted_or_magnitude_range(e, text, gold, anchors):
        return True
    m = _VALUE.match(e)
    if not m:
        return False
    r = gold[int(m.group(1)) - 1]
    g = _GLUED.match(text, r["anchor"])
    return bool(g) and close(num(g.group(1)) * _GLUED_MULT[g.group(2)], r["value"])


def main():
    return run_set(HERE, build_gold, sys.argv, **SET_FORMS, tolerate=tolerate)


if __name__ == "__main__":
    sys.exit(main())
