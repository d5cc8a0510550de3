#!/usr/bin/env python3
"""Check the gold files ./gold/*.jsonl against ./texts and the contract
(/work/shared/spec/target-records.md) with ../goldcheck.py's checks, the written forms every set
from set43 on names (goldcheck.SET_FORMS) and the tolerance for dotted and magnitude ranges
(goldcheck.dotted_or_magnitude_range). Copied from set193's for set358, with one form of this set's
own on top: a result's year before 2000 where the text names it ("tăng từ 2,5% vào năm 1975", 14),
which the contract's year check (2000-2035) would otherwise refuse, and a count range whose ends are
written with thousands dots ("khoảng 400.000 - 450.000 lượt du khách", 13), whose high end the unit
check reads as "450" followed by ".000".

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

OLD_YEAR = re.compile(r"[^:]+:\d+: year (\d{4})$")
COUNT_TAIL = re.compile(r"[^:]+:(\d+): unit count but text after the number is '\.\d{3}")
DOTTED_COUNT_RANGE = re.compile(r"\d{1,3}(?:\.\d{3})+\s*-\s*\d{1,3}(?:\.\d{3})+ \w")


def named_old_year_or_range(e, text, gold, anchors):
    """A `tolerate`: a year from 1900 to 1999 the text itself names ("vào năm 1975"), a dotted count
    range's unit complaint, then set155's and set37/set39's range forms
    (goldcheck.dotted_or_magnitude_range)."""
    m = OLD_YEAR.match(e)
    if m and 1900 <= int(m.group(1)) < 2000 and f"năm {m.group(1)}" in text:
        return True
    m = COUNT_TAIL.match(e)
    if m:
        r = gold[int(m.group(1)) - 1]
        if r["op"] == "between" and DOTTED_COUNT_RANGE.match(text, r["anchor"]):
            return True
    return dotted_or_magnitude_range(e, text, gold, anchors)


def main():
    return run_set(HERE, build_gold, sys.argv, **SET_FORMS, tolerate=named_old_year_or_range)


if __name__ == "__main__":
    sys.exit(main())
