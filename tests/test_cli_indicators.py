"""`muctieu indicators` and the indicator fields of `muctieu extract --json`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import muctieu.cli as cli
from muctieu.extract.records import TargetRecord

runner = CliRunner()


def test_list_shows_ids_and_vietnamese_names() -> None:
    result = runner.invoke(cli.app, ["indicators"], env={"COLUMNS": "200"})
    assert result.exit_code == 0
    assert "econ.e_invoice_enterprises_share" in result.stdout
    assert "Tỷ lệ doanh nghiệp sử dụng hóa đơn điện tử" in result.stdout


def test_list_in_english() -> None:
    result = runner.invoke(cli.app, ["indicators", "--lang", "en"], env={"COLUMNS": "200"})
    assert result.exit_code == 0
    assert "Share of enterprises using electronic invoices" in result.stdout
    assert "higher is better" in result.stdout


def test_pillar_filter_and_json() -> None:
    result = runner.invoke(cli.app, ["indicators", "--pillar", "information_security", "--json"])
    assert result.exit_code == 0
    rows = json.loads(result.stdout)
    assert rows and {r["pillar"] for r in rows} == {"information_security"}
    assert "security.protected_endpoints_share" in {r["id"] for r in rows}


@pytest.mark.parametrize(
    "args, vi, en",
    [
        (["--pillar", "weather"], "không có trụ cột 'weather'", "no pillar 'weather'"),
        (["--lang", "fr"], "ngôn ngữ 'fr' không hỗ trợ", "language 'fr' is not supported"),
    ],
)
def test_unknown_pillar_or_language_exits_2_bilingual(args: list[str], vi: str, en: str) -> None:
    result = runner.invoke(cli.app, ["indicators", *args])
    assert result.exit_code == 2
    assert vi in result.stderr and en in result.stderr


def test_show_prints_national_targets_with_their_decisions() -> None:
    result = runner.invoke(cli.app, ["indicators", "show", "egov.work_records_online_share"],
                           env={"COLUMNS": "250"})
    assert result.exit_code == 0
    assert "749/QĐ-TTg" in result.stdout
    assert "cấp huyện" in result.stdout and "Tổng số hồ sơ công việc" in result.stdout


def test_show_json_has_every_field() -> None:
    result = runner.invoke(cli.app, ["indicators", "show", "society.adult_smartphone_share", "--json"])
    data = json.loads(result.stdout)
    assert data["name_en"] and data["numerator"]["vi"] and data["wordings"]
    assert {(t["year"], t["value"]) for t in data["national_targets"]} == {(2025, 80.0), (2030, 95.0)}


def test_show_unknown_id_exits_2_with_closest_ids() -> None:
    result = runner.invoke(cli.app, ["indicators", "show", "society.smartphone"])
    assert result.exit_code == 2
    assert "không có chỉ tiêu" in result.stderr and "no indicator" in result.stderr
    assert "society.adult_smartphone_share" in result.stderr


def test_extract_json_records_carry_indicator_id_and_score(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Tỷ lệ doanh nghiệp sử dụng hóa đơn điện tử đạt 100%. Số khách du lịch đạt 5 triệu."
    plan = tmp_path / "ke-hoach.txt"
    plan.write_text(text, encoding="utf-8")

    def fake_records(_text: str, plan_year: int | None = None, decide: bool = False) -> list[TargetRecord]:
        # The grammar is written elsewhere; only the catalogue fields are under test here.
        common = dict(kind="target", scope=None, op=">=", unit="%", year=plan_year, pillar=None, value_max=None)
        return [
            TargetRecord(indicator="Tỷ lệ doanh nghiệp sử dụng hóa đơn điện tử", value=100,
                         start=0, end=51, anchor=47, **common),
            TargetRecord(indicator="Số khách du lịch", value=5e6, start=52, end=83, anchor=70, **common),
        ]

    monkeypatch.setattr(cli, "extract_records", fake_records)
    result = runner.invoke(cli.app, ["extract", str(plan), "--json"])
    assert result.exit_code == 0, result.stderr
    first, second = (json.loads(line) for line in result.stdout.splitlines())
    assert first["indicator_id"] == "econ.e_invoice_enterprises_share"
    assert first["indicator_score"] == round(first["indicator_score"], 3) > 0.5
    assert second["indicator_id"] is None and 0.0 <= second["indicator_score"] < first["indicator_score"]
