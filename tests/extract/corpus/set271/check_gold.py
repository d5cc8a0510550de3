#!/usr/bin/env python3
"""Check the gold files ./gold/*.jsonl against ./texts and the contract
(/work/shared/spec/target-records.md) with ../goldcheck.py's checks, the written forms every set
from set43 on names (goldcheck.SET_FORMS, whose comment tells which set met each) and the tolerance
for dotted and magnitude ranges (goldcheck.dotted_or_magnitude_range). Copied from set193's for
set271. New in set271 (03 only), tolerated only where the text has exactly that form:
  - a range whose ends stand either side of an en dash with or without spaces and "%" on its high
    end only, "10–12%" (set232's spaced "80 – 85%", here unspaced): the complaints "between but no
    range" and "unit %" are tolerated when the two ends equal value and value_max, and the high end
    needs no record of its own.

  python3 check_gold.py            # asserts; prints a summary per file
  python3 check_gold.py --numbers  # also lists every number left without a record

Exit status 0 when every check passes, 1 otherwise.
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # ../goldkit.py, ../goldcheck.py: what every set's scripts share
from goldkit import close, num  # noqa: E402
from goldcheck import PCT_ERROR, SET_FORMS, dotted_or_magnitude_range, run_set  # noqa: E402
sys.path.insert(0, str(HERE))
import build_gold  # noqa: E402  (for the per-document kind/year and NOT lists)

EN_DASH_PCT = re.compile(r"(\d+(?:,\d+)?)\s*–\s*(\d+(?:,\d+)?)%")
REC_ERROR = re.compile(r"[^:]+:(\d+): (between but no range in text|unit % but text after the number is)")


def en_dash_range(r, text):
    """The record's two ends as the text writes them at its anchor, "10–12%", or None."""
    d = EN_DASH_PCT.match(text, r["anchor"])
    if d and r["op"] == "between" and close(num(d.group(1)), r["value"]) and close(num(d.group(2)), r["value_max"]):
        return d
    return None


def set271_forms(e, text, gold, anchors):
    m = REC_ERROR.match(e)
    if m and en_dash_range(gold[int(m.group(1)) - 1], text):
        return True
    m = PCT_ERROR.match(e)
    if m and any((d := en_dash_range(r, text)) and d.start(2) == int(m.group("pos")) for r in gold):
        return True  # the high end of a range recorded at its low end
    return dotted_or_magnitude_range(e, text, gold, anchors)


if __name__ == "__main__":
    sys.exit(run_set(HERE, build_gold, sys.argv, **SET_FORMS, tolerate=set271_forms))
