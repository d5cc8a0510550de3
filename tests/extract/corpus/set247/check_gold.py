#!/usr/bin/env python3
"""Check the gold files ./gold/*.jsonl against ./texts and the contract
(/work/shared/spec/target-records.md) with ../goldcheck.py's checks, the written forms every set
from set43 on names (goldcheck.SET_FORMS) and the tolerance for dotted and magnitude ranges
(goldcheck.dotted_or_magnitude_range). Copied from set193's for set247, with one form of its own:
a count range written with an en dash between spaces, "1 – 2 mô hình" (03): the complaints "between
but no range" and "unit count but text after the number is ' – 2 ...'" are tolerated when the
number after the dash equals the record's value_max.

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

_EN_DASH_COMPLAINT = re.compile(r"[^:]+:(\d+): (?:between but no range in text|unit count but text after the number)")
_EN_DASH_RANGE = re.compile(r"(\d+) – (\d+) ")


def en_dash_count_range(e, text, gold, anchors):
    """set247's form (above), then the shared tolerance."""
    m = _EN_DASH_COMPLAINT.match(e)
    if m:
        r = gold[int(m.group(1)) - 1]
        d = _EN_DASH_RANGE.match(text, r["anchor"])
        if d and r["op"] == "between" and int(d.group(1)) == r["value"] and int(d.group(2)) == r["value_max"]:
            return True
    return dotted_or_magnitude_range(e, text, gold, anchors)


def main():
    return run_set(HERE, build_gold, sys.argv, **SET_FORMS, tolerate=en_dash_count_range)


if __name__ == "__main__":
    sys.exit(main())
