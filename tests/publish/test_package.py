"""The open-data package as a reuser gets it: valid, complete, published provinces only."""

from __future__ import annotations

import csv
import json

import frictionless
import pytest

from muctieu.errors import MuctieuError
from muctieu.publish.package import publish_package
from muctieu.store import publication
from muctieu.store.actors import system


def _rows(path):
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def test_package_validates_with_no_error(demo, tmp_path):
    summary = publish_package(demo, tmp_path / "od")
    report = frictionless.validate(str(tmp_path / "od" / "datapackage.json"))
    errors = [f"{t.name}: {e.message}" for t in report.tasks for e in t.errors]
    assert report.valid, errors[:10]
    assert summary.provinces == ("Gia Lai",)
    descriptor = json.loads((tmp_path / "od" / "datapackage.json").read_text(encoding="utf-8"))
    assert descriptor["licenses"][0]["name"] == "CC-BY-4.0" and descriptor["sources"]
    names = [r["name"] for r in descriptor["resources"]]
    assert names[:7] == ["provinces", "province_succession", "indicators", "documents", "targets",
                         "observations", "evaluation"]
    targets = next(r for r in descriptor["resources"] if r["name"] == "targets")["schema"]
    assert targets["primaryKey"] == ["id"]
    assert {"fields": "document_id", "reference": {"resource": "documents", "fields": "id"}} in targets["foreignKeys"]


def test_targets_carry_their_span_and_the_evaluation_matches_the_store(demo, tmp_path):
    publish_package(demo, tmp_path)
    docs = {d["id"]: d for d in _rows(tmp_path / "tables" / "documents.csv")}
    assert {d["source"] for d in docs.values()} == {"ke-hoach-mau-2024.txt", "ke-hoach-mau-2026-2030.txt"}
    targets = _rows(tmp_path / "tables" / "targets.csv")
    goal = next(t for t in targets if t["quote"] ==
                "Tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến toàn trình đạt tối thiểu 80%.")
    assert (goal["indicator_id"], goal["op"], float(goal["value"]), goal["year"]) == (
        "egov.online_applications_share", ">=", 80.0, "2030")
    assert int(goal["span_end"]) - int(goal["span_start"]) == len(goal["quote"])
    evaluation = {e["target_id"]: e for e in _rows(tmp_path / "tables" / "evaluation.csv")}
    e = evaluation[goal["id"]]
    assert (e["status"], e["baseline_value"], e["baseline_year"]) == ("on_track", "48.0", "2025")
    assert round(float(e["latest_value"]), 2) == 58.29
    observations = _rows(tmp_path / "tables" / "observations.csv")
    uploads = {o["source_file"] for o in observations if o["source_kind"] == "upload"}
    assert uploads == {"so-lieu-xa-2026.csv"}
    assert all(o["source_row"] for o in observations if o["source_kind"] == "upload")


def test_open_sdg_files_hold_the_province_series(demo, tmp_path):
    publish_package(demo, tmp_path)
    path = tmp_path / "open-sdg" / "indicator_egov-online_applications_share.csv"
    rows = _rows(path)
    assert list(rows[0]) == ["Year", "Units", "Province", "Value"]
    by_year = {r["Year"]: float(r["Value"]) for r in rows}
    assert by_year["2025"] == 48.0 and round(by_year["2026"], 2) == 58.29
    assert {r["Province"] for r in rows} == {"Gia Lai"}
    as_json = json.loads((tmp_path / "json" / "open-sdg" / f"{path.stem}.json").read_text(encoding="utf-8"))
    assert [(r["Year"], r["Value"]) for r in as_json] == [(int(r["Year"]), float(r["Value"])) for r in rows]


def test_a_withdrawn_province_leaves_nothing_behind(demo, tmp_path):
    publish_package(demo, tmp_path)
    publication.withdraw(demo, "52", system("lanh-dao"))
    summary = publish_package(demo, tmp_path)
    assert summary.provinces == () and summary.rows["targets"] == 0
    assert not list((tmp_path / "open-sdg").iterdir())
    assert len(_rows(tmp_path / "tables" / "provinces.csv")) == 34  # reference data stays


def test_one_province_must_be_published(demo, tmp_path):
    assert publish_package(demo, tmp_path / "gl", province="Bình Định").provinces == ("Gia Lai",)
    with pytest.raises(MuctieuError) as exc:
        publish_package(demo, tmp_path / "hn", province="Hà Nội")
    assert exc.value.where == "--province" and not (tmp_path / "hn").exists()


def test_a_value_of_another_province_says_whose_it_is(demo, tmp_path):
    from muctieu.extract import extract_records
    from muctieu.store.catalogue import catalogue_references, match_wording
    from muctieu.store.ingest import ingest_path

    plan = tmp_path / "gia-lai-so-sanh.txt"
    plan.write_text("Kế hoạch chuyển đổi số tỉnh Gia Lai năm 2025\nNăm 2024, tỷ lệ hồ sơ trực tuyến toàn trình "
                    "của tỉnh đạt 41,2%, Đà Nẵng (67,3%) dẫn đầu cả nước.\n", encoding="utf-8")
    ingest_path(demo, plan, extract=extract_records, match=match_wording, units=catalogue_references().units,
                who=system("tester"))
    publish_package(demo, tmp_path / "od")
    places = {float(t["value"]): t["place"] for t in _rows(tmp_path / "od" / "tables" / "targets.csv")
              if t["value"] in ("41.2", "67.3")}
    assert places == {41.2: "", 67.3: "Đà Nẵng"}
