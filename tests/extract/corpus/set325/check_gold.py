#!/usr/bin/env python3
"""Check the gold files ./gold/*.jsonl against ./texts and the contract
(/work/shared/spec/target-records.md) with ../goldcheck.py's checks, the written forms every set
from set43 on names (goldcheck.SET_FORMS, whose comment tells which set met each) and the tolerance
for dotted and magnitude ranges (goldcheck.dotted_or_magnitude_range). Copied from set193's; set325 adds one tolerance of its own (`share_without_sign`): 08's
"hòa giải viên nữ chiếm 24," is a share whose % sign the page left out, recorded as % with a
note saying so; only that record's unit complaint is let through.

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
sys.path.insert(0, str(HERE))
import build_gold  # noqa: E402  (for the per-document kind/year and NOT lists)


def share_without_sign(error, text, gold, anchors):
    """set155's forms, then a % record whose note says the text left its % sign out."""
    if dotted_or_magnitude_range(error, text, gold, anchors):
        return True
    m = re.match(r"[^:]+:(\d+): unit % but text after the number is ", error)
    return bool(m) and "no % sign" in (gold[int(m.group(1)) - 1].get("note") or "")


def main():
    return run_set(HERE, build_gold, sys.argv, **SET_FORMS, tolerate=share_without_sign)


if __name__ == "__main__":
    sys.exit(main())
