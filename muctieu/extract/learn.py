"""Training the decision step from texts with gold records (development only).

Needs scikit-learn (a dev dependency); extraction itself only reads the JSON
this writes. Labels: a number is a quantity when a gold record's anchor is
at it; its kind, unit and year are that gold record's.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from muctieu.documents.load import load
from muctieu.extract.candidates import candidates
from muctieu.extract.decide import Linear, Model
from muctieu.extract.features import YEAR_SOURCES, doc_info, features, year_features, year_options
from muctieu.extract.grammar import extract_records as grammar_records

# Regularisation: the sets are small (a few hundred quantities), so weights stay modest.
# Chosen on the leave-one-set-out folds of benchmarks/decide.py (0.1–2 tried): kind and
# year gain up to 1.0; the quantity decision is flat from 0.25 to 2.
C_QUANTITY = 0.5
C_KIND = 1.0
C_UNIT = 0.5
C_YEAR = 1.0


@dataclass(slots=True)
class GoldText:
    name: str
    text: str
    plan_year: int | None
    gold: list[dict[str, Any]]


def read_set(texts: Path, gold: Path) -> list[GoldText]:
    """Every NAME.txt in `texts` with gold/NAME.jsonl, read as `muctieu extract` reads it."""
    out = []
    for gp in sorted(gold.glob("*.jsonl")):
        doc = load(texts / f"{gp.stem}.txt")
        recs = [json.loads(line) for line in gp.read_text(encoding="utf-8").splitlines() if line.strip()]
        out.append(GoldText(gp.stem, doc.text, doc.meta.plan_year, recs))
    return out


def _fit(rows: list[list[str]], labels: list[int], c: float) -> Linear:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    if len(set(labels)) < 2:
        return Linear(0.0, {})
    vec = DictVectorizer(sort=True)
    x = vec.fit_transform([{f: 1 for f in r} for r in rows])
    lr = LogisticRegression(C=c, max_iter=5000, solver="lbfgs", random_state=0)
    lr.fit(x, labels)
    names = vec.get_feature_names_out()
    coef = {str(n): round(float(w), 4) for n, w in zip(names, lr.coef_[0]) if abs(w) >= 1e-4}
    return Linear(round(float(lr.intercept_[0]), 4), coef)


def train(texts: list[GoldText], meta: dict[str, Any] | None = None) -> Model:
    q_rows, q_y = [], []
    k_rows, k_y = [], []
    u_rows, u_y = [], []
    y_rows, y_y = [], []
    for t in texts:
        recs = grammar_records(t.text, plan_year=t.plan_year)
        doc = doc_info(t.text, t.plan_year)
        gold_at: dict[int, dict[str, Any]] = {}
        for g in t.gold:
            gold_at.setdefault(g["anchor"], g)
        near_year = None
        for c in candidates(t.text, recs):
            feats = features(t.text, c, doc)
            g = gold_at.get(c.anchor)
            q_rows.append(feats)
            q_y.append(int(g is not None))
            if c.records:
                near_year = c.records[-1].year
            if g is None:
                continue
            k_rows.append(feats)
            k_y.append(int(g["kind"] == "result"))
            if c.mention is None:
                u_rows.append(feats)
                u_y.append(g["unit"])
            options = year_options(t.text, c, doc, c.records[0].year if c.records else near_year)
            for source in YEAR_SOURCES:
                if source in options:
                    y_rows.append(year_features(source, options, g["kind"], doc, c))
                    y_y.append(int(options[source] == g.get("year")))
    units = {u: _fit(u_rows, [int(y == u) for y in u_y], C_UNIT) for u in ("%", "count", "other", "rank")}
    return Model(
        quantity=_fit(q_rows, q_y, C_QUANTITY),
        kind=_fit(k_rows, k_y, C_KIND),
        units=units,
        year=_fit(y_rows, y_y, C_YEAR),
        meta=dict(meta or {}),
    )
