#!/usr/bin/env python3
"""Check the gold files ./gold/*.jsonl against ./texts and the contract
(/work/shared/spec/target-records.md) with ../goldcheck.py's checks, the written forms every set
from set43 on names (goldcheck.SET_FORMS, whose comment tells which set met each) and the tolerance
for dotted and magnitude ranges (goldcheck.dotted_or_magnitude_range). Copied from set193's for
set197. New in set197 (as set103 and set109 met it): a magnitude written as two words "2,78 nghìn
tỷ đồng" (01), read as 2.78 x 1e3 x 1e9 = 2.78e12; goldcheck's two-word form reads only "triệu tỷ", so
`nghin_ty_or_range` below tolerates the value complaint for exactly that form when the record's
value equals the product, then defers to `dotted_or_magnitude_range`.

  python3 check_gold.py            # asserts; prints a summary per file
  python3 check_gold.py --numbers  # also lists every number left without a record

Exit status 0 when every check passes, 1 otherwise.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # ../goldkit.py, ../goldcheck.py: what every set's scripts share
import re  # noqa: E402
from goldcheck import SET_FORMS, dotted_or_magnitude_range, run_set  # noqa: E402
from goldkit import close, num  # noqa: E402
sys.path.insert(0, str(HERE))
import build_gold  # noqa: E402  (for the per-document kind/year and NOT lists)


THOUSAND_BILLION = re.compile(r"(\d+(?:,\d+)?) nghìn (?:tỷ|tỉ)\b")


def nghin_ty_or_range(e, text, gold, anchors):
    """Tolerate 'value V but text has ...' where the text reads 'N nghìn tỷ' and V = N * 1e12."""
    m = re.match(r"[^:]+:(\d+): value ", e)
    if m:
        t = THOUSAND_BILLION.match(text, gold[int(m.group(1)) - 1]["anchor"])
        if t and close(num(t.group(1)) * 1e12, gold[int(m.group(1)) - 1]["value"]):
            return True
    return dotted_or_magnitude_range(e, text, gold, anchors)


def main():
    return run_set(HERE, build_gold, sys.argv, **SET_FORMS, tolerate=nghin_ty_or_range)


if __name__ == "__main__":
    sys.exit(main())
