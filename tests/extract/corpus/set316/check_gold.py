#!/usr/bin/env python3
"""Check the gold files ./gold/*.jsonl against ./texts and the contract
(/work/shared/spec/target-records.md) with ../goldcheck.py's checks, the written forms every set
from set43 on names (goldcheck.SET_FORMS, whose comment tells which set met each) and the tolerance
for dotted and magnitude ranges (goldcheck.dotted_or_magnitude_range). Copied from set193's (by way
of set263's, which first added a form of its own on top) for set316, with two tolerated written
forms on top:
  - `thousands_word`: a number written with its thousands as a word and its units after it,
    "6 nghìn 870 hội viên", "hơn 3 nghìn 200", "trên 7 nghìn 500 cụ" (01), read as 6870, 3200,
    7500 (the magnitude word multiplies the number before it, the spec says; the units after
    it add);
  - `unit_column`: a table's percentage cell on its own line whose "%" stands in the row's unit
    column two cells before it, "%" then "80" then "90" (03).

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
from goldkit import close  # noqa: E402
sys.path.insert(0, str(HERE))
import build_gold  # noqa: E402  (for the per-document kind/year and NOT lists)

_VALUE = re.compile(r"[^:]+:(\d+): value \S+ but text has ")
_THOUSANDS = re.compile(r"(\d{1,3}) nghìn (\d{1,3})(?![\d.,])")
_UNITPCT = re.compile(r"[^:]+:(\d+): unit % but text after the number is '\\n")
_CELL = re.compile(r"\d+(?:,\d+)?\n")


def thousands_word(e, text, gold, anchors):
    """"6 nghìn 870": the thousands as a word, the units after it."""
    m = _VALUE.match(e)
    if m:
        r = gold[int(m.group(1)) - 1]
        t = _THOUSANDS.match(text, r["anchor"])
        if t and close(int(t.group(1)) * 1000 + int(t.group(2)), r["value"]):
            return True
    return False


def unit_column(e, text, gold, anchors):
    """A cell on its own line, "%" on the line of the row's unit column two or four lines above
    (cells apart by blank lines)."""
    m = _UNITPCT.match(e)
    if m:
        r = gold[int(m.group(1)) - 1]
        a = r["anchor"]
        if _CELL.match(text, a) and text[a - 1] == "\n":
            above = text[:a].split("\n")
            cells = [c for c in above[:-1] if c.strip()]
            if "%" in cells[-2:]:
                return True
    return False


def tolerate(e, text, gold, anchors):
    return thousands_word(e, text, gold, anchors) or unit_column(e, text, gold, anchors) or \
        dotted_or_magnitude_range(e, text, gold, anchors)


def main():
    return run_set(HERE, build_gold, sys.argv, **SET_FORMS, tolerate=tolerate)


if __name__ == "__main__":
    sys.exit(main())
