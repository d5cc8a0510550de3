#!/usr/bin/env python3
"""Check the gold files ./gold/*.jsonl against ./texts and the contract
(/work/shared/spec/target-records.md) with ../goldcheck.py's checks, the written forms every set
from set43 on names (goldcheck.SET_FORMS, whose comment tells which set met each) and the tolerance
for dotted and magnitude ranges (goldcheck.dotted_or_magnitude_range). Copied from set193's for
set204 (set193's from set184's, set184's from set175's). New in set204, each tolerated only where
the text has exactly that form:
  - "nghìn tỷ" as two magnitude words, "25 nghìn tỷ đồng" and the heading's "95 NGHÌN TỶ ĐỒNG"
    (06): both words multiply (spec), 1e12; the complaint "value ... but text has" is tolerated
    where the number times 1e12 equals the record's value (the form set103, set109 and set114
    named; here in either case);
  - a range whose "%" stands on its high end only, joined by an en dash, "35–40% GRDP" (01): the
    complaints "between but no range" and "unit % but text after the number is '–40%" are
    tolerated when the high end equals value_max, and the high end needs no record of its own;
  - a percentage written as a word, "3 phần trăm" (05): unit % tolerated there;
  - a count whose noun stands before it inside brackets that close a sentence, "(toàn quốc đặt mục
    tiêu là 09)." (01): the count tail r'\)\.'.

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
_REC_ERROR = re.compile(r"[^:]+:(\d+): (between but no range in text|unit % but text after the number is )")
_NGHIN_TY = re.compile(r"(\d+(?:,\d+)?) (?:nghìn|NGHÌN) (?:tỷ|TỶ)\b")
_EN_DASH_RANGE = re.compile(r"(\d+(?:,\d+)?)\s*–\s*(\d+(?:,\d+)?)%")
_WORD_PCT = re.compile(r"\d+(?:,\d+)? phần trăm\b")


def set204_forms(e, text, gold, anchors):
    """set204's forms (see the docstring), then set155's, set39's and set37's."""
    m = _VALUE_ERROR.match(e)
    if m:
        r = gold[int(m.group(1)) - 1]
        t = _NGHIN_TY.match(text, r["anchor"])
        if t and close(num(t.group(1)) * 1e12, r["value"]):
            return True
    m = _REC_ERROR.match(e)
    if m:
        r = gold[int(m.group(1)) - 1]
        d = _EN_DASH_RANGE.match(text, r["anchor"])
        if d and r["op"] == "between" and close(num(d.group(2)), r["value_max"]):
            return True
        if m.group(2).startswith("unit %") and _WORD_PCT.match(text, r["anchor"]):
            return True
    m = PCT_ERROR.match(e)
    if m:
        low = re.search(r"(\d+(?:,\d+)?)\s*–\s*$", text[:int(m.group("pos"))])
        if low and low.start(1) in anchors:
            return True
    return dotted_or_magnitude_range(e, text, gold, anchors)


def main():
    forms = dict(SET_FORMS, count_tails=SET_FORMS["count_tails"] + (r'\)\.',))
    return run_set(HERE, build_gold, sys.argv, **forms, tolerate=set204_forms)


if __name__ == "__main__":
    sys.exit(main())
