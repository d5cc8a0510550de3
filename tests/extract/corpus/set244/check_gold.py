#!/usr/bin/env python3
"""Check the gold files ./gold/*.jsonl against ./texts and the contract
(/work/shared/spec/target-records.md) with ../goldcheck.py's checks, the written forms every set
from set43 on names (goldcheck.SET_FORMS) and the tolerance for dotted and magnitude ranges
(goldcheck.dotted_or_magnitude_range). Copied from set193's for set244, with one tolerance of its
own (`worded_range_or_caps`), for two forms set244's texts have:

  - a range joined by "đến" whose ends each carry their unit or magnitude word, "40% đến 45%"
    (02), "3 triệu đến 3,5 triệu" (07), or whose magnitude word follows the high end only,
    "3.400 đến 3.900 tỷ đồng" (07): the "between"/value/value_max/percentage complaints are
    tolerated when the ends so read equal the record's value and value_max;
  - a magnitude word written in capitals in a title, "7,5 TRIỆU LƯỢT" (05): the value complaint is
    tolerated when the number times the word's multiplier equals the record's value.

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

_NUM = r"(\d{1,3}(?:\.\d{3})*(?:,\d+)?)"
_WORDED = re.compile(_NUM + r"(?:\s*(%)|\s+(nghìn|ngàn|triệu|tỷ|tỉ)\b)?\s+đến\s+" + _NUM
                     + r"(?:\s*(%)|\s+(nghìn|ngàn|triệu|tỷ|tỉ)\b)?", re.I)
_CAPS = re.compile(_NUM + r"\s+(NGHÌN|NGÀN|TRIỆU|TỶ|TỈ)\b")
_MULT = {None: 1, "%": 1, "nghìn": 1e3, "ngàn": 1e3, "triệu": 1e6, "tỷ": 1e9, "tỉ": 1e9}
_REC = re.compile(r"[^:]+:(\d+): ")
_PCT = re.compile(r".*: percentage '[^']*' at (\d+) has no record")


def _worded(text, r):
    m = _WORDED.match(text, r["anchor"])
    if not m or r["op"] != "between":
        return None
    lo_w = (m.group(2) or m.group(3) or "").lower() or None
    hi_w = (m.group(5) or m.group(6) or "").lower() or None
    lo_k = _MULT[lo_w or hi_w]
    hi_k = _MULT[hi_w or lo_w]
    if close(num(m.group(1)) * lo_k, r["value"]) and close(num(m.group(4)) * hi_k, r["value_max"]):
        return m
    return None


def worded_range_or_caps(e, text, gold, anchors):
    """set244's forms (docstring above), then set155's, set37's and set39's."""
    p = _PCT.match(e)
    if p:  # the high end of a "X% đến Y%" range needs no record of its own
        pos = int(p.group(1))
        return any((m := _worded(text, r)) and m.start(4) == pos for r in gold)
    m = _REC.match(e)
    if m:
        r = gold[int(m.group(1)) - 1]
        if _worded(text, r):
            return True
        c = _CAPS.match(text, r["anchor"])
        if c and close(num(c.group(1)) * _MULT[c.group(2).lower()], r["value"]):
            return True
    return dotted_or_magnitude_range(e, text, gold, anchors)


def main():
    return run_set(HERE, build_gold, sys.argv, **SET_FORMS, tolerate=worded_range_or_caps)


if __name__ == "__main__":
    sys.exit(main())
