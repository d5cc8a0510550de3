"""Attainment status of a target: categories, boundaries, directions, edge cases."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from muctieu.errors import MuctieuError
from muctieu.evaluate import Point, Status, evaluate_target, trend_status
from muctieu.evaluate.progress import classify_ratio, limit_coefficient


def test_labels_are_vietnamese_first():
    assert Status.MET.label == "đã đạt / met"
    assert Status.NEEDS_ACCELERATION.label == "cần tăng tốc / needs acceleration"
    assert Status.NO_DATA.label == "chưa có số liệu / no data"


@pytest.mark.parametrize(
    ("series", "as_of", "expected"),
    [
        (((2022, 61), (2023, 86)), None, Status.MET),
        (((2022, 61), (2023, 70)), None, Status.ON_TRACK),
        (((2022, 61), (2023, 66)), None, Status.NEEDS_ACCELERATION),
        (((2022, 61), (2023, 62)), None, Status.LIMITED_PROGRESS),
        (((2022, 61), (2023, 58)), None, Status.GOING_BACKWARDS),
        (((2022, 61), (2025, 80)), None, Status.MISSED),
        (((2022, 61), (2024, 80)), 2026, Status.MISSED),
        ((), None, Status.NO_DATA),
        (((2023, 70),), None, Status.NO_DATA),
    ],
)
def test_every_status_is_reachable(target, pts, series, as_of, expected):
    assert evaluate_target(target(), pts(*series), as_of=as_of).status is expected


def test_status_carries_its_inputs(target, pts):
    s = evaluate_target(target(), pts((2022, 61), (2023, 70)))
    assert (s.baseline.year, s.baseline.value) == (2022, 61)
    assert (s.latest.year, s.latest.value) == (2023, 70)
    assert (s.target_value, s.target.year) == (85, 2025)
    assert s.observed_rate == pytest.approx(70 / 61 - 1)
    assert s.required_rate == pytest.approx((85 / 61) ** (1 / 3) - 1)
    assert s.ratio == pytest.approx(s.observed_rate / s.required_rate)
    assert s.gap == 15


@pytest.mark.parametrize(
    ("ratio", "expected"),
    [
        (0.95, Status.ON_TRACK),
        (0.9499999, Status.NEEDS_ACCELERATION),
        (0.60, Status.NEEDS_ACCELERATION),
        (0.5999999, Status.LIMITED_PROGRESS),
        (0.0, Status.LIMITED_PROGRESS),
        (-1e-9, Status.GOING_BACKWARDS),
    ],
)
def test_ratio_boundaries(ratio, expected):
    assert classify_ratio(ratio) is expected


@pytest.mark.parametrize(
    ("ratio", "expected"),
    [
        (0.951, Status.ON_TRACK),
        (0.949, Status.NEEDS_ACCELERATION),
        (0.601, Status.NEEDS_ACCELERATION),
        (0.599, Status.LIMITED_PROGRESS),
    ],
)
def test_boundaries_end_to_end(target, pts, ratio, expected):
    # One year of growth at `ratio` times the required rate.
    required = (85 / 61) ** (1 / 3) - 1
    latest = 61 * (1 + ratio * required)
    s = evaluate_target(target(), pts((2022, 61), (2023, latest)))
    assert s.ratio == pytest.approx(ratio)
    assert s.status is expected


def rank_target(target, op="<=", value=15.0):
    return target(unit="rank", op=op, value=value, direction="lower", indicator="Xếp hạng DTI")


@pytest.mark.parametrize(
    ("latest", "expected"),
    [
        (15, Status.MET),
        (16, Status.ON_TRACK),
        (17, Status.NEEDS_ACCELERATION),
        (18, Status.LIMITED_PROGRESS),
        (19, Status.GOING_BACKWARDS),
    ],
)
def test_rank_lower_is_better(target, pts, latest, expected):
    s = evaluate_target(rank_target(target), pts((2022, 18), (2023, latest)))
    assert s.status is expected
    assert s.direction == -1


def test_rank_ratio_by_hand(target, pts):
    # Observed (17/18) - 1 = -5.556%/yr; required (15/18)^(1/3) - 1 = -5.896%/yr;
    # lower is better, so R = -1 * -5.556 / |-5.896| = 0.942.
    s = evaluate_target(rank_target(target), pts((2022, 18), (2023, 17)))
    assert s.observed_rate == pytest.approx(-0.05556, abs=1e-5)
    assert s.required_rate == pytest.approx(-0.05896, abs=1e-5)
    assert s.ratio == pytest.approx(0.942, abs=1e-3)
    assert s.gap == 2


def test_strict_comparators(target, pts):
    at_bound = pts((2022, 70), (2025, 85))
    assert evaluate_target(target(op=">"), at_bound).status is Status.MISSED
    assert evaluate_target(target(op=">="), at_bound).status is Status.MET
    rank = pts((2022, 18), (2025, 15))
    assert evaluate_target(rank_target(target, op="<"), rank).status is Status.MISSED


@pytest.mark.parametrize(
    ("series", "expected", "direction"),
    [
        (((2022, 50), (2023, 67)), Status.MET, 1),
        (((2022, 50), (2023, 60)), Status.ON_TRACK, 1),
        (((2022, 90), (2023, 80)), Status.ON_TRACK, -1),
        # Inside the range at first, then above it: moving away.
        (((2022, 68), (2023, 75)), Status.GOING_BACKWARDS, -1),
    ],
)
def test_between_targets(target, pts, series, expected, direction):
    s = evaluate_target(target(op="between", value=65, value_max=70), pts(*series))
    assert s.status is expected
    assert s.direction == direction


def test_met_at_baseline_from_the_plan(target, pts):
    t = target(baseline_value=90.0, baseline_year=2023, baseline_source="KH [20:60]")
    s = evaluate_target(t, [])
    assert s.status is Status.MET
    assert s.latest.source == "KH [20:60]"
    # Then slipping below: the ratio keeps its sign (R divides by |CAGR_T|).
    later = evaluate_target(t, pts((2024, 80)))
    assert later.baseline.value == 90
    assert later.ratio < 0
    assert later.status is Status.GOING_BACKWARDS


def test_plan_baseline_wins_over_earliest_observation(target, pts):
    t = target(baseline_value=61.0, baseline_year=2022)
    s = evaluate_target(t, pts((2021, 40), (2023, 70)))
    assert (s.baseline.year, s.baseline.value) == (2022, 61)
    assert s.status is Status.ON_TRACK


def test_single_observation(target, pts):
    below = evaluate_target(target(), pts((2023, 70)))
    assert below.status is Status.NO_DATA
    assert "một năm" in below.note and "one year" in below.note
    assert below.latest.value == 70 and below.gap == 15
    assert evaluate_target(target(), pts((2023, 90))).status is Status.MET


def test_values_after_the_deadline_do_not_count(target, pts):
    t = target(year=2024, value=80.0)
    s = evaluate_target(t, pts((2022, 60), (2023, 70), (2025, 85)))
    assert s.status is Status.MISSED
    assert s.latest.year == 2023
    only_late = evaluate_target(t, pts((2025, 85)))
    assert only_late.status is Status.NO_DATA
    assert "sau thời hạn" in only_late.note


def test_deadline_not_passed_without_as_of(target, pts):
    s = evaluate_target(target(year=2024), pts((2022, 61), (2023, 70)))
    assert s.status is not Status.MISSED
    late = evaluate_target(target(year=2024), pts((2022, 61), (2023, 70)), as_of=2025)
    assert late.status is Status.MISSED
    assert late.note == "chưa có số liệu năm 2024, xét theo năm 2023 / no value for 2024, judged on 2023"


def test_zero_baseline_is_replaced_as_the_document_says(target, pts):
    s = evaluate_target(target(value=50.0), pts((2022, 0), (2023, 10)))
    assert s.zero_replaced
    assert s.observed_rate == pytest.approx(10 / 0.001 - 1)
    assert s.required_rate == pytest.approx((50 / 0.001) ** (1 / 3) - 1)
    assert s.status is Status.ON_TRACK
    stuck = evaluate_target(target(value=50.0), pts((2022, 0), (2023, 0)))
    assert stuck.observed_rate == 0
    assert stuck.status is Status.LIMITED_PROGRESS


def test_zero_target_for_a_falling_indicator(target, pts):
    t = target(op="<=", value=0.0, direction="lower", unit="count")
    s = evaluate_target(t, pts((2022, 40), (2023, 20)))
    assert s.zero_replaced
    # Halved in a year, but reaching ~0 in three years needs -97% a year: R = 0.515.
    assert s.ratio == pytest.approx(0.5 / (1 - (0.001 / 40) ** (1 / 3)))
    assert s.status is Status.LIMITED_PROGRESS


def test_conflicting_values_for_a_year_are_refused(target):
    with pytest.raises(MuctieuError) as err:
        evaluate_target(target(), [Point(2023, 70, "a"), Point(2023, 71, "b")])
    assert "hai giá trị khác nhau" in err.value.message() and "two different values" in err.value.message()


def test_invalid_target_rows_are_refused(target):
    with pytest.raises(MuctieuError, match="không hợp lệ / comparator"):
        target(op="=>")
    with pytest.raises(MuctieuError, match="upper bound"):
        target(op="between", value=70, value_max=None)


def test_ratio_thresholds_are_not_scaled_near_a_limit(target, pts):
    # 98% → 98.5% toward 100% by 2025: R = 0.755 with the plain 0.60/0.95.
    s = evaluate_target(target(value=100.0), pts((2022, 98), (2023, 98.5)))
    assert s.ratio == pytest.approx(math.log(98.5 / 98) / math.log(100 / 98) * 3, rel=1e-2)
    assert s.status is Status.NEEDS_ACCELERATION


def test_trend_thresholds_are_scaled_near_100_percent(pts):
    near = trend_status(pts((2022, 98), (2023, 98.5)), "%", "higher")
    assert near.coefficient == pytest.approx(1 - 0.98**4.44)
    assert near.on_track_threshold == pytest.approx(0.015 * near.coefficient)
    assert near.status is Status.ON_TRACK
    # The same growth rate far from the limit is only "needs acceleration".
    far = trend_status(pts((2022, 20), (2023, 20 * 98.5 / 98)), "%", "higher")
    assert far.coefficient > 0.999
    assert far.status is Status.NEEDS_ACCELERATION


def test_trend_at_the_limit(pts):
    held = trend_status(pts((2022, 100), (2024, 100)), "%", "higher")
    assert held.coefficient == 0 and held.status is Status.ON_TRACK
    assert trend_status(pts((2022, 100), (2024, 99)), "%", "higher").status is Status.GOING_BACKWARDS
    # A falling share has no limit in its desired direction worth scaling for.
    assert trend_status(pts((2022, 5), (2024, 4)), "%", "lower").coefficient == 1


@given(st.floats(min_value=0.0, max_value=1.0), st.floats(min_value=0.5, max_value=1000))
def test_limit_factor_is_symmetric_about_the_limit(offset, limit):
    # The document: "identical at equal relative distances from a minimum or a maximum limit".
    below = limit_coefficient(limit * (1 - offset), limit)
    above = limit_coefficient(limit * (1 + offset), limit)
    assert below == pytest.approx(above, abs=1e-9)
    assert 0 <= below <= 1


def test_determinism(target, pts):
    series = pts((2022, 61), (2023, 66), (2024, 70))
    first = evaluate_target(target(), series)
    assert evaluate_target(target(), list(reversed(series))) == first


def test_target_without_a_number_is_refused(target):
    with pytest.raises(MuctieuError, match="chỉ tiêu/target 1: chỉ tiêu cần một giá trị số"):
        target(value=None)
