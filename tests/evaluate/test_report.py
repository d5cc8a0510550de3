"""Cells of the evaluation table: what an officer reads and checks by hand."""

from __future__ import annotations

import pytest

from muctieu.evaluate import Status, build_report, evaluate_all, evaluate_target


def test_table_row_shows_target_status_values_gap_and_sources(target, pts):
    s = evaluate_target(target(scope="cấp xã"), pts((2022, 61), (2023, 70)))
    (row,) = build_report([s]).rows
    assert row.indicator == "Tỷ lệ dịch vụ công trực tuyến toàn trình (cấp xã)"
    assert row.target == ">= 85% (2025)"
    assert row.status == "đúng tiến độ / on track"
    assert (row.baseline, row.latest, row.gap) == ("61% (2022)", "70% (2023)", "15%")
    assert row.rates == "thực tế/observed 14,75%/năm, cần/required 11,69%/năm; R = 1,262"
    assert row.source == "chỉ tiêu/target: KH 12/KH-UBND [100:180]; cơ sở/baseline: obs 2022; số liệu/value: obs 2023"


def test_rows_for_ranges_ranks_and_missing_rates(target, pts):
    between = evaluate_target(target(op="between", value=65, value_max=70.5), pts((2023, 60)))
    rank = evaluate_target(target(id=2, unit="rank", op="<=", value=15, direction="lower"), [])
    by_id = {r.target_id: r for r in build_report([between, rank]).rows}
    assert by_id["1"].target == "65–70,5% (2025)"
    assert by_id["1"].rates.startswith("mới có một năm số liệu")
    assert by_id["2"].target == "<= 15 (hạng/rank) (2025)"
    assert (by_id["2"].status, by_id["2"].latest, by_id["2"].gap) == ("chưa có số liệu / no data", "", "")


def test_rolled_up_value_names_its_coverage(target, obs):
    rows = [obs(unit_code=f"{c}", year=y, numerator=n, denominator=10)
            for c in range(3) for y, n in ((2022, 6), (2023, 7))]
    result = evaluate_all([target()], rows, {"dg.online_services": "ratio"},
                          expected_communes={"Cần Thơ": 4})
    report = build_report(result.statuses)
    assert "tổng hợp từ 3/4 xã / rolled up from 3 of 4 communes" in report.rows[0].source
    assert report.summary[0].count(Status.ON_TRACK) == 1


def test_status_record_is_json_ready_and_complete(target, pts):
    import json

    from muctieu.evaluate import status_record

    s = evaluate_target(target(province_original="Hậu Giang"), pts((2022, 61), (2023, 66)))
    rec = json.loads(json.dumps(status_record(s), ensure_ascii=False))
    assert rec["status"] == "needs_acceleration"
    assert rec["status_label"] == "cần tăng tốc / needs acceleration"
    assert (rec["baseline_value"], rec["baseline_year"], rec["latest_value"], rec["latest_year"]) == (61, 2022, 66, 2023)
    assert (rec["target_value"], rec["year"], rec["gap"]) == (85, 2025, 19)
    assert rec["ratio"] == pytest.approx(0.701, abs=1e-3)
    assert (rec["province"], rec["province_original"]) == ("Cần Thơ", "Hậu Giang")


def test_missed_on_stale_data_says_so_next_to_the_rates(target, pts):
    s = evaluate_target(target(year=2024), pts((2022, 61), (2023, 70)), as_of=2025)
    (row,) = build_report([s]).rows
    assert row.status == "không đạt / missed"
    assert row.rates.endswith("; chưa có số liệu năm 2024, xét theo năm 2023 / no value for 2024, judged on 2023")
