#!/usr/bin/env python3
"""Check the gold files ./gold/*.jsonl against ./texts and the contract
(/work/shared/spec/target-records.md) with ../goldcheck.py's checks, the written forms every set
from set43 on names (goldcheck.SET_FORMS, whose comment tells which set met each) and the tolerance
for dotted and magnitude ranges (goldcheck.dotted_or_magnitude_range). Copied from set193's for
set343, with two written forms this set's texts have and the shared checks do not know, each
tolerated only where the text has exactly that form:
  - a range written with "đến" whose magnitude word follows its high end only, "từ 222 đến 226
    nghìn học sinh" (03): both ends multiplied;
  - a percentage printed with a decimal point, "đạt tỷ lệ 78.4%." (09): the number read with the
    point as a decimal point equals the record's value.

  python3 check_gold.py            # asserts; prints a summary per file
  python3 check_gold.py --numbers  # also lists every number left without a record

Exit status 0 when every check passes, 1 otherwise.
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # ../goldkit.py, ../goldcheck.py: what every set's scripts share
from goldcheck import SET_FORMS, dotted_or_magnitude_range, run_set  # noqa: E402
from goldkit import close  # noqa: E402
sys.path.insert(0, str(HERE))
import build_gold  # noqa: E402  (for the per-document kind/year and NOT lists)

_ERR = re.compile(r"[^:]+:(\d+): (value|value_max|unit) ")
_DEN_RANGE = re.compile(r"(\d+) đến (\d+) (nghìn|ngàn)\b")
_POINT_PCT = re.compile(r"(\d+\.\d)%")


def den_range_or_point_pct(e, text, gold, anchors):
    """set343's two forms (above), then the shared tolerance."""
    m = _ERR.match(e)
    if m:
        r = gold[int(m.group(1)) - 1]
        d = _DEN_RANGE.match(text, r["anchor"])
        if d and r["op"] == "between" and m.group(2) in ("value", "value_max"):
            if close(int(d.group(1)) * 1e3, r["value"]) and close(int(d.group(2)) * 1e3, r["value_max"]):
                return True
        p = _POINT_PCT.match(text, r["anchor"])
        if p and r["unit"] == "%" and close(float(p.group(1)), r["value"]):
            return True
    return dotted_or_magnitude_range(e, text, gold, anchors)


def main():
    return run_set(HERE, build_gold, sys.argv, **SET_FORMS, tolerate=den_range_or_point_pct)


if __name__ == "__main__":
    sys.exit(main())
