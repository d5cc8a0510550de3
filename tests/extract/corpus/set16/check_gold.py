#!/usr/bin/env python3
"""Check the gold files ./gold/*.jsonl against ./texts and the contract
(/work/shared/spec/target-records.md), with the checks written once in ../goldcheck.py; this
file names the options its set needs. It was first copied from set15's check_gold.py, adding "Tốp" to the rank words (set14's
was itself copied from set12's, set10's, set9's, set8's and the seeds'; it
accepts "vị trí số 4" and a rank opening a table line as rank wording, and
reads "0.8253" as a decimal).

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
from goldcheck import make_checker  # noqa: E402
sys.path.insert(0, str(HERE))
import build_gold  # noqa: E402  (for the per-document kind/year and NOT lists)

check_file = make_checker(TEXTS, build_gold, rank_words=("TỐP", "Tốp", "vị trí số"), table_lines=True)


def main():
    return goldkit.run_checks(build_gold.DOCS, check_file, GOLD, TEXTS, "--numbers" in sys.argv)


if __name__ == "__main__":
    sys.exit(main())
