#!/usr/bin/env python3
"""Check the gold files ./gold/*.jsonl against ./texts and the contract
(/work/shared/spec/target-records.md) with ../goldcheck.py's checks, the written forms every set
from set43 on names (goldcheck.SET_FORMS, whose comment tells which set met each) and the tolerance
for dotted and magnitude ranges (goldcheck.dotted_or_magnitude_range). Copied from set193's for
set380, with a tolerance for three forms only this set's texts have (04's "19 136 hộ" and "14,917
hộ", counts whose groups of digits a space or a comma separates, read as 19136 and 14917; 02's
"169 t", a money amount whose magnitude word the excerpt cuts, read as 169 tỷ đồng beside the 616
tỷ đồng it pairs with): each a judgement stated in build_gold.py.

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

_VALUE = re.compile(r".*:(\d+): value (\d+) but text has '")
_GROUPED = re.compile(r"(\d{1,3})[ ,](\d{3}) hộ")  # "19 136 hộ", "14,917 hộ"
_CUT_TY = re.compile(r"(\d+) t\n\Z")  # "169 t" closing the excerpt


def set380_forms(e, text, gold, anchors):
    m = _VALUE.match(e)
    if m:
        r = gold[int(m.group(1)) - 1]
        g = _GROUPED.match(text, r["anchor"])
        if g and r["unit"] == "count" and int(g.group(1) + g.group(2)) == r["value"]:
            return True
        c = _CUT_TY.match(text, r["anchor"])
        if c and r.get("unit_text") == "đồng" and int(c.group(1)) * 10 ** 9 == r["value"]:
            return True
    return dotted_or_magnitude_range(e, text, gold, anchors)


def main():
    return run_set(HERE, build_gold, sys.argv, **SET_FORMS, tolerate=set380_forms)


if __name__ == "__main__":
    sys.exit(main())
