#!/usr/bin/env python3
"""Check the gold files ./gold/*.jsonl against ./texts and the contract
(/work/shared/spec/target-records.md) with ../goldcheck.py's checks, the written forms every set
from set43 on names (goldcheck.SET_FORMS, whose comment tells which set met each) and the tolerance
for dotted and magnitude ranges (goldcheck.dotted_or_magnitude_range). Copied from set193's for
set350. New in set350: a year named relative to the document's own, "Năm ngoái, xuất khẩu ... đạt
giá trị 804 triệu USD" (08, stamp 2025-09-16): the complaint "year ... is neither in the text nor the
document's year" is tolerated when the record's clause holds "năm ngoái" and its year is the
document's year minus one (`last_year`).

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

_YEAR = re.compile(r"(?P<name>[^:]+):(?P<i>\d+): year (?P<y>\d{4}) is neither in the text nor the document's year")


def last_year(e, text, gold, anchors):
    """set350's form, then the shared tolerance (goldcheck.dotted_or_magnitude_range)."""
    m = _YEAR.match(e)
    if m:
        r = gold[int(m.group("i")) - 1]
        doc = {d["name"]: d for d in build_gold.DOCS}[m.group("name")]
        if "năm ngoái" in text[r["start"]:r["end"]].lower() and doc["year"] and r["year"] == doc["year"] - 1:
            return True
    return dotted_or_magnitude_range(e, text, gold, anchors)


def main():
    return run_set(HERE, build_gold, sys.argv, **SET_FORMS, tolerate=last_year)


if __name__ == "__main__":
    sys.exit(main())
