#!/usr/bin/env python3
"""Check the gold files ./gold/*.jsonl against ./texts and the contract
(/work/shared/spec/target-records.md) with ../goldcheck.py's checks, the written forms every set
from set43 on names (goldcheck.SET_FORMS, whose comment tells which set met each) and the tolerance
for dotted and magnitude ranges (goldcheck.dotted_or_magnitude_range). Copied from set193's for
set356. New in set356: a percentage range whose ends are joined by an en dash with a space on each
side and whose "%" stands on the high end only, "70 – 75%", "khoảng 43 – 45%" (07). For exactly that
form, when the record is `between` and the two ends equal value and value_max, three complaints are
tolerated: "between but no range in text", "unit % but text after the number is ' – M%'", and the
high end's "percentage 'M%' has no record" (the high end needs no record of its own).

  python3 check_gold.py            # asserts; prints a summary per file
  python3 check_gold.py --numbers  # also lists every number left without a record

Exit status 0 when every check passes, 1 otherwise.
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # ../goldkit.py, ../goldcheck.py: what every set's scripts share
from goldcheck import PCT_ERROR, SET_FORMS, dotted_or_magnitude_range, run_set  # noqa: E402
from goldkit import close, num  # noqa: E402
sys.path.insert(0, str(HERE))
import build_gold  # noqa: E402  (for the per-document kind/year and NOT lists)

EN_DASH_PCT = re.compile(r"(\d+(?:,\d+)?) – (\d+(?:,\d+)?)%")
RECORD_COMPLAINT = re.compile(r"[^:]+:(\d+): (?:between but no range in text|unit % but text after the number is ' – )")


def en_dash_pct_range(e, text, gold, anchors):
    """The form above; anything else goes to the shared tolerance."""
    c = RECORD_COMPLAINT.match(e)
    if c:
        rec = gold[int(c.group(1)) - 1]
        m = EN_DASH_PCT.match(text, rec["anchor"])
        if rec["op"] == "between" and m and close(num(m.group(1)), rec["value"]) \
                and close(num(m.group(2)), rec["value_max"]):
            return True
    p = PCT_ERROR.match(e)
    if p:
        pos = int(p.group("pos"))
        for a in anchors:
            m = EN_DASH_PCT.match(text, a)
            if m and m.start(2) == pos:
                return True
    return dotted_or_magnitude_range(e, text, gold, anchors)


if __name__ == "__main__":
    sys.exit(run_set(HERE, build_gold, sys.argv, **SET_FORMS, tolerate=en_dash_pct_range))
