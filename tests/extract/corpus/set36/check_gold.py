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
New in set27: a count whose noun stands in quotation marks, 'ít nhất 1 "thôn thông minh"' (13):
the unit check's complaint about the text after the number is tolerated for exactly that form.
Copied to set36 from set27's. New in set36: a range written "từ 50% đến cao nhất là 95%" (05): the
between record's range and its high end (value_max) are accepted for exactly that form.

  python3 check_gold.py            # asserts; prints a summary per file
  python3 check_gold.py --numbers  # also lists every number left without a record

Exit status 0 when every check passes, 1 otherwise.
"""
import json
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

_check_file = make_checker(TEXTS, build_gold, rank_words=("TỐP", "vị trí số", "vị trí", "1 trong"), table_lines=True)
_COUNT_TAIL = re.compile(r".*: unit count but text after the number is '(/ [\d.]+ \w| \(\d+(,\d+)?%\) \w| \"\w)")
_VALUE = re.compile(r"[^:]+:(\d+): value (\S+) but text has ")
_PCT = re.compile(r"(?P<name>[^:]+): percentage '(?P<pct>[^']*)' at (?P<pos>\d+) has no record")
_UNITPCT = re.compile(r"[^:]+:(\d+): unit % but text after the number is '\.\d{2}%")
_WIDE = re.compile(r"(\d+(?:,\d+)?)% đến cao nhất là (\d+(?:,\d+)?)%")
_BETWEEN = re.compile(r"[^:]+:(\d+): between but no range in text")
_YEAR = re.compile(r"[^:]+:(\d+): year (\d{4}) is neither in the text nor the document's year")


def _gold(path):
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def check_file(path, doc, errors, show_numbers=False):
    n = len(errors)
    recs = _check_file(path, doc, errors, show_numbers)
    text = (TEXTS / f"{path.stem}.txt").read_text(encoding="utf-8")
    gold = _gold(path)
    anchors = {r["anchor"] for r in gold}
    nots = build_gold.not_anchors(doc)
    ranges = [(int(a), int(b)) for a, b in re.findall(r"(\d{4}) - (\d{4})", text)]
    kept = []
    wide_hi = set()
    for r in gold:
        w = _WIDE.match(text, r["anchor"])
        if w and r["op"] == "between" and goldkit.close(goldkit.num(w.group(2)), r["value_max"] or -1):
            wide_hi.add(w.start(2))
    for e in errors[n:]:
        m = _BETWEEN.match(e)
        if m:
            r = gold[int(m.group(1)) - 1]
            w = _WIDE.match(text, r["anchor"])
            if w and goldkit.close(goldkit.num(w.group(1)), r["value"]) and \
                    goldkit.close(goldkit.num(w.group(2)), r["value_max"] or -1):
                continue
        m = _PCT.match(e)
        if m and int(m.group("pos")) in wide_hi:
            continue
        if _COUNT_TAIL.match(e):
            continue
        m = _VALUE.match(e)
        if m:
            r = gold[int(m.group(1)) - 1]
            a = r["anchor"]
            dot = re.compile(r"\d+\.\d{2}(?=%)").match(text, a)
            two = re.compile(r"(\d+(?:,\d+)?) triệu tỷ\b").match(text, a)
            if dot and goldkit.close(float(dot.group()), r["value"]):
                continue
            if two and goldkit.close(goldkit.num(two.group(1)) * 1e15, r["value"]):
                continue
        m = _UNITPCT.match(e)
        if m and re.compile(r"\d+\.\d{2}%").match(text, gold[int(m.group(1)) - 1]["anchor"]):
            continue
        m = _PCT.match(e)
        if m:
            pos = int(m.group("pos"))
            if pos >= 2 and text[pos - 1] == "." and text[pos - 2].isdigit():
                s = pos - 1
                while s > 0 and text[s - 1].isdigit():
                    s -= 1
                if s in anchors or s in nots:
                    continue
                kept.append(f"{m.group('name')}: dotted percentage at {s} has no record")
                continue
        m = _YEAR.match(e)
        if m and any(a <= int(m.group(2)) <= b for a, b in ranges):
            continue
        kept.append(e)
    errors[n:] = kept
    return recs


def main():
    return goldkit.run_checks(build_gold.DOCS, check_file, GOLD, TEXTS, "--numbers" in sys.argv)


if __name__ == "__main__":
    sys.exit(main())
