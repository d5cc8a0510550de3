#!/usr/bin/env python3
"""Check the gold files ./gold/*.jsonl against ./texts and the contract
(/work/shared/spec/target-records.md) with ../goldcheck.py's checks, the written forms every set
from set43 on names (goldcheck.SET_FORMS, whose comment tells which set met each) and the tolerance
for dotted and magnitude ranges (goldcheck.dotted_or_magnitude_range). Copied from set193's for
set311, which names two forms of its own on top: a count whose noun stands before the number and
closes its paragraph ("trẻ từ 12 tháng đến dưới 36 tháng là 281.642." then a blank line: the
paragraph-end sibling of set43's full-stop tail), and a result's year before 2000 written in a
bracket right after the value ("6,4 con (1960)", "3,9% (1960)"), which the contract checks accept
before 2000 only when written "năm 1960".

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
sys.path.insert(0, str(HERE))
import build_gold  # noqa: E402  (for the per-document kind/year and NOT lists)


YEAR_ERROR = re.compile(r"[^:]+:(\d+): year (\d{4})$")


def bracket_year_or_range(e, text, gold, anchors):
    """set311's `tolerate`: a year before 2000 that the text writes in a bracket right after the
    record's number and unit ("2,12 con (2020)", "6,4 con (1960)"), then the earlier sets' ranges."""
    m = YEAR_ERROR.match(e)
    if m:
        r = gold[int(m.group(1)) - 1]
        if re.match(r"[\d.,]+\s*(?:%|con)?\s*\(" + m.group(2) + r"\)", text[r["anchor"]:r["anchor"] + 20]):
            return True
    return dotted_or_magnitude_range(e, text, gold, anchors)


# (the tail as the error message prints it, a repr: a line break is the two characters "\n")
FORMS = dict(SET_FORMS, count_tails=SET_FORMS["count_tails"] + (r"\.(\\n)+[A-ZĐ]",))


def main():
    return run_set(HERE, build_gold, sys.argv, **FORMS, tolerate=bracket_year_or_range)


if __name__ == "__main__":
    sys.exit(main())
