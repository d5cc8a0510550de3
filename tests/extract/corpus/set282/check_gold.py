#!/usr/bin/env python3
"""Check the gold files ./gold/*.jsonl against ./texts and the contract
(/work/shared/spec/target-records.md) with ../goldcheck.py's checks, the written forms every set
from set43 on names (goldcheck.SET_FORMS) and the tolerance for dotted and magnitude ranges
(goldcheck.dotted_or_magnitude_range). Copied from set193's for set282, with the two range forms
this set's seaport plans write, each tolerated only where the text has exactly that form and both
its ends, read so, equal the record's value and value_max:

  - an en-dash range with no spaces or with spaces, its magnitude word after the high end only:
    "17,65–18,75 triệu tấn", "0,32–0,37 triệu TEU", "150.000–200.000 lượt" (both ends multiplied);
    "13 – 15.000 tấn" (the low end read with the high end's thousands, a judgement);
  - a range whose unit words are written after each end: "5,0 triệu tấn đến 5,5 triệu tấn",
    "17,6 nghìn lượt khách đến 21,7 nghìn lượt khách", "5 cầu cảng đến 6 cầu cảng",
    "10.000 DWT đến 30.000 DWT".

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

_N = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
_MAG = {None: 1, "nghìn": 1e3, "ngàn": 1e3, "triệu": 1e6, "tỷ": 1e9}
_EN_DASH = re.compile(rf"({_N})\s*–\s*({_N})(?:\s+(nghìn|ngàn|triệu|tỷ)\b)?")
_UNIT_EACH = re.compile(rf"({_N})(?:\s+(nghìn|ngàn|triệu|tỷ))?\s+(\D{{1,25}}?)\s+đến\s+({_N})"
                        rf"(?:\s+(nghìn|ngàn|triệu|tỷ))?\s+\3")
_REC = re.compile(r"[^:]+:(\d+): ")


def _ends(text, r):
    """The two ends of the range written at the record's anchor, in this set's forms, or None."""
    d = _EN_DASH.match(text, r["anchor"])
    if d:
        k = _MAG[d.group(3)]
        lo, hi = num(d.group(1)), num(d.group(2))
        if lo < 1000 <= hi and "." in d.group(2) and "." not in d.group(1):
            return [(lo * k, hi * k), (lo * 1000 * k, hi * k)]
        return [(lo * k, hi * k)]
    u = _UNIT_EACH.match(text, r["anchor"])
    if u:
        return [(num(u.group(1)) * _MAG[u.group(2)], num(u.group(4)) * _MAG[u.group(5)])]
    return None


def tolerate(e, text, gold, anchors):
    """set282's range forms (above), then set155's, set37's and set39's (dotted_or_magnitude_range)."""
    m = _REC.match(e)
    if m and ("between but no range" in e or " but text has " in e or "unit count but text after" in e):
        r = gold[int(m.group(1)) - 1]
        ends = _ends(text, r) if r["op"] == "between" else None
        if ends and any(close(lo, r["value"]) and close(hi, r["value_max"]) for lo, hi in ends):
            return True
    return dotted_or_magnitude_range(e, text, gold, anchors)


def main():
    return run_set(HERE, build_gold, sys.argv, **SET_FORMS, tolerate=tolerate)


if __name__ == "__main__":
    sys.exit(main())
