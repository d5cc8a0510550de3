"""The learned decision step: every number is a candidate; weights decide.

For each number token (`candidates.py`) a logistic model weighs the flags of
its context (`features.py`) to say whether it is a quantity; others say
whether it is a target or a result, its unit when the grammar read none, and
which source its year comes from. The grammar still supplies the indicator
wording, span, scope and pillar. The weights ship as JSON
(`decide_model.json`, rebuilt by `scripts/train_decide.py`); no learning
library is needed to apply them, and the same text always gives the same
records.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import repeat
from pathlib import Path
from typing import Any

from muctieu.extract.candidates import NUMBER_TOKEN, Candidate, candidates
from muctieu.extract.features import (
    YEAR_SOURCES,
    DocInfo,
    doc_info,
    features,
    sentence_years_near,
    year_features,
    year_options,
)
from muctieu.extract.numbers import MAGNITUDE_RE, magnitude, scale
from muctieu.extract.reading import Reading
from muctieu.extract.records import TargetRecord
from muctieu.extract.segment import strip_bullet
from muctieu.extract.wording import clean_post, clean_pre, squash

MODEL_PATH = Path(__file__).with_name("decide_model.json")
_ZEROS = repeat(0.0)


@dataclass(slots=True)
class Linear:
    """A weight per feature name, plus an intercept."""

    intercept: float
    coef: dict[str, float]

    def score(self, feats: list[str]) -> float:
        return self.intercept + sum(map(self.coef.get, feats, _ZEROS))

    def prob(self, feats: list[str]) -> float:
        z = self.score(feats)
        return 1.0 / (1.0 + math.exp(-z)) if z > -700 else 0.0

    def top(self, feats: list[str], n: int = 3, toward: int = 1) -> list[tuple[str, float]]:
        """The features that pushed hardest toward yes (`toward` 1) or no (-1)."""
        ws = [(f, self.coef[f]) for f in set(feats) if f in self.coef and self.coef[f] * toward > 0]
        return sorted(ws, key=lambda fw: (-abs(fw[1]), fw[0]))[:n]

    def to_json(self) -> dict[str, Any]:
        return {"intercept": self.intercept, "coef": self.coef}

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> Linear:
        return cls(float(d["intercept"]), {k: float(v) for k, v in d["coef"].items()})


@dataclass(slots=True)
class Model:
    quantity: Linear  # P(a number is a quantity)
    kind: Linear  # P(a quantity is a result)
    units: dict[str, Linear]  # one-vs-rest: the unit of a number the grammar read none for
    year: Linear  # score of "the year is what this source says"
    keep: float = 0.3  # a grammar record is dropped below this P(quantity)
    add: float = 0.95  # a number the grammar skipped is added at or above it
    flip: float = 0.5  # P of the other kind needed to overturn the grammar's target/result
    year_margin: float = 1.0  # how much more another year source must score than the grammar's (inf: off)
    meta: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            "meta": self.meta,
            "keep": self.keep,
            "add": self.add if math.isfinite(self.add) else None,  # None: off
            "flip": self.flip,
            "year_margin": self.year_margin if math.isfinite(self.year_margin) else None,  # None: off
            "quantity": self.quantity.to_json(),
            "kind": self.kind.to_json(),
            "units": {u: m.to_json() for u, m in sorted(self.units.items())},
            "year": self.year.to_json(),
        }

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> Model:
        return cls(
            quantity=Linear.from_json(d["quantity"]),
            kind=Linear.from_json(d["kind"]),
            units={u: Linear.from_json(m) for u, m in d["units"].items()},
            year=Linear.from_json(d["year"]),
            keep=float(d["keep"]),
            add=math.inf if d["add"] is None else float(d["add"]),
            flip=float(d.get("flip", 0.5)),
            year_margin=math.inf if d.get("year_margin", 1.0) is None else float(d.get("year_margin", 1.0)),
            meta=d.get("meta", {}),
        )


@lru_cache(maxsize=1)
def shipped_model() -> Model:
    return Model.from_json(json.loads(MODEL_PATH.read_text(encoding="utf-8")))


@dataclass(slots=True)
class Decision:
    """A record and why it stands."""

    record: TargetRecord
    source: str  # "grammar" (read by the grammar, kept by the model) or "model" (added by it)
    p_quantity: float
    p_result: float
    year_source: str
    features: list[str]  # the flags that fired for this number
    model: Model
    grammar: tuple[str, int | None] | None  # the grammar's (kind, year), when it read this number

    def explain(self) -> str:
        """Why this record stands: the model's probabilities and their strongest features."""
        how = ("quy tắc ngữ pháp, mô hình giữ lại / grammar rule, kept by the model"
               if self.source == "grammar" else "mô hình thêm vào / added by the model")
        r = self.record
        changed = ""
        if self.grammar and self.grammar != (r.kind, r.year):
            changed = f" (ngữ pháp/grammar: {self.grammar[0]}, {self.grammar[1]})"
        toward_result = 1 if r.kind == "result" else -1
        return (f"{how}; P(số liệu/quantity)={self.p_quantity:.2f} [{_feats(self.model.quantity.top(self.features))}]; "
                f"P(kết quả/result)={self.p_result:.2f} [{_feats(self.model.kind.top(self.features, toward=toward_result))}]; "
                f"{r.kind}, năm/year {r.year} ← {self.year_source}{changed}")


def _feats(ws: list[tuple[str, float]]) -> str:
    return ", ".join(f"{f} {w:+.2f}" for f, w in ws)


def _default_op(kind: str, unit: str) -> str:
    if kind == "result":
        return "="
    return "<=" if unit == "rank" else ">="


def _choose_year(model: Model, text: str, c: Candidate, doc: DocInfo, kind: str,
                 grammar_year: int | None, seen: dict[tuple, tuple[int | None, str]]) -> tuple[int | None, str]:
    # the choice depends only on what each source says, the kind and the bracket:
    # numbers of one paragraph mostly share all three. Within one text only the
    # grammar's year and the sentence's years around the number vary (the other
    # sources are the text's own), so they name the options.
    key = (grammar_year, *sentence_years_near(text, c, doc), kind, c.in_brackets)
    if key in seen:
        return seen[key]
    options = year_options(text, c, doc, grammar_year)
    best: tuple[float, int, str] | None = None
    for rank, source in enumerate(s for s in YEAR_SOURCES if s in options):
        z = model.year.score(year_features(source, options, kind, doc, c))
        if source == "grammar":
            z += model.year_margin  # the grammar's year stands unless another source is clearly better
        if best is None or z > best[0]:
            best = (z, rank, source)
    assert best is not None
    seen[key] = options[best[2]], best[2]
    return seen[key]




_SEPARATOR = re.compile(r"\s*[,;]\s*|\s+(?:và|còn|hoặc|với)\s+", re.I)


def _new_record(text: str, c: Candidate, model: Model, feats: list[str], kind: str,
                near: TargetRecord | None) -> TargetRecord | None:
    """A record for a number the grammar skipped: wording from its clause."""
    m = c.mention
    start = strip_bullet(text, c.clause.start, c.clause.end)
    lead = m.lead if m else c.anchor
    num_end = m.end if m else c.token_end
    value = m.value if m else c.value
    if value is None:
        return None
    value_max = m.value_max if m else None
    unit_text = m.unit_text if m else None
    if m is not None:
        unit = m.unit
    else:
        unit = max(sorted(model.units), key=lambda u: model.units[u].score(feats))
        mg = MAGNITUDE_RE.match(text, num_end, c.clause.end)
        if mg:
            value, num_end = scale(value, magnitude(mg)), mg.end()
        if unit == "other" and text[num_end:num_end + 6].strip().lower().startswith("điểm"):
            unit_text = "điểm"
    tail_end = c.clause.end
    nxt = NUMBER_TOKEN.search(text, num_end, c.clause.end)
    if nxt:
        # "Chính quyền số 0,7582 và kinh tế số 0,7723": the words after the
        # next separator name the next number
        sep = _SEPARATOR.search(text, num_end, nxt.start(1))
        tail_end = sep.start() if sep else nxt.start(1)
    pre = clean_pre(text[start:lead]) if lead > start else ""
    post = clean_post(text[num_end:tail_end]) if num_end < tail_end else ""
    if len(post.split()) > 12:
        post = ""  # a long tail is another statement, not what this number counts
    indicator = squash(f"{pre} {post}") if pre and post else (pre or post)
    if not indicator:
        return None
    op = m.op if m and m.op not in (None, "from") else _default_op(kind, unit)
    return TargetRecord(
        kind=kind,  # type: ignore[arg-type]
        indicator=indicator,
        scope=None,
        op=op,  # type: ignore[arg-type]
        value=value,
        value_max=value_max,
        unit=unit,  # type: ignore[arg-type]
        year=near.year if near else None,
        pillar=near.pillar if near else None,
        start=start,
        end=c.clause.end,
        anchor=c.anchor,
        unit_text=unit_text,
    )


def decide(text: str, plan_year: int | None, records: list[TargetRecord],
           model: Model | None = None, reading: Reading | None = None) -> list[Decision]:
    """The records the model stands by, with why, in text order.

    `reading`: the one the grammar read `records` with, to reuse its work."""
    model = model or shipped_model()
    # the parts a model switches off cost nothing: with no additions only the numbers the
    # grammar read are weighed, and with no year choice the grammar's year stands
    adding = math.isfinite(model.add)
    choosing_years = math.isfinite(model.year_margin)
    doc = doc_info(text, plan_year, reading, with_years=choosing_years)
    out: list[Decision] = []
    near: TargetRecord | None = None
    seen_years: dict[tuple, tuple[int | None, str]] = {}
    for c in candidates(text, records, reading, only_read=not adding):
        feats = features(text, c, doc)
        pq = model.quantity.prob(feats)
        if c.records:
            near = c.records[-1]
            if pq < model.keep:
                continue
            drafts, source = list(c.records), "grammar"
        else:
            if pq < model.add:
                continue
            pr = model.kind.prob(feats)
            rec = _new_record(text, c, model, feats, "result" if pr >= 0.5 else "target", near)
            if rec is None:
                continue
            drafts, source = [rec], "model"
        pr = model.kind.prob(feats)
        kind = "result" if pr >= 0.5 else "target"
        if source == "grammar" and kind != drafts[0].kind and max(pr, 1 - pr) < model.flip:
            kind = drafts[0].kind  # not sure enough to overturn the grammar
        years: dict[int | None, tuple[int | None, str]] = {}
        for r in drafts:
            op = r.op
            bare = c.mention is None or c.mention.op in (None, "from")
            if kind != r.kind and bare and op == _default_op(r.kind, r.unit):
                op = _default_op(kind, r.unit)
            if r.year not in years:  # records sharing a number mostly share its year too
                years[r.year] = (_choose_year(model, text, c, doc, kind, r.year, seen_years)
                                 if choosing_years else (r.year, "grammar"))
            year, ysrc = years[r.year]
            same = (kind, op, year) == (r.kind, r.op, r.year)
            rec = r if same else replace(r, kind=kind, op=op, year=year)  # type: ignore[arg-type]
            out.append(Decision(rec, source, pq, pr, ysrc, feats, model,
                                (r.kind, r.year) if source == "grammar" else None))
    return out
