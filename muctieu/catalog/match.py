"""Matching an indicator's wording to a catalogue id.

`match_indicator` and `indicator_fields` ask the wording classifier
(`model.py`): among the indicators of the record's unit, subject and network,
the most probable one, when it is probable enough (`MODEL_THRESHOLD`).

The nearest-wording index (`WordingIndex`) finds officers' earlier choices
for a wording written otherwise (`learned_match`), and matches when a caller
passes one (`idx`: tests of the index, `benchmarks/indicator_coverage.py
--nearest`). Each catalogue wording (and each Vietnamese name) becomes a set
of features: its normalised syllables and adjacent syllable pairs. Features
are weighted by inverse indicator frequency, so "hóa đơn" separates two
enterprise indicators while "tỷ lệ doanh nghiệp" barely counts. A query
scores against every wording by weighted Dice overlap; its words unknown to
the catalogue weigh as much as the rarest known ones, so an unrelated
subject pulls the score down instead of being ignored. The best indicator is
returned when it reaches `THRESHOLD`, else None.
"""

from __future__ import annotations

import functools
import math
import re
from collections import defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass

import numpy as np

from muctieu.catalog.indicators import Catalogue, catalogue
from muctieu.catalog.access import access_agrees, access_of, names_broadband
from muctieu.catalog.exemplars import Exemplars, exemplars
from muctieu.catalog.loose import loose_match
from muctieu.catalog.model import REJECT, WordingModel, wording_model
from muctieu.catalog.subjects import subject_of
from muctieu.catalog.wording import ABBREVIATIONS, fold, tokens

# An id from the wording classifier (`model.py`) is given when it is at least this sure,
# with the log-odds of "no indicator" lowered by REJECT_SHIFT. Half the labels are "no
# indicator", and a wording unlike every labelled one leans that way; on the ten folds by
# set of benchmarks/indicator_coverage.py the shift trades precision for recall (end to
# end: 0 gives 0.873 / 0.656, -0.5 0.853 / 0.691, -1 0.835 / 0.715, against the
# nearest-wording index's 0.823 / 0.642). At -0.5 the classifier gives more right ids and
# fewer wrong ones than the index, on the gold wordings as on the extracted ones.
MODEL_THRESHOLD = 0.5
REJECT_SHIFT = -0.5

# Tuned on the "tune" half of tests/catalog/data/indicator_wordings.yaml with
# `python benchmarks/match_threshold.py` (it also reports the held-out half).
THRESHOLD = 0.5

# A wording of three content syllables or fewer ("thuê bao", "cáp quang") carries
# little evidence: it must match a catalogue wording almost exactly.
SHORT_SYLLABLES = 3
SHORT_THRESHOLD = 0.75

# Syllable pairs carry word identity (hợp đồng, hóa đơn) but also repeat the
# unigram evidence; half weight keeps word order from dominating.
BIGRAM_WEIGHT = 0.5


# How much a labelled wording's score counts beside a catalogue wording's (`WordingIndex`).
LABELLED_TRUST = 0.9
# A catalogue wording matched at least this well is not overruled by labelled wordings.
CATALOGUE_SURE = 0.85

# A broadband indicator's score for a wording that names no broadband (`access.py`).
BROADBAND_PENALTY = 0.85


@dataclass(frozen=True, slots=True)
class Match:
    indicator_id: str
    score: float


# How a wording says what it counts: "tỷ lệ / tỷ trọng X" is a share of X,
# "số lượng X" a count. `tokens()` drops these leads (they do not name the
# indicator), so "Tỷ trọng kinh tế số" and the DTI pillar "Kinh tế số" fold to
# the same syllables. A light pseudo-feature keeps the lead: it breaks such
# ties and costs a wording whose lead disagrees only a few points of score.
_LEAD_FEATURES: tuple[tuple[str, str], ...] = (
    ("ty le ", "<share>"), ("ti le ", "<share>"), ("ty trong ", "<share>"), ("ti trong ", "<share>"),
    ("so luong ", "<count>"),
)
LEAD_WEIGHT = 0.25  # multiplier of the pseudo-feature's weight (1 for a syllable)


def _features(toks: tuple[str, ...]) -> dict[str, float]:
    """Feature → multiplier (1 for syllables, BIGRAM_WEIGHT for pairs)."""
    feats = {t: 1.0 for t in toks}
    for a, b in zip(toks, toks[1:]):
        feats[f"{a} {b}"] = BIGRAM_WEIGHT
    return feats


def _lead(text: str) -> str | None:
    """`<share>` or `<count>` when the wording opens with a share or count lead."""
    head = fold(text).lstrip(" -–•*+.:;0123456789()")
    for lead, feature in _LEAD_FEATURES:
        if head.startswith(lead):
            return feature
    return None


# Kinds written before a place name ("tỉnh Kon Tum", "TP. Đà Nẵng", "huyện Văn Yên");
# not "quận": folded, it is the "quan" of "cơ quan", "quản lý".
_PLACE_KINDS: tuple[tuple[str, ...], ...] = (
    ("tinh",), ("thanh", "pho"), ("tp",), ("huyen",), ("thi", "xa"),
)
# Regions that rank statements compare within ("khu vực Tây Nguyên").
_REGIONS: tuple[str, ...] = (
    "tay nguyen", "mien trung", "mien bac", "mien nam", "dong bang song cuu long", "dong nam bo",
    "bac trung bo", "duyen hai mien trung", "trung du mien nui phia bac",
)


@functools.cache
def _places() -> tuple[frozenset[tuple[str, ...]], frozenset[tuple[str, ...]]]:
    """Folded place names: (provinces and regions, written bare or after a kind; districts, only after a kind)."""
    from muctieu.catalog.units import current_provinces, old_provinces

    bare = {tuple(r.split()) for r in _REGIONS}
    after_kind: set[tuple[str, ...]] = set()
    for prov in (*old_provinces(), *current_provinces()):
        name = tuple(tokens(prov.name))
        (bare if len(name) > 1 else after_kind).add(name)
    for prov in old_provinces():
        for dist in prov.districts:
            name = tuple(tokens(dist.short))
            if len(name) > 1:
                after_kind.add(name)
    return frozenset(bare), frozenset(after_kind)


@functools.cache
def _PLACE_STARTS() -> frozenset[str]:  # noqa: N802 - a cached constant
    """Syllables a place (or its kind) can start with: most wordings have none."""
    bare, _ = _places()
    return frozenset({k[0] for k in _PLACE_KINDS} | {name[0] for name in bare})


def _without_places(toks: tuple[str, ...]) -> tuple[str, ...]:
    """`toks` without province, region and district names (and the kind before them).

    A place says where a figure was measured, never which indicator it is:
    "chỉ số chuyển đổi số của Kon Tum" is the provincial DTI like "… của tỉnh".
    Tokens that are only a place are kept as they are.
    """
    bare, after_kind = _places()
    if not _PLACE_STARTS().intersection(toks):
        return toks
    out: list[str] = []
    i = 0
    while i < len(toks):
        hit = 0
        for kind in _PLACE_KINDS:
            k = len(kind)
            if toks[i:i + k] == kind:
                for n in (4, 3, 2, 1):
                    if toks[i + k:i + k + n] in after_kind or toks[i + k:i + k + n] in bare:
                        hit = k + n
                        break
            if hit:
                break
        if not hit:
            for n in (5, 4, 3, 2):
                if toks[i:i + n] in bare:
                    hit = n
                    break
        if hit:
            i += hit
        else:
            out.append(toks[i])
            i += 1
    return tuple(out) if out else toks


def _text_features(text: str) -> dict[str, float]:
    """A wording's features: its syllables and pairs (places left out), and its lead when it has one."""
    feats = _features(_without_places(tokens(text)))
    lead = _lead(text)
    if feats and lead:
        feats[lead] = LEAD_WEIGHT
    return feats


def model_document(wording: str, unit: str | None) -> list[str]:
    """What the wording classifier reads: content syllables (places left out), the unit,
    and a share or count lead ("tỷ lệ", "số lượng": `tokens()` drops them)."""
    lead = _lead(wording)
    return [*_without_places(tokens(wording)), f"<unit:{unit}>", *((lead,) if lead else ())]


def _content(doc: list[str]) -> list[str]:
    """A model document's syllables, without its unit and lead tokens."""
    return [t for t in doc if not t.startswith("<")]


# Wordings labelled with no indicator (`exemplars.py`) are indexed under `REJECT` ("-", the
# classifier's class of them) and their unit ("-%", "-count"): a wording nearest to one of
# them, in its unit, gets no id.


def is_reject(indicator_id: str) -> bool:
    """True for the id of a wording labelled with no indicator."""
    return indicator_id.startswith(REJECT)


def _reject_fits(indicator_id: str, unit: str | None) -> bool:
    return unit is not None and indicator_id in (REJECT, REJECT + unit)


class WordingIndex:
    """Weighted features of every catalogue wording (and labelled wordings), as posting lists.

    A query adds its known features' weights into the wordings that hold
    them, so scoring all wordings is a few small numpy operations per query.
    """

    def __init__(self, cat: Catalogue, labelled: Exemplars | None = None,
                 chosen: Mapping[str, str] | None = None) -> None:
        """`chosen`: wordings officers mapped in review (wording → id), marked as such (`top_chosen`)."""
        docs: list[tuple[str, dict[str, float]]] = []
        self._texts: list[str] = []
        doc_freq: dict[str, set[str]] = defaultdict(set)
        texts = [(ind.id, text) for ind in cat for text in (ind.name_vi, *ind.wordings)]
        n_catalogue = len(texts)
        known = {ind.id for ind in cat}
        # an officer's choices first among the labels: a tie goes to them
        texts += [(ind_id, w) for w, ind_id in (chosen or {}).items() if ind_id in known]
        n_chosen_end = len(texts)
        if labelled is not None:
            texts += [(ind_id, w) for ind_id, ws in labelled.by_indicator.items() if ind_id in known for w in ws]
            texts += [(REJECT + (unit or ""), w) for w, unit in labelled.rejects]  # last: a tie goes to an indicator
        n_catalogue_docs = 0
        chosen_docs: list[bool] = []
        for i, (ind_id, text) in enumerate(texts):
            feats = _text_features(text)
            if not feats:
                continue
            n_catalogue_docs += i < n_catalogue
            chosen_docs.append(n_catalogue <= i < n_chosen_end)
            docs.append((ind_id, feats))
            self._texts.append(text)
            if i < n_catalogue:
                for f in feats:
                    doc_freq[f].add(ind_id)
        n = len(cat)
        self._idf = {f: math.log((n + 1) / (len(ids) + 1)) + 1.0 for f, ids in doc_freq.items()}
        self._unknown = math.log(n + 1) + 1.0
        self._ids: list[str] = [ind_id for ind_id, _ in docs]  # indicator of each wording
        postings: dict[str, list[int]] = defaultdict(list)
        totals = np.zeros(len(docs), dtype=np.float64)
        for d, (_, feats) in enumerate(docs):
            for f, m in feats.items():
                postings[f].append(d)
                totals[d] += m * self._idf.get(f, self._unknown)
        self._postings = {f: np.array(ds, dtype=np.int32) for f, ds in postings.items()}
        self._totals = totals
        # a labelled wording is one labeller's reading of one page: it counts a little less
        # than the catalogue's own, so a near neighbour of it does not pass as its twin
        self._trust = np.where(np.arange(len(docs)) < n_catalogue_docs, 1.0, LABELLED_TRUST)
        self._n_catalogue = n_catalogue_docs
        self._chosen = np.array(chosen_docs, dtype=bool)
        # each wording's indicator as a number, for the best wording per indicator
        self._order = list(dict.fromkeys(self._ids))
        position = {ind_id: i for i, ind_id in enumerate(self._order)}
        self._doc_indicator = np.array([position[i] for i in self._ids], dtype=np.int32)

    def wordings(self) -> list[tuple[str, str]]:
        """(indicator id, or a `REJECT` id, and wording) of every indexed wording."""
        return list(zip(self._ids, self._texts))

    def _query_weights(self, text: str) -> dict[str, float]:
        return {f: m * self._idf.get(f, self._unknown) for f, m in _text_features(text).items()}

    def _doc_scores(self, text: str) -> np.ndarray:
        """Weighted Dice of `text` against every indexed wording."""
        q = self._query_weights(text)
        shared = np.zeros(len(self._ids))
        if not q:
            return shared
        for f, w in q.items():
            docs = self._postings.get(f)
            if docs is not None:
                shared[docs] += w  # a feature occurs once per wording: no repeated index
        # A shared feature weighs the same on both sides: count it twice.
        # An exact match sums the same weights in another order: clip the rounding above 1.
        scores = np.minimum(2.0 * shared / (sum(q.values()) + self._totals), 1.0) * self._trust
        if self._n_catalogue < len(scores) and scores[:self._n_catalogue].max() >= CATALOGUE_SURE:
            scores[self._n_catalogue:] = 0.0  # the catalogue names it near word for word: its reading stands
        return scores

    def scores(self, text: str) -> list[Match]:
        """Every indicator sharing a feature with `text`, best first (one score each: its best wording)."""
        best = np.zeros(len(self._order))
        np.maximum.at(best, self._doc_indicator, self._doc_scores(text))
        hits = [Match(self._order[i], float(best[i])) for i in np.flatnonzero(best)]
        return sorted(hits, key=lambda m: -m.score)

    def top(self, text: str) -> Match:
        """The best-scoring indicator whatever its score (0.0 when nothing is shared; the hot path)."""
        doc_scores = self._doc_scores(text)
        i = int(doc_scores.argmax())
        return Match(self._ids[i], float(doc_scores[i]))

    def top_chosen(self, text: str, unit: str | None = None) -> Match | None:
        """The officer-chosen wording `text` is nearest to, if it is the nearest of all
        wordings (of an indicator in `unit`) and close enough to pass for it."""
        if not self._chosen.any():
            return None
        scores = self._doc_scores(text)
        if unit is not None:
            units = _units()
            scores = np.where([_unit_fits(i, unit, units) if not is_reject(i) else _reject_fits(i, unit)
                               for i in self._ids], scores, 0.0)
        i = int(scores.argmax())
        hit = Match(self._ids[i], float(scores[i]))
        return hit if self._chosen[i] and hit.score >= required_score(text) else None

    def best(self, text: str, threshold: float = THRESHOLD) -> Match | None:
        """The best-scoring indicator if it reaches `threshold` (`SHORT_THRESHOLD` for a short wording).

        None as well when the nearest wording is one labelled with no indicator.
        """
        hit = self.top(text)
        return hit if hit.score >= required_score(text, threshold) and not is_reject(hit.indicator_id) else None


def required_score(wording: str, threshold: float = THRESHOLD) -> float:
    """The score a match of `wording` must reach: higher for a wording of few syllables."""
    if len(_without_places(tokens(wording))) <= SHORT_SYLLABLES:
        return max(threshold, SHORT_THRESHOLD)
    return threshold


@functools.cache
def index() -> WordingIndex:
    """The index over the packaged catalogue and labelled wordings, built once per process."""
    return WordingIndex(catalogue(), exemplars())


@functools.lru_cache(maxsize=8192)
def closest_indicator(wording: str | None, unit: str | None = None, idx: WordingIndex | None = None) -> Match | None:
    """The nearest catalogue indicator to `wording` and its score, even below the threshold (cached).

    A `REJECT` id when the nearest is a wording labelled with no indicator in this unit;
    `idx` replaces the packaged index (benchmarks leave a set's labels out).

    With `unit` (the record's: "%", "rank", "count", "other") only indicators
    measured in that unit count: "Chỉ số DTI" read as a rank is the DTI rank,
    read as a score the DTI score, and a count never gets a share's id.
    """
    if not wording:
        return None
    subject, access, broadband = subject_of(wording), access_of(wording), names_broadband(wording)
    if unit is None and subject is None and access is None and broadband:
        return (idx or index()).top(wording)
    units, facets = _units(), _facets()
    # a wording labelled with no indicator stands whatever the unit, subject or network
    ranked = [m for m in (idx or index()).scores(wording) if (is_reject(m.indicator_id) and _reject_fits(m.indicator_id, unit)) or (
              not is_reject(m.indicator_id) and _unit_fits(m.indicator_id, unit, units) and access_agrees(access, facets[m.indicator_id][1]))]
    if not broadband:
        ranked = sorted((Match(m.indicator_id, m.score * BROADBAND_PENALTY)
                         if not is_reject(m.indicator_id) and facets[m.indicator_id][2] else m
                         for m in ranked), key=lambda m: -m.score)
    if not ranked or subject == "several":
        return Match("", 0.0)
    if subject is None or is_reject(ranked[0].indicator_id) or facets[ranked[0].indicator_id][0] in (None, subject):
        return ranked[0]
    # the nearest measures something else ("thôn" vs "dân số"): only an
    # indicator of the wording's own subject may stand in
    return next((m for m in ranked if not is_reject(m.indicator_id) and facets[m.indicator_id][0] == subject),
                Match("", 0.0))


@functools.cache
def _catalogue_wordings() -> dict[str, tuple[str, ...]]:
    """Each wording the catalogue lists, lower-cased with its spaces squashed, to the ids of the indicators that
    list it (a share and a count of one thing may share a wording: the unit tells them apart)."""
    return _wordings_by(lambda w: " ".join(w.lower().split()))


@functools.cache
def _catalogue_wordings_by_key() -> dict[str, tuple[str, ...]]:
    """The catalogue's wordings folded, with their abbreviations spelled out (every word kept: "chưa" too)."""
    return _wordings_by(_spelled_out)


def _wordings_by(key: Callable[[str], str]) -> dict[str, tuple[str, ...]]:
    out: dict[str, tuple[str, ...]] = {}
    for ind in catalogue():
        for w in ind.wordings:
            k = key(w)
            if ind.id not in out.get(k, ()):
                out[k] = out.get(k, ()) + (ind.id,)
    return out


def _spelled_out(wording: str) -> str:
    return " ".join(ABBREVIATIONS.get(w, w) for w in fold(wording).split())


@functools.cache
def _units() -> dict[str, str]:
    return {ind.id: ind.unit for ind in catalogue()}


@functools.cache
def _per_hundred() -> frozenset[str]:
    """Indicators counted per 100 people: plans write them as a share ("…/100 dân: 90%") or
    with their own unit ("22,4 thuê bao/100 dân"), so either unit fits."""
    return frozenset(ind.id for ind in catalogue() if "100 dân" in ind.name_vi.lower())


def _unit_fits(indicator_id: str, unit: str | None, units: dict[str, str]) -> bool:
    if unit is None or units.get(indicator_id) == unit:
        return True
    return unit in ("%", "other") and indicator_id in _per_hundred()


@functools.cache
def _facets() -> dict[str, tuple[str | None, str | None, bool]]:
    """Each indicator's (subject, access, broadband) from its Vietnamese name (`subjects.py`,
    `access.py`): a wording that names another subject or another kind of network is not it."""
    return {ind.id: (subject_of(ind.name_vi), access_of(ind.name_vi), names_broadband(ind.name_vi))
            for ind in catalogue()}


def match_indicator(
    wording: str | None, unit: str | None = None, idx: WordingIndex | None = None, model: WordingModel | None = None,
) -> Match | None:
    """The catalogue indicator `wording` names (in `unit`, when given), with a score in 0..1, or None.

    The wording classifier decides (`model` replaces the shipped one: benchmarks leave
    sets out); with an explicit `idx`, the nearest-wording index does instead."""
    if idx is None:
        if not wording:
            return None
        if model is None:
            return _model_match(wording, unit)
        return _model_decides(wording, unit, model)
    hit = closest_indicator(wording, unit, idx)
    if hit is not None and wording and hit.indicator_id and hit.score >= required_score(wording):
        return None if is_reject(hit.indicator_id) else hit
    loose = loose_match(wording, unit)
    return Match(loose, round(hit.score, 3) if hit else 0.0) if loose else None


@functools.lru_cache(maxsize=8192)
def _model_match(wording: str, unit: str | None) -> Match | None:
    return _model_decides(wording, unit, wording_model())


def _model_decides(wording: str, unit: str | None, model: WordingModel) -> Match | None:
    listed = _catalogue_wordings().get(" ".join(wording.lower().split())) \
        or _catalogue_wordings_by_key().get(_spelled_out(wording), ())
    if (own := next((i for i in listed if _unit_fits(i, unit, _units())), None)) is not None:
        # a wording the catalogue itself gives an indicator is that indicator, however the classifier,
        # trained on many more, weighs it ("tỷ lệ doanh nghiệp sử dụng hợp đồng lao động điện tử"), also
        # written with other diacritics or abbreviations ("tỷ lệ DN sử dụng hợp đồng lao động điện tử")
        return Match(own, 1.0)
    if (read := _model_input(wording, unit, model)) is None:
        return None
    guess = model.guess(*read, REJECT_SHIFT)
    if guess.indicator_id != REJECT and guess.probability >= MODEL_THRESHOLD \
            and _negated(wording) == _negated_indicators().get(guess.indicator_id, False):
        # (not an indicator of what is lacking for a wording of what is had, nor the other way: the
        # classifier's words weigh "chưa" as little as any other)
        return Match(guess.indicator_id, guess.probability)
    loose = loose_match(wording, unit)
    return Match(loose, guess.probability) if loose else None


# what is lacking: "chưa có", "không có" (not a way of doing without: "không dùng tiền mặt", "không giấy"; nor the
# young, "thanh thiếu niên", "thiếu nhi", nor a rank, "thiếu tá")
_NEGATION = re.compile(r"\b(?:chưa|không\s+có|thiếu(?!\s+(?:niên|nhi|nữ|tá|úy|uý|tướng|sinh\s+quân)\b))\b", re.I)


def _negated(text: str) -> bool:
    """Does the wording count what is lacking ("hộ chưa có điện thoại thông minh")?"""
    return bool(_NEGATION.search(text))


@functools.cache
def _negated_indicators() -> dict[str, bool]:
    return {ind.id: _negated(ind.name_vi) for ind in catalogue()}


def _nearest_by_model(wording: str, unit: str | None, model: WordingModel | None) -> float:
    """The probability of the most probable indicator, for a wording given no id."""
    model = model or wording_model()
    if (read := _model_input(wording, unit, model)) is None:
        return 0.0
    near = model.nearest_indicator(*read, REJECT_SHIFT)
    return near.probability if near else 0.0


def _model_input(wording: str, unit: str | None, model: WordingModel) -> tuple[list[str], np.ndarray] | None:
    """The classifier's document for `wording` and the classes allowed to answer, or None when
    no indicator can: one value for several subjects, or words no training wording had."""
    allowed = _allowed(model, unit, subject_of(wording), access_of(wording))
    doc = model_document(wording, unit)
    if allowed is None or not model.knows_any(_content(doc)):
        return None
    return doc, allowed


@functools.lru_cache(maxsize=256)
def _allowed(model: WordingModel, unit: str | None, subject: str | None, access: str | None) -> np.ndarray | None:
    """The classes that may answer for a wording of `subject` and `access` read in `unit`
    (`closest_indicator`'s rules): the no-indicator class, and indicators measured in that
    unit (a count never gets a share's id), of no other subject ("thôn" is not "dân số") and
    no other kind of network. None when the wording joins several subjects: no indicator."""
    if subject == "several":
        return None
    units, facets = _units(), _facets()
    return np.array([c == REJECT or (
        _unit_fits(c, unit, units) and access_agrees(access, facets[c][1])
        and (subject is None or facets[c][0] in (None, subject))) for c in model.classes], dtype=bool)


def wording_key(wording: str) -> str:
    """The form under which an officer's wording → indicator choice is kept and looked up.

    Folded content syllables, so the same wording with other diacritics,
    abbreviations or a "tỷ lệ" prefix finds the choice again.
    """
    return " ".join(tokens(wording))


def learned_match(wording: str | None, learned: Mapping[str, str] | None, unit: str | None = None) -> Match | None:
    """The indicator an officer chose for this wording before (score 1.0), else for a
    wording near it that no catalogue or labelled wording is nearer to (its score), if any."""
    if not wording or not learned:
        return None
    chosen = learned.get(wording_key(wording))
    if chosen:
        return Match(chosen, 1.0)
    return _index_with_chosen(frozenset(learned.items())).top_chosen(wording, unit)


@functools.lru_cache(maxsize=4)
def _index_with_chosen(learned: frozenset[tuple[str, str]]) -> WordingIndex:
    """The packaged index with the officers' choices (wording key → id) among its wordings."""
    return WordingIndex(catalogue(), exemplars(), chosen=dict(learned))


def match_with_learned(wording: str | None, learned: Mapping[str, str] | None = None) -> Match | None:
    """An officer's earlier choice for this wording first, else the catalogue match."""
    return learned_match(wording, learned) or match_indicator(wording)


def indicator_fields(
    wording: str | None, learned: Mapping[str, str] | None = None, unit: str | None = None,
    idx: WordingIndex | None = None, model: WordingModel | None = None,
) -> dict[str, str | float | None]:
    """`indicator_id` (null when unsure) and `indicator_score`: the nearest indicator's score, 3 decimals.

    `learned` maps `wording_key`s to the ids officers chose in review; such a
    choice wins over the catalogue's nearest wording. `idx` and `model` as in
    `match_indicator`.
    """
    chosen = learned_match(wording, learned, unit)
    if chosen is not None:
        return {"indicator_id": chosen.indicator_id, "indicator_score": round(chosen.score, 3)}
    hit = match_indicator(wording, unit, idx, model)
    if hit is not None:
        return {"indicator_id": hit.indicator_id, "indicator_score": round(hit.score, 3)}
    if not wording:
        return {"indicator_id": None, "indicator_score": 0.0}
    if idx is None:
        return {"indicator_id": None, "indicator_score": round(_nearest_by_model(wording, unit, model), 3)}
    near = closest_indicator(wording, unit, idx)
    known = near is not None and bool(near.indicator_id) and not is_reject(near.indicator_id)
    return {"indicator_id": None, "indicator_score": round(near.score, 3) if known else 0.0}
