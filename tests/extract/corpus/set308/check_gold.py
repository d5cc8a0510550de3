#!/usr/bin/env python3
"""Check the gold files ./gold/*.jsonl against ./texts and the contract
(/work/shared/spec/target-records.md) with ../goldcheck.py's checks, the written forms every set
from set43 on names (goldcheck.SET_FORMS) and the tolerance for dotted and magnitude ranges
(goldcheck.dotted_or_magnitude_range). Copied from set193's for set308, with two forms of set308's
texts on top, each tolerated only where the text has exactly that form at the record's anchor and
the numbers so read equal the record's:
  - one amount written in two magnitude parts, "420 tỷ 936 triệu đồng", "58 tỷ 996 triệu đồng"
    (06): the value is the sum, as set201 and set259 read theirs;
  - a range written with "từ ... đến ..." whose magnitude word stands after the high end or after
    each end, "từ 1 đến 6 tỷ đồng" (06), "từ 500 nghìn đến 2,5 triệu đồng/tháng" (09): the low end
    takes its own magnitude word, else the high end's.

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

SCALE = {"nghìn": 1e3, "ngàn": 1e3, "triệu": 1e6, "tỷ": 1e9, "tỉ": 1e9}
MAG = r"(nghìn|ngàn|triệu|tỷ|tỉ)"
NUMBER = r"(\d+(?:[.,]\d+)*)"
COMPLAINT = re.compile(r"[^:]+:(\d+): (?:value|value_max) \S+ but text has |[^:]+:(\d+): between but no range")
TWO_PART = re.compile(NUMBER + r" (tỷ|tỉ) " + NUMBER + r" triệu\b")
FROM_TO = re.compile(NUMBER + r"(?: " + MAG + r")? đến " + NUMBER + r" " + MAG + r"\b")


def amounts_read(text, at):
    """The (value, value_max) a two-part amount or a "từ ... đến ..." range at `at` reads as, or None."""
    t = TWO_PART.match(text, at)
    if t:
        return num(t.group(1)) * SCALE[t.group(2)] + num(t.group(3)) * 1e6, None
    f = FROM_TO.match(text, at)
    if f:
        high = SCALE[f.group(4)]
        return num(f.group(1)) * SCALE.get(f.group(2), high), num(f.group(3)) * high
    return None


def set308_forms(e, text, gold, anchors):
    """The two forms above; anything else as set193 tolerated it."""
    m = COMPLAINT.match(e)
    if m:
        r = gold[int(m.group(1) or m.group(2)) - 1]
        read = amounts_read(text, r["anchor"])
        if read and close(read[0], r["value"]) and (read[1] is None or close(read[1], r["value_max"])):
            return True
    return dotted_or_magnitude_range(e, text, gold, anchors)


if __name__ == "__main__":
    sys.exit(run_set(HERE, build_gold, sys.argv, **SET_FORMS, tolerate=set308_forms))
