#!/usr/bin/env python3
"""Check the gold files ./gold/*.jsonl against ./texts and the contract
(/work/shared/spec/target-records.md) with ../goldcheck.py's checks, the written forms every set
from set43 on names (goldcheck.SET_FORMS) and the tolerance for dotted and magnitude ranges
(goldcheck.dotted_or_magnitude_range). Copied from set333's for set363, its one tolerance rewritten
(`en_dash_range`) for the form set363's text 08 has:

  - a range joined by an en dash with a space on each side, "400 – 600 tấn rác/ngày", its
    magnitude word after the high end only, "1.200 – 1.500 tỷ đồng" (both ends multiplied, as
    set155's "1-1,2 tỉ đồng"): the "between" and value complaints are tolerated when the two ends
    so read equal the record's value and value_max.

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
EN_DASH_RANGE = re.compile(END + r" – " + END + r"(?: (nghìn|ngàn|triệu|tỷ))?")
TIMES = {None: 1, "nghìn": 1e3, "ngàn": 1e3, "triệu": 1e6, "tỷ": 1e9}
COMPLAINT = re.compile(r"[^:]+:(\d+): (?:between but no range|value \S+ but text has)")


def en_dash_range(e, text, gold, anchors):
    """set363's form (docstring above), then set155's, set37's and set39's."""
    hit = COMPLAINT.match(e)
    if hit:
        rec = gold[int(hit.group(1)) - 1]
        r = EN_DASH_RANGE.match(text, rec["anchor"])
        if r and rec["op"] == "between":
            k = TIMES[r.group(3)]
            if close(num(r.group(1)) * k, rec["value"]) and close(num(r.group(2)) * k, rec["value_max"]):
                return True
    return dotted_or_magnitude_range(e, text, gold, anchors)


if __name__ == "__main__":
    sys.exit(run_set(HERE, build_gold, sys.argv, **SET_FORMS, tolerate=en_dash_range))
