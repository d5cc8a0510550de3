#!/usr/bin/env python3
"""set286's gold against its texts and the record contract: ../goldcheck.py's run_set with the
written forms every set since set43 names (SET_FORMS) and the tolerance for dotted and magnitude
ranges. Nothing of set286's union texts asks for a form of its own.

Usage: python3 check_gold.py [--numbers]   (--numbers lists each number left without a record)
Exits 0 when clean.
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
