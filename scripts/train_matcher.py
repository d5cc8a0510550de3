"""Rebuild the wording classifier, muctieu/catalog/data/wording_model.json.

    .venv/bin/python scripts/train_matcher.py [--check]

Trains on the catalogue's own names and wordings and on every labelled
wording of the development sets (muctieu/catalog/data/labelled_wordings.json,
rebuilt first by scripts/labelled_wordings.py). The same inputs always give
the same file. `--check` exits 1 when the shipped model was trained on other
inputs than today's catalogue and labels (its fingerprint differs); the suite
runs it.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from muctieu.catalog.exemplars import labelled_entries  # noqa: E402
from muctieu.catalog.indicators import catalogue  # noqa: E402
from muctieu.catalog.learn import C, fit, training_documents  # noqa: E402
from muctieu.catalog.model import MODEL_PATH, WordingModel, fingerprint  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="only say whether the shipped model is up to date")
    ap.add_argument("-o", "--out", type=Path, default=MODEL_PATH)
    args = ap.parse_args()
    docs, labels = training_documents(((w, u, label) for w, u, label, _ in labelled_entries()), catalogue())
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
