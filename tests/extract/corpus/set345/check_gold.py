#!/usr/bin/env python3
"""Check the gold files ./gold/*.jsonl against ./texts and the contract
(/work/shared/spec/target-records.md) with ../goldcheck.py's checks, the written forms every set
from set43 on names (goldcheck.SET_FORMS) and the tolerance for dotted and magnitude ranges
(goldcheck.dotted_or_magnitude_range). Copied from set193's for set345, with one tolerance of its
own (`en_dash_range`, after set333's spaced range), for the form set345's texts have:

  - a range whose two ends are joined by an en dash with a space on each side, "800.000 –
    1.000.000 m3" (04), "5 – 5,5%/năm" (08): the "between" complaint, the "%" unit complaint of
    the low end (its "%" stands after the high end) and the high end's "no record" complaint are
    tolerated when the two ends equal the record's value and value_max.

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

END = r"(\d{1,3}(?:\.\d{3})*(?:,\d+)?)"
EN_DASH_RANGE = re.compile(END + r" – " + END)
RECORD_NO = re.compile(r"[^:]+:(\d+): (between but no range|unit % but text after)")
PCT_AT = re.compile(r".*percentage '[^']+' at (\d+) has no record")


def _ranges(text, gold):
    """(record, match) of every between record whose anchor opens an en-dash range equal to it."""
    for rec in gold:
        m = EN_DASH_RANGE.match(text, rec["anchor"])
        if (rec["op"] == "between" and m and close(num(m.group(1)), rec["value"])
                and close(num(m.group(2)), rec["value_max"])):
            yield rec, m


def en_dash_range(e, text, gold, anchors):
    """set345's form (docstring above), then set155's, set37's and set39's."""
    hit = RECORD_NO.match(e)
    if hit:
        rec = gold[int(hit.group(1)) - 1]
        if any(r is rec for r, _ in _ranges(text, gold)):
            return True
    pct = PCT_AT.match(e)
    if pct and any(m.start(2) == int(pct.group(1)) for _, m in _ranges(text, gold)):
        return True
    return dotted_or_magnitude_range(e, text, gold, anchors)


if __name__ == "__main__":
    sys.exit(run_set(HERE, build_gold, sys.argv, **SET_FORMS, tolerate=en_dash_range))
