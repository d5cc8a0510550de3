#!/usr/bin/env python3
"""Check the gold files ./gold/*.jsonl against ./texts and the contract
(/work/shared/spec/target-records.md) with ../goldcheck.py's checks, the written forms every set
from set43 on names (goldcheck.SET_FORMS) and the tolerance for dotted and magnitude ranges
(goldcheck.dotted_or_magnitude_range). Copied from set193's (set184's, set175's) for set198, with
three forms of set198's texts tolerated on top (`set198_forms`), each only where the text has exactly
that form:
  - a table cell whose "%" stands only in its column header (06, "Tăng trưởng GRDP 2026 - 2030 (%)"):
    the complaint "unit % but text after the number is ..." for a record whose anchor the document
    lists in its BARE entries (build_gold.py), as set73 did for its bare percentage;
  - such a cell holding a range with an en dash and no "%", "10,5 – 11,0" (06): "between but no range"
    when the high end equals value_max;
  - a range with "%" on its low end and "đến", "từ 5,84% đến 11,89%" (05): "between but no range"
    when the high end equals value_max, and the high end's percentage needs no record of its own (as
    set73's form).

  python3 check_gold.py            # asserts; prints a summary per file
  python3 check_gold.py --numbers  # also lists every number left without a record

Exit status 0 when every check passes, 1 otherwise.
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # ../goldkit.py, ../goldcheck.py: what every set's scripts share
from goldcheck import PCT_ERROR, SET_FORMS, dotted_or_magnitude_range, run_set  # noqa: E402
from goldkit import close, locate, num  # noqa: E402
sys.path.insert(0, str(HERE))
import build_gold  # noqa: E402  (for the per-document kind/year and NOT lists)

_UNIT_PCT = re.compile(r"[^:]+:(\d+): unit % but text after the number is ")
_NO_RANGE = re.compile(r"[^:]+:(\d+): between but no range in text")
_BARE_RANGE = re.compile(r"(\d+(?:,\d+)?) – (\d+(?:,\d+)?)\n")
_DEN_RANGE = re.compile(r"(\d+(?:,\d+)?)%\s*đến\s*(\d+(?:,\d+)?)%")


# the anchors of each BARE document's locators, keyed by its text (one table text, 06)
_BARE = {t: {locate(t, loc, d["name"]) for loc in d["BARE"]}
         for d in build_gold.DOCS if d.get("BARE")
         for t in [(HERE / "texts" / f"{d['name']}.txt").read_text(encoding="utf-8")]}


def set198_forms(e, text, gold, anchors):
    """set193's tolerance, plus the three forms of the docstring."""
    if dotted_or_magnitude_range(e, text, gold, anchors):
        return True
    bare = _BARE.get(text, set())
    m = _UNIT_PCT.match(e) or _NO_RANGE.match(e)
    r = gold[int(m.group(1)) - 1] if m else None
    if m and m.re is _UNIT_PCT:
        return r["anchor"] in bare
    if m:
        d = (_BARE_RANGE if r["anchor"] in bare else _DEN_RANGE).match(text, r["anchor"])
        return bool(d) and close(num(d.group(2)), r["value_max"])
    m = PCT_ERROR.match(e)
    if m:
        low = re.search(r"(\d+(?:,\d+)?)%\s*đến\s*$", text[:int(m.group("pos"))])
        return bool(low) and low.start(1) in anchors
    return False


def main():
    return run_set(HERE, build_gold, sys.argv, **{**SET_FORMS, "tolerate": set198_forms})


if __name__ == "__main__":
    sys.exit(main())
