"""The learned decision step against the rules alone, leave one set out.

    .venv/bin/python benchmarks/decide.py [--shared ../shared] [--folds N]

For each of the seeds and every development set under tests/extract/corpus/,
the model is trained on all the others and both extractors are scored on the
held-out one with the shared scorer's matching; the last rows pool the
development sets, each text scored by the model that did not see it. The
rules were written with every set in view after its first sight, so the
comparison flatters the rules, not the model; a set's first sight (its
README) is the honest figure for the rules. With `--folds N` the seeds and
sets are dealt into N folds and a fold is left out at a time (N trainings
instead of one per set; the pooled rows then include the seeds).
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from muctieu.extract.decide import Model, decide  # noqa: E402
from muctieu.extract.grammar import extract_records  # noqa: E402
from muctieu.extract.learn import GoldText, read_set, train  # noqa: E402

CORPUS = ROOT / "tests" / "extract" / "corpus"
# every development set, in order (set5 ... set17)
DEV_SETS = tuple(sorted((d.name for d in CORPUS.iterdir() if (d / "gold").is_dir()), key=lambda n: int(n[3:])))
FIELDS = ("kind", "op", "scope", "year", "pillar")


def find_shared(start: Path) -> Path | None:
    """The `shared` folder beside this checkout (or beside a parent of it)."""
    for p in [start, *start.parents]:
        if (p / "shared" / "eval" / "score.py").exists():
            return p / "shared"
    return None


def scorer(shared: Path):  # noqa: ANN201 - a module loaded by path
    spec = importlib.util.spec_from_file_location("score", shared / "eval" / "score.py")
    mod = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(mod)
    return mod


def sets(shared: Path, corpus: Path = CORPUS) -> dict[str, list[GoldText]]:
    out = {"seeds": read_set(shared / "seeds", shared / "eval" / "gold")}
    for name in DEV_SETS:
        if (corpus / name / "gold").is_dir():
            out[name] = read_set(corpus / name / "texts", corpus / name / "gold")
    return out


def score_texts(score, texts: list[GoldText], predict) -> dict[str, float]:  # noqa: ANN001
    n_gold = n_pred = n_match = 0
    hits = {f: [0, 0] for f in FIELDS}
    for t in texts:
        pred = [r.to_json() for r in predict(t)]
        pairs = score.match(t.gold, pred)
        n_gold += len(t.gold)
        n_pred += len(pred)
        n_match += len(pairs)
        for g, p in pairs:
            for f in FIELDS:
                if f == "pillar" and g.get("pillar") is None:
                    continue
                hits[f][1] += 1
                hits[f][0] += score.field_ok(f, g, p)
    prec = n_match / n_pred if n_pred else 0.0
    rec = n_match / n_gold if n_gold else 0.0
    out = {
        "gold": n_gold, "pred": n_pred, "P": prec, "R": rec,
        "F1": 2 * prec * rec / (prec + rec) if prec + rec else 0.0,
    }
    out.update({f: h / n if n else 0.0 for f, (h, n) in hits.items()})
    return out


def rules(t: GoldText) -> list:
    return extract_records(t.text, plan_year=t.plan_year)


def learned(model: Model):  # noqa: ANN201
    def run(t: GoldText) -> list:
        return [d.record for d in decide(t.text, t.plan_year, extract_records(t.text, plan_year=t.plan_year), model)]
    return run


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", type=Path, default=None, help="the shared folder (seeds, gold, scorer)")
    ap.add_argument("--corpus", type=Path, default=CORPUS, help="folder holding the development sets")
    ap.add_argument("--folds", type=int, default=0, metavar="N",
                    help="deal the seeds and sets into N folds (name order, round robin) and leave a fold "
                         "out at a time instead of a set (a model per fold, not per set: N trainings)")
    args = ap.parse_args()
    shared = args.shared or find_shared(ROOT)
    if shared is None:
        sys.exit("../shared (seeds, gold, scorer) not found; pass --shared")
    score = scorer(shared)
    data = sets(shared, args.corpus)
    if args.folds > 0:
        names = sorted(data)
        data = {f"fold{k}": [t for i, n in enumerate(names) if i % args.folds == k for t in data[n]]
                for k in range(min(args.folds, len(names)))}
    cols = ("gold", "pred", "P", "R", "F1", *FIELDS)

    def row(held: str, name: str, s: dict[str, float]) -> None:
        print(f"{held:<8} {name:<12} " + " ".join(
            f"{s[c]:>6}" if c in ("gold", "pred") else f"{s[c]:>6.3f}" for c in cols))

    print(f"{'held out':<8} {'extractor':<12} " + " ".join(f"{c:>6}" for c in cols))
    # the seeds are held out too: does the step break what the grammar was built on?
    models = {held: train([t for n, ts in data.items() if n != held for t in ts]) for held in data}
    for held, model in models.items():
        row(held, "rules", score_texts(score, data[held], rules))
        row(held, "decide", score_texts(score, data[held], learned(model)))
    # pooled over the development sets, each text scored by the model that did not see it;
    # the parts of the step switched on one at a time
    dev = [t for held in data if held != "seeds" for t in data[held]]
    owner = {id(t): held for held in data if held != "seeds" for t in data[held]}
    variants = {
        "rules": None,
        "keep only": dict(flip=1.01, year_margin=1e9),  # drops/adds numbers; grammar's kind and year
        "+ kind": dict(year_margin=1e9),
        "decide": {},
    }
    for name, change in variants.items():
        if change is None:
            s = score_texts(score, dev, rules)
        else:
            fns = {h: learned(replace(m, **change)) for h, m in models.items()}
            s = score_texts(score, dev, lambda t: fns[owner[id(t)]](t))
        row("pooled", name, s)

if __name__ == "__main__":
    main()
