#!/usr/bin/env python3
"""Check the gold files ./gold/*.jsonl against ./texts and the contract
(/work/shared/spec/target-records.md) with ../goldcheck.py's checks, the written forms every set
from set43 on names (goldcheck.SET_FORMS) and the tolerance for dotted and magnitude ranges
(goldcheck.dotted_or_magnitude_range). Copied from set299's for set306 (set299's from set193's),
its one form widened to what set306's texts have, tolerated only there: a range of two numbers
joined by an en dash, dotted or not, with "%" on its high end only ("từ 15 – 20% diện tích", 06;
"40.000 – 45.000 ha", "350.000 – 400.000 tấn/năm", 07): its complaints about the range, the unit's
tail and the high end are tolerated when the two ends equal the record's value and value_max, and
the high end's percentage needs no record of its own when the low end has one.

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

_N = r"\d{1,3}(?:\.\d{3})*(?:,\d+)?"
_DASH_RANGE = re.compile(rf"({_N})\s*–\s*({_N})")
_RANGE_ERROR = re.compile(r"[^:]+:(\d+): (between but no range in text|unit (?:count|%) but text after the number is"
                          r"|value_max \S+ but text has):? ")


def _tolerate(e, text, gold, anchors):
    """The en-dash ranges (above), then what every set from set155 on tolerates."""
    m = _RANGE_ERROR.match(e)
    if m:
        r = gold[int(m.group(1)) - 1]
        d = _DASH_RANGE.match(text, r["anchor"])
        if d and r["op"] == "between" and close(num(d.group(1)), r["value"]) \
                and close(num(d.group(2)), r["value_max"]):
            return True
    m = PCT_ERROR.match(e)
    if m:
        low = re.search(rf"({_N})\s*–\s*$", text[:int(m.group("pos"))])
        if low and low.start(1) in anchors:
            return True
    return dotted_or_magnitude_range(e, text, gold, anchors)


def main():
    return run_set(HERE, build_gold, sys.argv, **SET_FORMS, tolerate=_tolerate)


if __name__ == "__main__":
    sys.exit(main())
