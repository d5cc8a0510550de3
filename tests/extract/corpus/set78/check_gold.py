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
Copied from set69's for set78. New in set78 (the `tolerate` below, on top of
dashed_range_or_point): a decimal printed with a point and followed by "/" or ")" rather than a
blank, "13.2/18 điểm" (02, six component scores out of their maximum) and "Cà Mau (21.2)" (07),
tolerated only where the number read with the point as a decimal point equals the record's value;
and a rank whose rank word stands before the earlier value of a "from ... to" pair, "từ vị trí 53
lên 46" (08, twice), tolerated only where the text just before the anchor is "vị trí N lên ".

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
import re  # noqa: E402

from goldkit import close  # noqa: E402

_DOTTED_BEFORE = re.compile(r"[^:]+:(\d+): value (\S+) but text has '(\d+\.\d{1,2})[/)]")
_RANK_ERROR = re.compile(r"[^:]+:(\d+): unit rank but no rank wording")
_FROM_TO = re.compile(r"vị trí \d+ lên $")


def tolerate(e, text, gold, anchors):
    """set78's forms (see the docstring), then set39's dashed range and printed point."""
    m = _DOTTED_BEFORE.match(e)
    if m:
        return close(float(m.group(3)), gold[int(m.group(1)) - 1]["value"])
    m = _RANK_ERROR.match(e)
    if m:
        a = gold[int(m.group(1)) - 1]["anchor"]
        return bool(_FROM_TO.search(text[max(0, a - 20):a]))
    return dashed_range_or_point(e, text, gold, anchors)


def main():
    return run_set(HERE, build_gold, sys.argv, **SET_FORMS, tolerate=tolerate)


if __name__ == "__main__":
    sys.exit(main())
