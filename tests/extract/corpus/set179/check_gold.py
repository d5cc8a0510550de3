#!/usr/bin/env python3
"""Check the gold files ./gold/*.jsonl against ./texts and the contract
(/work/shared/spec/target-records.md) with ../goldcheck.py's checks, the written forms every set
from set43 on names (goldcheck.SET_FORMS, whose comment tells which set met each) and the tolerance
for dotted and magnitude ranges (goldcheck.dotted_or_magnitude_range). Copied from set175's for
set179. New in set179 (as set42 and set137 met it): "nghìn tỷ" as two magnitude words, "137 nghìn
tỷ đồng" (04): both multiply (1e12), as the spec reads "1,5 triệu tỷ"; the value complaint is
tolerated only where the number times 1e12 equals the record's value.

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

_VALUE_ERR = re.compile(r"[^:]+:(\d+): value (\S+) but text has ")
_NGHIN_TY = re.compile(r"(\d+(?:,\d+)?) nghìn tỷ\b")


def _set179_forms(e, text, gold, anchors):
    """"137 nghìn tỷ đồng" (see the docstring), then the forms every set from set155 on tolerates."""
    m = _VALUE_ERR.match(e)
    if m:
        r = gold[int(m.group(1)) - 1]
        two = _NGHIN_TY.match(text, r["anchor"])
        if two and close(num(two.group(1)) * 1e12, r["value"]):
            return True
    return dotted_or_magnitude_range(e, text, gold, anchors)


def main():
    return run_set(HERE, build_gold, sys.argv, **SET_FORMS, tolerate=_set179_forms)


if __name__ == "__main__":
    sys.exit(main())
