#!/usr/bin/env python3
"""Check the gold files ./gold/*.jsonl against ./texts and the contract
(/work/shared/spec/target-records.md) with ../goldcheck.py's checks, the written forms every set
from set43 on names (goldcheck.SET_FORMS, whose comment tells which set met each) and the tolerance
for dotted and magnitude ranges (goldcheck.dotted_or_magnitude_range). Copied from set193's for
set292. New in set292, tolerated only where the text has exactly that form:
  - a range written with "đến" and a magnitude word after its high end, "từ 4 đến 7 triệu
    đồng/tháng" (04): the complaints about value and value_max are tolerated when both ends, each
    multiplied by the magnitude word, equal the record's value and value_max.

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
from goldcheck import SET_FORMS, dotted_or_magnitude_range, run_set  # noqa: E402
sys.path.insert(0, str(HERE))
import build_gold  # noqa: E402  (for the per-document kind/year and NOT lists)

_VALUE_ERROR = re.compile(r"[^:]+:(\d+): (?:value|value_max) \S+ but text has ")
_DEN_RANGE = re.compile(r"(\d+(?:,\d+)?) đến (\d+(?:,\d+)?)\s+(nghìn|ngàn|triệu|tỷ|tỉ)\b")
_MULT = {"nghìn": 1e3, "ngàn": 1e3, "triệu": 1e6, "tỷ": 1e9, "tỉ": 1e9}


def _den_range_ok(r, text):
    """Whether record `r` stands at a "X đến Y <magnitude>" range with its value and value_max."""
    d = _DEN_RANGE.match(text, r["anchor"])
    return bool(d) and r["op"] == "between" and all(
        close(num(d.group(i)) * _MULT[d.group(3)], r[f]) for i, f in ((1, "value"), (2, "value_max")))


def _tolerate(e, text, gold, anchors):
    """set292's "X đến Y triệu" range (above), then the dotted and magnitude ranges every set from
    set155 on tolerates."""
    m = _VALUE_ERROR.match(e)
    return (bool(m) and _den_range_ok(gold[int(m.group(1)) - 1], text)) or \
        dotted_or_magnitude_range(e, text, gold, anchors)


def main():
    return run_set(HERE, build_gold, sys.argv, **SET_FORMS, tolerate=_tolerate)


if __name__ == "__main__":
    sys.exit(main())
