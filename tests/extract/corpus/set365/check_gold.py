#!/usr/bin/env python3
"""Check the gold files ./gold/*.jsonl against ./texts and the contract
(/work/shared/spec/target-records.md) with ../goldcheck.py's checks, the written forms every set
from set43 on names (goldcheck.SET_FORMS, whose comment tells which set met each) and the tolerance
for dotted and magnitude ranges (goldcheck.dotted_or_magnitude_range). Copied from set193's for
set365 (sugarcane, cassava and tea), with two forms of its own on top (`set365_forms`, each tolerated
only where the text has exactly that form): a range joined by "đến" whose magnitude word follows its
high end only, "từ 20 đến 25 triệu đồng/1ha" (both ends multiplied, as set155's "1-1,2 tỉ đồng"), and
a number grouped in threes by commas, "1,857,399 tấn" (read as 1 857 399: a decimal comma cannot
stand twice).

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

_END = re.compile(r"[^:]+:(\d+): (?:value|value_max) \S+ but text has ")
_WORD_RANGE = re.compile(r"(\d+(?:,\d+)?) đến (\d+(?:,\d+)?) (nghìn|triệu|tỷ)\b")
_COMMA_GROUPS = re.compile(r"\d{1,3}(?:,\d{3}){2,}(?![\d,])")
_K = {"nghìn": 1e3, "triệu": 1e6, "tỷ": 1e9}


def set365_forms(e, text, gold, anchors):
    """The two forms above, then the earlier sets' ranges (dotted_or_magnitude_range)."""
    m = _END.match(e)
    if m:
        r = gold[int(m.group(1)) - 1]
        w = _WORD_RANGE.match(text, r["anchor"])
        if w and r["op"] == "between":
            k = _K[w.group(3)]
            lo, hi = float(w.group(1).replace(",", ".")) * k, float(w.group(2).replace(",", ".")) * k
            if abs(lo - r["value"]) < 1e-6 and abs(hi - r["value_max"]) < 1e-6:
                return True
        g = _COMMA_GROUPS.match(text, r["anchor"])
        if g and float(g.group().replace(",", "")) == r["value"]:
            return True
    return dotted_or_magnitude_range(e, text, gold, anchors)


def main():
    return run_set(HERE, build_gold, sys.argv, **SET_FORMS, tolerate=set365_forms)


if __name__ == "__main__":
    sys.exit(main())
