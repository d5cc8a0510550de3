#!/usr/bin/env python3
"""Check the gold files ./gold/*.jsonl against ./texts and the contract
(/work/shared/spec/target-records.md) with ../goldcheck.py's checks, the written forms every set
from set43 on names (goldcheck.SET_FORMS, whose comment tells which set met each) and the tolerance
for dotted and magnitude ranges (goldcheck.dotted_or_magnitude_range). Copied from set193's (itself
from set184's and set175's) for set334, with one form of its own: 05 writes thousands with a comma
in the English way ("gần 10,000 thùng", "khoảng 1,000 cán bộ"); a value complaint is tolerated
where the text has a comma followed by exactly three digits and no further digit, and the record's
value equals the number so read as thousands.

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

_COMMA_VALUE_ERROR = re.compile(r"[^:]+:(\d+): value (\S+) but text has '(\d{1,3}),(\d{3})(?!\d)")


def comma_thousands(e, text, gold, anchors):
    """A `tolerate`: set334's English thousands comma, then set155's and earlier forms."""
    m = _COMMA_VALUE_ERROR.match(e)
    if m and gold[int(m.group(1)) - 1]["value"] == int(m.group(3) + m.group(4)):
        return True
    return dotted_or_magnitude_range(e, text, gold, anchors)


def main():
    return run_set(HERE, build_gold, sys.argv, **SET_FORMS, tolerate=comma_thousands)


if __name__ == "__main__":
    sys.exit(main())
