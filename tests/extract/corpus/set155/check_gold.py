#!/usr/bin/env python3
"""Check the gold files ./gold/*.jsonl against ./texts and the contract
(/work/shared/spec/target-records.md) with ../goldcheck.py's checks, the written forms every set
from set43 on names (goldcheck.SET_FORMS, whose comment tells which set met each) and the tolerance
for dotted and magnitude ranges (goldcheck.dotted_or_magnitude_range). Copied from set153's for
set155. New in set155, each tolerated only where the text has exactly that form: a range between two
numbers written with thousands dots, "từ 60.000-90.000 đồng/kg" (07), and a range whose magnitude
word follows its high end only, "1-1,2 tỉ đồng" (07; both ends multiplied): the value and value_max
complaints are tolerated when the ends so read equal the record's
(goldcheck.dotted_or_magnitude_range).

  python3 check_gold.py            # asserts; prints a summary per file
  python3 check_gold.py --numbers  # also lists every number left without a record

Exit status 0 when every check passes, 1 otherwise.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # ../goldkit.py, ../goldcheck.py: what every set's scripts share
from goldcheck import SET_FORMS, dotted_or_magnitude_range, run_set  # noqa: E402
sys.path.insert(0, str(HERE))
import build_gold  # noqa: E402  (for the per-document kind/year and NOT lists)


def main():
    return run_set(HERE, build_gold, sys.argv, **SET_FORMS, tolerate=dotted_or_magnitude_range)


if __name__ == "__main__":
    sys.exit(main())
