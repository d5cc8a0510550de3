#!/usr/bin/env python3
"""Check the gold files ./gold/*.jsonl against ./texts and the contract
(/work/shared/spec/target-records.md) with ../goldcheck.py's checks, the written forms every set
from set43 on names (goldcheck.SET_FORMS, whose comment tells which set met each) and the tolerance
for dotted and magnitude ranges (goldcheck.dotted_or_magnitude_range). Copied from set193's for
set267, with one form on top: a decimal printed with a point before a line break (02's "1.92\ncon/phụ
nữ"), tolerated only where the point read as a decimal point gives the record's value.

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
sys.path.insert(0, str(HERE))
import build_gold  # noqa: E402  (for the per-document kind/year and NOT lists)


# 02's "Tổng tỷ suất sinh: 1.92\ncon/phụ nữ": a decimal printed with a point whose unit follows on the
# next line. goldcheck's printed-point form (set37/set39) wants a space after the number; this one
# tolerates the line break too, only where the number read with the point as a decimal point equals
# the record's value.
_POINT_AT_LINE_END = re.compile(r"[^:]+:(\d+): value (\S+) but text has '(\d+\.\d{1,2})\\n")


def point_or_ranges(e, text, gold, anchors):
    """set155's, set37's and set39's tolerated forms, then the printed point before a line break."""
    if dotted_or_magnitude_range(e, text, gold, anchors):
        return True
    m = _POINT_AT_LINE_END.match(e)
    return bool(m) and abs(float(m.group(3)) - gold[int(m.group(1)) - 1]["value"]) < 1e-9


def main():
    return run_set(HERE, build_gold, sys.argv, **SET_FORMS, tolerate=point_or_ranges)


if __name__ == "__main__":
    sys.exit(main())
