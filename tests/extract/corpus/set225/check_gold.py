#!/usr/bin/env python3
"""Check the gold files ./gold/*.jsonl against ./texts and the contract
(/work/shared/spec/target-records.md) with ../goldcheck.py's checks, the written forms every set
from set43 on names (goldcheck.SET_FORMS, whose comment tells which set met each) and the tolerance
for dotted and magnitude ranges (goldcheck.dotted_or_magnitude_range). Copied from set193's for
set225, with one form added: a percentage whose "%" the text leaves out on the first of two
levels ("từ 20 giảm còn 16%", 11), tolerated only at the anchors build_gold lists in BARE_PCT
(set13's and set22's option, here as a `tolerate`).

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

_BARE = re.compile(r"(\w[\w-]*):(\d+): unit % but text after the number is ")
_DOCS = {d["name"]: d for d in build_gold.DOCS}


def bare_pct_or_range(e, text, gold, anchors):
    """set155's tolerated forms, then a bare percentage listed in the document's BARE_PCT."""
    if dotted_or_magnitude_range(e, text, gold, anchors):
        return True
    m = _BARE.match(e)
    return bool(m) and gold[int(m.group(2)) - 1]["anchor"] in build_gold.bare_pct_anchors(_DOCS[m.group(1)])


def main():
    return run_set(HERE, build_gold, sys.argv, **SET_FORMS, tolerate=bare_pct_or_range)


if __name__ == "__main__":
    sys.exit(main())
