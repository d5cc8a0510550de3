#!/usr/bin/env python3
"""Check the gold files ./gold/*.jsonl against ./texts and the contract
(/work/shared/spec/target-records.md) with ../goldcheck.py's checks, the written forms every set
from set43 on names (goldcheck.SET_FORMS) and the tolerance for dotted and magnitude ranges
(goldcheck.dotted_or_magnitude_range). Copied from set193's for set352, with the forms set352's
texts add, each tolerated only where the text has exactly that form:
  - a count followed by a bracket of its change or its share, "là 12 (tăng 3 ca", "1.700.300 (đạt
    94,99%)" (01), and a count that ends a paragraph, "trong tuần: 22.938.\\n" (01);
  - the last item of a bracketed list of percentages written without its sign, "(Timor Leste
    1,2%, ..., Malaysia 0,06)" (05): the unit-% complaint is tolerated where an earlier item of the
    same bracket carries "%".

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

FORMS = dict(SET_FORMS, count_tails=SET_FORMS["count_tails"] + (r" \((tăng|đạt) ", r"\.\\n"))
_PCT_TAIL = re.compile(r"[^:]+:(\d+): unit % but text after the number is '\)")


def signless_last_item(e, text, gold, anchors):
    """set352's bracket of percentages whose last item has no sign, then the shared forms."""
    m = _PCT_TAIL.match(e)
    if m:
        a = gold[int(m.group(1)) - 1]["anchor"]
        opened = text.rfind("(", 0, a)
        return opened >= 0 and ")" not in text[opened:a] and "%" in text[opened:a]
    return dotted_or_magnitude_range(e, text, gold, anchors)


if __name__ == "__main__":
    sys.exit(run_set(HERE, build_gold, sys.argv, **FORMS, tolerate=signless_last_item))
