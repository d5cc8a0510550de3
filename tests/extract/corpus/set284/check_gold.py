#!/usr/bin/env python3
"""Check the gold files ./gold/*.jsonl against ./texts and the contract
(/work/shared/spec/target-records.md) with ../goldcheck.py's checks, the written forms every set
from set43 on names (goldcheck.SET_FORMS, whose comment tells which set met each) and the tolerance
for dotted and magnitude ranges (goldcheck.dotted_or_magnitude_range). Copied from set175's for
set184, from set184's for set193 and from set193's for set284, unchanged but for this docstring:
set284's texts need one form beyond those named above: a range whose two ends each carry their
magnitude word and are joined by "đến", "từ 6 triệu đến 16 triệu đồng" (09): the complaint "between
but no range" is tolerated only where the text has exactly that form and its ends so read equal the
record's value and value_max.

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
from goldkit import close, num  # noqa: E402
sys.path.insert(0, str(HERE))
import build_gold  # noqa: E402  (for the per-document kind/year and NOT lists)


_RANGE_ERROR = re.compile(r"[^:]+:(\d+): between but no range in text")
_WORD_RANGE = re.compile(r"(\d+(?:,\d+)?) (triệu|tỷ) đến (\d+(?:,\d+)?) (triệu|tỷ)\b")
_MULT = {"triệu": 1e6, "tỷ": 1e9}


def word_range(e, text, gold, anchors):
    """A `tolerate`: the ranges "X triệu đến Y triệu" (both ends with their magnitude word)."""
    m = _RANGE_ERROR.match(e)
    if not m:
        return False
    r = gold[int(m.group(1)) - 1]
    w = _WORD_RANGE.match(text, r["anchor"])
    return bool(w) and close(num(w.group(1)) * _MULT[w.group(2)], r["value"]) \
        and close(num(w.group(3)) * _MULT[w.group(4)], r["value_max"])


def tolerate(e, text, gold, anchors):
    return dotted_or_magnitude_range(e, text, gold, anchors) or word_range(e, text, gold, anchors)


def main():
    return run_set(HERE, build_gold, sys.argv, **SET_FORMS, tolerate=tolerate)


if __name__ == "__main__":
    sys.exit(main())
