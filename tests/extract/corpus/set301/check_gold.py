#!/usr/bin/env python3
"""Check the gold files ./gold/*.jsonl against ./texts and the contract
(/work/shared/spec/target-records.md) with ../goldcheck.py's checks, the written forms every set
from set43 on names (goldcheck.SET_FORMS, whose comment tells which set met each) and the tolerance
for dotted and magnitude ranges (goldcheck.dotted_or_magnitude_range). Copied from set193's for
set301, with two forms of set301's own on top (`ROUTE_FORMS`, below): a count whose noun stands
before the number and closes its paragraph ("nâng tổng số tuyến lên 205." then a blank line: set43's
form ". [A-ZĐ]" with the paragraph's end instead of a space), and a range of two numbers written
with thousands dots joined by "-" or "đến" ("26.000 - 28.000 lượt", "từ 19.000 đến 21.000 lượt
khách"), whose count word follows the high end (set155's dotted range, which reads "-" only).

  python3 check_gold.py            # asserts; prints a summary per file
  python3 check_gold.py --numbers  # also lists every number left without a record

Exit status 0 when every check passes, 1 otherwise.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # ../goldkit.py, ../goldcheck.py: what every set's scripts share
from goldcheck import SET_FORMS, dotted_or_magnitude_range, run_set  # noqa: E402
sys.path.insert(0, str(HERE))
import build_gold  # noqa: E402  (for the per-document kind/year and NOT lists)
import re  # noqa: E402

from goldkit import close, num  # noqa: E402

# set301's own forms (see the docstring): the paragraph-closing count tail, and the dotted range
# joined by "-" or "đến" (its value_max and its count tail complaints).
ROUTE_FORMS = dict(SET_FORMS, count_tails=SET_FORMS["count_tails"] + (r"\.\\n",))
_DOTTED_TO = re.compile(r"(\d{1,3}(?:\.\d{3})+)\s*(?:-|đến)\s*(\d{1,3}(?:\.\d{3})+)\s+\w")
_ERR = re.compile(r"[^:]+:(\d+): (value_max \S+ but text has |unit count but text after the number is )")


def dotted_to_range(e, text, gold, anchors):
    """A `tolerate`: set301's dotted range joined by "-" or "đến", then set155's and earlier forms."""
    m = _ERR.match(e)
    if m:
        r = gold[int(m.group(1)) - 1]
        d = _DOTTED_TO.match(text, r["anchor"])
        if d and r["op"] == "between" and close(num(d.group(1)), r["value"]) \
                and close(num(d.group(2)), r["value_max"]):
            return True
    return dotted_or_magnitude_range(e, text, gold, anchors)


def main():
    return run_set(HERE, build_gold, sys.argv, **ROUTE_FORMS, tolerate=dotted_to_range)


if __name__ == "__main__":
    sys.exit(main())
