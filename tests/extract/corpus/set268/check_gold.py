#!/usr/bin/env python3
"""Check the gold files ./gold/*.jsonl against ./texts and the contract
(/work/shared/spec/target-records.md) with ../goldcheck.py's checks, the written forms every set
from set43 on names (goldcheck.SET_FORMS) and the tolerance for dotted and magnitude ranges
(goldcheck.dotted_or_magnitude_range). Copied from set193's for set268, with one form of its own on
top, tolerated only where its texts have it:
  - one amount written with three magnitude words, "2.920 tỷ 725 triệu 704 nghìn đồng" (04): the
    value is the sum (2920e9 + 725e6 + 704e3), as set259 read "3 tỷ 124 triệu đồng".

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

BAD_VALUE = re.compile(r"[^:]+:(\d+): value \S+ but text has ")
THREE_WORDS = re.compile(r"([\d.]+) tỷ (\d+) triệu (\d+) nghìn đồng")


def amount_in_three_words(e, text, gold, anchors):
    """"N tỷ N triệu N nghìn đồng" read as one amount; anything else as set193 tolerated it."""
    hit = BAD_VALUE.match(e)
    if hit:
        rec = gold[int(hit.group(1)) - 1]
        words = THREE_WORDS.match(text, rec["anchor"])
        if words:
            total = num(words.group(1)) * 1e9 + int(words.group(2)) * 1e6 + int(words.group(3)) * 1e3
            if close(total, rec["value"]):
                return True
    return dotted_or_magnitude_range(e, text, gold, anchors)


if __name__ == "__main__":
    sys.exit(run_set(HERE, build_gold, sys.argv, **SET_FORMS, tolerate=amount_in_three_words))
