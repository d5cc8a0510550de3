#!/usr/bin/env python3
"""Check the gold files ./gold/*.jsonl against ./texts and the contract
(/work/shared/spec/target-records.md), with the checks written once in ../goldcheck.py; this
file names the options its set needs. It was copied from set69's check_gold.py (itself from
set47's, set45's, set43's, set41's, set39's, set37's, set27's, set25's, set23's, set21's, set17's,
set15's, set14's, set12's, set10's, set9's, set8's and the seeds'); it accepts "vị trí số 4",
"vị trí 28" and "1 trong" as rank wording, a rank opening a table line, "0.8253" as a decimal,
and a count followed by "/ 450.684 hồ sơ" or "4.500 (70,8%) thủ tục".
set25 added three forms ../goldcheck.py's patterns do not reach (a percentage with a decimal
point "90.17%", two magnitude words "1,5 triệu tỷ đồng", a year given by its place in a written
range "2020 - 2024"); they are kept here.
set27 added a count whose noun stands in quotation marks, 'ít nhất 1 "thôn thông minh"'; kept.
set37 and set39 added a range with "%" on its low end and a dash ("khoảng 10,5% – 11%",
"75,03% - 90,61%") and a decimal printed with a point ("67.65 điểm"); kept (`dashed_range_or_point`).
set43 added a count whose noun stands before the number and closes its sentence, r'\. [A-ZĐ]'; kept.
Copied from set69's for set96. New in set96: thousands grouped by a space, "100 000 đơn vị máu",
"250 000 trẻ em", "50 000 công nhân trẻ" (03): the complaint "value V but text has '100 000 …'"
is tolerated only where the digits at the anchor, read with the single spaces between groups of
three digits as thousands separators, equal the record's value (`spaced_thousands`).

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

_VALUE_ERROR = re.compile(r"[^:]+:(\d+): value (\S+) but text has ")
_SPACED = re.compile(r"\d{1,3}(?: \d{3})+(?!\d)")


def spaced_thousands(e, text, gold, anchors):
    """Tolerate "100 000" (thousands grouped by a space) where it reads as the record's value."""
    m = _VALUE_ERROR.match(e)
    if m:
        r = gold[int(m.group(1)) - 1]
        s = _SPACED.match(text, r["anchor"])
        if s and close(float(s.group().replace(" ", "")), r["value"]):
            return True
    return dashed_range_or_point(e, text, gold, anchors)


def main():
    return run_set(HERE, build_gold, sys.argv, rank_words=("TỐP", "vị trí số", "vị trí", "1 trong"), table_lines=True,
                   count_tails=(r' \"\w', r'\. [A-ZĐ]'), tolerate=spaced_thousands)


if __name__ == "__main__":
    sys.exit(main())
