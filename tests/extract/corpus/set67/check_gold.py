#!/usr/bin/env python3
"""Check the gold files ./gold/*.jsonl against ./texts and the contract
(/work/shared/spec/target-records.md), with the checks written once in ../goldcheck.py; this
file names the options its set needs. It was copied from set47's check_gold.py (itself from
set45's, set43's, set41's, set39's, set37's, set27's, set25's, ... and the seeds'); it accepts
"vị trí số 4", "vị trí 28" and "1 trong" as rank wording, a rank opening a table line,
"0.8253" as a decimal, a count followed by "/ 450.684 hồ sơ" or "4.500 (70,8%) thủ tục", a
percentage with a decimal point "90.17%", two magnitude words "1,5 triệu tỷ đồng", a year given
by its place in a written range "2020 - 2024", a count whose noun stands in quotation marks, a
range written with "%" on its low end and a dash ("khoảng 10,5% – 11%"), a decimal printed with
a point "67.65 điểm", and a count closing its sentence ("là 58.397.139. Như vậy").
Copied from set47's for set67. New in set67: a range of money whose magnitude word stands only
after the high end, "khoảng 30 - 50 tỉ đồng/năm" (09): the magnitude multiplies both ends (the
spec's "a magnitude word multiplies"), so the complaints "value 30000000000 but text has '30'"
and "value_max 50000000000 but text has '50'" are tolerated for exactly that form, when the
value (value_max) equals the low (high) number times the magnitude written after the high end.

  python3 check_gold.py            # asserts; prints a summary per file
  python3 check_gold.py --numbers  # also lists every number left without a record

Exit status 0 when every check passes, 1 otherwise.
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # ../goldkit.py, ../goldcheck.py: what every set's scripts share
from goldcheck import MULT, dashed_range_or_point, run_set  # noqa: E402
from goldkit import close, num  # noqa: E402
sys.path.insert(0, str(HERE))
import build_gold  # noqa: E402  (for the per-document kind/year and NOT lists)

_RANGE_MAG = re.compile(r"(\d+(?:,\d+)?) - (\d+(?:,\d+)?) (nghìn|ngàn|triệu|tỷ|tỉ)\b")
_VALUE = re.compile(r"[^:]+:(\d+): value (\S+) but text has ")
_VALUE_MAX = re.compile(r"[^:]+:(\d+): value_max (\S+) but text has ")


def range_with_magnitude(e, text, gold, anchors):
    """A `tolerate`: set47's forms, and the range "30 - 50 tỉ" read with its magnitude on both ends."""
    if dashed_range_or_point(e, text, gold, anchors):
        return True
    for pat, group, field in ((_VALUE, 1, "value"), (_VALUE_MAX, 2, "value_max")):
        m = pat.match(e)
        if m:
            r = gold[int(m.group(1)) - 1]
            g = _RANGE_MAG.match(text, r["anchor"])
            return bool(g) and r["op"] == "between" and close(num(g.group(group)) * MULT[g.group(3)], r[field])
    return False


def main():
    return run_set(HERE, build_gold, sys.argv, rank_words=("TỐP", "vị trí số", "vị trí", "1 trong"), table_lines=True,
                   count_tails=(r' \"\w', r'\. [A-ZĐ]'), tolerate=range_with_magnitude)


if __name__ == "__main__":
    sys.exit(main())
