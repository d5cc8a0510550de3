#!/usr/bin/env python3
"""Check the gold files ./gold/*.jsonl against ./texts and the contract
(/work/shared/spec/target-records.md) with ../goldcheck.py's checks, the written forms every set
from set43 on names (goldcheck.SET_FORMS) and the tolerance for dotted and magnitude ranges
(goldcheck.dotted_or_magnitude_range). Copied from set193's for set333, with one tolerance of its
own (`spaced_range_or_capital_word`), for two forms set333's texts have:

  - a range of two dotted numbers joined by a dash with a space on each side, "716.600 – 730.000
    ha" (11): the "between" complaint is tolerated when the two ends equal the record's value and
    value_max;
  - a magnitude word written in capitals in a title, "100 NGHÌN HA" (07, as set244's "7,5 TRIỆU"):
    the value complaint is tolerated when the number times the word's multiplier equals the value.

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
SPACED_RANGE = re.compile(DOTTED + r" [–-] " + DOTTED)
CAPITAL_WORD = re.compile(r"(\d+(?:,\d+)?) (NGHÌN|TRIỆU|TỶ)\b")
FACTOR = {"NGHÌN": 1e3, "TRIỆU": 1e6, "TỶ": 1e9}
RECORD_NO = re.compile(r"[^:]+:(\d+): (between but no range|value \S+ but text has)")


def spaced_range_or_capital_word(e, text, gold, anchors):
    """set333's two forms (docstring above), then set155's, set37's and set39's."""
    hit = RECORD_NO.match(e)
    if hit:
        rec = gold[int(hit.group(1)) - 1]
        if hit.group(2).startswith("between"):
            s = SPACED_RANGE.match(text, rec["anchor"])
            if s and close(num(s.group(1)), rec["value"]) and close(num(s.group(2)), rec["value_max"]):
                return True
        else:
            c = CAPITAL_WORD.match(text, rec["anchor"])
            if c and close(num(c.group(1)) * FACTOR[c.group(2)], rec["value"]):
                return True
    return dotted_or_magnitude_range(e, text, gold, anchors)


if __name__ == "__main__":
    sys.exit(run_set(HERE, build_gold, sys.argv, **SET_FORMS, tolerate=spaced_range_or_capital_word))
