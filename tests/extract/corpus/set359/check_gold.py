#!/usr/bin/env python3
"""Check the gold files ./gold/*.jsonl against ./texts and the contract
(/work/shared/spec/target-records.md) with ../goldcheck.py's checks, the written forms every set
from set43 on names (goldcheck.SET_FORMS) and the tolerance for dotted and magnitude ranges
(goldcheck.dotted_or_magnitude_range). Written for set359 from set259's: one form on top of
set193's, tolerated only where the texts have it, with set259's own function (imported from
../set259/check_gold.py, not copied):
  - one amount written with two magnitude words, "5 tỷ 600 triệu đồng", "12 tỷ 529 triệu đồng"
    (05): the value is the sum (5e9 + 600e6), as set259 read "3 tỷ 124 triệu đồng".

  python3 check_gold.py            # asserts; prints a summary per file
  python3 check_gold.py --numbers  # also lists every number left without a record

Exit status 0 when every check passes, 1 otherwise.
"""
import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # ../goldkit.py, ../goldcheck.py: what every set's scripts share
from goldcheck import SET_FORMS, run_set  # noqa: E402
sys.path.insert(0, str(HERE))
import build_gold  # noqa: E402  (for the per-document kind/year and NOT lists)

# set259's tolerance ("3 tỷ 124 triệu đồng" read as one sum, else set193's), used as it stands there
_spec = importlib.util.spec_from_file_location("set259_check_gold", HERE.parent / "set259" / "check_gold.py")
_set259 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_set259)


if __name__ == "__main__":
    sys.exit(run_set(HERE, build_gold, sys.argv, **SET_FORMS, tolerate=_set259.ty_trieu_or_range))
