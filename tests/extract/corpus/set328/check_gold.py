#!/usr/bin/env python3
"""Check set328's gold (./gold/*.jsonl) against ./texts and /work/shared/spec/target-records.md.

The checks are ../goldcheck.py's (`run_set`), with the written forms every set from set43 on
names (`goldcheck.SET_FORMS`) and the tolerance for dotted and magnitude ranges; this set's
erosion and dyke pages ("5,2km", "0,72ha", "3-4m", "3,2 km2", "42 triệu Euro") need nothing more.

Usage, from this folder:
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
