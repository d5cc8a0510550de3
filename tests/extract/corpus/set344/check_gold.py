#!/usr/bin/env python3
"""Check the gold files ./gold/*.jsonl against ./texts and the contract
(/work/shared/spec/target-records.md) with ../goldcheck.py's checks, the written forms every set
from set43 on names (goldcheck.SET_FORMS) and the tolerance for dotted and magnitude ranges
(goldcheck.dotted_or_magnitude_range). Adapted for set344 from set193's wrapper and set333's
tolerance of a spaced range, for the one form set344's texts add (07):

  - a range of two dotted numbers joined by an en dash with a space on each side, optionally
    followed by a magnitude word that multiplies both ends, "2.000 – 5.000 đồng/kg", "45.000 –
    55.000 nghìn đồng/ký": the value and "between" complaints are tolerated when the two ends so
    read equal the record's value and value_max.

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

DOTTED = r"(\d{1,3}(?:\.\d{3})+)"
SPACED = re.compile(DOTTED + r" [–-] " + DOTTED + r"(?: (nghìn|ngàn|triệu|tỷ)\b)?")
TIMES = {None: 1, "nghìn": 1e3, "ngàn": 1e3, "triệu": 1e6, "tỷ": 1e9}
COMPLAINT = re.compile(r"[^:]+:(\d+): (between but no range|value \S+ but text has)")


def spaced_dotted_range(e, text, gold, anchors):
    """set344's form (docstring above), then set155's, set37's and set39's."""
    hit = COMPLAINT.match(e)
    if hit:
        rec = gold[int(hit.group(1)) - 1]
        s = SPACED.match(text, rec["anchor"])
        if s and rec["op"] == "between":
            k = TIMES[s.group(3)]
            if close(num(s.group(1)) * k, rec["value"]) and close(num(s.group(2)) * k, rec["value_max"]):
                return True
    return dotted_or_magnitude_range(e, text, gold, anchors)


if __name__ == "__main__":
    sys.exit(run_set(HERE, build_gold, sys.argv, **SET_FORMS, tolerate=spaced_dotted_range))
