#!/usr/bin/env python3
"""Check the gold files ./gold/*.jsonl against ./texts and the contract
(/work/shared/spec/target-records.md), with the checks written once in ../goldcheck.py; this
file names the options its set needs. It was copied from set23's check_gold.py (itself from set14's,
set12's, set10's, set9's, set8's and the seeds'); it accepts "vị trí số 4"
and a rank opening a table line as rank wording, and reads "0.8253" as a
decimal. New in set17: "vị trí 28" is rank wording too, and a count whose
number is followed by "/ 450.684 hồ sơ" (a fraction with a space after the
slash, 03) or by its share in brackets "4.500 (70,8%) thủ tục" (13) passes
the count check: both forms name the counted things after the bracket or the
denominator, which ../goldcheck.py's count pattern does not reach.

  python3 check_gold.py            # asserts; prints a summary per file
  python3 check_gold.py --numbers  # also lists every number left without a record

Exit status 0 when every check passes, 1 otherwise.
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TEXTS = HERE / "texts"
GOLD = HERE / "gold"
sys.path.insert(0, str(HERE.parent))  # ../goldkit.py, ../goldcheck.py: what every set's scripts share
import goldkit  # noqa: E402
from goldcheck import make_checker  # noqa: E402
sys.path.insert(0, str(HERE))
import build_gold  # noqa: E402  (for the per-document kind/year and NOT lists)

_check_file = make_checker(TEXTS, build_gold, rank_words=("TỐP", "vị trí số", "vị trí", "1 trong"), table_lines=True)
_COUNT_TAIL = re.compile(r".*: unit count but text after the number is '(/ [\d.]+ \w| \(\d+(,\d+)?%\) \w)")


def check_file(path, doc, errors, show_numbers=False):
    n = len(errors)
    recs = _check_file(path, doc, errors, show_numbers)
    errors[n:] = [e for e in errors[n:] if not _COUNT_TAIL.match(e)]
    return recs


def main():
    return goldkit.run_checks(build_gold.DOCS, check_file, GOLD, TEXTS, "--numbers" in sys.argv)


if __name__ == "__main__":
    sys.exit(main())
