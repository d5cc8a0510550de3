"""The wording classifier: what it learns, how it is applied without scikit-learn, and the shipped file."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from muctieu.catalog.indicators import catalogue
from muctieu.catalog.learn import fit, training_documents
from muctieu.catalog.match import indicator_fields, model_document
from muctieu.catalog.model import REJECT, WordingModel, wording_model

ROOT = Path(__file__).parents[2]

# Our own small labelled sample: two indicators of one catalogue and counts labelled with none.
LABELLED = [
    ("tỷ lệ hồ sơ được nộp trực tuyến trên cổng", "%", "egov.online_applications_share"),
    ("hồ sơ thủ tục hành chính tiếp nhận trực tuyến", "%", "egov.online_applications_share"),
    ("dân số trưởng thành dùng điện thoại thông minh", "%", "society.adult_smartphone_share"),
    ("người trưởng thành sở hữu smartphone", "%", "society.adult_smartphone_share"),
    ("lượt khách du lịch đến tỉnh", "count", None),
    ("khách du lịch quốc tế lưu trú", "count", None),
    ("đơn vị máu tiếp nhận từ đoàn viên", "count", None),
]


@pytest.fixture(scope="module")
def small() -> WordingModel:
    return fit(*training_documents(LABELLED, catalogue()))


def test_applied_probabilities_equal_scikit_learns(small: WordingModel) -> None:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    from muctieu.catalog.learn import C

    docs, labels = training_documents(LABELLED, catalogue())
    vec = TfidfVectorizer(analyzer=list, sublinear_tf=True)
    lr = LogisticRegression(C=C, max_iter=5000, solver="lbfgs", random_state=0).fit(vec.fit_transform(docs), labels)
    for wording, unit in [("tỷ lệ hồ sơ trực tuyến toàn trình", "%"), ("khách du lịch nội địa", "count"),
                          ("người dân trưởng thành có smartphone smartphone", "%")]:
        doc = model_document(wording, unit)
        want = lr.predict_proba(vec.transform([doc]))[0]
        assert np.allclose(small.probabilities(doc), want, atol=1e-9)


def test_the_json_round_trip_keeps_the_answers(small: WordingModel) -> None:
    again = WordingModel.from_json(small.to_json())
    assert again.to_json() == small.to_json()
    for wording, unit in [("hồ sơ trực tuyến", "%"), ("lượt khách du lịch", "count")]:
        doc = model_document(wording, unit)
        assert np.allclose(again.probabilities(doc), small.probabilities(doc), atol=1e-3)  # weights rounded to 4 places


def test_the_same_inputs_give_the_same_file(small: WordingModel) -> None:
    assert fit(*training_documents(LABELLED, catalogue())).to_json() == small.to_json()


def test_wordings_labelled_with_none_teach_a_class_that_gives_no_id(small: WordingModel) -> None:
    assert small.guess(model_document("lượt khách du lịch quốc tế", "count")).indicator_id == REJECT
    assert indicator_fields("lượt khách du lịch quốc tế", unit="count", model=small)["indicator_id"] is None
    got = indicator_fields("tỷ lệ hồ sơ tiếp nhận trực tuyến", unit="%", model=small)
    assert got["indicator_id"] == "egov.online_applications_share" and 0.5 <= got["indicator_score"] <= 1.0


def test_a_record_gets_no_indicator_of_another_unit(small: WordingModel) -> None:
    # the same words as a count: no share's id, whatever the syllables say
    got = indicator_fields("hồ sơ thủ tục hành chính tiếp nhận trực tuyến", unit="count", model=small)["indicator_id"]
    assert got is None or catalogue().get(got).unit == "count"


def test_an_unknown_wording_is_given_no_id_and_a_low_score() -> None:
    got = indicator_fields("xyz qwv", unit="%")
    assert got["indicator_id"] is None and got["indicator_score"] < 0.5


def test_the_shipped_model_was_trained_on_todays_catalogue_and_labels() -> None:
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "train_matcher.py"), "--check"],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_shipped_model_knows_every_catalogue_indicator() -> None:
    assert {ind.id for ind in catalogue()} <= set(wording_model().classes)
