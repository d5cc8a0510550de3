"""The coverage benchmark's core functions: seeds coverage floor, labelled-sample arithmetic."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).parents[2] / "benchmarks" / "indicator_coverage.py"
_spec = importlib.util.spec_from_file_location("indicator_coverage", BENCH)
assert _spec and _spec.loader
bench = importlib.util.module_from_spec(_spec)
sys.modules["indicator_coverage"] = bench
_spec.loader.exec_module(bench)

SEEDS = Path("/work/shared/seeds")


@pytest.mark.skipif(not SEEDS.is_dir(), reason="shared seeds not available")
def test_seed_quantities_get_an_indicator_id() -> None:
    cov = bench.coverage(sorted(SEEDS.glob("*.txt")), bench.index_without("seeds"))
    # Measured 148/148 (1.000) when the catalogue grew for issue 8; the seeds'
    # gold wordings are in the catalogue, so a drop means a regression.
    assert cov.records >= 140
    assert cov.share >= 0.97, (cov.with_id, cov.records)


def _gold(tmp_path: Path, rows: list[dict]) -> Path:
    path = tmp_path / "g.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


def test_labelled_sample_counts_given_right_and_recall(tmp_path: Path) -> None:
    rows = [
        {"indicator": "tỷ lệ hồ sơ thủ tục hành chính xử lý trực tuyến", "indicator_id_gold": "egov.online_applications_share"},
        {"indicator": "tỷ lệ doanh nghiệp sử dụng hóa đơn điện tử", "indicator_id_gold": "econ.e_contract_enterprises_share"},
        {"indicator": "số khách du lịch quốc tế", "indicator_id_gold": None},
        {"indicator": "số khách du lịch nội địa", "indicator_id_gold": "tourism.visitors_count"},
        {"indicator": "tỷ lệ dân số trưởng thành có điện thoại thông minh"},  # not labelled
    ]
    lab = bench.labelled_sample([_gold(tmp_path, rows)])
    assert lab.labelled == 4 and lab.labelled_non_null == 3
    assert lab.given == 2 and lab.right == 1
    assert lab.precision == 0.5 and lab.recall == pytest.approx(1 / 3)


def test_no_labels_is_an_empty_sample(tmp_path: Path) -> None:
    lab = bench.labelled_sample([_gold(tmp_path, [{"indicator": "tỷ lệ hồ sơ trực tuyến"}])])
    assert lab.labelled == 0 and lab.precision == 0.0 and lab.recall == 0.0


def test_end_to_end_judges_the_extracted_records_own_wording(tmp_path: Path) -> None:
    text = "Tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến đạt 85%. Tỉnh có 120 trạm thu phát sóng mới."
    (tmp_path / "s" / "texts").mkdir(parents=True)
    (tmp_path / "s" / "gold").mkdir()
    (tmp_path / "s" / "texts" / "a.txt").write_text(text, encoding="utf-8")
    rows = [
        {"indicator": "x", "value": 85, "anchor": text.index("85"), "indicator_id_gold": "egov.online_applications_share"},
        {"indicator": "x", "value": 7, "anchor": 0, "indicator_id_gold": "infra.bts_stations_count"},  # not extracted
    ]
    gold = tmp_path / "s" / "gold" / "a.jsonl"
    gold.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    lab = bench.end_to_end([gold])
    assert lab.labelled == 2 and lab.labelled_non_null == 2
    assert lab.given == 1 and lab.right == 1  # the gold's own wording "x" played no part


def test_each_set_is_matched_without_its_own_labels() -> None:
    """The benchmark's figures are the matcher's first sight: a set's own labelled wordings are left out."""
    from muctieu.catalog.exemplars import labelled_entries as _entries

    own = {w for w, _, _, s in _entries() if s == "set37"}
    others = {w for w, _, _, s in _entries() if s != "set37"}
    only_here = own - others
    assert only_here  # set37 labelled wordings no other set did
    idx = bench.index_without("set37")
    indexed = {text for _, text in idx.wordings()}
    assert not only_here & indexed
    assert only_here & {text for _, text in bench.index_without("set36").wordings()}


def test_labels_decided_again_after_the_catalogue_grew_replace_the_frozen_ones(tmp_path: Path) -> None:
    path = tmp_path / "RELABELS.jsonl"
    path.write_text(json.dumps({"set": "set9", "file": "a", "anchor": 12, "value": 1036,
                                "indicator": "DVCTT toàn trình",
                                "indicator_id_gold": "egov.full_online_services_count"}) + "\n", encoding="utf-8")
    assert bench.relabels(path) == {("set9", "a", 12): "egov.full_online_services_count"}
    # the shipped file: every relabel names a catalogue id (or null: a frozen label that named
    # another quantity, decided again as no id) and a gold record that exists
    from muctieu.catalog.indicators import catalogue

    known = {ind.id for ind in catalogue()}
    shipped = bench.relabels()
    assert shipped and set(shipped.values()) - {None} <= known
    anchors = {(bench._set_name(f), f.stem, json.loads(line)["anchor"])
               for f in bench.gold_files() for line in f.read_text(encoding="utf-8").splitlines() if line.strip()}
    assert set(shipped) <= anchors
    (set_name, stem, anchor), new = next(iter(shipped.items()))
    assert bench.label_of(set_name, stem, {"anchor": anchor, "indicator_id_gold": None}) == new
    assert bench.label_of(set_name, stem, {"anchor": -5, "indicator_id_gold": None}) is None
