"""Rebuild muctieu/catalog/data/labelled_wordings.json from the development sets' labels.

    .venv/bin/python scripts/labelled_wordings.py [--corpus tests/extract/corpus] [--check]

Every gold record of tests/extract/corpus/*/gold/*.jsonl that carries
`indicator_id_gold` gives one labelled wording: its `indicator` wording, its
unit, the id (or null: no catalogue indicator fits; tests/extract/corpus/
RELABELS.jsonl decides again where the catalogue grew after a set was labelled)
and the set it comes from, so that benchmarks can leave a set's own labels out. Sorted, so the same
labels always give the same file. `--check` exits 1 when the shipped file
differs from what the labels give (the suite runs it).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

sys.path.insert(0, str(ROOT / "benchmarks"))

from indicator_coverage import label_of  # noqa: E402

from muctieu.catalog.exemplars import DATA_FILE  # noqa: E402

CORPUS = ROOT / "tests" / "extract" / "corpus"


def labelled(corpus: Path) -> list[dict[str, str | None]]:
    """One entry per labelled gold record with a wording, in a stable order."""
    out: list[dict[str, str | None]] = []
    for gold in sorted(corpus.glob("*/gold/*.jsonl")):
        set_name = gold.parent.parent.name
        for line in gold.read_text(encoding="utf-8").splitlines():
            rec = json.loads(line) if line.strip() else None
            if not isinstance(rec, dict) or "indicator_id_gold" not in rec or not rec.get("indicator"):
                continue
            out.append({"wording": rec["indicator"], "unit": rec.get("unit"),
                        "indicator_id": label_of(set_name, gold.stem, rec), "set": set_name})
    return sorted(out, key=lambda e: (e["set"] or "", e["wording"] or "", e["unit"] or "", e["indicator_id"] or ""))


def render(entries: list[dict[str, str | None]],
           source: str = "tests/extract/corpus/*/gold (indicator_id_gold), by scripts/labelled_wordings.py") -> str:
    """The file's text: [wording, unit, id] lists by set, one per line, so a change of labels reads as a short diff."""
    by_set: dict[str, list[str]] = {}
    for e in entries:
        by_set.setdefault(str(e["set"]), []).append(
            json.dumps([e["wording"], e["unit"], e["indicator_id"]], ensure_ascii=False))
    sets = ",\n".join(f'{json.dumps(name)}: [\n' + ",\n".join(rows) + "\n]" for name, rows in by_set.items())
    return (f'{{"source": {json.dumps(source)},\n'
            f' "sets": {{\n{sets}\n}}}}\n')


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--check", action="store_true", help="only compare with the shipped file")
    args = ap.parse_args()
    text = render(labelled(args.corpus))
    if args.check:
        same = DATA_FILE.is_file() and DATA_FILE.read_text(encoding="utf-8") == text
        print("labelled wordings: up to date" if same else
              "labelled wordings: out of date; run scripts/labelled_wordings.py")
        sys.exit(0 if same else 1)
    DATA_FILE.write_text(text, encoding="utf-8")
    print(f"{DATA_FILE}: {len(labelled(args.corpus))} labelled wordings")


if __name__ == "__main__":
    main()
