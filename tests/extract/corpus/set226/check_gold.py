#!/usr/bin/env python3
"""Check the gold files ./gold/*.jsonl against ./texts and the contract
(/work/shared/spec/target-records.md) with ../goldcheck.py's checks, the written forms every set
from set43 on names (goldcheck.SET_FORMS, whose comment tells which set met each) and the tolerance
for dotted and magnitude ranges (goldcheck.dotted_or_magnitude_range). Copied from set193's for
set226, with one form its texts need, tolerated only where the text has exactly that form ("nghìn
tỷ" and a year past 2035 the text names, which it also met, are goldcheck's now):
  - a range written with a spaced en dash and "%" on its high end only, "khoảng 60 – 65%", "8,5 –
    9,0%/năm", "50 – 55%" (07): the complaints "between but no range" and "unit % but text after
    the number is ' – 65%...'" are tolerated only where the high end equals value_max, and the high
    end needs no record of its own (set107's "từ 9–10%", with spaces around the dash).

  python3 check_gold.py            # asserts; prints a summary per file
  python3 check_gold.py --numbers  # also lists every number left without a record

Exit status 0 when every check passes, 1 otherwise.
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # ../goldkit.py, ../goldcheck.py: what every set's scripts share
from goldcheck import PCT_ERROR, SET_FORMS, dotted_or_magnitude_range, run_set  # noqa: E402
from goldkit import close, num  # noqa: E402
sys.path.insert(0, str(HERE))
import build_gold  # noqa: E402  (for the per-document kind/year and NOT lists)

_RANGE_ERROR = re.compile(r"[^:]+:(\d+): between but no range in text")
_UNIT_ERROR = re.compile(r"[^:]+:(\d+): unit % but text after the number is ")
_SPACED_EN_RANGE = re.compile(r"\d+(?:,\d+)? – (\d+(?:,\d+)?)%")


def set226_forms(e, text, gold, anchors):
    """The form of the docstring, then set155's, set39's and set37's."""
    for rx in (_RANGE_ERROR, _UNIT_ERROR):
        m = rx.match(e)
        if m:
            g = gold[int(m.group(1)) - 1]
            r = _SPACED_EN_RANGE.match(text, g["anchor"])
            if r and g["op"] == "between" and close(num(r.group(1)), g["value_max"]):
                return True
    m = PCT_ERROR.match(e)
    if m:
        low = re.search(r"(\d+(?:,\d+)?) – $", text[:int(m.group("pos"))])
        if low and low.start(1) in anchors:
            return True
    return dotted_or_magnitude_range(e, text, gold, anchors)


def main():
    return run_set(HERE, build_gold, sys.argv, **SET_FORMS, tolerate=set226_forms)


if __name__ == "__main__":
    sys.exit(main())
