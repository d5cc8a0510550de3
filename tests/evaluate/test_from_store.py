"""Evaluation over a real store (SQLite and PostgreSQL): the bundled example
plans and commune figures, through the same code the CLI uses."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from muctieu.cli import EXAMPLES, app
from muctieu.evaluate.categories import Status
from muctieu.evaluate.from_store import evaluate_store
from muctieu.store.db import open_store

runner = CliRunner()


@pytest.fixture
def demo_store(db_url: str) -> str:
    plans = [str(p) for p in sorted(EXAMPLES.glob("ke-hoach-mau-*.txt"))]
    for args in (["ingest", *plans], ["observe", "import", str(EXAMPLES / "so-lieu-xa-2026.csv")]):
        result = runner.invoke(app, [*args, "--db", db_url])
        assert result.exit_code == 0, result.output
    return db_url


def _pooled(indicator: str) -> float:
    with (EXAMPLES / "so-lieu-xa-2026.csv").open(encoding="utf-8") as f:
        rows = [r for r in csv.DictReader(f) if r["Mã chỉ tiêu"] == indicator]
    return 100 * sum(int(r["Tử số"]) for r in rows) / sum(int(r["Mẫu số"]) for r in rows)


def test_rates_roll_up_from_numerators_and_baseline_comes_from_the_plan(demo_store: str) -> None:
    _, result = evaluate_store(open_store(demo_store), province="Gia Lai", year=2030, as_of=2026)
    by_id = {s.target.indicator_id: s for s in result.statuses}
    online = by_id["egov.online_applications_share"]
    assert online.latest is not None and online.latest.year == 2026
    assert online.latest.value == pytest.approx(_pooled("egov.online_applications_share"))
    assert (online.baseline.year, online.baseline.value) == (2025, 48)  # stated in the plan's review
    assert online.status is Status.ON_TRACK
    fibre = by_id["infra.fibre_household_coverage_share"]
    assert fibre.latest.value < 72 and fibre.status is Status.GOING_BACKWARDS
    # a level's target is not judged on the province's figures
    scoped = [s for s in result.statuses if s.target.scope]
    assert scoped and all(s.status is Status.NO_DATA for s in scoped)


def test_old_plans_are_evaluated_under_todays_province(demo_store: str) -> None:
    _, result = evaluate_store(open_store(demo_store), province="Gia Lai", year=2024, as_of=2026)
    assert result.statuses
    assert {s.target.province for s in result.statuses} == {"Gia Lai"}
    assert {s.target.province_original for s in result.statuses} == {"Bình Định"}
    # the 2024 deadline has passed: nothing may still be "on track"
    assert not {s.status for s in result.statuses} & {Status.ON_TRACK, Status.NEEDS_ACCELERATION}


def test_evaluate_and_compare_commands(demo_store: str) -> None:
    result = runner.invoke(app, ["evaluate", "--province", "Bình Định", "--year", "2030", "--json",
                                 "--as-of", "2026", "--db", demo_store])
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert {t["status"] for t in doc["targets"]} >= {"on_track", "going_backwards", "no_data"}
    assert sum(p["total"] for p in doc["summary"]) == len(doc["targets"])
    table = runner.invoke(app, ["evaluate", "--province", "Gia Lai", "--db", demo_store])
    assert "đúng tiến độ" in table.stdout and "Tóm tắt theo trụ cột" in table.stdout
    cmp = runner.invoke(app, ["compare", "egov.online_applications_share", "--year", "2030", "--json",
                              "--db", demo_store])
    assert cmp.exit_code == 0, cmp.output
    rows = json.loads(cmp.stdout)
    assert rows[0]["province"] == "Gia Lai" and rows[0]["rank"] == 1


def test_unknown_province_or_indicator_is_one_bilingual_line(tmp_path: Path) -> None:
    db = str(tmp_path / "s.sqlite")
    bad = runner.invoke(app, ["evaluate", "--province", "Atlantis", "--db", db])
    assert bad.exit_code == 2 and "không tìm thấy" in bad.output and "not found" in bad.output
    bad = runner.invoke(app, ["compare", "no.such", "--year", "2030", "--db", db])
    assert bad.exit_code == 2 and "không có chỉ tiêu" in bad.output


def test_one_province_reads_only_its_values_and_gets_the_same_statuses(demo_store: str) -> None:
    engine = open_store(demo_store)
    inputs, one = evaluate_store(engine, province="Gia Lai", as_of=2026)
    _, everyone = evaluate_store(engine, as_of=2026)
    assert {t.province for t in inputs.targets} == {"Gia Lai"}
    assert {c.province for c in inputs.commune_sums} == {"Gia Lai"}
    mine = [s for s in everyone.statuses if s.target.province == "Gia Lai"]
    assert [(s.target.id, s.status, s.latest) for s in one.statuses] == [
        (s.target.id, s.status, s.latest) for s in mine]
    none_inputs, nothing = evaluate_store(engine, province="Hà Nội", as_of=2026)
    assert nothing.statuses == () and none_inputs.commune_sums == []


def test_a_target_another_province_set_is_not_judged_as_this_provinces(db_url: str, tmp_path: Path) -> None:
    plan = tmp_path / "gia-lai-2025.txt"
    plan.write_text("Kế hoạch chuyển đổi số tỉnh Gia Lai năm 2025\n"
                    "Đến năm 2025, tỷ lệ hồ sơ trực tuyến toàn trình đạt 80%. Cùng kỳ, tỷ lệ hồ sơ "
                    "trực tuyến toàn trình Đà Nẵng phấn đấu đạt 95%.\n", encoding="utf-8")
    result = runner.invoke(app, ["ingest", str(plan), "--db", db_url])
    assert result.exit_code == 0, result.output
    _, evaluated = evaluate_store(open_store(db_url), province="Gia Lai", year=2025, as_of=2025)
    assert [s.target.value for s in evaluated.statuses] == [80]  # Đà Nẵng's 95% is Đà Nẵng's
