#!/usr/bin/env python3
"""Check the gold files ./gold/*.jsonl against ./texts and the contract
(/work/shared/spec/target-records.md) with ../goldcheck.py's checks, the written forms every set
from set43 on names (goldcheck.SET_FORMS) and the tolerance for dotted and magnitude ranges
(goldcheck.dotted_or_magnitude_range). Copied from set193's for set293, with one form added to the
tolerance (`bare_low_range`, the first of set254's two forms), tolerated only where the text has
exactly that form:

  - a range whose low end has no "%" and whose dash is an en dash between spaces, "ít nhất
    50 – 70%" (10): the range's complaint, the low end's "unit %" and the high end's "percentage
    without record" are tolerated when the two ends so read equal the record's value and value_max.

  python3 check_gold.py            # asserts; prints a summary per file
  python3 check_gold.py --numbers  # also lists every number left without a record

Exit status 0 when every check passes, 1 otherwise.
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # ../goldkit.py, ../goldcheck.py: what every set's scripts share
from goldcheck import PCT_ERROR, SET_FORMS, dotted_or_magnitude_range, run_set  # noqa: E402
from goldkit import close, num  # noqa: E402
sys.path.insert(0, str(HERE))
import build_gold  # noqa: E402  (for the per-document kind/year and NOT lists)

_BETWEEN = re.compile(r"[^:]+:(\d+): between but no range in text")
_EN_DASH_LOW = re.compile(r"(\d+(?:,\d+)?) – (\d+(?:,\d+)?)%")
_PCT_LOW = re.compile(r"[^:]+:(\d+): unit % but text after the number is ' – \d")


def bare_low_range(e, text, gold, anchors):
    m = _BETWEEN.match(e)
    if m:
        r = gold[int(m.group(1)) - 1]
        d = _EN_DASH_LOW.match(text, r["anchor"])
        return bool(d) and close(num(d.group(1)), r["value"]) and close(num(d.group(2)), r["value_max"])
    m = _PCT_LOW.match(e)
    if m:
        r = gold[int(m.group(1)) - 1]
        return r["op"] == "between" and bool(_EN_DASH_LOW.match(text, r["anchor"]))
    m = PCT_ERROR.match(e)
    if m:
        low = re.search(r"(\d+(?:,\d+)?) – $", text[:int(m.group("pos"))])
        return bool(low) and low.start(1) in anchors
    return dotted_or_magnitude_range(e, text, gold, anchors)


def main():
    return run_set(HERE, build_gold, sys.argv, **SET_FORMS, tolerate=bare_low_range)


if __name__ == "__main__":
    sys.exit(main())
