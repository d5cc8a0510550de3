#!/usr/bin/env python3
"""Check the gold files ./gold/*.jsonl against ./texts and the contract
(/work/shared/spec/target-records.md) with ../goldcheck.py's checks, the written forms every set
from set43 on names (goldcheck.SET_FORMS) and the tolerance for dotted and magnitude ranges
(goldcheck.dotted_or_magnitude_range). Copied from set193's for set238, with one form more: a
percentage whose "%" the text leaves out ("La Hủ 34,6, Chứt 51,0%" in 04), tolerated only at the
anchors its document lists in BARE (build_gold.py), as set73 and set198 did.

  python3 check_gold.py            # asserts; prints a summary per file
  python3 check_gold.py --numbers  # also lists every number left without a record

Exit status 0 when every check passes, 1 otherwise.
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # ../goldkit.py, ../goldcheck.py: what every set's scripts share
from goldcheck import SET_FORMS, dotted_or_magnitude_range, run_set  # noqa: E402
from goldkit import locate  # noqa: E402
sys.path.insert(0, str(HERE))
import build_gold  # noqa: E402  (for the per-document kind/year, NOT and BARE lists)

_BARE_PCT_ERROR = re.compile(r"[^:]+:(\d+): unit % but text after the number is ")
_BARE = {}
for _d in build_gold.DOCS:
    if _d.get("BARE"):
        _t = (HERE / "texts" / f"{_d['name']}.txt").read_text(encoding="utf-8")
        _BARE[_t] = {locate(_t, loc, _d["name"]) for loc in _d["BARE"]}


def tolerate(e, text, gold, anchors):
    """The bare percentage above, then every set's dotted, magnitude and dashed ranges."""
    m = _BARE_PCT_ERROR.match(e)
    if m and gold[int(m.group(1)) - 1]["anchor"] in _BARE.get(text, set()):
        return True
    return dotted_or_magnitude_range(e, text, gold, anchors)


def main():
    return run_set(HERE, build_gold, sys.argv, **SET_FORMS, tolerate=tolerate)


if __name__ == "__main__":
    sys.exit(main())
