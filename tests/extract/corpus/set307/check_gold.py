#!/usr/bin/env python3
"""Check the gold files ./gold/*.jsonl against ./texts and the contract
(/work/shared/spec/target-records.md) with ../goldcheck.py's checks, the written forms every set
from set43 on names (goldcheck.SET_FORMS, whose comment tells which set met each) and the tolerance
for dotted and magnitude ranges (goldcheck.dotted_or_magnitude_range). Copied from set193's for
set307, with two written forms earlier sets met, on top:
  - a count that ends its line, "vi phạm khác 39.\\n" (02, 03: the last item of a list of kinds of
    violation), as set301 tolerated with the same count tail;
  - an amount in two parts, "3.251 tỷ 819 triệu đồng" (13), whose value is the sum of its parts
    (the value check reads the first part only), as set201 tolerated "345 tỉ 469 triệu đồng"; here
    the first part carries a thousands dot. Tolerated only where the text has exactly that form and
    the parts add up to the record's value.

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

_VALUE_ERROR = re.compile(r"[^:]+:(\d+): value \S+ but text has ")
_TWO_PART = re.compile(r"(\d{1,3}(?:\.\d{3})*) (?:tỉ|tỷ) (\d{3}) triệu")
FORMS = dict(SET_FORMS, count_tails=SET_FORMS["count_tails"] + (r"\.\\n",))


def two_part_amount(e, text, gold, anchors):
    """An amount in two parts, "3.251 tỷ 819 triệu", read as 3251e9 + 819e6."""
    m = _VALUE_ERROR.match(e)
    if m:
        r = gold[int(m.group(1)) - 1]
        t = _TWO_PART.match(text, r["anchor"])
        if t and close(num(t.group(1)) * 1e9 + int(t.group(2)) * 1e6, r["value"]):
            return True
    return dotted_or_magnitude_range(e, text, gold, anchors)


def main():
    return run_set(HERE, build_gold, sys.argv, **FORMS, tolerate=two_part_amount)


if __name__ == "__main__":
    sys.exit(main())
