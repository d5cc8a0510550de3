#!/usr/bin/env python3
"""set189's gold check: ../goldcheck.py's run_set over ./gold and ./texts, with the written forms
every set from set43 on names (goldcheck.SET_FORMS) and the dotted/magnitude range tolerance; this
set's texts need no other form. `python3 check_gold.py [--numbers]` (with --numbers, every number
left without a record is listed); the exit status is 0 when every check passes."""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE)]
import build_gold, goldcheck  # noqa: E402,E401

if __name__ == "__main__":
    sys.exit(goldcheck.run_set(HERE, build_gold, sys.argv, **goldcheck.SET_FORMS,
                               tolerate=goldcheck.dotted_or_magnitude_range))
