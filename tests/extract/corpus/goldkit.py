"""What every development set's gold builder and checker share (every set, 5 onwards).

Each set keeps its own records and its decisions; sets 5-9 also their own
`build` and `check_file`. The locating, the clause span, the building of
records from `R(...)` entries (`build_records`, set10 onwards), the writing
and the run of the checks are the same everywhere and live here. The scripts run
from their set's folder (`python3 build_gold.py`), so they put this folder
on `sys.path` to import it.
"""
import json

# The shorthand every set's builder writes its records with: the pillars' slugs, and the
# unit and kind most records share (each builder imports the ones it uses).
GOV, ECO, SOC = "digital_government", "digital_economy", "digital_society"
INFRA, SEC, HR = "digital_infrastructure", "information_security", "digital_human_resources"
DATA, SMART, INST = "digital_data", "smart_city", "digital_institutions"
AWARE = "digital_awareness"
CNT = dict(unit="count")
RANK = dict(unit="rank")
T = dict(kind="target")
RES = dict(kind="result")


def R(loc, indicator, op, value, unit="%", *, value_max=None, scope=None,
      pillar=None, kind=None, year="default", unit_text=None, place=None,
      note=None, start_at=None, line=False, iid=None):
    """One hand-written record: its locator, its fields, and `iid`, the catalogue
    id for `indicator_id_gold` (set10 onwards; sets 5-9 give it per document)."""
    return dict(loc=loc, indicator=indicator, op=op, value=value, unit=unit,
                value_max=value_max, scope=scope, pillar=pillar, kind=kind,
                year=year, unit_text=unit_text, place=place, note=note,
                start_at=start_at, line=line, iid=iid)


def clause_span(text, anchor, start_at=None, line=False):
    """The clause around `anchor` (as in the seeds' builder)."""
    def is_stop(i):
        c = text[i]
        if line:
            return c == "\n"
        if c in ";:\n":
            return True
        if c == ".":
            prv = text[i - 1] if i > 0 else " "
            nxt = text[i + 1] if i + 1 < len(text) else " "
            if prv.isdigit() and nxt.isdigit():
                return False
            if prv.isalpha() and nxt.isalpha() and nxt.islower():
                return False
            return True
        return False
    s = anchor
    while s > 0 and not is_stop(s - 1):
        s -= 1
    if start_at is not None:
        s = text.rindex(start_at, 0, anchor)
    e = anchor
    while e < len(text) and not is_stop(e):
        e += 1
    while s < e and (text[s].isspace() or text[s] in "-*"):
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in ",…"):
        e -= 1
    return s, e


def num_out(v):
    if isinstance(v, float) and v.is_integer():
        return int(v)
    return v


def locate(text, loc, name):
    pre, sep, post = loc.partition("«")
    assert sep, loc
    full = pre + post
    n = text.count(full)
    assert n == 1, (name, loc, n)
    return text.index(full) + len(pre)


def not_anchors(doc, texts):
    """Anchors of the numbers a document deliberately leaves without a record."""
    text = (texts / f"{doc['name']}.txt").read_text(encoding="utf-8")
    return {locate(text, loc, doc["name"]) for loc in doc.get("NOT", [])}


def build_records(doc, texts):
    """One document's gold records from its `R(...)` entries (set10 onwards): each anchor
    located, each clause span computed, the document's kind and year filled in, in text order."""
    text = (texts / f"{doc['name']}.txt").read_text(encoding="utf-8")
    out = []
    for r in doc["records"]:
        anchor = locate(text, r["loc"], doc["name"])
        s, e = clause_span(text, anchor, r["start_at"], r["line"])
        rec = dict(
            kind=r["kind"] or doc["kind"],
            indicator=r["indicator"],
            scope=r["scope"],
            op=r["op"],
            value=num_out(r["value"]),
            value_max=num_out(r["value_max"]) if r["value_max"] is not None else None,
            unit=r["unit"],
        )
        if r["unit"] == "other":
            rec["unit_text"] = r["unit_text"]
        rec["year"] = doc["year"] if r["year"] == "default" else r["year"]
        rec["pillar"] = r["pillar"]
        if r["place"]:
            rec["place"] = r["place"]
        rec.update(anchor=anchor, start=s, end=e)
        rec["indicator_id_gold"] = r["iid"]
        if r["note"]:
            rec["note"] = r["note"]
        out.append(rec)
    out.sort(key=lambda x: x["anchor"])  # stable: shared anchors keep written order
    return out


def write_gold(docs, build, gold):
    """Build every document's records and write gold/NAME.jsonl."""
    gold.mkdir(exist_ok=True)
    total = 0
    for doc in docs:
        recs = build(doc)
        path = gold / f"{doc['name']}.jsonl"
        with path.open("w", encoding="utf-8") as f:
            for r in recs:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        total += len(recs)
        print(f"{path.name}: {len(recs)} records")
    print(f"total {total}")


def num(s):
    return float(s.replace(".", "").replace(",", "."))


def is_number(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def close(a, b):
    return abs(a - b) <= 1e-9 * max(1.0, abs(a), abs(b))


def run_checks(docs, check_file, gold, texts, show_numbers=False):
    """Check every gold file with the set's `check_file`; print a summary; 0 when all pass."""
    errors = []
    docs = {d["name"]: d for d in docs}
    files = sorted(gold.glob("*.jsonl"))
    expected = {p.stem for p in texts.glob("*.txt")}
    if {p.stem for p in files} != expected or set(docs) != expected:
        errors.append(f"gold files {sorted(p.stem for p in files)} / docs {sorted(docs)} != texts {sorted(expected)}")
    total = 0
    tally = {}
    for p in files:
        if p.stem not in docs:
            continue
        recs = check_file(p, docs[p.stem], errors, show_numbers)
        kinds = {}
        for _, r in recs:
            kinds[r.get("kind")] = kinds.get(r.get("kind"), 0) + 1
            k = (r.get("kind"), r.get("unit"))
            tally[k] = tally.get(k, 0) + 1
        total += len(recs)
        print(f"{p.name}: {len(recs)} records {dict(sorted(kinds.items()))}")
    print(f"total {total}; by kind/unit: " + ", ".join(f"{k}/{u} {n}" for (k, u), n in sorted(tally.items())))
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} errors")
    return 1 if errors else 0
