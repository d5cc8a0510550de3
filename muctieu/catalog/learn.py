"""Training the wording classifier (`model.py`) from the catalogue and the labelled wordings.

Development only: needs scikit-learn (a dev dependency). The matcher itself
reads the JSON that `scripts/train_matcher.py` writes from this.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np

from muctieu.catalog.indicators import Catalogue
from muctieu.catalog.match import model_document
from muctieu.catalog.model import REJECT, WordingModel, fingerprint

# Regularisation, chosen on the ten folds by set of benchmarks/indicator_coverage.py
# (5, 20 and 80 tried on the labelled wordings: 5 gives fewer ids, 80 more wrong ones; with
# the extracted wordings too, 10 and 40 move along the same precision/recall line as 20).
C = 20.0


def training_documents(
    labelled: Iterable[tuple[str, str | None, str | None]], cat: Catalogue,
) -> tuple[list[list[str]], list[str]]:
    """(documents, classes): the catalogue's names and wordings in their indicators' units,
    then the labelled (wording, unit, id or None) entries, None as `REJECT`."""
    docs: list[list[str]] = []
    labels: list[str] = []
    for ind in cat:
        for text in (ind.name_vi, *ind.wordings):
            docs.append(model_document(text, ind.unit))
            labels.append(ind.id)
    known = {ind.id for ind in cat}
    for wording, unit, label in labelled:
        if label is not None and label not in known:
            continue  # an id the catalogue no longer has
        docs.append(model_document(wording, unit))
        labels.append(label or REJECT)
    return docs, labels


def fit(docs: list[list[str]], labels: list[str], c: float = C) -> WordingModel:
    """A multinomial logistic model over tf-idf weighted tokens (fixed solver: same inputs, same model)."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = TfidfVectorizer(analyzer=list, sublinear_tf=True)  # documents come tokenised
    x = vec.fit_transform(docs)
    lr = LogisticRegression(C=c, max_iter=5000, solver="lbfgs", random_state=0)
    lr.fit(x, labels)
    vocab = {str(t): int(j) for t, j in vec.vocabulary_.items()}
    return WordingModel(
        vocabulary=vocab,
        idf=np.asarray(vec.idf_, dtype=np.float64),
        classes=tuple(str(k) for k in lr.classes_),
        coef=np.asarray(lr.coef_, dtype=np.float64),
        intercept=np.asarray(lr.intercept_, dtype=np.float64),
        fingerprint=fingerprint(docs, labels, c),
    )
