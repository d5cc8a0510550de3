#!/usr/bin/env python3
"""Check the gold files ./gold/*.jsonl against ./texts and the contract
(/work/shared/spec/target-records.md) with ../goldcheck.py's checks, the written forms every set
from set43 on names (goldcheck.SET_FORMS, whose comment tells which set met each) and the tolerance
for dotted and magnitude ranges (goldcheck.dotted_or_magnitude_range). Copied from set193's for
set383; set383's texts (urban parking, congestion, vehicles registered) need one form beyond those
named above: a count whose noun stands in single quotes (06's title "4 'điểm đen' ùn tắc").

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


def main():
    return run_set(HERE, build_gold, sys.argv, **SET_FORMS, tolerate=single_quoted_noun_or_range)


def single_quoted_noun_or_range(e, text, gold, anchors):
    """06's title "4 'điểm đen' ùn tắc": a count whose noun stands in single quotes (the unit check
    prints that tail in double quotes, which the shared count tails do not match); else set155's
    dotted and magnitude ranges."""
    if re.match(r".*: unit count but text after the number is \" '\w", e):
        return True
    return dotted_or_magnitude_range(e, text, gold, anchors)


if __name__ == "__main__":
    sys.exit(main())
