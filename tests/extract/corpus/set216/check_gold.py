#!/usr/bin/env python3
"""Check the gold files ./gold/*.jsonl against ./texts and the contract
(/work/shared/spec/target-records.md) with ../goldcheck.py's checks, the written forms every set
from set43 on names (goldcheck.SET_FORMS, whose comment tells which set met each) and the tolerance
for dotted and magnitude ranges (goldcheck.dotted_or_magnitude_range). Copied from set193's for
set216, with one form more: a magnitude range written with an en dash, "từ 400–600 triệu đồng/năm"
(09), which goldcheck's range patterns read with a hyphen only (`en_dash_magnitude_range`).

  python3 check_gold.py            # asserts; prints a summary per file
  python3 check_gold.py --numbers  # also lists every number left without a record

Exit status 0 when every check passes, 1 otherwise.
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # ../goldkit.py, ../goldcheck.py: what every set's scripts share
from goldcheck import _MULT, SET_FORMS, dotted_or_magnitude_range, run_set  # noqa: E402
from goldkit import close, num  # noqa: E402
sys.path.insert(0, str(HERE))
import build_gold  # noqa: E402  (for the per-document kind/year and NOT lists)

_LINE = re.compile(r"[^:]+:(\d+): (value \S+ but text has|between but no range in text)")
_EN_DASH = re.compile(r"(\d+(?:,\d+)?)\s*–\s*(\d+(?:,\d+)?)\s+(nghìn|ngàn|triệu|tỷ|tỉ)\b")


def en_dash_magnitude_range(e, text, gold, anchors):
    """`dotted_or_magnitude_range`, and a `between` written "400–600 triệu" (en dash)."""
    m = _LINE.match(e)
    if m:
        r = gold[int(m.group(1)) - 1]
        d = _EN_DASH.match(text, r["anchor"])
        if d and r["op"] == "between":
            k = _MULT[d.group(3)]
            if close(num(d.group(1)) * k, r["value"]) and close(num(d.group(2)) * k, r["value_max"]):
                return True
    return dotted_or_magnitude_range(e, text, gold, anchors)


def main():
    return run_set(HERE, build_gold, sys.argv, **SET_FORMS, tolerate=en_dash_magnitude_range)


if __name__ == "__main__":
    sys.exit(main())
