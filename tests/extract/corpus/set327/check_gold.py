#!/usr/bin/env python3
"""Check the gold files ./gold/*.jsonl against ./texts and the contract
(/work/shared/spec/target-records.md) with ../goldcheck.py's checks, the written forms every set
from set43 on names (goldcheck.SET_FORMS) and the tolerance for dotted and magnitude ranges
(goldcheck.dotted_or_magnitude_range). Copied from set193's (itself from set184's and set175's) for
set327, with one form of its own, the price ranges of this set's market reports: "25 – 31 triệu
đồng/m2" (an en dash between spaces, the magnitude word after the high end only), "27 triệu đến 175
triệu đồng/m2" and "30 triệu đồng/m2 – 40 triệu đồng/m2" (the magnitude and unit after each end),
"3.190 đồng/m² đến 494.001.000 đồng/m²": the complaints "between but no range" and "value ... but
text has" are tolerated when the two ends, each multiplied by the magnitude word written at it or
(when only the high end has one) by the high end's, equal the record's value and value_max (as
set247's "1 – 2 mô hình" and set155's "1-1,2 tỉ đồng").

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

_COMPLAINT = re.compile(r"[^:]+:(\d+): (?:between but no range in text|value \S+ but text has )")
_N = r"(\d{1,3}(?:\.\d{3})*(?:,\d+)?)"
_PRICE_RANGE = re.compile(_N + r"(?:\s+(triệu|tỷ))?(?:\s+đồng/\s?m[2²])?\s*(?:–|-|đến)\s*" + _N + r"(?:\s+(triệu|tỷ))?")
_MULT = {None: 1, "triệu": 1e6, "tỷ": 1e9}


def price_range(e, text, gold, anchors):
    """set327's form (above), then the shared tolerance."""
    m = _COMPLAINT.match(e)
    if m:
        r = gold[int(m.group(1)) - 1]
        d = _PRICE_RANGE.match(text, r["anchor"])
        if d and r["op"] == "between":
            hi = _MULT[d.group(4)]
            lo = _MULT[d.group(2)] if d.group(2) else hi
            if close(num(d.group(1)) * lo, r["value"]) and close(num(d.group(3)) * hi, r["value_max"]):
                return True
    return dotted_or_magnitude_range(e, text, gold, anchors)


def main():
    return run_set(HERE, build_gold, sys.argv, **SET_FORMS, tolerate=price_range)


if __name__ == "__main__":
    sys.exit(main())
