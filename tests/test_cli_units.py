"""`muctieu units`, and the province fields `muctieu extract` adds to its output."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from muctieu import cli
from muctieu.catalog.units import find_province
from muctieu.cli import app
from muctieu.cli_units import FIRST_COMMUNES
from muctieu.extract.records import TargetRecord

runner = CliRunner()


def test_units_lists_34_provinces_as_a_table() -> None:
    result = runner.invoke(app, ["units"])
    assert result.exit_code == 0, result.output
    assert "34 tỉnh, thành phố / provinces and cities" in result.output
    for name in ("Hà Nội", "Gia Lai", "Cần Thơ", "Cà Mau"):
        assert name in result.output


def test_units_json_has_codes_types_counts_and_merged_provinces() -> None:
    result = runner.invoke(app, ["units", "--json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert len(rows) == 34
    by_name = {r["name"]: r for r in rows}
    assert by_name["Gia Lai"]["merged_from"] == ["Bình Định", "Gia Lai"]
    assert set(by_name["Cần Thơ"]["merged_from"]) == {"Cần Thơ", "Hậu Giang", "Sóc Trăng"}
    assert by_name["Huế"]["type"] == "thành phố" and by_name["Gia Lai"]["type"] == "tỉnh"
    assert by_name["Gia Lai"]["communes"] == len(find_province("Gia Lai").communes) > 0
    assert sum(len(r["merged_from"]) for r in rows) == 63


def test_units_show_accepts_an_old_name_and_says_it_was_merged() -> None:
    result = runner.invoke(app, ["units", "show", "Bình Định"])
    assert result.exit_code == 0, result.output
    assert "Tỉnh Gia Lai (mã/code 52)" in result.output
    assert "Bình Định đã sáp nhập vào Gia Lai / Bình Định was merged into Gia Lai" in result.output
    assert "Bình Định, Gia Lai" in result.output
    total = len(find_province("Gia Lai").communes)
    assert f"Communes: {total}" in result.output
    assert f"còn {total - FIRST_COMMUNES} xã nữa" in result.output


def test_units_show_without_merger_note_for_a_current_name() -> None:
    result = runner.invoke(app, ["units", "show", "tp hue"])
    assert result.exit_code == 0, result.output
    assert "Thành phố Huế" in result.output
    assert "sáp nhập vào" not in result.output


def test_units_show_notes_a_former_name() -> None:
    result = runner.invoke(app, ["units", "show", "Thừa Thiên Huế"])
    assert result.exit_code == 0, result.output
    note = "Thừa Thiên Huế là tên cũ của Huế / Thừa Thiên Huế is the former name of Huế"
    assert note in result.output


def test_units_show_all_communes() -> None:
    short = runner.invoke(app, ["units", "show", "Cao Bằng"])
    full = runner.invoke(app, ["units", "show", "Cao Bằng", "--communes"])
    assert full.exit_code == 0, full.output
    last = find_province("Cao Bằng").communes[-1].name
    assert last in full.output and last not in short.output
    assert "còn" not in full.output


def test_units_show_json_lists_every_commune() -> None:
    result = runner.invoke(app, ["units", "show", "Hau Giang", "--json"])
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    assert record["name"] == "Cần Thơ" and record["old"] == "Hậu Giang"
    assert len(record["communes"]) == len(find_province("Cần Thơ").communes)
    assert all(len(c["code"]) == 5 for c in record["communes"])


def test_units_show_unknown_name_is_a_bilingual_one_line_error() -> None:
    result = runner.invoke(app, ["units", "show", "Quảng Namm"])
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    err = result.stderr
    assert "không tìm thấy tỉnh/thành phố 'Quảng Namm'" in err
    assert "province or city 'Quảng Namm' not found" in err
    assert "Quảng Nam" in err.split("gần nhất:")[1]


@pytest.fixture
def one_record(monkeypatch: pytest.MonkeyPatch) -> None:
    # The grammar is written elsewhere; these tests are about the fields
    # added to each record, so extraction returns one fixed record.
    def fake(text: str, *, plan_year: int | None = None, decide: bool = False) -> list[TargetRecord]:
        return [TargetRecord(kind="target", indicator="hồ sơ trực tuyến", scope=None,
                             op=">=", value=80.0, value_max=None, unit="%", year=plan_year,
                             pillar=None, start=0, end=10, anchor=5)]

    monkeypatch.setattr(cli, "extract_records", fake)


def test_extract_json_records_carry_named_and_current_province(
    one_record: None, tmp_path: Path
) -> None:
    f = tmp_path / "bd.txt"
    f.write_text("Kế hoạch chuyển đổi số tỉnh Bình Định năm 2024\nĐạt 80%.\n", encoding="utf-8")
    result = runner.invoke(app, ["extract", "--json", str(f)])
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout.splitlines()[0])
    assert record["province"] == "Bình Định"
    assert record["province_current"] == "Gia Lai"


def test_extract_json_province_inferred_from_a_place(one_record: None, tmp_path: Path) -> None:
    f = tmp_path / "pk.txt"
    f.write_text("Năm 2023, TP. Pleiku có 80% hồ sơ trực tuyến.\n", encoding="utf-8")
    result = runner.invoke(app, ["extract", "--json", str(f)])
    record = json.loads(result.stdout.splitlines()[0])
    assert (record["province"], record["province_current"]) == ("Pleiku", "Gia Lai")


def test_extract_table_header_shows_current_province(one_record: None, tmp_path: Path) -> None:
    f = tmp_path / "hg.txt"
    f.write_text("Kế hoạch chuyển đổi số tỉnh Hậu Giang năm 2022\nĐạt 80%.\n", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(f)])
    assert result.exit_code == 0, result.output
    assert "tỉnh/province Hậu Giang (nay/now Cần Thơ)" in " ".join(result.output.split())


def test_extract_json_names_the_place_of_another_provinces_value(tmp_path: Path) -> None:
    # the real extractor: a Quảng Nam plan citing the leading provinces' rates and a neighbour's rank
    f = tmp_path / "qn.txt"
    f.write_text("Kế hoạch chuyển đổi số tỉnh Quảng Nam năm 2024\n"
                 "Năm 2023, tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh đạt 41,2%; Đà Nẵng (63,5%) "
                 "và Huế (58,1%) là những địa phương dẫn đầu. Quảng Ngãi xếp thứ 20/63.\n", encoding="utf-8")
    result = runner.invoke(app, ["extract", "--json", str(f)])
    assert result.exit_code == 0, result.output
    places = {r["value"]: r.get("place") for r in map(json.loads, result.stdout.splitlines())}
    # Quảng Nam is part of Đà Nẵng since 2025: the provinces are told apart as the text names them
    assert places == {41.2: None, 63.5: "Đà Nẵng", 58.1: "Huế", 20: "Quảng Ngãi"}


def test_extract_json_takes_the_place_in_brackets_after_a_value(tmp_path: Path) -> None:
    f = tmp_path / "yb.txt"
    f.write_text("Kế hoạch chuyển đổi số tỉnh Yên Bái năm 2024\n"
                 "Năm 2023, chỉ số DTI của hai tỉnh lần lượt xếp thứ 30/63 (Lào Cai) và 45/63 (Yên Bái).\n",
                 encoding="utf-8")
    result = runner.invoke(app, ["extract", "--json", str(f)])
    places = {r["value"]: r.get("place") for r in map(json.loads, result.stdout.splitlines())}
    assert places == {30: "Lào Cai", 45: None}  # Yên Bái's own rank carries none
