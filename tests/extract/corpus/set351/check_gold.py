#!/usr/bin/env python3
"""set351's gold checker: every gold/*.jsonl against its text in ./texts and the record contract
(/work/shared/spec/target-records.md), through ../goldcheck.py (run_set with the written forms of
goldcheck.SET_FORMS and the dotted-or-magnitude range tolerance). The industrial-cluster texts of
this set write land as "53,5ha" / "6.200 ha" and money as "30 nghìn tỷ đồng"; no form beyond the
shared ones is needed.

    python3 check_gold.py             # the checks and a summary per file
    python3 check_gold.py --numbers   # and every number of a text that no record covers

Exits 1 on any failed check, else 0.
"""
import sys
from pathlib import Path

SET_DIR = Path(__file__).resolve().parent
sys.path[:0] = [str(SET_DIR.parent), str(SET_DIR)]  # the shared goldcheck.py, then this set's build_gold.py
import build_gold  # noqa: E402  (documents: kind, year, NOT)
import goldcheck  # noqa: E402

if __name__ == "__main__":
    sys.exit(goldcheck.run_set(SET_DIR, build_gold, sys.argv, **goldcheck.SET_FORMS,
                               tolerate=goldcheck.dotted_or_magnitude_range))
