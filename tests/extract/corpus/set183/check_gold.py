#!/usr/bin/env python3
"""Check the gold files ./gold/*.jsonl against ./texts and the contract
(/work/shared/spec/target-records.md) with ../goldcheck.py's checks, the written forms every set
from set43 on names (goldcheck.SET_FORMS, whose comment tells which set met each) and the tolerance
for dotted and magnitude ranges (goldcheck.dotted_or_magnitude_range). Copied from set175's for
set183, with one form of its own on top: a range written with "%" on both ends joined by "đến",
"luôn đạt tỉ lệ 99% đến 100%" (03): the complaint "between but no range" is tolerated when the
high end equals value_max, and the high end needs no record of its own (03 lists it as NOT all
the same).

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

_RANGE_ERROR = re.compile(r"[^:]+:(\d+): between but no range in text")
_PCT_DEN_RANGE = re.compile(r"\d+(?:,\d+)?%\s*đến\s*(\d+(?:,\d+)?)%")


def tolerate(e, text, gold, anchors):
    """set183's own form ("99% đến 100%"), then the shared ones."""
    m = _RANGE_ERROR.match(e)
    if m:
        r = gold[int(m.group(1)) - 1]
        d = _PCT_DEN_RANGE.match(text, r["anchor"])
        if d and close(num(d.group(1)), r["value_max"]):
            return True
    return dotted_or_magnitude_range(e, text, gold, anchors)


def main():
    return run_set(HERE, build_gold, sys.argv, **SET_FORMS, tolerate=tolerate)


if __name__ == "__main__":
    sys.exit(main())
