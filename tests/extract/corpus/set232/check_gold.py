#!/usr/bin/env python3
"""Check the gold files ./gold/*.jsonl against ./texts and the contract
(/work/shared/spec/target-records.md) with ../goldcheck.py's checks, the written forms every set
from set43 on names (goldcheck.SET_FORMS, whose comment tells which set met each) and the tolerance
for dotted and magnitude ranges (goldcheck.dotted_or_magnitude_range). Copied from set193's for
set232. New in set232 (05 only), each tolerated only where the text has exactly that form:
  - a range whose ends stand either side of a spaced en dash, with "%" on its high end only or a
    unit word after it, "80 – 85%", "2 – 3 ngày" (set200's and set224's en-dash ranges, here also
    before "ngày"): the complaints "between but no range" and "unit %" are tolerated when the two
    ends equal value and value_max, and the high end needs no record of its own;
  - a range whose ends carry two units, "từ 3 tháng đến 1 năm": tolerated when the record reads it
    in months (value 3, value_max 12, unit_text "tháng").

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

EN_DASH = re.compile(r"(\d+(?:,\d+)?) – (\d+(?:,\d+)?)(%| ngày)")
MONTHS_TO_YEAR = re.compile(r"(\d+) tháng đến (\d+) năm")
REC_ERROR = re.compile(r"[^:]+:(\d+): (between but no range in text|unit % but text after the number is)")


def spans_range(r, text):
    """The record's two ends as the text writes them at its anchor (either form above)."""
    d = EN_DASH.match(text, r["anchor"])
    if d and close(num(d.group(1)), r["value"]) and close(num(d.group(2)), r["value_max"]):
        return d
    y = MONTHS_TO_YEAR.match(text, r["anchor"])
    if y and r.get("unit_text") == "tháng" and close(int(y.group(1)), r["value"]) \
            and close(int(y.group(2)) * 12, r["value_max"]):
        return y
    return None


def set232_forms(e, text, gold, anchors):
    m = REC_ERROR.match(e)
    if m and gold[int(m.group(1)) - 1]["op"] == "between" and spans_range(gold[int(m.group(1)) - 1], text):
        return True
    m = PCT_ERROR.match(e)
    if m:
        for r in gold:
            d = r["op"] == "between" and spans_range(r, text)
            if d and d.re is EN_DASH and d.start(2) == int(m.group("pos")):
                return True  # the high end of a range recorded at its low end
    return dotted_or_magnitude_range(e, text, gold, anchors)


if __name__ == "__main__":
    sys.exit(run_set(HERE, build_gold, sys.argv, **SET_FORMS, tolerate=set232_forms))
