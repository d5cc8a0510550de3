#!/usr/bin/env python3
"""Check the gold files ./gold/*.jsonl against ./texts and the contract
(/work/shared/spec/target-records.md) with ../goldcheck.py's checks, the written forms every set
from set43 on names (goldcheck.SET_FORMS, whose comment tells which set met each) and the tolerance
for dotted and magnitude ranges (goldcheck.dotted_or_magnitude_range). Copied from set193's for
set275, with one form of its own (a fraction whose magnitude word follows the denominator only,
"2.173,94/2.853,43 tỷ đồng": `fraction_or_range`) on top of those named above.

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


# set275's own form: a fraction whose magnitude word follows its denominator only,
# "2.173,94/2.853,43 tỷ đồng" (the numerator read with the magnitude word multiplied in).
_FRACTION_ERROR = re.compile(r"[^:]+:(\d+): value (\S+) but text has ")
_FRACTION = re.compile(r"(\d{1,3}(?:\.\d{3})*(?:,\d+)?)/(\d{1,3}(?:\.\d{3})*(?:,\d+)?)\s+(nghìn|ngàn|triệu|tỷ|tỉ)\b")
_MULT = {"nghìn": 1e3, "ngàn": 1e3, "triệu": 1e6, "tỷ": 1e9, "tỉ": 1e9}


def fraction_or_range(e, text, gold, anchors):
    """A `tolerate`: the fraction above, then the forms earlier sets named."""
    m = _FRACTION_ERROR.match(e)
    if m:
        r = gold[int(m.group(1)) - 1]
        f = _FRACTION.match(text, r["anchor"])
        if f and close(num(f.group(1)) * _MULT[f.group(3)], r["value"]):
            return True
    return dotted_or_magnitude_range(e, text, gold, anchors)


def main():
    return run_set(HERE, build_gold, sys.argv, **SET_FORMS, tolerate=fraction_or_range)


if __name__ == "__main__":
    sys.exit(main())
