#!/usr/bin/env python3
"""Check the gold files ./gold/*.jsonl against ./texts and the contract
(/work/shared/spec/target-records.md) with ../goldcheck.py's checks, the written forms every set
from set43 on names (goldcheck.SET_FORMS, whose comment tells which set met each) and the tolerance
for dotted and magnitude ranges (goldcheck.dotted_or_magnitude_range). Copied from set193's for
set241, with one form on top (`pct_low_end_range`): a range whose low end carries its own "%"
("giảm từ 15% đến 20%", 05), the form goldcheck.make_checker names `range_pct` and RANGE_TAIL_PCT
reads; as set201 did, the high end is listed in NOT because the percentage check counts it alone.

  python3 check_gold.py            # asserts; prints a summary per file
  python3 check_gold.py --numbers  # also lists every number left without a record

Exit status 0 when every check passes, 1 otherwise.
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # ../goldkit.py, ../goldcheck.py: what every set's scripts share
from goldcheck import RANGE_TAIL_PCT, SET_FORMS, dotted_or_magnitude_range, run_set  # noqa: E402
sys.path.insert(0, str(HERE))
import build_gold  # noqa: E402  (for the per-document kind/year and NOT lists)


_BETWEEN_ERROR = re.compile(r"[^:]+:(\d+): between but no range in text")


def pct_low_end_range(e, text, gold, anchors):
    """set241's form on top of set155's: "15% đến 20%", read as RANGE_TAIL_PCT reads it."""
    m = _BETWEEN_ERROR.match(e)
    if m:
        r = gold[int(m.group(1)) - 1]
        n = re.match(r"\d+(?:,\d+)?", text[r["anchor"]:])
        t = n and RANGE_TAIL_PCT.match(text, r["anchor"] + n.end())
        if t and float(t.group(1).replace(",", ".")) == r["value_max"]:
            return True
    return dotted_or_magnitude_range(e, text, gold, anchors)


def main():
    return run_set(HERE, build_gold, sys.argv, **SET_FORMS, tolerate=pct_low_end_range)


if __name__ == "__main__":
    sys.exit(main())
