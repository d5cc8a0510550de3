#!/usr/bin/env python3
"""Check the gold files ./gold/*.jsonl against ./texts and the contract
(/work/shared/spec/target-records.md) with ../goldcheck.py's checks, the written forms every set
from set43 on names (goldcheck.SET_FORMS, whose comment tells which set met each) and the tolerance
for dotted and magnitude ranges (goldcheck.dotted_or_magnitude_range). Copied from set193's for
set200, which adds the forms its ranking pages print (`ranking_forms`, each tolerated only where the
text has exactly that form):
  - a rank in a table printed with separators, on a line that opens with "Xếp hạng |" or with a
    year cell ("2022 | 49 |"), or a rank after "lên"/"xuống" in "từ vị trí 15 lên 13", or after
    "(năm 2023 là 18)" (an earlier place given after the current one);
  - a decimal printed with a point where the point is followed by a line break or a separator
    ("Điểm số\\n24.20", "| 24.20 |");
  - a range whose ends stand either side of an en dash, "51,99 – 70/100 điểm";
  - a percentage whose sign stands in the bracket after the number, "84,79 (%/100 điểm tối đa)".

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

_REC = re.compile(r"[^:]+:(\d+): (?P<msg>.*)")


def ranking_forms(e, text, gold, anchors):
    m = _REC.match(e)
    if m:
        r = gold[int(m.group(1)) - 1]
        a, msg = r["anchor"], m.group("msg")
        line = text[text.rfind("\n", 0, a) + 1:a]
        if msg.startswith("unit rank but no rank wording") and (
                re.match(r"(Xếp hạng|\d{4}) \|", line) or re.search(r"vị trí[^.]*(lên|xuống)\s*$", line)
                or re.search(r"\(năm \d{4} là $", line)):
            return True
        if msg.startswith("value "):
            d = re.match(r"\d+\.\d+(?=\s*(\n|\|))", text[a:])
            if d and close(float(d.group()), r["value"]):
                return True
        if msg.startswith("between but no range"):
            d = re.match(r"\d+(?:,\d+)?\s*–\s*(\d+(?:,\d+)?)", text[a:])
            if d and close(num(d.group(1)), r["value_max"]):
                return True
        if msg.startswith("unit % but text after the number is") and re.match(r"\d+(?:,\d+)? \(%", text[a:]):
            return True
    return dotted_or_magnitude_range(e, text, gold, anchors)


def main():
    return run_set(HERE, build_gold, sys.argv, **SET_FORMS, tolerate=ranking_forms)


if __name__ == "__main__":
    sys.exit(main())
