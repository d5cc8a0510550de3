#!/usr/bin/env python3
"""Check the gold files ./gold/*.jsonl against ./texts and the contract
(/work/shared/spec/target-records.md) with ../goldcheck.py's checks, the written forms every set
from set43 on names (goldcheck.SET_FORMS, whose comment tells which set met each) and the tolerance
for dotted and magnitude ranges (goldcheck.dotted_or_magnitude_range). Copied from set193's for
set260, with one form of its own on top: "vạn" (ten thousand) as a magnitude word, "trên 63 vạn
tấn" read as 630000 (03; the spec names nghìn/ngàn, triệu and tỷ; the builder multiplies "vạn" in
likewise, a judgement told in README.md). The complaint about the value at such an anchor is
tolerated only where the text has "N vạn" and N times 1e4 is the record's value.

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

VAN_ERROR = re.compile(r"[^:]+:(\d+): value \S+ but text has ")
VAN = re.compile(r"(\d+(?:,\d+)?) vạn\b")


def van_or_range(e, text, gold, anchors):
    """set155's and earlier sets' range forms, then "N vạn" read as N * 1e4."""
    m = VAN_ERROR.match(e)
    if m:
        r = gold[int(m.group(1)) - 1]
        v = VAN.match(text, r["anchor"])
        if v and close(num(v.group(1)) * 1e4, r["value"]):
            return True
    return dotted_or_magnitude_range(e, text, gold, anchors)


if __name__ == "__main__":
    sys.exit(run_set(HERE, build_gold, sys.argv, **SET_FORMS, tolerate=van_or_range))
