#!/usr/bin/env python3
"""Check the gold files ./gold/*.jsonl against ./texts and the contract
(/work/shared/spec/target-records.md) with ../goldcheck.py's checks, the written forms every set
from set43 on names (goldcheck.SET_FORMS, whose comment tells which set met each) and the tolerance
for dotted and magnitude ranges (goldcheck.dotted_or_magnitude_range). Copied from set193's for
set319 (drought and salinity intrusion), with two forms earlier sets met on top, each tolerated only
where the text has exactly that form:
  - set201's amount in two parts, "26 tỷ 400 triệu đồng" (04), whose value is the sum of its parts
    (the value check reads the first part only);
  - set225's bare percentage, a share whose "%" the text leaves out, listed in the document's
    BARE_PCT (09's "cống Hai Tân đạt 44", where the excerpt ends at the number).

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
import build_gold  # noqa: E402  (for the per-document kind/year, NOT and BARE_PCT lists)

_VALUE_ERROR = re.compile(r"[^:]+:(\d+): value \S+ but text has ")
_TWO_PART = re.compile(r"(\d+) (?:tỉ|tỷ) (\d{3}) triệu")
_BARE = re.compile(r"(\w[\w-]*):(\d+): unit % but text after the number is ")
_DOCS = {d["name"]: d for d in build_gold.DOCS}


def two_part_or_bare(e, text, gold, anchors):
    """set155's tolerated forms, set201's "26 tỷ 400 triệu" (26e9 + 400e6), and a bare percentage
    listed in the document's BARE_PCT (set225's)."""
    if dotted_or_magnitude_range(e, text, gold, anchors):
        return True
    m = _VALUE_ERROR.match(e)
    if m:
        r = gold[int(m.group(1)) - 1]
        t = _TWO_PART.match(text, r["anchor"])
        return bool(t) and close(int(t.group(1)) * 1e9 + int(t.group(2)) * 1e6, r["value"])
    m = _BARE.match(e)
    return bool(m) and gold[int(m.group(2)) - 1]["anchor"] in build_gold.bare_pct_anchors(_DOCS[m.group(1)])


def main():
    return run_set(HERE, build_gold, sys.argv, **SET_FORMS, tolerate=two_part_or_bare)


if __name__ == "__main__":
    sys.exit(main())
