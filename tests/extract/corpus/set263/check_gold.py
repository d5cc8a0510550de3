#!/usr/bin/env python3
"""Check the gold files ./gold/*.jsonl against ./texts and the contract
(/work/shared/spec/target-records.md) with ../goldcheck.py's checks, the written forms every set
from set43 on names (goldcheck.SET_FORMS, whose comment tells which set met each) and the tolerance
for dotted and magnitude ranges (goldcheck.dotted_or_magnitude_range). Copied from set193's for
set263, with one tolerated written form on top (`header_magnitude`): a table's money cell whose
magnitude stands in the table's header, "Đơn vị tính : Tỷ đồng" over "4736,0" (04), read as 4736e9.

  python3 check_gold.py            # asserts; prints a summary per file
  python3 check_gold.py --numbers  # also lists every number left without a record

Exit status 0 when every check passes, 1 otherwise.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # ../goldkit.py, ../goldcheck.py: what every set's scripts share
import re  # noqa: E402
from goldcheck import SET_FORMS, dotted_or_magnitude_range, run_set  # noqa: E402
from goldkit import num  # noqa: E402
sys.path.insert(0, str(HERE))
import build_gold  # noqa: E402  (for the per-document kind/year and NOT lists)


_CELL_ERROR = re.compile(r"[^:]+:(\d+): value \S+ but text has ")
_CELL = re.compile(r"\d+(?:,\d+)?(?=\n)")
_HEADER = "Đơn vị tính : Tỷ đồng"


def header_magnitude(e, text, gold, anchors):
    """set263's form on top of set155's: a table cell on its own line under the header
    "Đơn vị tính : Tỷ đồng", its number multiplied by the header's "Tỷ"."""
    m = _CELL_ERROR.match(e)
    if m and _HEADER in text:
        r = gold[int(m.group(1)) - 1]
        c = _CELL.match(text, r["anchor"])
        if c and text.index(_HEADER) < r["anchor"] and abs(num(c.group()) * 1e9 - r["value"]) < 1e-3 * r["value"]:
            return True
    return dotted_or_magnitude_range(e, text, gold, anchors)


def main():
    return run_set(HERE, build_gold, sys.argv, **SET_FORMS, tolerate=header_magnitude)


if __name__ == "__main__":
    sys.exit(main())
