"""The packaged indicator catalogue: schema, sources, coverage of the gold wordings, loader errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from muctieu.catalog.indicators import DATA_FILE, catalogue, load_catalogue
from muctieu.catalog.match import match_indicator
from muctieu.errors import MuctieuError
from muctieu.extract.records import PILLARS

GOLD = Path("/work/shared/eval/gold")
RAW = yaml.safe_load(DATA_FILE.read_text(encoding="utf-8"))


def test_every_id_is_unique() -> None:
    ids = [entry["id"] for entry in RAW]
    assert len(ids) == len(set(ids)), sorted(i for i in ids if ids.count(i) > 1)


def test_every_pillar_is_a_known_pillar() -> None:
    assert {entry["pillar"] for entry in RAW} <= set(PILLARS)


def test_every_national_target_names_its_decision_section_and_source() -> None:
    for entry in RAW:
        for target in entry.get("national_targets", []):
            assert target["decision"], entry["id"]
            assert target["section"], entry["id"]
            assert target["year"], entry["id"]
            # A figure is only kept with the page it was read on, or a note saying where.
            assert target.get("source_url") or target.get("note"), entry["id"]


def test_ratio_indicators_have_numerator_and_denominator() -> None:
    for entry in RAW:
        if entry["aggregation"] == "ratio":
            for part in ("numerator", "denominator"):
                assert entry.get(part, {}).get("vi") and entry[part].get("en"), (entry["id"], part)


def test_packaged_catalogue_loads_into_typed_records() -> None:
    cat = catalogue()
    assert len(cat) == len(RAW)
    contracts = cat.get("econ.e_contract_enterprises_share")
    assert contracts.unit == "%" and contracts.direction == "higher"
    decisions = {t.decision for t in contracts.national_targets}
    assert "411/QĐ-TTg" in decisions


def test_national_programme_decisions_are_all_cited() -> None:
    cited = {t.decision for ind in catalogue() for t in ind.national_targets}
    assert {"749/QĐ-TTg", "942/QĐ-TTg", "411/QĐ-TTg"} <= cited


@pytest.mark.skipif(not GOLD.is_dir(), reason="shared gold records not available")
def test_every_gold_wording_matches_a_catalogue_indicator() -> None:
    # (read in its record's unit, as extraction and the store match it)
    wordings = {(r["indicator"], r["unit"]) for f in GOLD.glob("*.jsonl")
                for r in map(json.loads, f.open(encoding="utf-8"))}
    unmatched = sorted(w for w in wordings if match_indicator(*w) is None)
    assert not unmatched


def _write(tmp_path: Path, entries: object) -> Path:
    path = tmp_path / "indicators.yaml"
    path.write_text(yaml.safe_dump(entries, allow_unicode=True), encoding="utf-8")
    return path


def _entry(**changes: object) -> dict:
    entry = {
        "id": "test.some_share", "name_vi": "Tỷ lệ thử", "name_en": "Test share",
        "pillar": "digital_data", "unit": "%", "direction": "higher", "aggregation": "ratio",
        "numerator": {"vi": "tử", "en": "top"}, "denominator": {"vi": "mẫu", "en": "bottom"},
    }
    entry.update(changes)
    return {k: v for k, v in entry.items() if v is not None}


def test_duplicate_id_is_refused_naming_it(tmp_path: Path) -> None:
    path = _write(tmp_path, [_entry(), _entry()])
    with pytest.raises(MuctieuError, match="test.some_share") as info:
        load_catalogue(path)
    assert "bị trùng" in info.value.vi and "duplicated" in info.value.en


def test_unknown_pillar_is_refused_naming_entry_and_field(tmp_path: Path) -> None:
    path = _write(tmp_path, [_entry(pillar="digital_weather")])
    with pytest.raises(MuctieuError) as info:
        load_catalogue(path)
    msg = info.value.message()
    assert "pillar" in msg and "test.some_share" in msg and str(path) in msg


def test_ratio_without_denominator_is_refused(tmp_path: Path) -> None:
    path = _write(tmp_path, [_entry(denominator=None)])
    with pytest.raises(MuctieuError, match="denominator"):
        load_catalogue(path)


def test_national_target_without_decision_is_refused(tmp_path: Path) -> None:
    target = {"year": 2025, "op": ">=", "value": 50, "section": "Điều 1"}
    path = _write(tmp_path, [_entry(national_targets=[target])])
    with pytest.raises(MuctieuError, match="decision"):
        load_catalogue(path)


def test_other_unit_needs_unit_text(tmp_path: Path) -> None:
    path = _write(tmp_path, [_entry(unit="other", aggregation="none", numerator=None, denominator=None)])
    with pytest.raises(MuctieuError, match="unit_text"):
        load_catalogue(path)


def test_file_that_is_not_a_list_is_refused(tmp_path: Path) -> None:
    path = _write(tmp_path, {"id": "x"})
    with pytest.raises(MuctieuError, match="list"):
        load_catalogue(path)


def test_missing_file_is_a_bilingual_error(tmp_path: Path) -> None:
    with pytest.raises(MuctieuError) as info:
        load_catalogue(tmp_path / "absent.yaml")
    assert "không đọc được" in info.value.vi and "cannot read" in info.value.en


def test_unknown_id_lists_the_closest_ids() -> None:
    with pytest.raises(MuctieuError) as info:
        catalogue().get("econ.e_invoice")
    assert "econ.e_invoice_enterprises_share" in info.value.vi
    assert "econ.e_invoice_enterprises_share" in info.value.en
