#!/usr/bin/env python3
"""Check the gold files ./gold/*.jsonl against ./texts and the contract
(/work/shared/spec/target-records.md) with ../goldcheck.py's checks, the written forms every set
from set43 on names (goldcheck.SET_FORMS, whose comment tells which set met each) and the tolerance
for dotted and magnitude ranges (goldcheck.dotted_or_magnitude_range). Copied from set193's for
set338, with one form added: a percentage written with a dot for its decimal comma and one digit
after it, "95.9%" (13), read as 95.9 (set25's "90.17%" has two digits); its value and unit
complaints are tolerated, then the ranges as before.

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
sys.path.insert(0, str(HERE))
import build_gold  # noqa: E402  (for the per-document kind/year and NOT lists)


_DOT_PCT_ERROR = re.compile(r"[^:]+:(\d+): (value \S+ but text has|unit % but text after the number is) ")
_DOT_PCT = re.compile(r"(\d{1,3})\.(\d)%")


def _dot_percent(e, text, gold, anchors):
    """Tolerate "95.9%" read as 95.9 (a record of unit %), else the ranges' tolerance."""
    m = _DOT_PCT_ERROR.match(e)
    if m:
        r = gold[int(m.group(1)) - 1]
        d = _DOT_PCT.match(text, r["anchor"])
        if d and r["unit"] == "%" and abs(float(d.group(1) + "." + d.group(2)) - r["value"]) < 1e-9:
            return True
    return dotted_or_magnitude_range(e, text, gold, anchors)


def main():
    return run_set(HERE, build_gold, sys.argv, **SET_FORMS, tolerate=_dot_percent)


if __name__ == "__main__":
    sys.exit(main())
