"""Roll-ups from communes to provinces, and the province series built from them."""

from __future__ import annotations

import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from muctieu.errors import MuctieuError
from muctieu.evaluate import (
    Status,
    evaluate_all,
    evaluate_from_sums,
    rollup_sums,
    sum_communes,
)
from muctieu.evaluate.pipeline import province_series

RULES = {"dg.online_services": "ratio", "infra.towers": "sum", "hr.score": "mean", "misc.note": "none"}


def one(rows, indicator="dg.online_services", expected=None):
    (row,) = [r for r in rollup_sums(sum_communes(rows), RULES, expected) if r.indicator_id == indicator]
    return row


def test_ratio_pools_numerators_not_percentages(obs):
    rows = [
        obs(unit_code="A", numerator=9, denominator=10),  # 90%
        obs(unit_code="B", numerator=10, denominator=100),  # 10%
    ]
    r = one(rows)
    assert r.value == pytest.approx(100 * 19 / 110)  # 17.27%, not the naive 50%
    assert r.value != pytest.approx((90 + 10) / 2)
    assert (r.numerator, r.denominator) == (19, 110)


def test_bare_percentages_are_not_averaged_into_a_ratio(obs):
    rows = [
        obs(unit_code="A", numerator=30, denominator=60),
        obs(unit_code="B", value=95.0),
        obs(unit_code="C", value=5.0),
    ]
    r = one(rows, expected={"Cần Thơ": 4})
    assert r.value == pytest.approx(50.0)
    assert r.not_aggregable == 2
    assert r.reported == 3 and r.expected == 4 and r.coverage == pytest.approx(0.75)
    assert r.describe() == (
        "tổng hợp từ 3/4 xã; 2 dòng không tổng hợp được",
        "rolled up from 3 of 4 communes; 2 rows not aggregable",
    )


def test_sum_mean_and_none(obs):
    towers = [obs(indicator_id="infra.towers", unit_code=c, value=v) for c, v in (("A", 3), ("B", 4))]
    assert one(towers, "infra.towers").value == 7
    scores = [obs(indicator_id="hr.score", unit_code=c, value=v) for c, v in (("A", 3), ("B", 4))]
    assert one(scores, "hr.score").value == 3.5
    fraction_only = [obs(indicator_id="infra.towers", unit_code="A", numerator=1, denominator=2)]
    assert one(fraction_only, "infra.towers").value is None
    assert one(fraction_only, "infra.towers").not_aggregable == 1
    notes = [obs(indicator_id="misc.note", unit_code="A", value=1.0)]
    r = one(notes, "misc.note")
    assert r.value is None and r.not_aggregable == 1


def test_groups_by_province_and_year(obs):
    rows = [
        obs(unit_code="A", year=2023, numerator=1, denominator=2),
        obs(unit_code="A", year=2024, numerator=2, denominator=2),
        obs(unit_code="Z", province="Huế", year=2024, numerator=0, denominator=5),
        obs(unit_code="P", level="province", year=2024, value=12.0),
    ]
    got = {(r.province, r.year): r.value for r in rollup_sums(sum_communes(rows), RULES)}
    assert got == {("Cần Thơ", 2023): 50.0, ("Cần Thơ", 2024): 100.0, ("Huế", 2024): 0.0}


def test_duplicate_commune_rows_are_refused(obs):
    rows = [obs(unit_code="A", value=1.0), obs(unit_code="A", value=2.0)]
    with pytest.raises(MuctieuError, match="Xã Một · 2024: xã này có hai dòng số liệu .* / this commune has two rows"):
        sum_communes(rows)


def test_unknown_aggregation_rule_is_refused(obs):
    with pytest.raises(MuctieuError, match="không có quy tắc tổng hợp"):
        rollup_sums(sum_communes([obs(indicator_id="x.unknown", value=1.0)]), RULES)


def test_observation_without_any_value_is_refused(obs):
    with pytest.raises(MuctieuError, match="neither a value nor"):
        obs(numerator=3)


fractions = st.lists(
    st.tuples(st.integers(0, 1000), st.integers(1, 1000)).map(lambda t: (min(t), t[1])),
    min_size=1, max_size=40,
)


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(fractions, st.randoms(use_true_random=False), st.integers(1, 5))
def test_ratio_rollup_is_the_pooled_ratio_whatever_the_order_or_split(obs, pairs, rng, parts):
    rows = [obs(unit_code=f"{i:05d}", numerator=n, denominator=d) for i, (n, d) in enumerate(pairs)]
    rng.shuffle(rows)
    cuts = sorted(rng.sample(range(len(rows) + 1), min(parts, len(rows) + 1)))
    chunks = [rows[a:b] for a, b in zip([0, *cuts], [*cuts, len(rows)])]
    # Each chunk summed on its own (as separate store partitions would), then merged.
    merged = None
    for chunk in chunks:
        for s in sum_communes(chunk):
            merged = s if merged is None else merged.merge(s)
    (r,) = rollup_sums([merged], RULES)
    total_n, total_d = sum(n for n, _ in pairs), sum(d for _, d in pairs)
    assert r.value == pytest.approx(100 * total_n / total_d)
    assert r.reported == len(pairs)


def test_province_value_wins_over_the_rollup(obs):
    rows = [
        obs(unit_code="A", year=2023, numerator=1, denominator=4),
        obs(unit_code="A", year=2024, numerator=3, denominator=4),
        obs(level="province", unit_code="92", unit_name="Cần Thơ", year=2024, value=80.0, source="báo cáo tỉnh"),
    ]
    series = province_series([r for r in rows if r.level == "province"],
                             rollup_sums(sum_communes(rows), RULES))
    got = series[("dg.online_services", "Cần Thơ")]
    assert [(p.year, p.value) for p in got] == [(2023, 25.0), (2024, 80.0)]
    assert got[1].source == "báo cáo tỉnh"
    assert got[0].source.startswith("tổng hợp từ 1 xã")


def test_store_grouped_sums_give_the_same_evaluation(obs, target):
    rows = [
        obs(unit_code=f"{c:03d}", year=y, numerator=n, denominator=100)
        for c in range(20) for y, n in ((2022, 55 + c % 7), (2023, 68 + c % 5))
    ]
    goal = [target()]
    streamed = evaluate_all(goal, iter(rows), RULES, expected_communes={"Cần Thơ": 25})
    grouped = evaluate_from_sums(goal, [], sum_communes(rows), RULES, expected_communes={"Cần Thơ": 25})
    assert streamed == grouped
    assert streamed.statuses[0].status is Status.ON_TRACK
    assert streamed.rollups[0].coverage == pytest.approx(0.8)


def test_evaluation_does_not_depend_on_row_order(obs, target):
    rows = [
        obs(unit_code=f"{c:03d}", year=y, numerator=n, denominator=50)
        for c in range(10) for y, n in ((2022, 20 + c), (2023, 25 + c), (2024, 30 + c))
    ]
    goals = [target(), target(id=2, op="between", value=60, value_max=70)]
    first = evaluate_all(goals, rows, RULES)
    random.Random(7).shuffle(rows)
    assert evaluate_all(goals, rows, RULES) == first


def test_group_by_sql_in_the_docs_gives_the_same_sums(obs):
    # The query documented on CommuneSums, for the store to push the GROUP BY down.
    import sqlite3

    from muctieu.evaluate import CommuneSums

    sql = CommuneSums.__doc__.split("::")[1].replace(
        " f ", " (numerator IS NOT NULL AND denominator IS NOT NULL) ")
    rows = [
        obs(unit_code="A", numerator=9, denominator=10, value=90.0),
        obs(unit_code="B", numerator=10, denominator=100),
        obs(unit_code="C", value=40.0),
        obs(unit_code="D", year=2023, value=5.0),
        obs(unit_code="E", level="province", value=1.0),
    ]
    db = sqlite3.connect(":memory:")
    db.execute("CREATE TABLE observations (indicator_id, level, unit_code, province, year,"
               " value, numerator, denominator)")
    db.executemany("INSERT INTO observations VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                   [(r.indicator_id, r.level, r.unit_code, r.province, r.year, r.value,
                     r.numerator, r.denominator) for r in rows])
    from_sql = sorted((CommuneSums(*row) for row in db.execute(sql)), key=lambda s: s.key)
    assert from_sql == sum_communes(rows)
