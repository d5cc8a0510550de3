#!/usr/bin/env python3
"""Check the gold files ./gold/*.jsonl against ./texts and the contract
(/work/shared/spec/target-records.md) with ../goldcheck.py's checks, the written forms every set
from set43 on names (goldcheck.SET_FORMS) and the tolerance for dotted and magnitude ranges
(goldcheck.dotted_or_magnitude_range). Copied from set193's for set360, with the one range form
set333 and set347 met and the shared checks do not read: two grouped numbers joined by an en dash
with a space on each side, 10's price "từ 12.000 – 14.500 đồng/kg". The complaint "between but no
range in text" is tolerated only when the two ends so read equal the record's value and value_max.

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
from goldkit import close, num  # noqa: E402
sys.path.insert(0, str(HERE))
import build_gold  # noqa: E402  (for the per-document kind/year and NOT lists)

EN_DASH_RANGE = re.compile(r"(\d{1,3}(?:\.\d{3})+) – (\d{1,3}(?:\.\d{3})+)")
NO_RANGE = re.compile(r"[^:]+:(\d+): between but no range in text")


def en_dash_range(e, text, gold, anchors):
    """The en-dash range of grouped numbers (docstring above); anything else to the shared tolerance."""
    m = NO_RANGE.match(e)
    if m:
        rec = gold[int(m.group(1)) - 1]
        g = EN_DASH_RANGE.match(text, rec["anchor"])
        if g:
            return close(num(g.group(1)), rec["value"]) and close(num(g.group(2)), rec["value_max"])
    return dotted_or_magnitude_range(e, text, gold, anchors)


if __name__ == "__main__":
    sys.exit(run_set(HERE, build_gold, sys.argv, **SET_FORMS, tolerate=en_dash_range))
