#!/usr/bin/env python3
"""Check the gold files ./gold/*.jsonl against ./texts and the contract
(/work/shared/spec/target-records.md) with ../goldcheck.py's checks, the written forms every set
from set43 on names (goldcheck.SET_FORMS) and the tolerance for dotted and magnitude ranges
(goldcheck.dotted_or_magnitude_range). Copied from set193's for set361, which names two forms of
its own on top:

  - a count whose noun stands before the number and whose number closes a bracket, "Ninh Bình
    (238)", "Tam Kỳ (3)" (a count tail ")");
  - a money range whose low end carries its unit word and whose high end a magnitude word,
    "từ 1.250.000 đồng đến 7 triệu đồng/giải": the complaint "between but no range" is tolerated
    when the two ends so read equal the record's value and value_max.

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
from goldkit import close, num  # noqa: E402
sys.path.insert(0, str(HERE))
import build_gold  # noqa: E402  (for the per-document kind/year and NOT lists)

NO_RANGE = re.compile(r"[^:]+:(\d+): between but no range in text")
MONEY_RANGE = re.compile(r"(\d{1,3}(?:\.\d{3})*)\s+đồng\s+đến\s+(\d+(?:,\d+)?)\s+triệu\b")


def money_range(e, text, gold, anchors):
    """set361's money range (above), then the forms every set from set155 on tolerates."""
    m = NO_RANGE.match(e)
    if m:
        r = gold[int(m.group(1)) - 1]
        d = MONEY_RANGE.match(text, r["anchor"])
        if d and close(num(d.group(1)), r["value"]) and close(num(d.group(2)) * 1e6, r["value_max"]):
            return True
    return dotted_or_magnitude_range(e, text, gold, anchors)


def main():
    forms = dict(SET_FORMS, count_tails=SET_FORMS["count_tails"] + (r"\)",))
    return run_set(HERE, build_gold, sys.argv, **forms, tolerate=money_range)


if __name__ == "__main__":
    sys.exit(main())
