#!/usr/bin/env python3
"""Check the gold files gold/*.jsonl against texts/*.txt and the contract
(/work/shared/spec/target-records.md). Adapted from the seeds' checker.

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
sys.path.insert(0, str(HERE.parent))  # ../goldkit.py: what every set's scripts share
import goldkit  # noqa: E402
from goldkit import is_number  # noqa: E402

KINDS = {"target", "result"}
OPS = {">=", ">", "<=", "<", "=", "~", "between"}
UNITS = {"%", "rank", "count", "other"}
PILLARS = {
    "digital_awareness", "digital_institutions", "digital_infrastructure",
    "digital_data", "digital_platforms", "digital_human_resources",
    "information_security", "digital_government", "digital_economy",
    "digital_society", "smart_city",
}
REQUIRED = ("kind", "indicator", "scope", "op", "value", "value_max", "unit",
            "year", "pillar", "anchor")
OPTIONAL = ("start", "end", "unit_text", "place", "note")

NUM = re.compile(r"\d+(?:[.,]\d+)*")
RANGE_TAIL = re.compile(r"\s*%?\s*-\s*(\d+(?:,\d+)?)")
PERCENT = re.compile(r"(?<![\d,])\d+(?:,\d+)?(?:[ \t]*-[ \t]*\d+(?:,\d+)?)?[ \t]*%")
ANY_NUM = re.compile(r"(?<![\d,./-])\d+(?:[,./-]\d+)*")

# Per file: the years a record may carry, and the kinds allowed.
YEARS = {
    "01_langson-kts-xhs-2023": {2023},
    "02_langson-kts-xhs-2022-2025": {2022, 2025},
    "03_bacgiang-cqnn-2023": {2023},
    "04_bacgiang-dean-2025": {2025},
    "05_hagiang-ketqua-2024": {2024},
    "06_thainguyen-hatang-cqs-2024": {2024},
    "07_thainguyen-dti-2024": {2024, None},
    "08_quangninh-dti-2022": {2022},
    "09_yenbai-dti-2022": {2022, 2021},
    "10_yenbai-xephang-2023": {2023},
    "11_yenbai-ketqua-2022": {2022},
    "12_langson-cqs-2027": {2027},
    "13_phutho-cqs-2025": {2025},
    "14_langson-kehoach-2025": {2025},
    "15_langson-dti-2020": {2020},
    "16_thainguyen-ketqua-2023": {2023, None},
    "17_hagiang-hientrang": {None},
    "18_langson-kts-2030": {2030},
    "19_yenbai-ketqua-2024": {None},
}
# Percentages in the text that are deliberately not quantities (a locator
# with « before the number): changes against an earlier value, completion
# shares of plan targets/tasks, the criterion of a list.
NOT_QUANTITIES = {
    "07_thainguyen-dti-2024": ["tăng «2,6% so với", "(tăng «4,7%)", "(tăng «13,3%)"],
    "10_yenbai-xephang-2023": ["đạt «91,4%", "đạt «91%"],
    "15_langson-dti-2020": ["thúc đẩy cung cấp 100% dịch vụ công đủ điều kiện lên mức độ 4.", "tỉnh, thành phố đạt «100%"],
    "19_yenbai-ketqua-2024": ["đạt hơn «72%"],
}


def num(s):
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", s):
        return float(s.replace(".", ""))
    return float(s.replace(",", "."))


def check_file(path, errors, show_numbers=False):
    name = path.stem
    text = (TEXTS / f"{name}.txt").read_text(encoding="utf-8")
    if text.startswith("\ufeff"):
        errors.append(f"{name}: BOM")

    def err(i, msg):
        errors.append(f"{name}:{i}: {msg}")

    recs = []
    for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            err(i, "blank line")
            continue
        try:
            r = json.loads(line)
        except json.JSONDecodeError as e:
            err(i, f"bad JSON: {e}")
            continue
        recs.append((i, r))

    prev_anchor = -1
    seen = set()
    for i, r in recs:
        missing = [k for k in REQUIRED if k not in r]
        extra = [k for k in r if k not in REQUIRED + OPTIONAL]
        if missing:
            err(i, f"missing fields {missing}")
            continue
        if extra:
            err(i, f"unexpected fields {extra}")
        if r["kind"] not in KINDS:
            err(i, f"kind {r['kind']!r}")
        if not isinstance(r["indicator"], str) or not r["indicator"].strip():
            err(i, "indicator must be a non-empty string")
        elif r["indicator"] != r["indicator"].strip() or "  " in r["indicator"]:
            err(i, "indicator has stray blanks")
        if r["scope"] is not None and (not isinstance(r["scope"], str) or not r["scope"].strip()):
            err(i, f"scope {r['scope']!r}")
        if r["op"] not in OPS:
            err(i, f"op {r['op']!r}")
        if not is_number(r["value"]):
            err(i, f"value {r['value']!r} is not a number")
            continue
        if r["op"] == "between":
            if not is_number(r["value_max"]) or not r["value_max"] > r["value"]:
                err(i, f"between needs value_max > value, got {r['value_max']!r}")
        elif r["value_max"] is not None:
            err(i, "value_max must be null unless op is between")
        if r["unit"] not in UNITS:
            err(i, f"unit {r['unit']!r}")
        if r["unit"] == "other" and "unit_text" not in r:
            err(i, "unit other needs unit_text (may be null)")
        if r["unit"] != "other" and "unit_text" in r:
            err(i, "unit_text only with unit other")
        if r["year"] not in YEARS[name]:
            err(i, f"year {r['year']!r} not in {YEARS[name]}")
        if r["pillar"] is not None and r["pillar"] not in PILLARS:
            err(i, f"pillar {r['pillar']!r}")
        a = r["anchor"]
        if not (isinstance(a, int) and not isinstance(a, bool) and 0 <= a < len(text)):
            err(i, f"anchor {a!r} out of range")
            continue
        m = NUM.match(text, a)
        if not m:
            err(i, f"text at anchor {a} is {text[a:a + 12]!r}, not a number")
            continue
        if a > 0 and (text[a - 1].isdigit() or (text[a - 1] in ",." and a > 1 and text[a - 2].isdigit())):
            err(i, f"anchor {a} is inside a number: {text[a - 3:a + 6]!r}")
        written = m.group()
        if abs(num(written) - r["value"]) > 1e-9:
            err(i, f"value {r['value']} but text has {written!r}")
        after = m.end()
        if r["op"] == "between":
            t = RANGE_TAIL.match(text, after)
            if not t:
                err(i, f"between but no range in text: {text[a:a + 14]!r}")
            else:
                if is_number(r["value_max"]) and abs(num(t.group(1)) - r["value_max"]) > 1e-9:
                    err(i, f"value_max {r['value_max']} but text has {t.group(1)!r}")
                after = t.end()
        tail = text[after:after + 12]
        if r["unit"] == "%" and not re.match(r"\s*%", tail):
            err(i, f"unit % but text after the number is {tail!r}")
        if r["unit"] != "%" and re.match(r"\s*%", tail):
            err(i, f"unit {r['unit']} but a % follows")
        if r["unit"] == "count" and not re.match(r"(/[\d.]+)? \w", tail):
            err(i, f"unit count but text after the number is {tail!r}")
        if "start" in r or "end" in r:
            s, e = r.get("start"), r.get("end")
            if not (isinstance(s, int) and isinstance(e, int) and 0 <= s <= a < e <= len(text)):
                err(i, f"span [{s},{e}) does not hold anchor {a}")
        if a < prev_anchor:
            err(i, f"anchor {a} before previous {prev_anchor}: not in text order")
        prev_anchor = a
        key = (a, r["scope"])
        if key in seen:
            err(i, f"two records at anchor {a} with the same scope {r['scope']!r}")
        seen.add(key)
        if r["kind"] == "result" and r["op"] == "between" and r["unit"] != "rank":
            err(i, "result with op between")
        if r["kind"] == "target" and r["unit"] == "rank" and r["op"] != "<=":
            err(i, "rank targets take op <=")
        low = text.lower()
        for w in re.findall(r"\w+", r["indicator"].lower()):
            if w not in low:
                err(i, f"indicator word {w!r} is not in the text")
        if "%" in r["indicator"] and "100%" not in r["indicator"]:
            err(i, "indicator contains %")
        if r["pillar"] is not None and r["pillar"] not in PILLARS:
            err(i, "bad pillar")

    # every percentage in the text has a record or is listed as no quantity
    anchors = {r["anchor"] for _, r in recs if isinstance(r.get("anchor"), int)}
    skip = set()
    for _, r in recs:
        if r.get("op") == "between" and isinstance(r.get("anchor"), int):
            m = NUM.match(text, r["anchor"])
            t = m and RANGE_TAIL.match(text, m.end())
            if t:
                skip.add(t.start(1))
    for loc in NOT_QUANTITIES.get(name, []):
        if "«" in loc:
            pre, _, post = loc.partition("«")
            full = pre + post
            if text.count(full) != 1:
                errors.append(f"{name}: NOT_QUANTITIES locator {loc!r} occurs {text.count(full)} times")
                continue
            skip.add(text.index(full) + len(pre))
        else:
            if text.count(loc) != 1:
                errors.append(f"{name}: NOT_QUANTITIES locator {loc!r} occurs {text.count(loc)} times")
                continue
            for m in PERCENT.finditer(loc):
                skip.add(text.index(loc) + m.start())
    for m in PERCENT.finditer(text):
        s = m.start()
        if s in anchors or s in skip:
            continue
        errors.append(f"{name}: percentage {m.group()!r} at {s} has no record")

    if show_numbers:
        print(f"  numbers without a record in {name}:")
        for m in ANY_NUM.finditer(text):
            if m.start() not in anchors:
                ctx = text[max(0, m.start() - 25):m.end() + 15].replace("\n", " ")
                print(f"    {m.start():5d} {m.group()!r:14} …{ctx}…")
    return recs


def main():
    show = "--numbers" in sys.argv
    errors = []
    files = sorted(GOLD.glob("*.jsonl"))
    expected = {p.stem for p in TEXTS.glob("*.txt")}
    if {p.stem for p in files} != expected:
        errors.append(f"gold files {sorted(p.stem for p in files)} != texts {sorted(expected)}")
    if set(YEARS) != expected:
        errors.append("YEARS does not list exactly the texts")
    total = 0
    by = {}
    for p in files:
        recs = check_file(p, errors, show)
        kinds = {}
        for _, r in recs:
            kinds[r.get("kind")] = kinds.get(r.get("kind"), 0) + 1
            by[(r.get("kind"), r.get("unit"))] = by.get((r.get("kind"), r.get("unit")), 0) + 1
        total += len(recs)
        print(f"{p.name}: {len(recs)} records {dict(sorted(kinds.items()))}")
    print(f"total {total}  by (kind, unit): {dict(sorted(by.items()))}")
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
