#!/usr/bin/env python3
"""Check the gold files ./gold/*.jsonl against ./texts and the contract
(/work/shared/spec/target-records.md) with ../goldcheck.py's checks, the written forms every set
from set43 on names (goldcheck.SET_FORMS) and the tolerance for dotted and magnitude ranges
(goldcheck.dotted_or_magnitude_range). Copied from set193's for set299, unchanged but for this
docstring and one
form of its own, tolerated only where the texts have it: a range of two dotted counts joined by an
en dash or by "đến" ("từ 1.500 – 1.600 người", 01; "từ 15.000 đến 16.000 lao động", 02), its
complaints about the range, the high end and the count's tail tolerated when the two ends read
with thousands dots equal the record's value and value_max.

  python3 check_gold.py            # asserts; prints a summary per file
  python3 check_gold.py --numbers  # also lists every number left without a record

Exit status 0 when every check passes, 1 otherwise.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # ../goldkit.py, ../goldcheck.py: what every set's scripts share
import re  # noqa: E402
from goldkit import close, num  # noqa: E402
from goldcheck import SET_FORMS, dotted_or_magnitude_range, run_set  # noqa: E402
sys.path.insert(0, str(HERE))
import build_gold  # noqa: E402  (for the per-document kind/year and NOT lists)


_WORD_RANGE = re.compile(r"(\d{1,3}(?:\.\d{3})+)\s*(?:–|đến)\s*(\d{1,3}(?:\.\d{3})+)")
_RANGE_ERROR = re.compile(r"[^:]+:(\d+): (between but no range in text|unit count but text after the number is"
                          r"|value_max \S+ but text has):? ")


def _tolerate(e, text, gold, anchors):
    """The en-dash and "đến" ranges of dotted counts (above), then what every set from set155 on
    tolerates."""
    m = _RANGE_ERROR.match(e)
    if m:
        r = gold[int(m.group(1)) - 1]
        d = _WORD_RANGE.match(text, r["anchor"])
        if d and r["op"] == "between" and close(num(d.group(1)), r["value"]) \
                and close(num(d.group(2)), r["value_max"]):
            return True
    return dotted_or_magnitude_range(e, text, gold, anchors)


def main():
    return run_set(HERE, build_gold, sys.argv, **SET_FORMS, tolerate=_tolerate)


if __name__ == "__main__":
    sys.exit(main())
