#!/usr/bin/env python3
"""Check the gold files ./gold/*.jsonl against ./texts and the contract
(/work/shared/spec/target-records.md), with the checks written once in ../goldcheck.py; this
file names the options its set needs. Copied from set15's check_gold.py; it also accepts
"nằm trong" and "vị trí" as rank wording (07 "nằm trong 20 tỉnh", 16 "vị trí thứ 5"), and one
form ../goldcheck.py's unit check does not reach, tolerated only where the text has exactly
that form: a count whose noun stands in quotation marks after it (07 "9.000 “công dân số”").

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

_check_file = make_checker(TEXTS, build_gold, rank_words=("TỐP", "vị trí số", "vị trí", "nằm trong"), table_lines=True)

_QUOTED_COUNT = re.compile(r".*: unit count but text after the number is ' “[^”]+$")


def check_file(path, doc, errors, show_numbers=False):
    n = len(errors)
    recs = _check_file(path, doc, errors, show_numbers)
    errors[n:] = [e for e in errors[n:] if not _QUOTED_COUNT.match(e)]
    return recs


def main():
    return goldkit.run_checks(build_gold.DOCS, check_file, GOLD, TEXTS, "--numbers" in sys.argv)


if __name__ == "__main__":
    sys.exit(main())
