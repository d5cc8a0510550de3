"""A learned classifier from an indicator's wording (and its unit) to a catalogue id.

The nearest-wording index (`match.WordingIndex`) takes the single closest
wording; on the development sets' labels, each set left out, 0.82 of the ids
it gives are right. A multinomial logistic model over the same folded
syllables weighs every labelled and catalogue wording at once and says how
sure it is: on the same labels (ten folds by set, no set matched by a model
that saw it) it gives more right ids and fewer wrong ones, and its
probability ranks them (`benchmarks/indicator_coverage.py`; `--nearest`
measures the index).

A document is a wording's content syllables, a `<unit:…>` token and a
share or count lead (`match.model_document`). Wordings labelled with no indicator train a class
of their own (`REJECT`): a quantity most like them gets no id. The weights
ship as JSON (`data/wording_model.json`, rebuilt by
`scripts/train_matcher.py` with scikit-learn, a dev dependency); applying
them needs numpy only, and the same wording always gets the same answer.
"""

from __future__ import annotations

import functools
import hashlib
import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

MODEL_PATH = Path(__file__).parent / "data" / "wording_model.json"

# The class of wordings labelled with no indicator (the matcher's index files them under it too).
REJECT = "-"


@dataclass(frozen=True, slots=True)
class Guess:
    indicator_id: str  # `REJECT` when the wording is most like those labelled with none
    probability: float


@dataclass(frozen=True, eq=False)  # (hashed by identity: a model is cached against)
class WordingModel:
    """Tf-idf weights of a document's tokens (sublinear counts, l2-normed) times a
    weight row per class, softmaxed (what scikit-learn's TfidfVectorizer and
    LogisticRegression compute, applied without them)."""

    vocabulary: dict[str, int]
    idf: np.ndarray  # per token
    classes: tuple[str, ...]
    coef: np.ndarray  # classes × tokens
    intercept: np.ndarray  # per class
    fingerprint: str  # of the training documents and labels (`fingerprint()`)

    def probabilities(self, doc: Sequence[str], allowed: np.ndarray | None = None,
                      reject_shift: float = 0.0) -> np.ndarray:
        """Each class's probability for `doc`; classes not `allowed` get 0, and `REJECT`'s
        log-odds move by `reject_shift` (a prior: negative makes "no indicator" rarer)."""
        counts: dict[int, int] = {}
        for t in doc:
            j = self.vocabulary.get(t)
            if j is not None:
                counts[j] = counts.get(j, 0) + 1
        cols = np.fromiter(counts, dtype=np.int64, count=len(counts))
        vals = np.array([1.0 + math.log(n) for n in counts.values()]) * self.idf[cols]
        norm = float(np.sqrt((vals * vals).sum()))
        z = self.intercept + self.coef[:, cols] @ (vals / norm if norm else vals)
        if reject_shift and REJECT in self.classes:
            z[self.classes.index(REJECT)] += reject_shift
        if allowed is not None:
            z = np.where(allowed, z, -np.inf)
        z = np.exp(z - z.max())
        return z / z.sum()

    def knows_any(self, tokens: Sequence[str]) -> bool:
        """Does the vocabulary hold any of `tokens`?"""
        return any(t in self.vocabulary for t in tokens)

    def guess(self, doc: Sequence[str], allowed: np.ndarray | None = None, reject_shift: float = 0.0) -> Guess:
        """The most probable class for `doc` among the `allowed` ones."""
        p = self.probabilities(doc, allowed, reject_shift)
        k = int(p.argmax())
        return Guess(self.classes[k], float(p[k]))

    def nearest_indicator(self, doc: Sequence[str], allowed: np.ndarray | None = None,
                          reject_shift: float = 0.0) -> Guess | None:
        """The most probable indicator (never `REJECT`), however unsure; None if none is allowed."""
        p = self.probabilities(doc, allowed, reject_shift)
        if REJECT in self.classes:
            p[self.classes.index(REJECT)] = 0.0
        k = int(p.argmax())
        return Guess(self.classes[k], float(p[k])) if p[k] > 0 else None

    def to_json(self) -> str:
        """Stable text: vocabulary in column order, weights rounded, one class per line."""
        vocab = sorted(self.vocabulary, key=self.vocabulary.__getitem__)
        rows = ",\n".join(json.dumps([c, round(float(b), 4), [round(float(w), 4) for w in row]])
                          for c, b, row in zip(self.classes, self.intercept, self.coef))
        return ('{"source": "scripts/train_matcher.py",\n'
                f' "fingerprint": {json.dumps(self.fingerprint)},\n'
                f' "vocabulary": {json.dumps(vocab, ensure_ascii=False)},\n'
                f' "idf": {json.dumps([round(float(x), 6) for x in self.idf])},\n'
                f' "classes": [\n{rows}\n]}}\n')

    @classmethod
    def from_json(cls, text: str) -> WordingModel:
        raw = json.loads(text)
        return cls(
            vocabulary={t: j for j, t in enumerate(raw["vocabulary"])},
            idf=np.array(raw["idf"], dtype=np.float64),
            classes=tuple(c for c, _, _ in raw["classes"]),
            coef=np.array([row for _, _, row in raw["classes"]], dtype=np.float64),
            intercept=np.array([b for _, b, _ in raw["classes"]], dtype=np.float64),
            fingerprint=raw["fingerprint"],
        )


def fingerprint(docs: Sequence[Sequence[str]], labels: Sequence[str], c: float) -> str:
    """A digest of what a model is trained on: a shipped model whose inputs changed is stale."""
    h = hashlib.sha256(repr(c).encode())
    for d, y in zip(docs, labels):
        h.update(("\x1f".join(d) + "\x1e" + y + "\n").encode("utf-8"))
    return h.hexdigest()[:16]


@functools.cache
def wording_model(path: Path = MODEL_PATH) -> WordingModel:
    """The shipped model, loaded once per process."""
    return WordingModel.from_json(path.read_text(encoding="utf-8"))
