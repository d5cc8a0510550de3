"""Provinces side by side, per-pillar summaries, and historic (merged) provinces."""

from __future__ import annotations

import pytest

from muctieu.errors import MuctieuError
from muctieu.evaluate import Status, build_report, compare, evaluate_all, evaluate_target, pillar_summary

RULES = {"dg.online_services": "ratio", "dti.rank": "none"}


def statuses_for(target, pts, latest_by_province, **kw):
    out = []
    for i, (province, latest) in enumerate(latest_by_province.items()):
        t = target(id=i, province=province, province_original=province, **kw)
        series = pts((2022, 60 if kw.get("direction") != "lower" else 20)) + (pts((2023, latest)) if latest else [])
        out.append(evaluate_target(t, series))
    return out


def test_provinces_ranked_best_first_with_ties(target, pts):
    rows = statuses_for(target, pts, {"Huế": 70, "Lào Cai": 80, "An Giang": 70, "Sơn La": None})
    got = [(c.rank, c.province, c.latest.value if c.latest else None) for c in compare("dg.online_services", 2025, rows)]
    assert got == [(1, "Lào Cai", 80), (2, "An Giang", 70), (2, "Huế", 70), (4, "Sơn La", 60)]


def test_no_value_means_no_rank(target, pts):
    rows = [evaluate_target(target(province="Sơn La"), []), *statuses_for(target, pts, {"Huế": 70})]
    got = [(c.rank, c.province, c.status.status) for c in compare("dg.online_services", 2025, rows)]
    assert got == [(1, "Huế", Status.ON_TRACK), (None, "Sơn La", Status.NO_DATA)]


def test_rank_indicator_lower_is_better(target, pts):
    rows = statuses_for(target, pts, {"Huế": 12, "Lào Cai": 18, "An Giang": 15},
                        indicator_id="dti.rank", unit="rank", op="<=", value=15.0, direction="lower")
    got = [(c.rank, c.province) for c in compare("dti.rank", 2025, rows)]
    assert got == [(1, "Huế"), (2, "An Giang"), (3, "Lào Cai")]


def test_compare_keeps_only_the_indicator_and_year(target, pts):
    rows = statuses_for(target, pts, {"Huế": 70}) + statuses_for(target, pts, {"Huế": 70}, year=2030)
    rows += statuses_for(target, pts, {"Huế": 10}, indicator_id="dti.rank", unit="rank", op="<=",
                         value=15.0, direction="lower")
    assert [c.status.target.year for c in compare("dg.online_services", 2030, rows)] == [2030]


def test_mixed_directions_are_refused(target, pts):
    rows = statuses_for(target, pts, {"Huế": 70}) + statuses_for(
        target, pts, {"Lào Cai": 70}, op="<=", direction="lower")
    with pytest.raises(MuctieuError, match="dg.online_services: các tỉnh ghi hướng khác nhau .* / provinces give different directions"):
        compare("dg.online_services", 2025, rows)


def test_pillar_summary_counts_by_status(target, pts):
    rows = [
        evaluate_target(target(id=1), pts((2022, 61), (2023, 90))),
        evaluate_target(target(id=2), pts((2022, 61), (2023, 70))),
        evaluate_target(target(id=3), pts((2022, 61), (2023, 71))),
        evaluate_target(target(id=4, pillar="digital_economy"), []),
        evaluate_target(target(id=5, pillar=None), pts((2022, 61), (2023, 50))),
    ]
    summary = {s.pillar: s for s in pillar_summary(rows)}
    assert list(summary) == ["digital_economy", "digital_government", "unassigned"]
    gov = summary["digital_government"]
    assert (gov.count(Status.MET), gov.count(Status.ON_TRACK), gov.total) == (1, 2, 3)
    assert [s for s, _ in gov.counts] == list(Status)
    assert summary["digital_economy"].count(Status.NO_DATA) == 1
    assert summary["unassigned"].count(Status.GOING_BACKWARDS) == 1


def test_merged_province_target_is_evaluated_under_todays_province(target, obs):
    # A 2022 plan of Hậu Giang (merged into Cần Thơ in 2025).
    hau_giang = target(id="HG-2022-7", province="Cần Thơ", province_original="Hậu Giang",
                       year=2025, plan_year=2022, baseline_value=61.0, baseline_year=2022)
    can_tho = target(id="CT-2024-3", province="Cần Thơ", province_original="Cần Thơ", plan_year=2024)
    rows = [
        obs(unit_code=f"{c:03d}", province="Cần Thơ", year=2023, numerator=70, denominator=100)
        for c in range(5)
    ]
    result = evaluate_all([hau_giang, can_tho], rows, RULES)
    hg = result.statuses[0]
    assert hg.target.province_original == "Hậu Giang"
    assert (hg.baseline.value, hg.latest.value, hg.status) == (61.0, 70.0, Status.ON_TRACK)
    side = compare("dg.online_services", 2025, result.statuses)
    assert {(c.province, c.province_original) for c in side} == {("Cần Thơ", "Hậu Giang"), ("Cần Thơ", "Cần Thơ")}
    labels = [r.province for r in build_report(result.statuses).rows]
    assert "Cần Thơ (kế hoạch của/plan of Hậu Giang)" in labels and "Cần Thơ" in labels
