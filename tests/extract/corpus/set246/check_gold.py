#!/usr/bin/env python3
"""Check the gold files ./gold/*.jsonl against ./texts and the contract
(/work/shared/spec/target-records.md) with ../goldcheck.py's checks, the written forms every set
from set43 on names (goldcheck.SET_FORMS) and the tolerance for dotted and magnitude ranges
(goldcheck.dotted_or_magnitude_range). Copied from set225's for set246, with these forms on top:
  - a rate whose "%" the text leaves out (02's vaccination row and lead, "là 90,02"), tolerated only
    at the anchors build_gold lists in BARE_PCT (set225's `tolerate`);
  - a per-mille value written "+0,1 %0" (10), recorded unit other: the complaints that it is a
    percentage are tolerated only at the anchor build_gold lists in PERMILLE;
  - a count followed by a list's next item ("Phòng khám đa khoa khu vực: 86" then "- Cơ sở ...",
    01) or by ";..." (02's lead): count tails added to SET_FORMS's.

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
sys.path.insert(0, str(HERE))
import build_gold  # noqa: E402  (for the per-document kind/year and NOT lists)

_DOCS = {d["name"]: d for d in build_gold.DOCS}
_BARE = re.compile(r"(\w[\w-]*):(\d+): unit % but text after the number is ")
_PERMILLE_REC = re.compile(r"(\w[\w-]*):(\d+): a percentage recorded with unit other")
_PERMILLE_PCT = re.compile(r"(\w[\w-]*): percentage '[^']*' at (\d+) has no record")
FORMS = dict(SET_FORMS, count_tails=SET_FORMS["count_tails"] + (r"\\n\\n- \w", r";\.\.\."))


def listed_forms(e, text, gold, anchors):
    """set155's tolerated forms, then a bare percentage or a per-mille value listed by build_gold."""
    if dotted_or_magnitude_range(e, text, gold, anchors):
        return True
    m = _BARE.match(e)
    if m and gold[int(m.group(2)) - 1]["anchor"] in build_gold.bare_pct_anchors(_DOCS[m.group(1)]):
        return True
    m = _PERMILLE_REC.match(e)
    if m and gold[int(m.group(2)) - 1]["anchor"] in build_gold.permille_anchors(_DOCS[m.group(1)]):
        return True
    m = _PERMILLE_PCT.match(e)
    return bool(m) and int(m.group(2)) in build_gold.permille_anchors(_DOCS[m.group(1)])


def main():
    return run_set(HERE, build_gold, sys.argv, **FORMS, tolerate=listed_forms)


if __name__ == "__main__":
    sys.exit(main())
