"""Values given respectively for the years of a span (respective.py)."""

from __future__ import annotations

from tests.extract.helpers import read


def test_values_after_lan_luot_take_the_years_of_the_span_in_order() -> None:
    text = "Tỷ lệ hộ gia đình có Internet từ năm 2021 - 2024 lần lượt là 61%; 66%; 70,5% và 74%. Năm 2025, tỷ lệ hộ gia đình có Internet đạt 80%."
    recs = read(text, plan_year=None)
    assert [(r.value, r.year) for r in recs] == [(61, 2021), (66, 2022), (70.5, 2023), (74, 2024), (80, 2025)]
    assert recs[0].indicator == "Tỷ lệ hộ gia đình có Internet"


def test_a_span_whose_values_are_not_one_per_year_is_left_alone() -> None:
    text = "Giai đoạn năm 2021 - 2025, tỷ lệ lần lượt là 61% và 74%."
    assert {r.year for r in read(text, plan_year=None)} != {2021, 2022}


def test_years_listed_without_cac_pair_with_their_values_and_name_none() -> None:
    recs = read("Theo báo cáo, tỷ trọng kinh tế số/GDP năm 2021, 2022 lần lượt là 11,5% và 13,8%; năm 2023 ước "
                "đạt 15,2%.", plan_year=None)
    assert [(r.value, r.year) for r in recs] == [(11.5, 2021), (13.8, 2022), (15.2, 2023)]
    assert all(r.indicator == "tỷ trọng kinh tế số/GDP" for r in recs)


def test_a_span_of_years_names_no_value_after_the_list() -> None:
    recs = read("Tỷ trọng kinh tế số trong GRDP các năm 2021 - 2022 lần lượt là 11,5% và 13,8%; Năm 2023 ước đạt 15,2%.",
                plan_year=None)
    assert [(r.value, r.year) for r in recs] == [(11.5, 2021), (13.8, 2022), (15.2, 2023)]
    assert recs[-1].indicator == recs[0].indicator and "lần lượt" not in recs[-1].indicator


def test_years_of_a_span_written_cac_nam_tu_pair_with_their_values() -> None:
    recs = read("Tỷ lệ doanh nghiệp dùng hóa đơn điện tử các năm từ 2021 - 2023 lần lượt là 72%, 85% và 96,5%.",
                plan_year=None)
    assert [(r.value, r.year) for r in recs] == [(72, 2021), (85, 2022), (96.5, 2023)]
    assert {r.indicator for r in recs} == {"Tỷ lệ doanh nghiệp dùng hóa đơn điện tử"}


def test_ranks_restated_for_an_earlier_year_take_the_words_of_the_ranks_named_before() -> None:
    recs = read("Năm 2023, Chính quyền số của tỉnh xếp thứ 12/63, Kinh tế số xếp 30/63, Xã hội số xếp 9/63. "
                "So với năm 2022, các thứ hạng này là 20, 41, 17.", plan_year=None)
    earlier = [r for r in recs if r.year == 2022]
    assert [r.value for r in earlier] == [20, 41, 17]
    assert [r.indicator for r in earlier] == [r.indicator for r in recs if r.year == 2023]
    assert [r.pillar for r in earlier] == [r.pillar for r in recs if r.year == 2023]


def test_restated_ranks_are_left_alone_when_their_number_differs_from_the_ranks_before() -> None:
    recs = read("Năm 2023, Chính quyền số của tỉnh xếp thứ 12/63. So với năm 2022, các thứ hạng này là 20, 41.",
                plan_year=None)
    assert [r.value for r in recs][1:] == [20, 41]
    assert all("Chính quyền số" not in r.indicator for r in recs[1:])


def test_fewer_ranks_restated_than_one_sentence_named_take_only_their_year() -> None:
    # which two of the three ranks are restated is unsaid: none of their words is borrowed
    recs = read("Năm 2023, tỉnh xếp hạng chính quyền số, kinh tế số, xã hội số lần lượt là 14, 22, 31. "
                "So với năm 2022, các thứ hạng này lần lượt là 19 và 26.", plan_year=None)
    earlier = [r for r in recs if r.value in (19, 26)]
    assert [r.year for r in earlier] == [2022, 2022]
    assert all(r.pillar is None and "kinh tế số" not in r.indicator for r in earlier)
