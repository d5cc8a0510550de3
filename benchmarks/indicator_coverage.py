"""How many extracted quantities get an indicator id, and how often the id is right.

Run: .venv/bin/python benchmarks/indicator_coverage.py [--skip SET ...] [--errors] [--nearest]

The matcher is the wording classifier (muctieu/catalog/model.py), trained on
the catalogue's wordings and the development sets' labelled wordings
(muctieu/catalog/data/labelled_wordings.json). Every figure below is measured
on a set with a model trained without that set: the sets are dealt into
FOLDS folds (in name order, round robin) and each fold's sets are matched by
a model trained on the other folds' labels, so no set is matched with its own
answers. `--nearest` measures the nearest-wording index instead (the matcher
before the classifier), each set matched by an index without its own labels.

(a) Coverage: every text of the seeds (/work/shared/seeds) and of every set
    under tests/extract/corpus/*/texts/ is extracted in process, exactly as
    `muctieu extract --json` does (documents.load → extract_records →
    catalog.match.indicator_fields); the share of records with a non-null
    `indicator_id` is printed per set and overall, and over the sets in
    HELD_OUT (the catalogue's own wordings were not tuned on them).
(b) Precision and recall on the labelled sample: the gold records of
    tests/extract/corpus/*/gold/*.jsonl that carry a field
    `indicator_id_gold` (the right id, or null when no catalogue indicator
    fits). For each, the matcher's id for the gold `indicator` wording is
    compared with the label: ids given, ids right, precision (right / given)
    and recall (right / labelled non-null).
(c) The same, end to end: each labelled gold record's text is extracted, the
    record found at the gold's anchor with the gold's value gets its id from
    its own (extracted) wording, as a user sees it; precision and recall as in
    (b), and how many labelled records the extractor found at all.
"""

from __future__ import annotations

import argparse
import functools
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from muctieu.catalog.exemplars import exemplars, extracted_entries, labelled_entries
from muctieu.catalog.indicators import catalogue
from muctieu.catalog.match import WordingIndex, indicator_fields
from muctieu.catalog.model import WordingModel, wording_model
from muctieu.documents.load import load
from muctieu.errors import MuctieuError
from muctieu.extract import extract_records
from muctieu.extract.records import TargetRecord

ROOT = Path(__file__).parents[1]
CORPUS = ROOT / "tests" / "extract" / "corpus"
SEEDS = ROOT.parent / "shared" / "seeds"  # ../shared beside the checkout
SEEDS_GOLD = ROOT.parent / "shared" / "eval" / "gold"
# Sets kept for measuring precision: the matcher is not tuned on them.
HELD_OUT = tuple(f"set{n}" for n in (7, *range(10, 244)))  # sets the catalogue's wordings were not tuned on


# Labels decided again after the catalogue grew: (set, gold file stem, anchor) -> id. The sets'
# own gold files stay as frozen; a record's label is this file's when it names one.
RELABELS = CORPUS / "RELABELS.jsonl"


@functools.cache
def relabels(path: Path = RELABELS) -> dict[tuple[str, str, int], str | None]:
    if not path.is_file():
        return {}
    rows = (json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    return {(r["set"], r["file"], int(r["anchor"])): r["indicator_id_gold"] for r in rows}


def label_of(set_name: str, file_stem: str, rec: dict) -> str | None:
    """A gold record's catalogue label: a later relabel (RELABELS.jsonl) if any, else its own."""
    return relabels().get((set_name, file_stem, int(rec.get("anchor", -1))), rec.get("indicator_id_gold"))


@functools.cache
def index_without(set_name: str) -> WordingIndex:
    """The matcher's index without `set_name`'s own labelled wordings."""
    return WordingIndex(catalogue(), exemplars(leave_out=frozenset({set_name})))


# Folds of the classifier's figures: each set is matched by a model trained without its fold.
FOLDS = 10


@functools.cache
def _fold_of() -> dict[str, int]:
    names = sorted({s for _, _, _, s in labelled_entries()}, key=lambda n: (len(n), n))
    return {name: i % FOLDS for i, name in enumerate(names)}


@functools.cache
def _fold_model(fold: int) -> WordingModel:
    from muctieu.catalog.learn import fit, training_documents

    folds = _fold_of()
    kept = ((w, u, label) for w, u, label, s in (*labelled_entries(), *extracted_entries()) if folds.get(s) != fold)
    # through its JSON, so what is measured is what would ship
    return WordingModel.from_json(fit(*training_documents(kept, catalogue())).to_json())


def model_without(set_name: str) -> WordingModel:
    """The classifier trained without `set_name`'s fold (the shipped model for a set with no labels)."""
    fold = _fold_of().get(set_name)
    return wording_model() if fold is None else _fold_model(fold)


def matcher_for(set_name: str, nearest: bool = False) -> dict[str, WordingIndex | WordingModel]:
    """`indicator_fields` keywords that match `set_name`'s wordings without its own labels."""
    return {"idx": index_without(set_name)} if nearest else {"model": model_without(set_name)}


@dataclass
class Coverage:
    records: int = 0
    with_id: int = 0
    texts: int = 0

    @property
    def share(self) -> float:
        return self.with_id / self.records if self.records else 0.0


@dataclass
class Labelled:
    labelled: int = 0  # gold records carrying `indicator_id_gold`
    labelled_non_null: int = 0
    given: int = 0  # the matcher gave an id
    right: int = 0  # ... equal to the label
    wrong: list[tuple[str, str | None, str | None]] = field(default_factory=list)  # (wording, label, given)
    scored: list[tuple[float, bool]] = field(default_factory=list)  # (score, right) of each id given
    by_set: dict[str, list[int]] = field(default_factory=dict)  # set → [labelled, given, right]

    def count(self, set_name: str, label: str | None, wording: str, fields: Mapping[str, object] | None) -> None:
        """One labelled record: `fields` are the matcher's (`indicator_fields`), None when there was nothing to match."""
        counts = self.by_set.setdefault(set_name, [0, 0, 0])
        self.labelled += 1
        counts[0] += 1
        self.labelled_non_null += label is not None
        got = fields["indicator_id"] if fields else None
        if got is None:
            return
        self.given += 1
        counts[1] += 1
        self.scored.append((float(fields["indicator_score"]), got == label))  # type: ignore[index, arg-type]
        if got == label:
            self.right += 1
            counts[2] += 1
        else:
            self.wrong.append((wording, label, str(got)))

    @property
    def precision(self) -> float:
        return self.right / self.given if self.given else 0.0

    @property
    def recall(self) -> float:
        return self.right / self.labelled_non_null if self.labelled_non_null else 0.0


def text_sets(skip: Iterable[str] = ()) -> dict[str, list[Path]]:
    """Set name → its text files: the seeds, then each corpus set in name order."""
    sets: dict[str, list[Path]] = {}
    if SEEDS.is_dir():
        sets["seeds"] = sorted(SEEDS.glob("*.txt"))
    for d in sorted(CORPUS.glob("*/texts")):
        name = d.parent.name
        if name not in skip:
            sets[name] = sorted(p for p in d.iterdir() if p.is_file())
    return sets


def coverage(files: Iterable[Path], idx: WordingIndex | None = None, model: WordingModel | None = None) -> Coverage:
    """Records extracted from `files` and how many get an indicator id (as `extract --json`)
    from `idx` (the nearest-wording index) or `model` (the classifier; the shipped one by default)."""
    cov = Coverage()
    for f in files:
        try:
            doc = load(f)
        except MuctieuError:  # a file being written, or not a text: left out
            continue
        cov.texts += 1
        for rec in extract_records(doc.text, plan_year=doc.meta.plan_year):
            cov.records += 1
            cov.with_id += indicator_fields(rec.indicator, unit=rec.unit, idx=idx, model=model)["indicator_id"] is not None
    return cov


def gold_files(skip: Iterable[str] = ()) -> list[Path]:
    files = sorted(SEEDS_GOLD.glob("*.jsonl")) if SEEDS_GOLD.is_dir() else []
    for d in sorted(CORPUS.glob("*/gold")):
        if d.parent.name not in skip:
            files.extend(sorted(d.glob("*.jsonl")))
    return files


def _set_name(gold_file: Path) -> str:
    """`set7` for tests/extract/corpus/set7/gold/x.jsonl; `seeds` for the shared gold."""
    return "seeds" if gold_file.parent == SEEDS_GOLD else gold_file.parent.parent.name


def labelled_sample(files: Iterable[Path], nearest: bool = False) -> Labelled:
    """Matcher ids against `indicator_id_gold` labels, for gold records that carry one."""
    out = Labelled()
    for f in files:
        for line in f.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError:  # a gold file being written
                continue
            if not isinstance(rec, dict) or "indicator_id_gold" not in rec:
                continue
            fields = indicator_fields(rec.get("indicator"), unit=rec.get("unit"), **matcher_for(_set_name(f), nearest))
            out.count(_set_name(f), label_of(_set_name(f), f.stem, rec), rec.get("indicator") or "", fields)
    return out


def found_at_gold(gold_file: Path) -> list[tuple[dict, TargetRecord | None]]:
    """Each labelled gold record of `gold_file` with the record extracted from its text at the
    gold's anchor and value (None where the extractor found none there)."""
    rows = [json.loads(line) for line in gold_file.read_text(encoding="utf-8").splitlines() if line.strip()]
    rows = [r for r in rows if isinstance(r, dict) and "indicator_id_gold" in r]
    text_file = gold_file.parent.parent / "texts" / f"{gold_file.stem}.txt"
    if not rows or not text_file.is_file():
        return []
    doc = load(text_file)
    found = {(r.anchor, r.value): r for r in extract_records(doc.text, plan_year=doc.meta.plan_year)}
    return [(g, found.get((g["anchor"], float(g["value"])))) for g in rows]


def end_to_end(files: Iterable[Path], nearest: bool = False) -> Labelled:
    """(c): the extracted record at each labelled gold record's anchor, judged by the label."""
    out = Labelled()
    for f in files:
        for g, rec in found_at_gold(f):
            # not extracted: counted, with no id shown
            fields = None if rec is None else indicator_fields(rec.indicator, unit=rec.unit,
                                                               **matcher_for(_set_name(f), nearest))
            out.count(_set_name(f), label_of(_set_name(f), f.stem, g), rec.indicator if rec else "", fields)
    return out


def _print_labelled(lab: Labelled, errors: bool) -> None:
    print(f"labelled records: {lab.labelled} (non-null labels: {lab.labelled_non_null})")
    for name, (n, given, right) in sorted(lab.by_set.items()):
        tag = " (held out)" if name in HELD_OUT else ""
        print(f"  {name}: {n} labelled, {given} given an id, {right} right{tag}")
    print(f"ids given: {lab.given}, right: {lab.right}")
    print(f"precision (right / given): {lab.precision:.3f}")
    print(f"recall (right / labelled non-null): {lab.recall:.3f}")
    for t in (0.5, 0.6, 0.7, 0.8, 0.9, 0.95):
        sure = [right for score, right in lab.scored if score >= t]
        if sure:
            print(f"  at score >= {t}: {len(sure)} ids, precision {sum(sure) / len(sure):.3f}, "
                  f"recall {sum(sure) / lab.labelled_non_null:.3f}")
    if errors:
        for wording, label, got in lab.wrong:
            print(f"   ✗ {wording!r}: label {label}, given {got}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--skip", action="append", default=[], help="leave a set out (repeatable)")
    parser.add_argument("--errors", action="store_true", help="list the labelled records given a wrong id")
    parser.add_argument("--nearest", action="store_true", help="measure the nearest-wording index, not the classifier")
    args = parser.parse_args()
    print("matcher:", "nearest-wording index, each set without its own labels" if args.nearest else
          f"wording classifier, each set by a model trained without its fold ({FOLDS} folds)")

    print("(a) coverage: records with a non-null indicator_id")
    print(f"{'set':<10} {'texts':>5} {'records':>8} {'with id':>8} {'share':>7}")
    every, held = Coverage(), Coverage()
    for name, files in text_sets(args.skip).items():
        cov = coverage(files, **matcher_for(name, args.nearest))
        tag = " (held out)" if name in HELD_OUT else ""
        print(f"{name:<10} {cov.texts:>5} {cov.records:>8} {cov.with_id:>8} {cov.share:>7.3f}{tag}")
        for total in (every, held) if name in HELD_OUT else (every,):
            total.texts += cov.texts
            total.records += cov.records
            total.with_id += cov.with_id
    print(f"{'overall':<10} {every.texts:>5} {every.records:>8} {every.with_id:>8} {every.share:>7.3f}"
          "  (the seeds and every set, each without its own labels)")
    print(f"{'held out':<10} {held.texts:>5} {held.records:>8} {held.with_id:>8} {held.share:>7.3f}"
          "  (the sets the catalogue's wordings were not tuned on)")

    print("\n(b) labelled sample: gold records with indicator_id_gold")
    lab = labelled_sample(gold_files(args.skip), args.nearest)
    if not lab.labelled:
        print("no labelled sample yet")
        return
    _print_labelled(lab, args.errors)
    print("\n(c) end to end: the extracted records' own wordings, at labelled gold records")
    _print_labelled(end_to_end(gold_files(args.skip), args.nearest), args.errors)


if __name__ == "__main__":
    main()
