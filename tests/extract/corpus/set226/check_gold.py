#!/usr/bin/env python3
"""Check the gold files ./gold/*.jsonl against ./texts and the contract
(/work/shared/spec/target-records.md) with ../goldcheck.py's checks, the written forms every set
from set43 on names (goldcheck.SET_FORMS, whose comment tells which set met each) and the tolerance
for dotted and magnitude ranges (goldcheck.dotted_or_magnitude_range). Copied from set193's for
set226, with three forms set226's texts need, each tolerated only where the text has exactly that
form (the first two as earlier sets named them, the third a spaced variant of set107's):
  - "nghìn tỷ" as two magnitude words, "412,4 nghìn tỷ đồng" (05): both words multiply (spec),
    1e12; the complaint "value ... but text has" is tolerated where the number times 1e12 equals
    the record's value (set103, set109, set114, set204, set219);
  - a target year past 2035, "đến năm 2050 khoảng 80%" (07): the year complaint is tolerated only
    where the text writes "năm YEAR" or "đến YEAR", the year is at most 2050 and the record's year
    is that year (set51);
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

_VALUE_ERROR = re.compile(r"[^:]+:(\d+): value (\S+) but text has ")
_NGHIN_TY = re.compile(r"(\d+(?:,\d+)?) nghìn tỷ\b")
_FAR_YEAR = re.compile(r"[^:]+:(\d+): year (\d{4})$")
_RANGE_ERROR = re.compile(r"[^:]+:(\d+): between but no range in text")
_UNIT_ERROR = re.compile(r"[^:]+:(\d+): unit % but text after the number is ")
_SPACED_EN_RANGE = re.compile(r"\d+(?:,\d+)? – (\d+(?:,\d+)?)%")


def set226_forms(e, text, gold, anchors):
    """The three forms of the docstring, then set155's, set39's and set37's."""
    m = _VALUE_ERROR.match(e)
    if m:
        r = gold[int(m.group(1)) - 1]
        t = _NGHIN_TY.match(text, r["anchor"])
        if t and close(num(t.group(1)) * 1e12, r["value"]):
            return True
    m = _FAR_YEAR.match(e)
    if m:
        y = m.group(2)
        return 2035 < int(y) <= 2050 and gold[int(m.group(1)) - 1]["year"] == int(y) \
            and (f"đến {y}" in text or f"năm {y}" in text)
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
