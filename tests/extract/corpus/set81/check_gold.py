#!/usr/bin/env python3
"""Check the gold files ./gold/*.jsonl against ./texts and the contract
(/work/shared/spec/target-records.md), with the checks written once in ../goldcheck.py; this
file names the options its set needs. It was copied from set25's check_gold.py (itself from
set23's, set21's, set17's, set15's, set14's, set12's, set10's, set9's, set8's and the seeds'); it
accepts "vị trí số 4", "vị trí 28" and "1 trong" as rank wording, a rank opening a table line,
"0.8253" as a decimal, and a count followed by "/ 450.684 hồ sơ" or "4.500 (70,8%) thủ tục".
set25 added three forms ../goldcheck.py's patterns do not reach (a percentage with a decimal
point "90.17%", two magnitude words "1,5 triệu tỷ đồng", a year given by its place in a written
range "2020 - 2024"); they are kept here and none of set27's texts needs them.
set27 added a count whose noun stands in quotation marks, 'ít nhất 1 "thôn thông minh"'; kept.
Copied from set27's for set37. New in set37: a range written with "%" on its low end and an en
dash, "khoảng 10,5% – 11%" (04): the complaint "between but no range" is tolerated for exactly
that form when the high end equals value_max, and its high end "11%" needs no record of its own.
Copied from set37's for set39. New in set39: the same range form with a hyphen, "75,03% - 90,61%"
(08); a decimal printed with a point "67.65 điểm" (03), tolerated only where the number read with
the point as a decimal point equals the record's value.
Copied from set41's (set39's, unchanged there) for set43. New in set43: a count whose noun stands
before the number and closes its sentence, "trong tháng 9 là 58.397.139. Như vậy" (03): the
count_tails entry r'\. [A-ZĐ]' (a full stop, then a new sentence).
Copied from set43's for set45, unchanged: set45's texts need no form beyond those named above.
Copied from set45's for set47.
Copied from set47's for set69, unchanged: set69's texts need no form beyond those named above.
Copied from set69's for set81, unchanged: set81's texts need no form beyond those named above.

  python3 check_gold.py            # asserts; prints a summary per file
  python3 check_gold.py --numbers  # also lists every number left without a record

Exit status 0 when every check passes, 1 otherwise.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # ../goldkit.py, ../goldcheck.py: what every set's scripts share
from goldcheck import SET_FORMS, dashed_range_or_point, run_set  # noqa: E402
sys.path.insert(0, str(HERE))
import build_gold  # noqa: E402  (for the per-document kind/year and NOT lists)


def main():
    return run_set(HERE, build_gold, sys.argv, **SET_FORMS, tolerate=dashed_range_or_point)


if __name__ == "__main__":
    sys.exit(main())
