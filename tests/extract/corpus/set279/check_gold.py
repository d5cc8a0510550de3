#!/usr/bin/env python3
"""set279's gold checker: runs ../goldcheck.py's shared checks over ./gold and ./texts.

The written forms are those every set since set43 names (goldcheck.SET_FORMS); dotted and
magnitude ranges are tolerated (goldcheck.dotted_or_magnitude_range). The staffing texts of this
set (payroll quotas, early-retirement counts, severance in "tỷ"/"tỉ đồng") need no other form.
Pass --numbers to list every number the gold leaves without a record. Exit 0 when all pass.
"""
import sys
from pathlib import Path

SET_DIR = Path(__file__).resolve().parent
for folder in (SET_DIR.parent, SET_DIR):  # goldcheck/goldkit live one level up; build_gold here
    sys.path.insert(0, str(folder))

import build_gold  # noqa: E402
import goldcheck  # noqa: E402

if __name__ == "__main__":
    sys.exit(goldcheck.run_set(SET_DIR, build_gold, sys.argv, **goldcheck.SET_FORMS,
                               tolerate=goldcheck.dotted_or_magnitude_range))
