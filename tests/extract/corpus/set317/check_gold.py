#!/usr/bin/env python3
"""Check the gold files ./gold/*.jsonl against ./texts and the contract
(/work/shared/spec/target-records.md) with ../goldcheck.py's checks, the written forms every set
from set43 on names (goldcheck.SET_FORMS, whose comment tells which set met each) and the tolerance
for dotted and magnitude ranges (goldcheck.dotted_or_magnitude_range). Copied from set193's for
set317. One form only set317's texts have is tolerated on top: a range written with its unit and
magnitude word at both ends, "từ khoảng 918 triệu đồng đến 1,4 tỉ đồng" (10), where the complaint
"between but no range in text" is tolerated when the two ends, each multiplied by its own
magnitude word, equal the record's value and value_max.

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

_NO_RANGE = re.compile(r"[^:]+:(\d+): between but no range in text")
_MAG = {"nghìn": 1e3, "ngàn": 1e3, "triệu": 1e6, "tỷ": 1e9, "tỉ": 1e9}
_UNIT_TWICE = re.compile(r"(\d+(?:,\d+)?) (nghìn|ngàn|triệu|tỷ|tỉ) đồng đến (\d+(?:,\d+)?) (nghìn|ngàn|triệu|tỷ|tỉ) đồng")


def unit_twice_range(e, text, gold, anchors):
    """set317's form above, then set155's, set37's and set39's (dotted_or_magnitude_range)."""
    m = _NO_RANGE.match(e)
    if m:
        r = gold[int(m.group(1)) - 1]
        d = _UNIT_TWICE.match(text, r["anchor"])
        if d and close(num(d.group(1)) * _MAG[d.group(2)], r["value"]) \
                and close(num(d.group(3)) * _MAG[d.group(4)], r["value_max"]):
            return True
    return dotted_or_magnitude_range(e, text, gold, anchors)


def main():
    return run_set(HERE, build_gold, sys.argv, **SET_FORMS, tolerate=unit_twice_range)


if __name__ == "__main__":
    sys.exit(main())
