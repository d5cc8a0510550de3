"""Labelled wordings: the shipped file follows the sets' labels; votes settle disagreements."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from muctieu.catalog.exemplars import exemplars, vote
from muctieu.catalog.exemplars import labelled_entries as _entries
from muctieu.catalog.indicators import catalogue

ROOT = Path(__file__).parents[2]


def test_the_shipped_file_is_what_the_sets_labels_give() -> None:
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "labelled_wordings.py"), "--check"],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr


def test_every_label_names_a_catalogue_indicator() -> None:
    known = {ind.id for ind in catalogue()}
    unknown = sorted({label for _, _, label, _ in _entries() if label is not None} - known)
    assert not unknown


def test_the_most_frequent_label_stands_and_a_tie_drops_the_wording() -> None:
    entries = [
        ("Tỷ lệ hồ sơ trực tuyến", "%", "egov.online_applications_share", "a"),
        ("tỷ lệ hồ sơ trực tuyến", "%", "egov.online_applications_share", "b"),
        ("Tỷ lệ hồ sơ trực tuyến", "%", None, "c"),
        ("Kinh tế số", "rank", "dti.digital_economy_rank", "a"),
        ("Kinh tế số", "other", "dti.digital_economy_score", "b"),
        ("số doanh nghiệp viễn thông", "count", None, "a"),
        ("số doanh nghiệp viễn thông", "count", "econ.digital_tech_enterprises_count", "b"),
    ]
    ex = vote(entries)
    assert ex.by_indicator["egov.online_applications_share"] == ("Tỷ lệ hồ sơ trực tuyến",)
    # the unit is part of the wording: rank and score each keep their label
    assert ex.by_indicator["dti.digital_economy_rank"] == ("Kinh tế số",)
    assert ex.by_indicator["dti.digital_economy_score"] == ("Kinh tế số",)
    assert "econ.digital_tech_enterprises_count" not in ex.by_indicator and not ex.rejects  # 1 against 1


def test_a_left_out_set_and_unknown_ids_play_no_part() -> None:
    entries = [
        ("trạm BTS xây mới", "count", "infra.bts_stations_count", "a"),
        ("khách du lịch", "count", None, "b"),
        ("chỉ tiêu đã bỏ", "%", "old.removed_indicator", "a"),
    ]
    assert vote(entries, leave_out=frozenset({"b"})).rejects == ()
    assert vote(entries).rejects == (("khách du lịch", "count"),)
    kept = vote(entries, known=frozenset({"infra.bts_stations_count"})).by_indicator
    assert set(kept) == {"infra.bts_stations_count"}


def test_the_shipped_labels_hold_both_kinds() -> None:
    ex = exemplars()
    assert len(ex.rejects) > 500 and sum(map(len, ex.by_indicator.values())) > 500


def test_the_extracted_wordings_snapshot_names_known_sets_and_indicators() -> None:
    from muctieu.catalog.exemplars import extracted_entries

    entries = extracted_entries()
    known = {ind.id for ind in catalogue()}
    labelled_sets = {s for _, _, _, s in _entries()}
    assert entries  # the classifier is trained on them (scripts/train_matcher.py --refresh)
    assert {label for _, _, label, _ in entries if label is not None} <= known
    assert {s for _, _, _, s in entries} <= labelled_sets
    # only wordings the extractor words otherwise than the gold: never a copy of a labelled one of its set
    labelled = {(w, s) for w, _, _, s in _entries()}
    assert sum((w, s) in labelled for w, _, _, s in entries) < len(entries) / 2
