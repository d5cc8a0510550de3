"""Rebuild the wording classifier, muctieu/catalog/data/wording_model.json.

    .venv/bin/python scripts/train_matcher.py [--refresh] [--check]

Trains on the catalogue's own names and wordings, on every labelled wording
of the development sets (muctieu/catalog/data/labelled_wordings.json, rebuilt
first by scripts/labelled_wordings.py) and on the extractor's own wordings at
those labelled records (muctieu/catalog/data/extracted_wordings.json: where
the record the extractor finds at a gold record's anchor and value is worded
otherwise, that wording with the gold's label). `--refresh` extracts those
again first (after extraction changed; it is a snapshot, not checked against
the extractor). The same inputs always give the same file. `--check` exits 1
when the shipped model was trained on other inputs than today's catalogue,
labels and snapshot (its fingerprint differs); the suite runs it.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "scripts"))

from indicator_coverage import found_at_gold, label_of  # noqa: E402
from labelled_wordings import CORPUS, render  # noqa: E402

from muctieu.catalog.exemplars import EXTRACTED_FILE, extracted_entries, labelled_entries, read_entries  # noqa: E402
from muctieu.catalog.indicators import catalogue  # noqa: E402
from muctieu.catalog.learn import C, fit, training_documents  # noqa: E402
from muctieu.catalog.model import MODEL_PATH, WordingModel, fingerprint  # noqa: E402


def extracted(corpus: Path) -> list[dict[str, str | None]]:
    """The extractor's wording at each labelled gold record it finds, where it differs from the gold's."""
    out: list[dict[str, str | None]] = []
    for gold in sorted(corpus.glob("*/gold/*.jsonl")):
        set_name = gold.parent.parent.name
        for g, rec in found_at_gold(gold):
            if rec is not None and rec.indicator and rec.indicator != g.get("indicator"):
                out.append({"wording": rec.indicator, "unit": rec.unit,
                            "indicator_id": label_of(set_name, gold.stem, g), "set": set_name})
    return sorted(out, key=lambda e: (e["set"] or "", e["wording"] or "", e["unit"] or "", e["indicator_id"] or ""))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="only say whether the shipped model is up to date")
    ap.add_argument("--refresh", action="store_true", help="extract the wordings at labelled records again first")
    ap.add_argument("-o", "--out", type=Path, default=MODEL_PATH)
    args = ap.parse_args()
    if args.refresh and not args.check:
        entries = extracted(CORPUS)
        EXTRACTED_FILE.write_text(render(entries, "the extractor's wordings at labelled gold records, "
                                                  "by scripts/train_matcher.py --refresh"), encoding="utf-8")
        read_entries.cache_clear()
        print(f"wrote {EXTRACTED_FILE}: {len(entries)} extracted wordings")
    entries = (*labelled_entries(), *extracted_entries())
    docs, labels = training_documents(((w, u, label) for w, u, label, _ in entries), catalogue())
    want = fingerprint(docs, labels, C)
    if args.check:
        have = WordingModel.from_json(args.out.read_text(encoding="utf-8")).fingerprint if args.out.is_file() else None
        if have != want:
            sys.exit(f"{args.out} is stale (trained on {have}, the catalogue and labels give {want}): "
                     "run scripts/train_matcher.py")
        print(f"{args.out.name} is up to date ({want})")
        return
    model = fit(docs, labels)
    args.out.write_text(model.to_json(), encoding="utf-8")
    print(f"wrote {args.out}: {len(model.classes)} classes, {len(model.vocabulary)} tokens, "
          f"{len(docs)} training wordings ({want})")


if __name__ == "__main__":
    main()
