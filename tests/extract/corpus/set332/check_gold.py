#!/usr/bin/env python3
"""Check the gold files ./gold/*.jsonl against ./texts and the contract
(/work/shared/spec/target-records.md) with ../goldcheck.py's checks, the written forms every set
from set43 on names (goldcheck.SET_FORMS, whose comment tells which set met each) and the tolerance
for dotted and magnitude ranges (goldcheck.dotted_or_magnitude_range). Copied from set193's for
set332 (civil-servant recruitment, training and assessment), with two forms of set332's own on
top, each tolerated only where the text has exactly that form: a percentage range joined by "đến"
with "%" at both ends, "từ 30% đến 50%" (04: the complaints "between but no range" and the high
end's "percentage has no record" are tolerated when the two ends equal the record's value and
value_max), and a count whose noun stands before the number and whose bracket of yearly parts
follows it, "tổng chỉ tiêu tuyển dụng ... là 66 (năm 2022 ..." (08).

  python3 check_gold.py            # asserts; prints a summary per file
  python3 check_gold.py --numbers  # also lists every number left without a record

Exit status 0 when every check passes, 1 otherwise.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # ../goldkit.py, ../goldcheck.py: what every set's scripts share
from goldkit import close, num  # noqa: E402
import re  # noqa: E402
from goldcheck import PCT_ERROR, SET_FORMS, dotted_or_magnitude_range, run_set  # noqa: E402
sys.path.insert(0, str(HERE))
import build_gold  # noqa: E402  (for the per-document kind/year and NOT lists)


_RANGE_ERROR = re.compile(r"[^:]+:(\d+): between but no range in text")
_PCT_TO = re.compile(r"(\d+(?:,\d+)?)%\s+đến\s+(\d+(?:,\d+)?)%")


def percent_to_range(e, text, gold, anchors):
    """set332's `tolerate`: "từ 30% đến 50%" (both complaints), then the earlier sets' ranges."""
    m = _RANGE_ERROR.match(e)
    if m:
        r = gold[int(m.group(1)) - 1]
        d = _PCT_TO.match(text, r["anchor"])
        if d and r["op"] == "between":
            return close(num(d.group(1)), r["value"]) and close(num(d.group(2)), r["value_max"])
    m = PCT_ERROR.match(e)
    if m:
        for r in gold:
            d = _PCT_TO.match(text, r["anchor"])
            if d and d.start(2) == int(m.group("pos")) and r["op"] == "between":
                return close(num(d.group(2)), r["value_max"])
    return dotted_or_magnitude_range(e, text, gold, anchors)


# (the tail as the error message prints it: a space, then the bracket of yearly parts)
FORMS = dict(SET_FORMS, count_tails=SET_FORMS["count_tails"] + (r" \(năm \d{4}",))


def main():
    return run_set(HERE, build_gold, sys.argv, **FORMS, tolerate=percent_to_range)


if __name__ == "__main__":
    sys.exit(main())
