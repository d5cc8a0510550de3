#!/usr/bin/env python3
"""Check the gold files ./gold/*.jsonl against ./texts and the contract
(/work/shared/spec/target-records.md) with ../goldcheck.py's checks, the written forms every set
from set43 on names (goldcheck.SET_FORMS, whose comment tells which set met each) and the tolerance
for dotted and magnitude ranges (goldcheck.dotted_or_magnitude_range). Copied from set193's for
set224. New in set224, each tolerated only where the text has exactly that form:
  - "TOP 5", "TOP 10", "TOP 3" (04): "TOP" written in capitals announces a rank;
  - a decimal printed with a point and followed by a comma or a full stop, "65.68, với", "59.33. Là"
    (04): set39's printed decimal point (goldcheck reads it only before a space), tolerated only where
    the number read with the point as a decimal point equals the record's value;
  - a range with an en dash and "%" on its high end only, "khoảng 30 – 40% doanh nghiệp" (05): the
    complaints "between but no range" and "unit %" are tolerated when the high end equals value_max,
    and the high end "40%" needs no record of its own;
  (set30's and set42's far target year, "đến năm 2045" (12), which it also met, is goldcheck's now.)

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

_POINT = re.compile(r"[^:]+:(\d+): value (\S+) but text has '(\d+\.\d{1,2})[,.] ")
_EN_RANGE = re.compile(r"(\d+(?:,\d+)?)\s*–\s*(\d+(?:,\d+)?)%")
_EN_RANGE_ERROR = re.compile(r"[^:]+:(\d+): (between but no range in text|unit % but text after the number is) "
                             r"'\s*–\s*\d")
_EN_RANGE_NO_RANGE = re.compile(r"[^:]+:(\d+): between but no range in text")


def _en_range(r, text):
    d = _EN_RANGE.match(text, r["anchor"])
    return bool(d) and r["op"] == "between" and close(num(d.group(1)), r["value"]) \
        and close(num(d.group(2)), r["value_max"])


def _tolerate(e, text, gold, anchors):
    """set224's forms (above), then the dotted and magnitude ranges, the dashed range and the printed
    decimal point every set from set155 on tolerates."""
    m = _POINT.match(e)
    if m:
        return close(float(m.group(3)), gold[int(m.group(1)) - 1]["value"])
    m = _EN_RANGE_ERROR.match(e) or _EN_RANGE_NO_RANGE.match(e)
    if m and _en_range(gold[int(m.group(1)) - 1], text):
        return True
    m = PCT_ERROR.match(e)
    if m and any(_en_range(r, text) and _EN_RANGE.match(text, r["anchor"]).start(2) == int(m.group("pos"))
                 for r in gold):
        return True  # the high end of an en-dash range recorded at its low end
    return dotted_or_magnitude_range(e, text, gold, anchors)


def main():
    forms = dict(SET_FORMS, rank_words=SET_FORMS["rank_words"] + ("TOP",))
    return run_set(HERE, build_gold, sys.argv, **forms, tolerate=_tolerate)


if __name__ == "__main__":
    sys.exit(main())
