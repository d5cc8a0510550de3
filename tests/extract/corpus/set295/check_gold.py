#!/usr/bin/env python3
"""Check the gold files ./gold/*.jsonl against ./texts and the contract
(/work/shared/spec/target-records.md) with ../goldcheck.py's checks, the written forms every set
from set43 on names (goldcheck.SET_FORMS, whose comment tells which set met each) and the tolerance
for dotted and magnitude ranges (goldcheck.dotted_or_magnitude_range). Copied from set193's for
set295, with two forms of its own on top:
  - a count whose noun stands before it and closes a list item, "Số hộ và tổ chức bị ảnh hưởng: 612"
    followed by the line's end (03);
  - a plan's year after 2050 where the text names it in its clause, "đợt 2 năm 2059" (11): the
    contract's checks accept a vision's year up to 2050 only.

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

LATE_YEAR = re.compile(r"[^:]+:(\d+): year (\d{4})$")


def late_year_or_range(e, text, gold, anchors):
    """A plan's year 2051-2060 named as "năm YYYY" in the record's own clause; else set155's forms."""
    m = LATE_YEAR.match(e)
    if m:
        r = gold[int(m.group(1)) - 1]
        y = int(m.group(2))
        return 2050 < y <= 2060 and f"năm {y}" in text[r["start"]:r["end"]]
    return dotted_or_magnitude_range(e, text, gold, anchors)


def main():
    forms = dict(SET_FORMS, count_tails=SET_FORMS["count_tails"] + (r"\\n",))
    return run_set(HERE, build_gold, sys.argv, **forms, tolerate=late_year_or_range)


if __name__ == "__main__":
    sys.exit(main())
