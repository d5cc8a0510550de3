#!/usr/bin/env python3
"""Check the gold files ./gold/*.jsonl against ./texts and the contract
(/work/shared/spec/target-records.md), with the checks written once in ../goldcheck.py; this
file names the options its set needs. It was copied from set69's check_gold.py (itself from
set47's, set45's, set43's, ... set25's, set23's, ... and the seeds'); it accepts "vị trí số 4",
"vị trí 28" and "1 trong" as rank wording, a rank opening a table line, "0.8253" as a decimal,
a count followed by "/ 450.684 hồ sơ" or "4.500 (70,8%) thủ tục", a count whose noun stands in
quotation marks, a count closing its sentence ('. [A-ZĐ]'), the dashed ranges "khoảng 10,5% – 11%"
and "75,03% - 90,61%", and a decimal printed with a point "67.65 điểm" (see set69's docstring and
../goldcheck.py for each).
New in set76: an elliptic range of money whose low end is written without the thousands its high
end carries, "khoảng hơn 80 đến hơn 90.000 tỷ đồng" and "khoảng 60-70.000 tỷ đồng" (05): the low
end means 80.000 (60.000) tỷ. The complaints "value ... but text has", "between but no range"
and "value_max ... but text has" are tolerated for exactly that form ("N đến hơn M.000 tỷ" or
"N-M.000 tỷ" at the anchor) when value is N × 1e12 and value_max is M × 1e12.

  python3 check_gold.py            # asserts; prints a summary per file
  python3 check_gold.py --numbers  # also lists every number left without a record

Exit status 0 when every check passes, 1 otherwise.
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # ../goldkit.py, ../goldcheck.py: what every set's scripts share
from goldcheck import dashed_range_or_point, run_set  # noqa: E402
from goldkit import close  # noqa: E402
sys.path.insert(0, str(HERE))
import build_gold  # noqa: E402  (for the per-document kind/year and NOT lists)

_ELLIPTIC = re.compile(r"(\d+)(?:-| đến hơn )(\d{1,3})\.000 tỷ")
_RECORD_ERROR = re.compile(r"[^:]+:(\d+): (?:value|value_max|between) ")


def elliptic_range_or_dashed(e, text, gold, anchors):
    """set76's elliptic money range (above), else set39's forms."""
    m = _RECORD_ERROR.match(e)
    if m:
        r = gold[int(m.group(1)) - 1]
        d = _ELLIPTIC.match(text, r["anchor"])
        if d and r["op"] == "between" and close(int(d.group(1)) * 1e12, r["value"]) \
                and close(int(d.group(2)) * 1e12, r["value_max"]):
            return True
    return dashed_range_or_point(e, text, gold, anchors)


def main():
    return run_set(HERE, build_gold, sys.argv, rank_words=("TỐP", "vị trí số", "vị trí", "1 trong"), table_lines=True,
                   count_tails=(r' \"\w', r'\. [A-ZĐ]'), tolerate=elliptic_range_or_dashed)


if __name__ == "__main__":
    sys.exit(main())
