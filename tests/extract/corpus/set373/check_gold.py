#!/usr/bin/env python3
"""Check the gold files ./gold/*.jsonl against ./texts and the contract
(/work/shared/spec/target-records.md) with ../goldcheck.py's checks, the written forms every set
from set43 on names (goldcheck.SET_FORMS, whose comment tells which set met each) and the tolerance
for dotted and magnitude ranges (goldcheck.dotted_or_magnitude_range). Copied from set193's for
set373 (flowers and ornamental plants), with the forms of its own texts on top (`set373_forms`, each
tolerated only where the text has exactly that form): a range joined by an en dash, "40–50%",
"1,3–1,4 triệu giỏ", "1 – 1,2 tỷ đồng/ha" (the complaints "between but no range", the unit read
after the dash, the high end's value and its percentage without a record), and a range whose
magnitude words "nghìn tỷ" follow its high end only, "50 - 55 nghìn tỷ đồng" (both ends multiplied
by 1e12, as set155's "1-1,2 tỉ đồng").

  python3 check_gold.py            # asserts; prints a summary per file
  python3 check_gold.py --numbers  # also lists every number left without a record

Exit status 0 when every check passes, 1 otherwise.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # ../goldkit.py, ../goldcheck.py: what every set's scripts share
from goldcheck import SET_FORMS, dotted_or_magnitude_range, run_set  # noqa: E402
sys.path.insert(0, str(HERE))
import build_gold  # noqa: E402  (for the per-document kind/year and NOT lists)
import re  # noqa: E402

_REC = re.compile(r"[^:]+:(\d+): (value|value_max|between but no range|unit \S+ but text after)")
_PCT = re.compile(r"[^:]+: percentage '[^']+' at (\d+) has no record")
_RANGE = re.compile(r"(\d+(?:,\d+)?)\s*([–-])\s*(\d+(?:,\d+)?)(?:\s+(nghìn\s+t[ỷỉ]|nghìn|triệu|t[ỷỉ])\b)?")
_K = {None: 1, "nghìn": 1e3, "triệu": 1e6, "tỷ": 1e9, "tỉ": 1e9}


def _read(x):
    return float(x.replace(",", "."))


def set373_forms(e, text, gold, anchors):
    """The two forms above, then the earlier sets' ranges (dotted_or_magnitude_range)."""
    m = _REC.match(e)
    if m:
        r = gold[int(m.group(1)) - 1]
        d = _RANGE.match(text, r["anchor"])
        if d and r["op"] == "between" and (d.group(2) == "–" or (d.group(4) or "").startswith("nghìn t")):
            k = 1e12 if (d.group(4) or "").startswith("nghìn t") else _K[d.group(4)]
            if abs(_read(d.group(1)) * k - r["value"]) < 1e-6 and abs(_read(d.group(3)) * k - r["value_max"]) < 1e-6:
                return True
    m = _PCT.match(e)
    if m:
        low = re.search(r"(\d+(?:,\d+)?)\s*–\s*$", text[:int(m.group(1))])
        if low and low.start(1) in anchors:
            return True
    return dotted_or_magnitude_range(e, text, gold, anchors)


def main():
    return run_set(HERE, build_gold, sys.argv, **SET_FORMS, tolerate=set373_forms)


if __name__ == "__main__":
    sys.exit(main())
