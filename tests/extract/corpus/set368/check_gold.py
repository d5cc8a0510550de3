#!/usr/bin/env python3
"""Check the gold files ./gold/*.jsonl against ./texts and the contract
(/work/shared/spec/target-records.md) with ../goldcheck.py's checks, the written forms every set
from set43 on names (goldcheck.SET_FORMS, whose comment tells which set met each) and the tolerance
for dotted and magnitude ranges (goldcheck.dotted_or_magnitude_range). Copied from set193's for
set368, with two forms set368's texts add:
  - a count whose noun stands before the number and whose sentence closes at the end of its line,
    "Tổng chỉ tiêu vào khoảng 600.\\nTrường ..." (13; set43's form with a line break for the space);
  - a year named by "năm ngoái" (last year) within the 80 characters before the number, the year
    before the document's (14's "so với năm ngoái chỉ có 2.200 chỉ tiêu", 2022 in a 2023 page).

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

LAST_YEAR = re.compile(r"[^:]+:(\d+): year (\d{4}) is neither in the text nor the document's year")
DOC_YEAR = {d["name"]: d["year"] for d in build_gold.DOCS}


def tolerate(error, text, gold, anchors):
    """set368's forms on top of the shared range tolerance."""
    if dotted_or_magnitude_range(error, text, gold, anchors):
        return True
    m = LAST_YEAR.match(error)
    if m:
        r = gold[int(m.group(1)) - 1]
        name = error.split(":")[0]
        return ("năm ngoái" in text[max(0, r["anchor"] - 80):r["anchor"]]
                and int(m.group(2)) == DOC_YEAR.get(name, 0) - 1)
    return False


def main():
    forms = dict(SET_FORMS, count_tails=SET_FORMS["count_tails"] + (r"\.\\n[A-ZĐ]",))
    return run_set(HERE, build_gold, sys.argv, **forms, tolerate=tolerate)


if __name__ == "__main__":
    sys.exit(main())
