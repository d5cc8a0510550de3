#!/usr/bin/env python3
"""Check the gold files ./gold/*.jsonl against ./texts and the contract
(/work/shared/spec/target-records.md) with ../goldcheck.py's checks, the written forms every set
from set43 on names (goldcheck.SET_FORMS, whose comment tells which set met each) and the tolerance
for dotted and magnitude ranges (goldcheck.dotted_or_magnitude_range). Copied from set319's for
set340 (the local economy's growth figures), with its bare percentage (set225's form: a share whose
"%" the text leaves out, listed in the document's BARE_PCT: 06's table cells under a header "(%)")
and two forms of this set's texts on top, each tolerated only where the text has exactly that form:
  - "TOP 1: Quảng Ninh" (11): "TOP" in capitals announces a rank, as SET_FORMS' "TỐP";
  - a range written "8,02% đến 10,12%" (11) or "96 đến 97%" (02), "đến" between the ends: the
    complaint "between but no range" is tolerated when the high end equals value_max, and the high
    end needs no record of its own (as goldcheck's dashed ranges).
A count followed by a bracket, "650.000 (tăng 4,5% ...)" (06), is tolerated as goldcheck's count
tails are.

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
from goldkit import close, num  # noqa: E402
sys.path.insert(0, str(HERE))
import build_gold  # noqa: E402  (for the per-document kind/year, NOT and BARE_PCT lists)

_BARE = re.compile(r"(\w[\w-]*):(\d+): unit % but text after the number is ")
_RANGE_ERROR = re.compile(r"[^:]+:(\d+): between but no range in text")
_DEN_RANGE = re.compile(r"\d+(?:,\d+)?%\s*đến\s*(\d+(?:,\d+)?)%")
_COUNT_BRACKET = re.compile(r"[^:]+:(\d+): unit count but text after the number is ' \(\w")
_DOCS = {d["name"]: d for d in build_gold.DOCS}
FORMS = dict(SET_FORMS, rank_words=SET_FORMS["rank_words"] + ("TOP",))


def this_sets_forms(e, text, gold, anchors):
    """set155's tolerated forms, a bare percentage listed in BARE_PCT (set225's), the "% đến"
    range and the count followed by a bracket (this set's)."""
    if dotted_or_magnitude_range(e, text, gold, anchors) or _COUNT_BRACKET.match(e):
        return True
    m = _BARE.match(e)
    if m:
        return gold[int(m.group(2)) - 1]["anchor"] in build_gold.bare_pct_anchors(_DOCS[m.group(1)])
    m = _RANGE_ERROR.match(e)
    if m:
        r = gold[int(m.group(1)) - 1]
        d = _DEN_RANGE.match(text, r["anchor"])
        return bool(d) and close(num(d.group(1)), r["value_max"])
    m = PCT_ERROR.match(e)
    if m:
        low = re.search(r"(\d+(?:,\d+)?)%?\s*đến\s*$", text[:int(m.group("pos"))])
        return bool(low) and low.start(1) in anchors
    return False


def main():
    return run_set(HERE, build_gold, sys.argv, **FORMS, tolerate=this_sets_forms)


if __name__ == "__main__":
    sys.exit(main())
