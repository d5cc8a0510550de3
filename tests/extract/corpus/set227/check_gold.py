#!/usr/bin/env python3
"""Check the gold files ./gold/*.jsonl against ./texts and the contract
(/work/shared/spec/target-records.md) with ../goldcheck.py's checks, the written forms every set
from set43 on names (goldcheck.SET_FORMS, whose comment tells which set met each) and the tolerance
for dotted and magnitude ranges (goldcheck.dotted_or_magnitude_range). Copied from set193's for
set227, with one form of its own (`year_of_vision`): a target for a year after the checker's 2035,
tolerated only where the text itself names that year as "năm YYYY" (09's "Đến năm 2050").

  python3 check_gold.py            # asserts; prints a summary per file
  python3 check_gold.py --numbers  # also lists every number left without a record

Exit status 0 when every check passes, 1 otherwise.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # ../goldkit.py, ../goldcheck.py: what every set's scripts share
import re  # noqa: E402
from goldcheck import SET_FORMS, dotted_or_magnitude_range, run_set  # noqa: E402
sys.path.insert(0, str(HERE))
import build_gold  # noqa: E402  (for the per-document kind/year and NOT lists)


_LATE_YEAR = re.compile(r"[^:]+:\d+: year (20[4-9]\d)$")


def year_of_vision(e, text, gold, anchors):
    """set227's `tolerate`: a year after 2035 the text names as "năm YYYY", then the shared forms."""
    m = _LATE_YEAR.match(e)
    if m and f"năm {m.group(1)}" in text:
        return True
    return dotted_or_magnitude_range(e, text, gold, anchors)


def main():
    return run_set(HERE, build_gold, sys.argv, **SET_FORMS, tolerate=year_of_vision)


if __name__ == "__main__":
    sys.exit(main())
