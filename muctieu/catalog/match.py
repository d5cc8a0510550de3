"""Matching an indicator's wording to a catalogue id.

Each catalogue wording (and each Vietnamese name) becomes a set of features:
its normalised syllables and adjacent syllable pairs.  Features are weighted
by inverse indicator frequency, so "hóa đơn" separates two enterprise
indicators while "tỷ lệ doanh nghiệp" barely counts.  A query scores against
every wording by weighted Dice overlap; its words unknown to the catalogue
weigh as much as the rarest known ones, so an unrelated subject pulls the
score down instead of being ignored.  The best indicator is returned when it
reaches `THRESHOLD`, else None.
"""

from __future__ import annotations

import functools
import math
from collections import defaultdict
from dataclasses import dataclass

from muctieu.catalog.indicators import Catalogue, catalogue
from muctieu.catalog.wording import tokens

# Tuned on the "tune" half of tests/catalog/data/indicator_wordings.yaml with
# `python benchmarks/match_threshold.py` (it also reports the held-out half).
THRESHOLD = 0.5

# Syllable pairs carry word identity (hợp đồng, hóa đơn) but also repeat the
# unigram evidence; half weight keeps word order from dominating.
BIGRAM_WEIGHT = 0.5


@dataclass(frozen=True, slots=True)
class Match:
    indicator_id: str
    score: float


def _features(toks: tuple[str, ...]) -> dict[str, float]:
    """Feature → multiplier (1 for syllables, BIGRAM_WEIGHT for pairs)."""
    feats = {t: 1.0 for t in toks}
    for a, b in zip(toks, toks[1:]):
        feats[f"{a} {b}"] = BIGRAM_WEIGHT
    return feats


class WordingIndex:
    """Weighted features of every catalogue wording, with postings for fast lookup."""

    def __init__(self, cat: Catalogue) -> None:
        docs: list[tuple[str, dict[str, float]]] = []
        doc_freq: dict[str, set[str]] = defaultdict(set)
        for ind in cat:
            for text in (ind.name_vi, *ind.wordings):
                feats = _features(tokens(text))
                if not feats:
                    continue
                docs.append((ind.id, feats))
                for f in feats:
                    doc_freq[f].add(ind.id)
        n = len(cat)
        self._idf = {f: math.log((n + 1) / (len(ids) + 1)) + 1.0 for f, ids in doc_freq.items()}
        self._unknown = math.log(n + 1) + 1.0
        self._docs: list[tuple[str, dict[str, float], float]] = []
        self._postings: dict[str, list[int]] = defaultdict(list)
        for i, (ind_id, feats) in enumerate(docs):
            weights = {f: m * self._idf[f] for f, m in feats.items()}
            self._docs.append((ind_id, weights, sum(weights.values())))
            for f in weights:
                self._postings[f].append(i)

    def _query_weights(self, text: str) -> dict[str, float]:
        return {f: m * self._idf.get(f, self._unknown) for f, m in _features(tokens(text)).items()}

    def scores(self, text: str) -> list[Match]:
        """Every indicator sharing a feature with `text`, best first (one score each: its best wording)."""
        q = self._query_weights(text)
        if not q:
            return []
        q_total = sum(q.values())
        shared: dict[int, float] = defaultdict(float)
        for f, w in q.items():
            for i in self._postings.get(f, ()):
                shared[i] += w + self._docs[i][1][f]
        best: dict[str, float] = {}
        for i, overlap in shared.items():
            ind_id, _, d_total = self._docs[i]
            score = overlap / (q_total + d_total)
            if score > best.get(ind_id, 0.0):
                best[ind_id] = score
        return sorted((Match(k, v) for k, v in best.items()), key=lambda m: -m.score)

    def best(self, text: str, threshold: float = THRESHOLD) -> Match | None:
        ranked = self.scores(text)
        if ranked and ranked[0].score >= threshold:
            return ranked[0]
        return None


@functools.cache
def index() -> WordingIndex:
    """The index over the packaged catalogue, built once per process."""
    return WordingIndex(catalogue())


@functools.lru_cache(maxsize=8192)
def match_indicator(wording: str | None) -> Match | None:
    """The catalogue indicator `wording` names, with a score in 0..1, or None when nothing matches well."""
    if not wording:
        return None
    return index().best(wording)
