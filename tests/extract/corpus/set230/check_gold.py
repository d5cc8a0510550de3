#!/usr/bin/env python3
"""Check the gold files ./gold/*.jsonl against ./texts and the contract
(/work/shared/spec/target-records.md) with ../goldcheck.py's checks, the written forms every set
from set43 on names (goldcheck.SET_FORMS) and the tolerance for dotted and magnitude ranges
(goldcheck.dotted_or_magnitude_range). Copied from set193's for set230. New in set230: a count whose
thousands are separated by a comma, "823,380 giao dịch" (04): the complaint "value V but text has
'N,NNN ...'" is tolerated only where the number is digits, one comma, exactly three digits, and
read with the comma removed equals the value (set135's `comma_thousands`, restated here).

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

def thousands_comma(e, text, gold, anchors):
    """A count written with one comma between thousands ("823,380"), else the shared tolerance."""
    head, sep, tail = e.partition("' but text has '")
    if not sep and " but text has '" in e:
        head, sep, tail = e.partition(" but text has '")
    digits = re.match(r"(\d{1,3}),(\d{3})(?!\d)", tail) if sep else None
    line = re.search(r":(\d+): value ", head)
    if digits and line and float("".join(digits.groups())) == gold[int(line.group(1)) - 1]["value"]:
        return True
    return dotted_or_magnitude_range(e, text, gold, anchors)


def main():
    return run_set(HERE, build_gold, sys.argv, **SET_FORMS, tolerate=thousands_comma)


if __name__ == "__main__":
    sys.exit(main())
