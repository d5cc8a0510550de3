#!/usr/bin/env python3
"""Check the gold files ./gold/*.jsonl against ./texts and the contract
(/work/shared/spec/target-records.md), with the checks written once in ../goldcheck.py; this
file names the options its set needs. It was copied from set47's check_gold.py (itself from
set45's, set43's, ..., set25's and the seeds'); it accepts "vị trí số 4", "vị trí 28" and
"1 trong" as rank wording, a rank opening a table line, "0.8253" as a decimal, a count followed
by "/ 450.684 hồ sơ" or "4.500 (70,8%) thủ tục", a count whose noun stands in quotation marks, a
count closing its sentence, the dashed range and the printed decimal point (set37-set43).
New in set51 (the _tolerate function below, modelled on set42's):
  - a target year past 2035 written "đến 2050" (12; set42 tolerated "năm 2045"): the year
    complaint is tolerated only where the text writes "đến YEAR" or "năm YEAR", the year is at
    most 2050 and the record's year is that year.

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
sys.path.insert(0, str(HERE))
import build_gold  # noqa: E402  (for the per-document kind/year and NOT lists)

_FAR_YEAR = re.compile(r"[^:]+:(\d+): year (\d{4})$")


def _tolerate(e, text, gold, anchors):
    """A target year "đến 2050" (set51); then the dashed range and the printed
    decimal point every set from set39 on tolerates."""
    m = _FAR_YEAR.match(e)
    if m:
        y = m.group(2)
        return 2035 < int(y) <= 2050 and gold[int(m.group(1)) - 1]["year"] == int(y) \
            and (f"đến {y}" in text or f"năm {y}" in text)
    return dashed_range_or_point(e, text, gold, anchors)


def main():
    return run_set(HERE, build_gold, sys.argv, rank_words=("TỐP", "vị trí số", "vị trí", "1 trong"), table_lines=True,
                   count_tails=(r' \"\w', r'\. [A-ZĐ]'), tolerate=_tolerate)


if __name__ == "__main__":
    sys.exit(main())
