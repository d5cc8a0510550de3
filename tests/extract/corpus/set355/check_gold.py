#!/usr/bin/env python3
"""Check the gold files ./gold/*.jsonl against ./texts and the contract
(/work/shared/spec/target-records.md) with ../goldcheck.py's checks, the written forms every set
from set43 on names (goldcheck.SET_FORMS) and the tolerance for dotted and magnitude ranges
(goldcheck.dotted_or_magnitude_range). Copied from set278's for set355 (set278 built the checker
itself, as goldcheck.run_set does, so as to name one more form, `range_pct`); set355's 02 writes a
range with "%" on its low end ("từ 10,5% đến 11%"), the same form, which goldcheck.make_checker
already knows.

  python3 check_gold.py            # asserts; prints a summary per file
  python3 check_gold.py --numbers  # also lists every number left without a record

Exit status 0 when every check passes, 1 otherwise.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # ../goldkit.py, ../goldcheck.py: what every set's scripts share
from goldcheck import SET_FORMS, dotted_or_magnitude_range, make_checker, with_written_forms  # noqa: E402
from goldkit import run_checks  # noqa: E402
sys.path.insert(0, str(HERE))
import build_gold  # noqa: E402  (for the per-document kind/year and NOT lists)


def main():
    texts, gold = HERE / "texts", HERE / "gold"
    forms = dict(SET_FORMS)
    count_tails = forms.pop("count_tails")
    check_file = with_written_forms(make_checker(texts, build_gold, range_pct=True, **forms), texts, build_gold,
                                    count_tails=count_tails, tolerate=dotted_or_magnitude_range)
    return run_checks(build_gold.DOCS, check_file, gold, texts, "--numbers" in sys.argv)


if __name__ == "__main__":
    sys.exit(main())
