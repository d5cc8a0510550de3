#!/usr/bin/env python3
"""set300's gold checker: runs ../goldcheck.py's shared checks (run_set) on ./gold against ./texts
and the contract (/work/shared/spec/target-records.md), with the written forms that the sets from
set43 on met (goldcheck.SET_FORMS) and the tolerance for dotted and magnitude ranges. The livestock
texts of this set need no form of their own: counts of animals ("115,7 nghìn con"), tonnes,
kilograms, hectares and square metres are all forms the shared checks read already.

Usage, from this folder:
  python3 check_gold.py            -> asserts, and one summary line per gold file
  python3 check_gold.py --numbers  -> the same, then each number of a text that has no record

Exits 0 when clean, 1 on any error.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # the shared ../goldkit.py and ../goldcheck.py
from goldcheck import SET_FORMS, dotted_or_magnitude_range, run_set  # noqa: E402
sys.path.insert(0, str(HERE))
import build_gold  # noqa: E402  (each document's kind, year and NOT list)

if __name__ == "__main__":
    sys.exit(run_set(HERE, build_gold, sys.argv, **SET_FORMS, tolerate=dotted_or_magnitude_range))
