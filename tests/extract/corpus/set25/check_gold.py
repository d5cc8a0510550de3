#!/usr/bin/env python3
"""Check the gold files ./gold/*.jsonl against ./texts and the contract
(/work/shared/spec/target-records.md), with the checks written once in ../goldcheck.py; this
file names the options its set needs. It was copied from set23's check_gold.py (itself from
set21's, set17's, set15's, set14's, set12's, set10's, set9's, set8's and the seeds'); it
accepts "vị trí số 4", "vị trí 28" and "1 trong" as rank wording, a rank opening a table line,
"0.8253" as a decimal, and a count followed by "/ 450.684 hồ sơ" or "4.500 (70,8%) thủ tục".
New in set25, three forms ../goldcheck.py's patterns do not reach, each tolerated only where
the text has exactly that form:
  - a percentage written with a decimal point, "90.17%" (15): the value at the anchor is read
    as a decimal, and the "17%" that the percentage pattern finds after the point is checked at
    the start of the whole number instead (which must be recorded or NOT);
  - two magnitude words, "1,5 triệu tỷ đồng" (18): both multiply (spec);
  - a year given by its place in a written range, "các năm từ 2020 - 2024 lần lượt là ..." (18):
    a year inside a range "YYYY - YYYY" of the text counts as named.

  python3 check_gold.py            # asserts; prints a summary per file
  python3 check_gold.py --numbers  # also lists every number left without a record

Exit status 0 when every check passes, 1 otherwise.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TEXTS = HERE / "texts"
GOLD = HERE / "gold"
sys.path.insert(0, str(HERE.parent))  # ../goldkit.py, ../goldcheck.py: what every set's scripts share
import goldkit  # noqa: E402
from goldcheck import make_checker, with_written_forms  # noqa: E402
sys.path.insert(0, str(HERE))
import build_gold  # noqa: E402  (for the per-document kind/year and NOT lists)

check_file = with_written_forms(
    make_checker(TEXTS, build_gold, rank_words=("TỐP", "vị trí số", "vị trí", "1 trong"), table_lines=True),
    TEXTS, build_gold)


def main():
    return goldkit.run_checks(build_gold.DOCS, check_file, GOLD, TEXTS, "--numbers" in sys.argv)


if __name__ == "__main__":
    sys.exit(main())
