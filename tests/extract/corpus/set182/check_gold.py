#!/usr/bin/env python3
"""Check the gold files ./gold/*.jsonl against ./texts and the contract
(/work/shared/spec/target-records.md) with ../goldcheck.py's checks, the written forms every set
from set43 on names (goldcheck.SET_FORMS, whose comment tells which set met each) and the tolerance
for dotted and magnitude ranges (goldcheck.dotted_or_magnitude_range). Copied from set175's for
set182, with one form of its own on top: a count whose number closes the excerpt, its noun cut off
by the crawler ("đến hết năm 2021 đã có 699.720 " at the end of 04): the unit check's complaint
about the text after the number is tolerated only where nothing but whitespace follows the number
to the end of the text.

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

_COUNT_ERROR = re.compile(r"[^:]+:(\d+): unit count but text after the number is ")


def count_at_excerpt_end(e, text, gold, anchors):
    """set182's form: a count whose number is the last thing in the text (its noun cut off)."""
    m = _COUNT_ERROR.match(e)
    if m:
        a = gold[int(m.group(1)) - 1]["anchor"]
        n = re.match(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?", text[a:])
        return bool(n) and not text[a + n.end():].strip()
    return dotted_or_magnitude_range(e, text, gold, anchors)


def main():
    return run_set(HERE, build_gold, sys.argv, **SET_FORMS, tolerate=count_at_excerpt_end)


if __name__ == "__main__":
    sys.exit(main())
