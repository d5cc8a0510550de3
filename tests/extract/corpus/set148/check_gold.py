#!/usr/bin/env python3
"""Check the gold files ./gold/*.jsonl against ./texts and the contract
(/work/shared/spec/target-records.md), with the checks written once in ../goldcheck.py; this
file names the options its set needs. It was copied from set25's check_gold.py (itself from
set23's, set21's, set17's, set15's, set14's, set12's, set10's, set9's, set8's and the seeds'); it
accepts "vị trí số 4", "vị trí 28" and "1 trong" as rank wording, a rank opening a table line,
"0.8253" as a decimal, and a count followed by "/ 450.684 hồ sơ" or "4.500 (70,8%) thủ tục".
set25 added three forms ../goldcheck.py's patterns do not reach (a percentage with a decimal
point "90.17%", two magnitude words "1,5 triệu tỷ đồng", a year given by its place in a written
range "2020 - 2024"); they are kept here and none of set27's texts needs them.
set27 added a count whose noun stands in quotation marks, 'ít nhất 1 "thôn thông minh"'; kept.
Copied from set27's for set37. New in set37: a range written with "%" on its low end and an en
dash, "khoảng 10,5% – 11%" (04): the complaint "between but no range" is tolerated for exactly
that form when the high end equals value_max, and its high end "11%" needs no record of its own.
Copied from set37's for set39. New in set39: the same range form with a hyphen, "75,03% - 90,61%"
(08); a decimal printed with a point "67.65 điểm" (03), tolerated only where the number read with
the point as a decimal point equals the record's value.
Copied from set41's (set39's, unchanged there) for set43. New in set43: a count whose noun stands
before the number and closes its sentence, "trong tháng 9 là 58.397.139. Như vậy" (03): the
count_tails entry r'\. [A-ZĐ]' (a full stop, then a new sentence).
Copied from set43's for set45, unchanged: set45's texts need no form beyond those named above.
Copied from set45's for set47.
Copied from set47's for set69, unchanged: set69's texts need no form beyond those named above.
Copied from set69's for set147, unchanged: set147's texts need no form beyond those named above.
Copied from set147's for set148. New in set148 (01): a range written with an en dash and "%" on
its high end only, "10–10,5%/năm", "25–30% GRDP", "0,5–1%/năm": the complaints "between but no
range", "unit % but text after the number is '–…%'" and "percentage at the high end has no record"
are tolerated for exactly that form when the high end equals the record's value_max; and a range
whose high end has a thousands dot, "từ 6.700 đến 7.500 USD": the complaint "value_max 7500 but
text has '7'" is tolerated only where the number after "đến" read with its thousands dot equals
value_max.

  python3 check_gold.py            # asserts; prints a summary per file
  python3 check_gold.py --numbers  # also lists every number left without a record

Exit status 0 when every check passes, 1 otherwise.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # ../goldkit.py, ../goldcheck.py: what every set's scripts share
import re  # noqa: E402
from goldcheck import SET_FORMS, dashed_range_or_point, run_set  # noqa: E402
from goldkit import close, num  # noqa: E402
sys.path.insert(0, str(HERE))
import build_gold  # noqa: E402  (for the per-document kind/year and NOT lists)

# set148: "10–10,5%" (an en dash, "%" on the high end only) and "từ 6.700 đến 7.500 USD".
_EN_RANGE = re.compile(r"\d+(?:,\d+)?–(\d+(?:,\d+)?)%")
_LINE = re.compile(r"[^:]+:(\d+): (between but no range in text|unit % but text after the number is '–|value_max (\S+) but text has )")
_PCT = re.compile(r"[^:]+: percentage '[^']*' at (\d+) has no record")
_DOTTED_HIGH = re.compile(r"\s*đến\s*(\d{1,3}(?:\.\d{3})+)")


def en_dash_range(e, text, gold, anchors):
    """A `tolerate` for the two range forms of set148 (see the docstring)."""
    m = _LINE.match(e)
    if m:
        r = gold[int(m.group(1)) - 1]
        if m.group(3) is not None:  # value_max with a thousands dot after "đến"
            after = re.match(r"\d{1,3}(?:\.\d{3})+", text[r["anchor"]:])
            t = _DOTTED_HIGH.match(text, r["anchor"] + len(after.group())) if after else None
            return bool(t) and close(num(t.group(1)), r["value_max"])
        d = _EN_RANGE.match(text, r["anchor"])
        return bool(d) and r["op"] == "between" and close(num(d.group(1)), r["value_max"])
    m = _PCT.match(e)
    if m:
        pos = int(m.group(1))
        low = re.search(r"(\d+(?:,\d+)?)–$", text[:pos])
        return bool(low) and low.start(1) in anchors
    return False


def tolerate(e, text, gold, anchors):
    return dashed_range_or_point(e, text, gold, anchors) or en_dash_range(e, text, gold, anchors)


def main():
    return run_set(HERE, build_gold, sys.argv, **SET_FORMS, tolerate=tolerate)


if __name__ == "__main__":
    sys.exit(main())
