"""The contract checks every development set's check_gold.py runs (set10 onwards).

Each set's gold is checked against its texts and /work/shared/spec/target-records.md:
fields and vocabularies, the value at the anchor (thousands dots, magnitude words),
units by the words around the number, text order, every percentage recorded or
listed as NOT, `indicator_id_gold` present. A set passes its own options to
`make_checker` (see there); set25 onwards wrap it in `with_written_forms` for the
page forms set25 first met, naming their own on top. The checks are written once, here.
"""
import functools
import json
import re

from goldkit import close, is_number, num

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
OPTIONAL = ("start", "end", "unit_text", "place", "note", "indicator_id_gold")

NUM = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?")
DOTDEC = re.compile(r"\d+\.\d{4}(?!\d)")
RANGE_TAIL = re.compile(r"\s*(?:-|đến(?: gần)?)\s*(\d+(?:,\d+)?)")
RANGE_TAIL_PCT = re.compile(r"\s*%?\s*(?:-|đến(?: gần)?)\s*(\d+(?:,\d+)?)")  # "15% đến 20%"
# ("tỉ": the other spelling of "tỷ"; "nghìn tỷ": both words multiply, as the spec says, 1e12 — the form
# set103, set109, set114, set204, set219 and set226 each tolerated on their own before)
MAGNITUDE = re.compile(r"\s+(nghìn\s+t[ỷỉ]|nghìn|ngàn|triệu|tỷ|tỉ)\b")
MULT = {"nghìn": 1e3, "ngàn": 1e3, "triệu": 1e6, "tỷ": 1e9, "tỉ": 1e9, "nghìn tỷ": 1e12, "nghìn tỉ": 1e12}
PERCENT = re.compile(r"(?<![\d,])\d+(?:,\d+)?(?:[ \t]*-[ \t]*\d+(?:,\d+)?)?\s*%")
ANY_NUM = re.compile(r"(?<![\d,./-])\d+(?:[,./-]\d+)*")
RANK_WORDS = ("thứ", "top", "Top", "tốp", "nhóm", "hạng", "một trong", "lần lượt là")


def _rank_before(extra: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"({'|'.join(RANK_WORDS + extra)})\s*(\d+\s*(và|,)\s*)*$")


def make_checker(texts, build_gold, *, rank_words=(), range_pct=False, bare_pct=False, table_lines=False):
    """The contract checks of one set's gold against its texts (a `check_file` for
    `goldkit.run_checks`). Each set tolerates a little more than the one it was
    copied from, named by the options:
      rank_words  more words that announce a rank ("TỐP", "vị trí số");
      range_pct   a range may carry "%" on its low end ("15% đến 20%");
      bare_pct    a percentage whose "%" the text leaves out, when build_gold lists it;
      table_lines a rank that opens a line of a ranking table, and "0.8253" read as a decimal.
    """
    return functools.partial(_check, texts, build_gold, _rank_before(tuple(rank_words)),
                             RANGE_TAIL_PCT if range_pct else RANGE_TAIL, bare_pct, table_lines)


def _check(texts, build_gold, rank_before, range_tail, bare_pct, table_lines, path, doc, errors, show_numbers=False):
    name = path.stem
    text = (texts / f"{name}.txt").read_text(encoding="utf-8")
    if text.startswith("\ufeff"):
        errors.append(f"{name}: text has a BOM")

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
        if not isinstance(r, dict):
            err(i, "not an object")
            continue
        recs.append((i, r))

    bare = build_gold.bare_pct_anchors(doc) if bare_pct else set()
    prev_anchor = -1
    seen = set()
    years_seen = set()
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
        if r["unit"] == "other" and not (isinstance(r.get("unit_text"), str) and r["unit_text"].strip()) \
                and r.get("unit_text") is not None:
            err(i, "unit_text must be a non-empty string or null")
        if r["unit"] != "other" and "unit_text" in r:
            err(i, "unit_text only with unit other")
        if "place" in r and not (isinstance(r["place"], str) and r["place"] in text):
            err(i, f"place {r.get('place')!r} is not named in the text")
        # (a vision's year up to 2050 only where the text names it: "Đến năm 2050 …", "đến 2050", as set51,
        # set224, set226 and set227 each tolerated on their own before)
        if r["year"] is not None and not (isinstance(r["year"], int) and not isinstance(r["year"], bool)
                                          and (2000 <= r["year"] <= 2035 or r["year"] <= 2050 and (
                                              f"năm {r['year']}" in text or f"đến {r['year']}" in text))):
            err(i, f"year {r['year']!r}")
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
        dotdec = DOTDEC.match(text, a) if table_lines else None
        written = float(dotdec.group()) if dotdec else num(m.group())
        if dotdec:
            m = dotdec
        mag = MAGNITUDE.match(text, m.end())
        if mag:
            written *= MULT[" ".join(mag.group(1).split())]
        if not close(written, r["value"]):
            err(i, f"value {r['value']} but text has {text[a:m.end() + 6]!r}")
        after = m.end()
        if r["op"] == "between":
            t = range_tail.match(text, after)
            if not t:
                err(i, f"between but no range in text: {text[a:a + 12]!r}")
            else:
                if is_number(r["value_max"]) and not close(num(t.group(1)), r["value_max"]):
                    err(i, f"value_max {r['value_max']} but text has {t.group(1)!r}")
                after = t.end()
        tail = text[after:after + 12]
        if r["unit"] == "%" and not re.match(r"\s*%", tail) and a not in bare \
                and not re.search(r"%\s*\|\s*$", text[max(0, a - 10):a]):
            err(i, f"unit % but text after the number is {tail!r}")
        if r["unit"] == "rank" and not (re.match(r"(/\d+| tỉnh)", tail) or rank_before.search(text[max(0, a - 20):a])
                                        or (table_lines and (a == 0 or text[a - 1] == "\n"))):
            err(i, f"unit rank but no rank wording around {text[a - 15:a + 8]!r}")
        if r["unit"] == "count" and not re.match(r"(/[\d.]+)?[\s),;]*\w", tail):
            err(i, f"unit count but text after the number is {tail!r}")
        if r["unit"] != "%" and re.match(r"\s*%", tail):
            err(i, f"a percentage recorded with unit {r['unit']}")
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
        # kind/op coherence
        if r["kind"] == "target" and r["op"] == "=":
            err(i, "a target reads as >= (or another comparator), not =")
        if r["unit"] == "rank" and r["kind"] == "target" and r["op"] not in ("<=", "between"):
            err(i, "rank targets take op <=")
        if r["year"] is not None:
            years_seen.add(r["year"])
            if not re.search(str(r["year"]), text) and r["year"] != doc["year"]:
                err(i, f"year {r['year']} is neither in the text nor the document's year")
        # the indicator's words come from the text
        low = text.lower()
        for w in re.findall(r"\w+", r["indicator"].lower()):
            if w not in low:
                err(i, f"indicator word {w!r} is not in the text")
        if "indicator_id_gold" not in r or not (r["indicator_id_gold"] is None or isinstance(r["indicator_id_gold"], str)):
            err(i, "indicator_id_gold missing or not a string/null")
        if "%" in r["indicator"]:
            err(i, "indicator contains %")

    anchors = {r["anchor"] for _, r in recs if isinstance(r.get("anchor"), int)}
    nots = build_gold.not_anchors(doc)
    for a in nots & anchors:
        errors.append(f"{name}: anchor {a} is both recorded and listed as NOT")
    for m in PERCENT.finditer(text):
        if m.start() not in anchors and m.start() not in nots:
            errors.append(f"{name}: percentage {m.group()!r} at {m.start()} has no record")

    if show_numbers:
        print(f"  numbers without a record in {name}:")
        for m in ANY_NUM.finditer(text):
            if m.start() not in anchors and m.start() not in nots:
                ctx = text[max(0, m.start() - 25):m.end() + 15].replace("\n", " ")
                print(f"    {m.start():5d} {m.group()!r:14} …{ctx}…")
    return recs




# The forms set25 first met that the checks above do not reach, each tolerated only where the
# text has exactly that form (set25 onwards):
#   - a count followed by "/ 450.684 hồ sơ" or "4.500 (70,8%) thủ tục" (the unit check's complaint);
#   - a percentage written with a decimal point, "90.17%": the value at the anchor is read as a
#     decimal, and the "17%" the percentage pattern finds after the point is checked at the start
#     of the whole number instead (which must be recorded or NOT);
#   - two magnitude words, "1,5 triệu tỷ đồng": both multiply (spec);
#   - a year given by its place in a written range "2020 - 2024": it counts as named.
_COUNT_TAILS = (r"/ [\d.]+ \w", r" \(\d+(,\d+)?%\) \w")
_VALUE_ERROR = re.compile(r"[^:]+:(\d+): value (\S+) but text has ")
PCT_ERROR = re.compile(r"(?P<name>[^:]+): percentage '(?P<pct>[^']*)' at (?P<pos>\d+) has no record")
_UNITPCT_ERROR = re.compile(r"[^:]+:(\d+): unit % but text after the number is '\.\d{2}%")
_YEAR_ERROR = re.compile(r"[^:]+:(\d+): year (\d{4}) is neither in the text nor the document's year")
_DOTTED = re.compile(r"\d+\.\d{2}(?=%)")
_DOTTED_PCT = re.compile(r"\d+\.\d{2}%")


def read_gold(path):
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def with_written_forms(check_file, texts, build_gold, *, count_tails=(), magnitudes=("tỷ",), tolerate=None):
    """`check_file` that also tolerates the forms above. A set names its own on top:
      count_tails more texts after a count's number the unit check may meet (set27: ' "\\w', a
                  noun in quotation marks);
      magnitudes  spellings of the second magnitude word ("tỷ", "tỉ");
      tolerate    tolerate(error, text, gold, anchors) -> True for a complaint about a form only
                  that set's texts have.
    """
    count_tail = re.compile(r".*: unit count but text after the number is '(" + "|".join(_COUNT_TAILS + tuple(count_tails)) + ")")
    two_words = re.compile(r"(\d+(?:,\d+)?) triệu (?:" + "|".join(magnitudes) + r")\b")

    def check(path, doc, errors, show_numbers=False):
        n = len(errors)
        recs = check_file(path, doc, errors, show_numbers)
        text = (texts / f"{path.stem}.txt").read_text(encoding="utf-8")
        gold = read_gold(path)
        anchors = {r["anchor"] for r in gold}
        nots = build_gold.not_anchors(doc)
        ranges = [(int(a), int(b)) for a, b in re.findall(r"(\d{4}) - (\d{4})", text)]
        kept = []
        for e in errors[n:]:
            if count_tail.match(e) or (tolerate and tolerate(e, text, gold, anchors)):
                continue
            m = _VALUE_ERROR.match(e)
            if m:
                r = gold[int(m.group(1)) - 1]
                dot = _DOTTED.match(text, r["anchor"])
                two = two_words.match(text, r["anchor"])
                if dot and close(float(dot.group()), r["value"]):
                    continue
                if two and close(num(two.group(1)) * 1e15, r["value"]):
                    continue
            m = _UNITPCT_ERROR.match(e)
            if m and _DOTTED_PCT.match(text, gold[int(m.group(1)) - 1]["anchor"]):
                continue
            m = PCT_ERROR.match(e)
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
            m = _YEAR_ERROR.match(e)
            if m and any(a <= int(m.group(2)) <= b for a, b in ranges):
                continue
            kept.append(e)
        errors[n:] = kept
        return recs

    return check


# The forms set37 and set39 first met, shared by every set from set39 on:
#   - a range written with "%" on its low end and a dash, "khoảng 10,5% – 11%" or "75,03% - 90,61%":
#     the complaint "between but no range" is tolerated when the high end equals value_max, and
#     the high end needs no record of its own;
#   - a decimal printed with a point, "67.65 điểm": tolerated only where the number read with the
#     point as a decimal point equals the record's value.
_RANGE_ERROR = re.compile(r"[^:]+:(\d+): between but no range in text")
_DASHED_RANGE = re.compile(r"\d+(?:,\d+)?%\s*[–-]\s*(\d+(?:,\d+)?)%")
_DOTTED_VALUE_ERROR = re.compile(r"[^:]+:(\d+): value (\S+) but text has '(\d+\.\d{1,2}) ")


def dashed_range_or_point(e, text, gold, anchors):
    """A `tolerate` for `with_written_forms`: the dashed range and the printed decimal point above."""
    m = _DOTTED_VALUE_ERROR.match(e)
    if m:
        return close(float(m.group(3)), gold[int(m.group(1)) - 1]["value"])
    m = PCT_ERROR.match(e)
    if m:
        low = re.search(r"(\d+(?:,\d+)?)%\s*[–-]\s*$", text[:int(m.group("pos"))])
        if low and low.start(1) in anchors:
            return True
    m = _RANGE_ERROR.match(e)
    if m:
        d = _DASHED_RANGE.match(text, gold[int(m.group(1)) - 1]["anchor"])
        return bool(d) and close(num(d.group(1)), gold[int(m.group(1)) - 1]["value_max"])
    return False


# The forms set155 first met, shared by every set from set155 on, each tolerated only where the text has
# exactly that form: a range between two numbers written with thousands dots, "từ 60.000-90.000 đồng/kg",
# and a range whose magnitude word follows its high end only, "1-1,2 tỉ đồng" (both ends multiplied):
# the value and value_max complaints are tolerated when the ends so read equal the record's.
_END_ERROR = re.compile(r"[^:]+:(\d+): (value|value_max) \S+ but text has ")
_DOTTED_RANGE = re.compile(r"(\d{1,3}(?:\.\d{3})*(?:,\d+)?)\s*-\s*(\d{1,3}(?:\.\d{3})*(?:,\d+)?)"
                           r"(?:\s+(nghìn|ngàn|triệu|tỷ|tỉ)\b)?")
_MULT = {None: 1, "nghìn": 1e3, "ngàn": 1e3, "triệu": 1e6, "tỷ": 1e9, "tỉ": 1e9}


def dotted_or_magnitude_range(e, text, gold, anchors):
    """A `tolerate` for `with_written_forms`: set155's forms (above), then set37's and set39's
    (dashed_range_or_point)."""
    m = _END_ERROR.match(e)
    if m:
        r = gold[int(m.group(1)) - 1]
        d = _DOTTED_RANGE.match(text, r["anchor"])
        if d and r["op"] == "between" and (d.group(3) or "." in d.group(1)):
            k = _MULT[d.group(3)]
            if close(num(d.group(1)) * k, r["value"]) and close(num(d.group(2)) * k, r["value_max"]):
                return True
    return dashed_range_or_point(e, text, gold, anchors)


# The written forms every set from set43 on names (set37-set41 all but the last count tail). Their
# history, as the sets' check_gold.py scripts told it while each copied the last: set25's script
# (from set23's, set21's, set17's, set15's, set14's, set12's, set10's, set9's, set8's and the seeds')
# accepts "vị trí số 4", "vị trí 28" and "1 trong" as rank wording, a rank opening a table line,
# "0.8253" as a decimal, and a count followed by "/ 450.684 hồ sơ" or "4.500 (70,8%) thủ tục"
# (`with_written_forms` adds set25's three: "90.17%", "1,5 triệu tỷ đồng", a year by its place in
# "2020 - 2024"); set27 a count whose noun stands in quotation marks, 'ít nhất 1 "thôn thông minh"';
# set43 a count whose noun stands before the number and closes its sentence, "trong tháng 9 là
# 58.397.139. Như vậy" (a full stop, then a new sentence). Ranges are each set's `tolerate`:
# set37/set39's `dashed_range_or_point`, from set155 on `dotted_or_magnitude_range`.
SET_FORMS = dict(rank_words=("TỐP", "vị trí số", "vị trí", "1 trong"), table_lines=True,
                 count_tails=(r' \"\w', r'\. [A-ZĐ]'))


def run_set(here, build_gold, argv, *, rank_words=(), table_lines=False, count_tails=(), tolerate=None):
    """A set's check_gold.py: its checker from the options it names, run over its gold files."""
    from goldkit import run_checks

    texts, gold = here / "texts", here / "gold"
    check_file = with_written_forms(
        make_checker(texts, build_gold, rank_words=rank_words, table_lines=table_lines),
        texts, build_gold, count_tails=count_tails, tolerate=tolerate)
    return run_checks(build_gold.DOCS, check_file, gold, texts, "--numbers" in argv)
