"""Which year a quantity is for (muctieu/extract/years.py), read through the grammar: the year
written with its value, its clause's or sentence's, else its paragraph's, heading's or text's
(sentences written for these tests)."""

from __future__ import annotations

import pytest

from muctieu.documents.metadata import find_metadata
from tests.extract.helpers import only, read


@pytest.mark.parametrize(
    "text, year",
    [
        ("Đến năm 2025, tỷ lệ hộ gia đình có cáp quang đạt 90%.", 2025),
        ("Tỷ lệ hộ gia đình có cáp quang đạt 90% vào năm 2026.", 2026),
        ("Tỷ lệ hộ gia đình có cáp quang đạt 90%.", 2024),
    ],
)
def test_year_from_sentence_or_document(text: str, year: int) -> None:
    assert only(text).year == year


def test_year_unknown_is_null() -> None:
    assert only("Tỷ lệ hộ gia đình có cáp quang đạt 90%.", plan_year=None).year is None


def test_a_year_written_after_each_rank_is_that_ranks_own() -> None:
    recs = read("Tỉnh giữ vững vị trí top 10 chỉ số chuyển đổi số, trong đó xếp thứ 3 năm 2022, thứ 5 năm 2023 "
                "và thứ 2 năm 2024.", plan_year=None)
    assert [(r.value, r.year) for r in recs if r.op == "="] == [(3, 2022), (5, 2023), (2, 2024)]


def test_past_year_in_a_plan_reads_as_result_and_its_change_is_dropped() -> None:
    recs = read("Năm 2023, tỷ lệ hồ sơ giải quyết trực tuyến toàn trình đạt 63,2%, tăng 15,4% so với năm 2022.")
    assert [(r.kind, r.op, r.value, r.year) for r in recs] == [("result", "=", 63.2, 2023)]


def test_brackets_that_state_a_value_are_quantities_with_their_own_year() -> None:
    # The spec's decided cases: a bracket that states a value counts; a bracket
    # naming a year reports that year.
    recs = read(
        "Hoàn thành số hóa 100% hồ sơ đất đai (tương đương 1,2 triệu hồ sơ).\n"
        "Tỷ lệ hồ sơ được giải quyết đúng hạn là 98,5% (năm 2022 là 95%).\n"
    )
    assert [(r.value, r.unit, r.kind, r.year) for r in recs] == [
        (100, "%", "target", 2024), (1.2e6, "count", "target", 2024),
        (98.5, "%", "target", 2024), (95, "%", "result", 2022)]
    assert all("(" not in r.indicator and ")" not in r.indicator for r in recs)


def test_a_paragraph_opened_by_a_past_year_reports_results() -> None:
    text = (
        "Năm 2023, chuyển đổi số của tỉnh có nhiều chuyển biến.\n"
        "Về chính quyền số, toàn tỉnh đã tiếp nhận 357.412 hồ sơ. Tỷ lệ hồ sơ trực tuyến đạt 60%.\n"
        "Năm 2023, chỉ số DTI xếp thứ 9/63. Toàn tỉnh có 1,4 triệu tài khoản định danh điện tử.\n"
        "Mục tiêu năm 2024: tỷ lệ hồ sơ trực tuyến đạt 80%.\n"
    )
    assert [(r.kind, r.year) for r in read(text)] == [("result", 2023)] * 4 + [("target", 2024)]


def test_years_in_cited_documents_do_not_date_the_plan() -> None:
    text = (
        "Thực hiện Nghị quyết số 11-NQ/TU của Tỉnh ủy về chuyển đổi số đến năm 2025, định hướng đến năm 2030, "
        "UBND tỉnh ban hành kế hoạch với các chỉ tiêu cụ thể.\n"
        "Tỷ lệ hồ sơ trực tuyến đạt 35%.\n"
    )
    assert read(text, plan_year=2021)[0].year == 2021


def test_measured_as_of_a_date_and_year_end_review() -> None:
    text = "date 2025-12\nTính đến ngày 15/12/2025, tỷ lệ hồ sơ trực tuyến toàn trình đạt 74,5%. Toàn tỉnh đã có 9.650 thành viên tổ công nghệ số.\n"
    assert [(r.kind, r.year) for r in read(text, plan_year=2025)] == [("result", 2025), ("result", 2025)]


def test_the_year_that_goes_with_the_cue() -> None:
    text = (
        "Trên cơ sở kết quả năm 2025, UBND tỉnh ban hành Kế hoạch chuyển đổi số năm 2026 như sau.\n"
        "Tỷ lệ hồ sơ trực tuyến đạt 90%.\n"
    )
    assert read(text, plan_year=2026)[0].year == 2026


def test_a_past_year_paragraph_ends_at_the_next_heading() -> None:
    text = (
        "Năm 2021, chỉ số chuyển đổi số của tỉnh xếp thứ 45/63.\n"
        "* Phát triển hạ tầng số\n- Tỷ lệ thôn có sóng di động đạt 100%.\n"
    )
    assert [(r.kind, r.year) for r in read(text, plan_year=2022)] == [("result", 2021), ("target", 2022)]


def test_a_past_year_paragraph_ends_where_a_later_paragraph_reports_a_later_year() -> None:
    text = (
        "date 2023-12\nBáo cáo tổng kết năm 2023 của Sở. Trong năm 2022, tỷ lệ này mới đạt 41,5%.\n\n"
        "Tỷ lệ thuê bao băng rộng cố định năm 2023 đạt 72%.\n\n"
        "Tỷ lệ hồ sơ được xử lý trực tuyến đạt 33,6%, tăng 5% so với cùng kỳ.\n"
    )
    assert [(r.value, r.year) for r in read(text, plan_year=2023)] == [(41.5, 2022), (72, 2023), (33.6, 2023)]
    # while no later year is named, the past year's account goes on in the next paragraph
    text = "Năm 2022, tỉnh xếp thứ 12/63 về chỉ số DTI.\n\nToàn tỉnh có 95 điểm phát sóng wifi công cộng.\n"
    assert [r.year for r in read(text, plan_year=2023)] == [2022, 2022]


@pytest.mark.parametrize("turn", ["sang năm 2027", "bước sang năm 2027", "năm 2027"])
def test_the_next_years_value_in_the_same_sentence_keeps_the_indicator(turn: str) -> None:
    a, b = read(f"Tỉnh đặt mục tiêu tỷ lệ hộ gia đình có cáp quang đạt 85% vào năm 2026, {turn} đạt 92%.")
    assert [(r.value, r.year) for r in (a, b)] == [(85, 2026), (92, 2027)]
    assert b.indicator == a.indicator == "tỷ lệ hộ gia đình có cáp quang"


@pytest.mark.parametrize("compared", ["so với tỷ lệ 34% vào năm 2019", "so với mức 34% của năm 2019"])
def test_a_level_compared_with_is_of_the_same_indicator_and_its_own_year(compared: str) -> None:
    a, b = read(f"Tỷ lệ hộ gia đình có máy tính năm 2024 là 71%, cao hơn gấp đôi {compared}.", plan_year=None)
    assert [(r.value, r.year) for r in (a, b)] == [(71, 2024), (34, 2019)]
    assert a.indicator == b.indicator == "Tỷ lệ hộ gia đình có máy tính"


def test_a_share_of_gdp_takes_the_year_written_after_gdp() -> None:
    a, b = read("Tỷ trọng kinh tế số tăng từ 11,2% GRDP năm 2022 lên 15,6% GRDP năm 2025.", plan_year=None)
    assert [(r.value, r.year) for r in (a, b)] == [(11.2, 2022), (15.6, 2025)]


def test_a_later_line_of_the_same_paragraph_goes_on_with_the_past_year() -> None:
    text = ("date 2024-06\nNăm 2023, tỷ lệ hồ sơ trực tuyến đạt 51%.\nSố thuê bao 5G đạt 12.000 thuê bao, dự kiến "
            "năm 2024 đạt 20.000 thuê bao.\nTỷ lệ hộ có cáp quang đạt 83%.\n")
    assert [(r.value, r.kind, r.year) for r in read(text, plan_year=2024)][-1] == (83, "result", 2023)


@pytest.mark.parametrize("text, year", [
    ("date 2026-05\nNăm ngoái, toàn tỉnh cấp hơn 9.500 chữ ký số cá nhân.", 2025),  # last year, said first
    ("date 2026-05\nToàn tỉnh cấp 9.500 chữ ký số cá nhân, tăng 30% so với năm ngoái.", 2026),  # compared with
    ("date 2026-05\nỨng dụng được dùng từ nhiều năm trước và nay có 9.500 người dùng.", 2026),  # long ago
])
def test_last_year_as_the_time_a_clause_reports(text: str, year: int) -> None:
    assert read(text, plan_year=2026)[0].year == year


def test_a_strive_lead_ends_a_past_year_paragraph_for_the_whole_sentence() -> None:
    text = (
        "Năm 2020, tỷ lệ hồ sơ trực tuyến của tỉnh mới đạt 12,6%.\n"
        "Theo kế hoạch, tỉnh phấn đấu 80% hồ sơ công việc được xử lý trên mạng; "
        "tỷ lệ dịch vụ công có phát sinh hồ sơ đạt tối thiểu 30%.\n"
    )
    assert [(r.kind, r.year) for r in read(text, plan_year=2021)] == [
        ("result", 2020), ("target", 2021), ("target", 2021)
    ]


def test_a_clause_with_its_own_past_year_reports_a_result_even_after_a_target_lead() -> None:
    recs = read("Mục tiêu đến năm 2025 phấn đấu 85% hộ gia đình có cáp quang; năm 2023 mới đạt 64%.")
    assert [(r.kind, r.year, r.value) for r in recs] == [("target", 2025, 85), ("result", 2023, 64)]
    assert "cáp quang" in recs[1].indicator
    recs = read("Năm 2021, tỷ lệ hồ sơ trực tuyến là 28%; năm 2022 là 39%.")
    assert [(r.kind, r.year) for r in recs] == [("result", 2021), ("result", 2022)]


def test_a_news_text_without_dates_speaks_from_the_first_year_it_names() -> None:
    text = ("Năm 2022 đánh dấu bước tiến của chuyển đổi số tỉnh. Theo đó, tỷ lệ hộ có cáp quang đạt 81%, "
            "97% dân số trưởng thành có điện thoại thông minh.")
    assert [(r.kind, r.year) for r in read(text, plan_year=None)] == [("result", 2022), ("result", 2022)]


def test_a_stamped_news_text_that_names_no_plan_reports_its_stamp_year() -> None:
    text = ("date 2024-08\nĐiểm số DTI của tỉnh đạt 0,6012, xếp thứ 11. "
            "Tỷ lệ hồ sơ trực tuyến đạt 83%.")
    recs = read(text, plan_year=2024)
    assert [(r.kind, r.op, r.year) for r in recs] == [("result", "=", 2024)] * 3
    # a stamped text about a plan keeps reading targets
    plan = "date 2024-03\nKế hoạch chuyển đổi số năm 2024 đặt mục tiêu 80% hồ sơ trực tuyến."
    assert [(r.kind, r.year) for r in read(plan, plan_year=2024)] == [("target", 2024)]


def test_a_year_over_before_the_stamp_was_reached_whatever_plan_the_text_names() -> None:
    text = ("date 2025-10\nTừ năm 2021, tỉnh đã ban hành kế hoạch phát triển thương mại điện tử giai đoạn "
            "2021 - 2025.\nĐến cuối năm 2024, toàn tỉnh có 2.140 trạm 4G.\nĐến năm 2025, 100% xã có cáp quang.")
    recs = read(text, plan_year=2025)
    assert [(r.value, r.kind, r.year) for r in recs] == [(2140, "result", 2024), (100, "target", 2025)]
    # (only a year's end counted up to: a plan's own milestone stays an aim, whenever it was crawled)
    plan = ("date 2025-03\nKế hoạch chuyển đổi số giai đoạn 2021-2025 của tỉnh đặt mục tiêu cụ thể. Đến năm 2023, "
            "80% hồ sơ công việc được xử lý trên môi trường mạng.")
    assert [(r.kind, r.year) for r in read(plan, plan_year=2025)] == [("target", 2023)]


def test_news_of_an_index_gives_its_results_the_year_measured_not_the_year_announced() -> None:
    text = ("date 2026-03\nBộ công bố kết quả xếp hạng chỉ số chuyển đổi số (DTI) năm 2025 của các tỉnh.\n"
            "Tỉnh Ninh Hà đạt 0,6712 điểm, xếp thứ 9.")
    recs = read(text, plan_year=2026)
    assert [(r.value, r.kind, r.year) for r in recs] == [(0.6712, "result", 2025), (9, "result", 2025)]
    # a year the index is compared with, or a deadline, is not the year measured
    later = read("date 2026-03\nChỉ số DTI tăng 5 bậc so với năm 2023.\nTỉnh đạt 0,6712 điểm.", plan_year=2026)
    assert [r.year for r in later] == [2026]


def test_the_year_an_index_was_published_is_not_the_year_it_measures() -> None:
    r = only("Chỉ số chuyển đổi số năm 2023, công bố năm 2024, cho thấy tỉnh xếp thứ 14 cả nước.", plan_year=None)
    assert (r.value, r.unit, r.year) == (14, "rank", 2023)


def test_a_results_date_at_the_head_of_its_sentence_gives_its_year_to_its_paragraph() -> None:
    text = ("date 2026-02\nTháng 11/2025, tỷ lệ hồ sơ trực tuyến của tỉnh đạt 88%. "
            "Cùng thời điểm, 100% văn bản được ký số.\nTỷ lệ thanh toán số đạt 70%.")
    # the page is of early 2026 but its own dates are of 2025: it reports 2025 (set8's gold)
    assert [r.year for r in read(text, plan_year=2026)] == [2025, 2025, 2025]
    later = text.replace("date 2026-02", "date 2026-06")  # mid-year: the page's own year for the rest
    assert [r.year for r in read(later, plan_year=2026)] == [2025, 2025, 2026]


def test_in_news_of_an_index_a_places_rank_and_value_are_of_the_year_it_measures() -> None:
    text = ("date 2023-08\nTrong 6 tháng đầu năm 2023, chuyển đổi số tại tỉnh Hòa Bình tiếp tục lan tỏa.\n\n"
            "Bộ vừa công bố chỉ số chuyển đổi số năm 2022 của các tỉnh.\n\n"
            "Năm 2023 là năm thứ 3 Bộ đánh giá chỉ số chuyển đổi số.\n\n"
            "DTI 2022 của tỉnh Hòa Bình có giá trị 0,6124, tăng 9% so với DTI 2021, xếp hạng 20/63 tỉnh, thành phố.")
    assert [(r.value, r.unit, r.year) for r in read(text, plan_year=None)] == [(0.6124, "other", 2022), (20, "rank", 2022)]


def test_a_bracket_after_a_compared_year_holds_that_years_value() -> None:
    recs = read("Năm 2025, chỉ số DTI của tỉnh đạt 0,6521, tăng 6,1% so với năm 2024 (0,6146).", plan_year=None)
    assert [(r.value, r.kind, r.year) for r in recs] == [(0.6521, "result", 2025), (0.6146, "result", 2024)]
    assert recs[1].indicator == recs[0].indicator
    # (a percentage alone in the bracket too)
    rate = read("Năm 2025, chỉ số SIPAS của tỉnh đạt 86,40%, cao hơn 1,12% so với năm 2024 (85,28%).", plan_year=None)
    assert [(r.value, r.year) for r in rate] == [(86.4, 2025), (85.28, 2024)]


def test_a_year_things_started_from_does_not_date_them() -> None:
    r = only("Bắt đầu từ cuối năm 2022, 100% cuộc họp của tỉnh được tổ chức trực tuyến.", plan_year=None)
    assert (r.kind, r.year) == ("result", None)


def test_news_of_carrying_out_a_years_plan_reports_that_year() -> None:
    text = ("Bắc Kạn: chuyển đổi số đạt nhiều kết quả\n"
            "Các sở, ngành đã triển khai các nhiệm vụ theo Kế hoạch chuyển đổi số năm 2025 và đạt kết quả tốt. "
            "Tỷ lệ hồ sơ trực tuyến đạt 88%.")
    r = only(text, plan_year=2025)  # the plan year the metadata reads from "Kế hoạch ... năm 2025"
    assert (r.kind, r.year) == ("result", 2025)


def test_a_deadline_the_text_names_is_no_year_of_its_results() -> None:
    recs = read("Tỉnh phấn đấu đến năm 2030 nằm trong nhóm 15 địa phương dẫn đầu.\n"
                "Đến nay, toàn tỉnh có 2.150 trạm thu phát sóng di động.", plan_year=None)
    assert [(r.kind, r.value, r.year) for r in recs] == [("target", 15, 2030), ("result", 2150, None)]


def test_two_values_each_with_its_year_in_brackets_share_what_follows() -> None:
    recs = read("Có tối thiểu 40% (năm 2025) và 70% (năm 2030) sản phẩm OCOP được bán trên sàn thương mại điện tử.",
                plan_year=2024)
    assert [(r.value, r.year) for r in recs] == [(40, 2025), (70, 2030)]
    assert recs[0].indicator == recs[1].indicator == "sản phẩm OCOP được bán trên sàn thương mại điện tử"


def test_a_january_page_whose_own_dates_are_of_the_year_before_reports_that_year() -> None:
    text = ("date 2026-01\nChính quyền số của tỉnh\n\nTháng 12/2025, tỷ lệ giải quyết hồ sơ trực tuyến đạt 91%.\n\n"
            "100% văn bản giữa các cơ quan nhà nước được ký số.")
    assert [(r.value, r.year) for r in read(text, plan_year=2026)] == [(91, 2025), (100, 2025)]
    dated_now = "date 2026-01\nNgày 10/1/2026, tỉnh cho biết 100% văn bản được ký số."
    assert [r.year for r in read(dated_now, plan_year=2026)] == [2026]


def test_reached_by_a_year_then_more_of_the_same_list_are_results() -> None:
    recs = read("Đến năm 2024, mạng viễn thông của tỉnh đã phủ sóng tới 100% xã; 97% thôn có băng rộng di động "
                "và 90% hộ gia đình có Internet cáp quang.", plan_year=None)
    assert [(r.value, r.kind) for r in recs] == [(100, "result"), (97, "result"), (90, "result")]
    aims = read("Đến năm 2026, 100% xã có cáp quang; 97% thôn có băng rộng di động.", plan_year=None)
    assert [r.kind for r in aims] == ["target", "target"]


def test_a_review_meeting_early_in_a_year_reports_the_year_before() -> None:
    text = ("date 2026-01\nNgày 20/01/2026, phường tổ chức Hội nghị sơ kết công tác chuyển đổi số. "
            "Tỷ lệ hồ sơ trực tuyến đạt 93,5%.")
    assert [r.year for r in read(text, plan_year=2026)] == [2025]
    assert [r.year for r in read(text.replace("sơ kết", "triển khai"), plan_year=2026)] == [2026]


def test_the_parts_trong_do_lists_are_of_the_year_of_the_value_before() -> None:
    text = ("date 2022-10\nĐiển hình là năm 2021: chỉ số chuyển đổi số của tỉnh xếp thứ 9/63. "
            "Trong đó, chỉ số chính quyền số xếp thứ 8/63, kinh tế số xếp 14/63.")
    assert [(r.value, r.year) for r in read(text, plan_year=2022)] == [(9, 2021), (8, 2021), (14, 2021)]


def test_a_heading_after_a_past_years_paragraph_returns_a_report_to_results() -> None:
    text = ("Kết quả chuyển đổi số của tỉnh gồm:\nVề thể chế số:\nTrong năm 2022, 100% sở, ngành đã có kế hoạch.\n"
            "Về hạ tầng số:\nTỷ lệ cán bộ được trang bị máy tính đạt tỷ lệ: 96%.\n")
    assert [r.kind for r in read(text, plan_year=None)] == ["result", "result"]


def test_a_value_of_last_year_is_of_the_year_before_its_sentences() -> None:
    recs = read("Trong PCI 2024, Bắc Ninh tăng 5 bậc, từ vị trí số 19 của năm ngoái lên vị trí thứ 14.", plan_year=None)
    assert [(r.value, r.year) for r in recs] == [(19, 2023), (14, 2024)]


def test_a_year_written_after_one_aims_object_is_that_aims_alone() -> None:
    text = ("date 2025-06\nĐến năm 2030, kinh tế số của tỉnh chiếm 30% GRDP và nâng lên 45% GRDP vào năm 2045. "
            "Tỷ lệ người dân dùng dịch vụ công trực tuyến đạt 85%.\n")
    assert [(r.value, r.year) for r in read(text, plan_year=2025)] == [(30, 2030), (45, 2045), (85, 2030)]
    # (not the year a clause after it names for the next value)
    grown = read("Tỷ trọng kinh tế số năm 2023 là 12,3% và tiếp tục tăng trưởng trong năm 2024, đạt 13,1%.", plan_year=None)
    assert [(r.value, r.year) for r in grown] == [(12.3, 2023), (13.1, 2024)]


def test_a_report_that_names_the_years_plans_reports_results() -> None:
    text = ("Báo cáo tình hình triển khai chuyển đổi số đến tháng 5/2024 cho biết: đến nay đã có 20 bộ, ngành và "
            "60 địa phương ban hành Kế hoạch chuyển đổi số năm 2024. Hiện cả nước có 81% hộ gia đình dùng cáp quang.\n")
    assert {(r.kind, r.year) for r in read(text, plan_year=2024)} == {("result", 2024)}
    # (a report that goes on to the next year's tasks is a plan too)
    both = ("Báo cáo kết quả chuyển đổi số năm 2023 và phương hướng, nhiệm vụ năm 2024\nI. KẾT QUẢ\n"
            "Tỷ lệ hồ sơ trực tuyến đạt 45%.\nII. NHIỆM VỤ NĂM 2024\nTỷ lệ hồ sơ trực tuyến đạt 60%.")
    assert [(r.value, r.kind, r.year) for r in read(both, plan_year=2024)] == [
        (45, "result", 2023), (60, "target", 2024)]


def test_the_stage_a_years_plan_serves_dates_none_of_its_targets() -> None:
    text = ("Kế hoạch chuyển đổi số năm 2024 của tỉnh\n\nTheo kế hoạch, có 8 chỉ tiêu cần tập trung thực hiện nhằm "
            "hoàn thành nhiệm vụ chuyển đổi số giai đoạn 2021 - 2025 gồm: 100% sở, ngành cung cấp dữ liệu mở; 90% hồ sơ "
            "thủ tục hành chính được số hóa.\n")
    assert [(r.kind, r.year) for r in read(text, plan_year=2024)] == [("target", 2024), ("target", 2024)]
    # (a deadline beyond the plan's year still dates its target)
    later = "Kế hoạch chuyển đổi số năm 2024 của tỉnh\n\nĐến năm 2025, 100% xã có điểm phục vụ bưu chính.\n"
    assert [r.year for r in read(later, plan_year=2024)] == [2025]


def test_a_plans_current_state_section_reports_results_of_its_year() -> None:
    text = ("KẾ HOẠCH\nPHÁT TRIỂN HẠ TẦNG SỐ TỈNH ĐẾN NĂM 2025\nPhần thứ nhất\nHIỆN TRẠNG HẠ TẦNG SỐ ĐẾN NĂM 2022\n"
            "1. Mạng di động\nMạng di động đã phủ tới 100% xã; 99,5% thôn đã được phủ sóng.\n"
            "Phần thứ hai\nMỤC TIÊU ĐẾN NĂM 2025\n1. Mạng di động\n100% thôn được phủ sóng 5G.\n")
    assert [(r.kind, r.year) for r in read(text, plan_year=2025)] == [
        ("result", 2022), ("result", 2022), ("target", 2025)]


def test_news_of_a_plan_to_2030_reports_its_own_years_results() -> None:
    text = ("date 2025-10\nTỉnh vừa ban hành Kế hoạch phát triển hạ tầng số đến năm 2030.\n\n"
            "Theo báo cáo, hiện nay mạng di động đã phủ 100% số ấp. Tỷ lệ hộ gia đình có cáp quang đạt 95,25%.\n\n"
            "Đến năm 2030, tỉnh hướng tới phủ sóng 5G 100%.\n")
    assert [(r.kind, r.year) for r in read(text, plan_year=2030)] == [
        ("result", 2025), ("result", 2025), ("target", 2030)]
    # a plan's own text (its title first) stays a plan
    plan = "KẾ HOẠCH\nPhát triển hạ tầng số đến năm 2030\nĐến năm 2030, 100% thôn có sóng 5G.\n"
    assert [r.kind for r in read(plan, plan_year=2030)] == ["target"]


def test_news_dated_after_the_plan_it_names_reports_its_own_time_not_the_year_before_the_plan() -> None:
    # a January 2024 page on how the 2023 plan went: its "đến nay" is 2023's end, not 2022
    text = ("date 2024-01\nĐến nay, toàn tỉnh có 1.250 trạm BTS; cáp quang đã đến 100% xã.\n\n"
            "Các sở, ngành đều đã ban hành kế hoạch chuyển đổi số năm 2023.\n")
    assert [(r.kind, r.year) for r in read(text, plan_year=2023)] == [("result", 2023), ("result", 2023)]
    # the plan itself (its title first) still reports the year before it
    plan = "KẾ HOẠCH\nChuyển đổi số năm 2023\nNăm qua, toàn tỉnh đã có 1.250 trạm BTS.\n"
    assert [(r.kind, r.year) for r in read(plan, plan_year=2023)] == [("result", 2022)]


def test_what_a_province_expects_by_a_year_is_an_aim() -> None:
    text = ("date 2024-05\nĐến nay, toàn tỉnh có 310 tổ công nghệ số cộng đồng.\n"
            "Đến 2026, tỉnh kỳ vọng có ít nhất 85% hộ gia đình dùng Internet cáp quang.\n")
    assert [(r.value, r.kind, r.op) for r in read(text, plan_year=2024)] == [(310, "result", "="), (85, "target", ">=")]


def test_a_year_after_a_contrast_belongs_to_the_other_value() -> None:
    text = ("date 2023-09\nChỉ số DTI năm 2022: tỉnh xếp thứ 18/63.\n\n"
            "Trong đó, chính quyền số xếp thứ 12/63 trong khi năm 2021 chỉ đứng thứ 30.\n")
    years = {r.value: r.year for r in read(text, plan_year=None)}
    assert years[12] == 2022


def test_a_year_still_to_come_in_news_makes_an_aim_and_speaks_for_the_paragraph() -> None:
    text = ("date 2025-10\nChiến lược mới được ban hành.\n\nDoanh số bán lẻ trực tuyến tăng bình quân 18% mỗi năm, chiếm "
            "12% tổng mức bán lẻ vào năm 2030. Khoảng 45% hợp tác xã bán hàng trên các sàn thương mại điện tử.")
    recs = read(text, plan_year=2025)  # (the year a stamped text's metadata gives, as `muctieu extract` reads it)
    assert [(r.value, r.kind, r.year) for r in recs] == [(18, "target", 2030), (12, "target", 2030), (45, "target", 2030)]


def test_this_year_before_a_pronoun_leaves_it_to_be_resolved() -> None:
    recs = read("Tỷ lệ hộ gia đình có cáp quang là 60% vào năm 2021 và đến năm nay tỷ lệ này là 70%.", plan_year=None)
    assert recs[1].indicator == recs[0].indicator  # "tỷ lệ này" borrows the rate named before


def test_the_year_of_what_a_value_is_compared_with_is_not_its_own() -> None:
    (r,) = read("Ngày 20/4/2023, ban tổ chức cho biết các sản phẩm đoạt giải có doanh thu lên tới 12.000 tỷ đồng, "
                "cao hơn doanh thu của toàn ngành năm 2010.", plan_year=None)
    assert r.year == 2023


def test_a_target_that_holds_from_a_year_on_is_for_that_year() -> None:
    text = ("Chương trình giai đoạn 2026–2035 đặt mục tiêu tỷ lệ trạm y tế xã có kết nối băng rộng "
            "cáp quang đạt 100% từ năm 2029.")
    assert [(r.kind, r.value, r.year) for r in read(text, plan_year=2026)] == [("target", 100, 2029)]
    # a range's start is not: the range ends in the year the target is for
    ranged = "Phấn đấu tỷ lệ hồ sơ trực tuyến đạt 80% từ năm 2026 đến năm 2030."
    assert [(r.value, r.year) for r in read(ranged, plan_year=2025)] == [(80, 2030)]


def test_an_index_named_in_passing_does_not_date_what_an_undated_report_says_of_its_own_year() -> None:
    aside = ("Năm 2023, ngành Thông tin và Truyền thông tỉnh tiếp tục hoàn thành nhiệm vụ. Nhờ đó, Chỉ số DTI "
             "của tỉnh năm 2022 xếp thứ 30/63 tỉnh.\nVề hạ tầng số: phủ sóng 4G đến 97% thôn, bản.")
    assert [(r.value, r.year) for r in read(aside, plan_year=None)] == [(30, 2022), (97, 2023)]
    # an index the text announces is what it reports: its results are of the index's year
    announced = ("Bộ vừa công bố kết quả Chỉ số DTI năm 2023 của các tỉnh; tỉnh xếp thứ 12/63. Năm 2024, tỉnh "
                 "tiếp tục hoàn thành nhiệm vụ.\n"
                 "Về hạ tầng số: phủ sóng 4G đến 97% thôn, bản.")
    assert [(r.value, r.year) for r in read(announced, plan_year=None)] == [(12, 2023), (97, 2023)]


def test_a_year_phrase_with_its_preposition_leaves_no_dangling_word() -> None:
    r = read("Theo số liệu của Sở Thông tin và Truyền thông, đến cuối năm 2021, toàn bộ 18/18 sở, ngành và 9/9 "
             "huyện đã có nền tảng số.", plan_year=None)[0]
    assert not r.indicator.startswith("đến") and "sở, ngành" in r.indicator


def test_each_value_in_a_bracketed_list_of_years_takes_its_own_year() -> None:
    recs = read("Chỉ số chuyển đổi số của tỉnh tăng qua các năm (năm 2021 xếp thứ 40, năm 2022 xếp thứ 33, "
                "năm 2023 đứng thứ 19 trong 63 tỉnh, thành phố).", plan_year=2024)
    assert [(r.value, r.year) for r in recs] == [(40, 2021), (33, 2022), (19, 2023)]


def test_mid_year_is_a_date_and_no_part_of_the_wording() -> None:
    (r,) = read("Tính đến giữa năm 2024, tỉnh có 91,2% hồ sơ công việc cấp tỉnh được xử lý trên môi trường mạng.",
                plan_year=None)
    assert r.year == 2024 and "giữa" not in r.indicator


def test_now_dates_a_result_by_the_texts_own_year_not_an_earlier_sentences() -> None:
    text = ("date 2023-07\nNăm 2021, tỉnh đưa vào dùng hệ thống quản lý văn bản. Thời gian qua, việc ký số được chỉ "
            "đạo sát sao. Đến nay, 17/19 sở, ngành đã ký số trên 85% văn bản đi.\n")
    assert {r.year for r in read(text, plan_year=2023)} == {2023}
    # "từ trước đến nay" is no date
    (r,) = read("date 2025-05\nChỉ số cải cách hành chính năm 2024 của các tỉnh đạt trung bình cao nhất từ trước "
                "đến nay, đạt 87,6%.\n", plan_year=2025)
    assert r.year == 2024
    # "hiện có" says now as well
    text = ("date 2024-09\nNăm 2023, tỉnh đưa vào dùng hệ thống quản lý văn bản.\n\n"
            "Toàn tỉnh hiện có 5 doanh nghiệp cung cấp dịch vụ viễn thông.\n")
    assert [r.year for r in read(text, plan_year=2024)] == [2024]
    # (and with a place between: "Hiện Lạng Sơn có …")
    text = ("date 2024-09\nNăm 2023, tỉnh đưa vào dùng hệ thống quản lý văn bản.\n\n"
            "Hiện Lạng Sơn có 5 doanh nghiệp cung cấp dịch vụ viễn thông.\n")
    assert [r.year for r in read(text, plan_year=2024)] == [2024]


def test_an_index_edition_in_brackets_names_the_year_of_the_rank_inside() -> None:
    recs = read("date 2025-05\nTrong PII năm 2024, Quảng Ninh xếp hạng 6 (PII 2023 xếp hạng 9).\n", plan_year=2025)
    assert [(r.value, r.year) for r in recs] == [(6, 2024), (9, 2023)]


def test_a_date_lead_without_its_year_is_no_part_of_the_wording() -> None:
    (r,) = read("date 2024-01\nTính đến cuối năm, thanh toán qua mã QR đạt 183 triệu giao dịch.\n", plan_year=2024)
    assert r.indicator.startswith("thanh toán qua mã QR")
    (r,) = read("date 2024-07\nĐến hết tháng 6, số tài khoản VNeID được kích hoạt đạt 412.300 tài khoản.\n", plan_year=2024)
    assert r.indicator.lower().startswith("số tài khoản")
    (r,) = read("date 2024-05\nĐến hết quý I/2024 đã có 14 bộ, ngành ban hành danh mục cơ sở dữ liệu.\n", plan_year=2024)
    assert r.indicator.startswith("bộ, ngành")
    (r,) = read("date 2024-05\nĐến thời điểm hiện tại có 19.881 người sử dụng hệ thống.\n", plan_year=2024)
    assert r.indicator.startswith("người sử dụng")


def test_now_after_a_start_date_keeps_its_paragraphs_year() -> None:
    text = ("date 2024-07\nNăm 2023, tỉnh đưa vào dùng nền tảng khai báo. Từ ngày 1/1/2023 đến nay có 238.195 phương "
            "tiện khai báo trên nền tảng này.\n")
    assert [r.year for r in read(text, plan_year=2024)] == [2023]


def test_a_result_compared_with_a_named_year_is_not_of_that_year() -> None:
    text = ("date 2023-01\nTỷ lệ người hưởng trợ cấp qua tài khoản ở đô thị đạt 41%, tăng 6% so với kết quả "
            "đạt được năm 2021.")
    # (the loader gives a stamped text its stamp's year as plan year)
    assert [(r.value, r.year) for r in read(text, plan_year=2023)] == [(41, 2022)]
    # compared with a year long before the text's own, it is of the text's year
    text = "date 2025-06\nTỷ lệ hồ sơ trực tuyến đạt 70%, gấp đôi so với năm 2020."
    assert read(text, plan_year=2025)[0].year == 2025


def test_a_january_page_whose_paragraph_opens_on_last_year_reviews_that_year() -> None:
    # (a long opening sentence: prose, not a lead the grammar dates its paragraph by)
    text = ("date 2026-01\nDự hội nghị có các đồng chí: Trần Văn An, Phó Chủ tịch UBND tỉnh.\n\n"
            "Năm 2025, với sự vào cuộc đồng bộ của các cấp, các ngành và sự đồng lòng của người dân, tỉnh đã đạt "
            "được nhiều kết quả quan trọng trên các lĩnh vực chuyển đổi số, cải cách hành chính và khoa học công nghệ. "
            "Tỉnh đứng thứ 6 toàn quốc và hoàn thành các nhiệm vụ vào ngày 05/01/2026.\n\n"
            "Tỷ lệ dân số được phủ sóng 5G đạt 48%, tăng gấp 3 lần so với đầu năm.\n")
    assert [(r.value, r.year) for r in read(text, plan_year=2026)] == [(6, 2025), (48, 2025)]


def test_a_year_framed_after_who_reports_it_goes_on_for_its_paragraph() -> None:
    text = ("date 2024-04\nThông tin từ Sở Nông nghiệp và Môi trường tỉnh, trong năm 2023 công tác cấp giấy chứng "
            "nhận đạt 1.950 hồ sơ. Sở đã số hóa 82.000 hồ sơ địa chính; có 40 xã vận hành cơ sở dữ liệu đất đai.")
    assert [(r.value, r.year, r.kind) for r in read(text, plan_year=2024)] == [
        (1950, 2023, "result"), (82000, 2023, "result"), (40, 2023, "result")]


def test_the_year_a_paragraph_strives_for_holds_for_its_next_plain_sentence() -> None:
    text = ("date 2024-12\nNăm 2024, tỉnh đón 2,1 triệu lượt khách. Tỉnh phấn đấu năm 2025 thu hút 2,5 triệu lượt "
            "khách. Doanh thu du lịch 9.300 tỷ đồng.\n")
    recs = read(text, plan_year=None)
    assert [(r.kind, r.year) for r in recs] == [("result", 2024), ("target", 2025), ("target", 2025)]


def test_a_year_already_past_that_was_striven_for_carries_no_aim() -> None:
    text = "date 2025-03\nNăm 2024, tỉnh phấn đấu năm 2024 đạt 90% hồ sơ trực tuyến. Số thuê bao di động 1,2 triệu.\n"
    assert [r.kind for r in read(text, plan_year=2025)][-1] == "result"  # (the page's year, as documents.load gives it)


def test_a_result_measured_against_a_terms_plan_is_not_of_the_terms_last_year() -> None:
    text = "date 2023-07\nTỉnh thu ngân sách đạt 52.000 tỉ đồng, đạt 70% kế hoạch của cả nhiệm kỳ 2021 - 2025.\n"
    assert [(r.kind, r.year) for r in read(text, plan_year=2023)] == [("result", 2023)]


def test_a_plan_issued_late_in_a_year_naming_only_the_next_aims_at_the_next() -> None:
    text = ("date 2024-12\nKế hoạch được ban hành nhằm đẩy mạnh chuyển đổi số trên địa bàn tỉnh.\n\n"
            "Phấn đấu 95% hồ sơ thủ tục hành chính được số hóa; đến hết năm 2025, 80% dân số trưởng thành "
            "có tài khoản định danh điện tử.\n")
    assert [(r.kind, r.year) for r in read(text, plan_year=2024)] == [("target", 2025), ("target", 2025)]
    # (a page that names its own year too is of it)
    text = text.replace("Kế hoạch được ban hành", "Năm 2024, kế hoạch được ban hành")
    assert [r.year for r in read(text, plan_year=2024)][0] == 2024


def test_the_end_of_a_year_after_the_pages_own_is_still_to_come() -> None:
    text = "date 2024-05\nĐến hết năm 2025, 80% dân số trưởng thành có tài khoản định danh điện tử.\n"
    assert [(r.kind, r.year) for r in read(text, plan_year=2024)] == [("target", 2025)]
    text = "date 2024-05\nĐến hết năm 2023, 80% dân số trưởng thành có tài khoản định danh điện tử.\n"
    assert [(r.kind, r.year) for r in read(text, plan_year=2024)] == [("result", 2023)]


def test_a_long_lead_opening_on_the_plan_it_cites_sets_the_aims_year() -> None:
    text = ("date 2024-03\nTỉnh vừa công bố quy hoạch thời kỳ 2021-2030, tầm nhìn đến năm 2050.\n\n"
            "Theo quy hoạch, mục tiêu đến năm 2030, tỉnh là trung tâm kinh tế biển của vùng; có kinh tế phát triển "
            "năng động, hài hòa và bền vững; là trung tâm du lịch sinh thái và văn hóa của cả nước.\n\n"
            "Cụ thể về kinh tế, tăng trưởng GRDP bình quân 7,5%/năm, kinh tế số đạt trên 20% GRDP.\n")
    assert [(r.kind, r.year) for r in read(text, plan_year=None)] == [("target", 2030), ("target", 2030)]


def test_a_mid_term_point_is_not_the_terms_last_year() -> None:
    text = "Sau nửa nhiệm kỳ 2020 - 2025, tỷ lệ hồ sơ xử lý trực tuyến của tỉnh đã đạt 48,6%."
    assert [r.year for r in read(text, plan_year=None)] == [None]


def test_values_in_one_bracket_each_take_the_year_written_after_them() -> None:
    recs = read("Mỗi người dân có một hồ sơ sức khỏe điện tử (tỷ lệ người dân có hồ sơ sức khỏe điện tử đạt 85% "
                "vào năm 2026 và 95% vào năm 2030).", plan_year=2025)
    assert [(r.value, r.year) for r in recs] == [(85, 2026), (95, 2030)]
    # a year that leads the next value is not the one before it
    recs = read("Tỷ lệ hồ sơ đúng hạn đạt cao (năm 2022 đạt 98,5% năm 2023 đạt 99,1%).", plan_year=None)
    assert [(r.value, r.year) for r in recs] == [(98.5, 2022), (99.1, 2023)]


def test_ranks_before_the_ranking_year_the_text_names_later_are_of_that_year() -> None:
    text = ("date 2024-08\nTheo kết quả đánh giá mức độ chuyển đổi số các xã, xã Tân Lập xếp thứ 1 với 402,5 điểm; "
            "xã Hòa Bình xếp thứ 2 với 388,1 điểm.\n"
            "Quyết định có hiệu lực từ ngày 12/7/2024; các xã căn cứ kết quả xếp hạng năm 2023 để khắc phục hạn chế.\n")
    recs = read(text, plan_year=2024)
    assert [(r.value, r.unit, r.year) for r in recs] == [
        (1, "rank", 2023), (402.5, "other", 2023), (2, "rank", 2023), (388.1, "other", 2023)]
    # (the year an index was first published measures nothing the text reports)
    text = ("Tỉnh xếp thứ 12 về chỉ số PAPI, với 43,1 điểm.\n"
            "Chỉ số PAPI được công bố lần đầu vào năm 2009.\n")
    recs = read(text, plan_year=None)
    assert [(r.value, r.unit) for r in recs] == [(12, "rank"), (43.1, "other")]
    assert all(r.year != 2009 for r in recs)
    # (nor an old ranking the text only recalls)
    text = ("date 2024-07\nTheo kết quả vừa công bố, tỉnh xếp thứ 12/63 với 0,5204 điểm.\n"
            "Ở bảng xếp hạng DTI 2021, tỉnh chỉ đứng thứ 35/63.\n")
    recs = read(text, plan_year=2024)
    assert [r.value for r in recs[:2]] == [12, 0.5204]
    assert 2021 not in (recs[0].year, recs[1].year)


def test_where_a_yearly_rankings_move_started_is_a_year_before_where_it_reached() -> None:
    text = "date 2025-04\nNăm 2024, thứ hạng PCI của tỉnh tăng 5 bậc (từ vị trí 41 lên 36).\n"
    recs = [r for r in read(text, plan_year=2025) if r.unit == "rank"]
    assert [(r.value, r.kind, r.year) for r in recs] == [(41, "result", 2023), (36, "result", 2024)]
    # (however the move is worded: "từ vị trí 27 tiến lên vị trí thứ 19", "vươn lên", "tụt xuống")
    for move in ("tiến lên vị trí thứ", "vươn lên", "tụt xuống thứ"):
        text = f"date 2025-04\nNăm 2024, chỉ số PCI của tỉnh từ vị trí 27 {move} 19.\n"
        recs = [r for r in read(text, plan_year=2025) if r.unit == "rank"]
        assert [(r.value, r.year) for r in recs] == [(27, 2023), (19, 2024)], move


@pytest.mark.parametrize("text", [
    "Việt Nam đã duy trì được việc tăng hạng liên tục trong giai đoạn 2014 - 2020 từ vị trí 99 lên vị trí 86.",  # a period
    "Tháng 4/2024, chỉ số phục vụ người dân và doanh nghiệp của tỉnh tăng từ vị trí 35 lên 20.",  # a monthly ranking
    "Sau 3 năm thực hiện Nghị quyết, đến năm 2024 chỉ số DTI của tỉnh tăng 20 bậc, từ vị trí 50 lên 30.",
])
def test_a_moves_start_is_not_the_year_before_when_its_sentence_names_another_span(text: str) -> None:
    recs = [r for r in read(f"date 2024-05\n{text}\n", plan_year=2024) if r.unit == "rank"]
    assert 2023 not in [r.year for r in recs] and 2019 not in [r.year for r in recs]


def test_the_horizon_one_item_aims_at_dates_no_other_item() -> None:
    text = ("Các chỉ tiêu chủ yếu gồm:\n- Hoàn thành 300 công trình chuyển đổi số do thanh niên thực hiện.\n"
            "- Trồng cây xanh hướng tới mục tiêu trung hòa carbon năm 2050.\n"
            "- Hỗ trợ 12 000 trẻ em có hoàn cảnh khó khăn.")
    assert [(r.value, r.year) for r in read(text, plan_year=None)] == [(300, None), (12000, None)]


def test_an_item_is_not_of_the_horizon_it_aims_at() -> None:
    r = only("- Trồng 2 triệu cây xanh hướng tới mục tiêu trung hòa carbon năm 2050.", plan_year=None)
    assert (r.value, r.year) == (2e6, None)


def test_a_year_aimed_at_itself_is_the_items_year() -> None:
    # no goal named between "hướng tới" and the year: the year is the aim's own
    r = only("Phấn đấu 100% thôn có điểm truy cập Internet công cộng, hướng tới mục tiêu năm 2026.", plan_year=None)
    assert (r.value, r.year) == (100, 2026)
    r = only("- Xây dựng 40 mô hình thôn thông minh, hướng tới năm 2027.", plan_year=None)
    assert (r.value, r.year) == (40, 2027)


def test_a_month_or_quarter_opening_a_clause_dates_it() -> None:
    # in a text with aims for 2025, a count dated by its month is what was reached then
    recs = read("Tháng 3/2023, có 1.250 doanh nghiệp công nghệ số trên địa bàn.\n"
                "Mục tiêu đến năm 2025, có 2.000 doanh nghiệp công nghệ số.\n", plan_year=2025)
    assert [(r.kind, r.value, r.year) for r in recs] == [("result", 1250, 2023), ("target", 2000, 2025)]
    # the date is no part of what is counted
    r = read("Theo số liệu của ngân hàng, cuối quý II/2022, có hơn 80 triệu tài khoản ví điện tử đang hoạt động.\n"
             "Mục tiêu đến năm 2025, 80% người trưởng thành có tài khoản thanh toán.\n", plan_year=2025)[0]
    assert (r.kind, r.year) == ("result", 2022) and "cuối" not in r.indicator


def test_a_clauses_date_goes_on_for_its_paragraphs_next_results() -> None:
    recs = read("Đến nay, số hợp tác xã bán hàng trực tuyến tăng 4 lần so với thời điểm năm 2019. "
                "Tính đến tháng 2/2022, có 2.950 hợp tác xã tham gia sàn. Số sản phẩm lên sàn đạt 5.400 sản phẩm.\n",
                plan_year=None)
    assert [(r.value, r.year) for r in recs] == [(2950, 2022), (5400, 2022)]


def test_every_value_in_a_bracket_after_the_year_compared_with_is_of_that_year() -> None:
    recs = read("Năm 2023, chỉ số DTI của tỉnh đạt 0,5712 điểm, xếp thứ 25/63, tăng 6 bậc so với năm 2022 "
                "(xếp thứ 31 với 0,4903 điểm).", plan_year=None)
    assert [(r.value, r.unit, r.year) for r in recs] == [
        (0.5712, "other", 2023), (25, "rank", 2023), (31, "rank", 2022), (0.4903, "other", 2022)]


def test_where_a_place_stood_in_the_year_its_move_is_compared_with() -> None:
    recs = read("Chỉ số DTI năm 2023 của tỉnh xếp thứ 19/63, tăng 14 bậc so với năm 2022 xếp thứ 33/63. "
                "Trong đó, chính quyền số xếp thứ 21/63.", plan_year=None)
    assert [(r.value, r.year) for r in recs] == [(19, 2023), (33, 2022), (21, 2023)]
    # (a place after a change in value, not in places, is the year's own)
    recs = read("Năm 2023, tốc độ di động đạt 52,5 Mbit/s, tăng 20% so với cùng kỳ năm 2022 xếp thứ 45/140 quốc gia.",
                plan_year=None)
    assert [(r.value, r.year) for r in recs if r.unit == "rank"] == [(45, 2023)]


def test_a_month_written_right_after_a_value_is_its_own() -> None:
    recs = read("Tỷ lệ hồ sơ nộp trực tuyến tăng gấp đôi, từ 21,5% năm 2021 lên 43,2% vào tháng 6/2023.", plan_year=None)
    assert [(r.value, r.year) for r in recs] == [(21.5, 2021), (43.2, 2023)]


def test_the_year_of_what_is_added_dates_no_total_it_makes() -> None:
    recs = read("date 2026-01\nNăm 2025, nhà mạng đã lắp mới 1.200 trạm 5G. Cùng với số trạm 5G lắp năm 2024, "
                "nhà mạng đang có tổng số 2.100 trạm, phủ sóng 85% dân số.\n", plan_year=2026)
    assert [(r.value, r.year) for r in recs] == [(1200, 2025), (2100, 2025), (85, 2025)]


def test_a_place_in_brackets_after_the_edition_of_the_ranking_compared_with_is_of_that_edition() -> None:
    recs = read("Năm 2022, chỉ số DTI của tỉnh xếp thứ 18/63, tăng 11 bậc so với DTI 2021 (29/63), trong đó "
                "nổi bật là chỉ số về nhận thức số.", plan_year=None)
    assert [(r.value, r.year) for r in recs] == [(18, 2022), (29, 2021)]


def test_the_year_of_a_deed_alongside_is_the_sentences_own() -> None:
    # "cùng với việc …" tells what went with it, not a number of things added to a total
    r = only("Cùng với việc triển khai Đề án 06 trong năm 2024, tỉnh đã cấp 12.000 tài khoản định danh điện tử.",
             plan_year=None)
    assert (r.value, r.year) == (12000, 2024)
    r = only("Cùng với công tác tuyên truyền năm 2023, huyện đã lắp đặt 45 điểm wifi công cộng.", plan_year=None)
    assert (r.value, r.year) == (45, 2023)


def test_a_bracket_that_breaks_the_value_down_after_the_year_compared_with_is_of_its_own_year() -> None:
    recs = read("Năm 2023, doanh thu thương mại điện tử đạt 1.250 tỷ đồng, tăng 25% so với năm 2022 "
                "(trong đó bán lẻ trực tuyến 600 tỷ đồng).", plan_year=None)
    assert [(r.value, r.year) for r in recs if r.unit == "other"] == [(1_250_000_000_000, 2023), (600_000_000_000, 2023)]
    assert "bán lẻ" in recs[-1].indicator
    # (a bracket with the year compared with's own value is still of that year)
    recs = read("Năm 2023, tổng số thuê bao đạt 1,2 triệu, tăng 6% so với năm 2022 (1,13 triệu thuê bao).", plan_year=None)
    assert [(r.value, r.year) for r in recs] == [(1_200_000, 2023), (1_130_000, 2022)]


def test_a_rankings_move_told_as_done_starts_from_the_year_before_too() -> None:
    text = "date 2025-04\nNăm 2024, chỉ số PAR Index của tỉnh từ vị trí 15 đã tụt xuống vị trí 23.\n"
    recs = [r for r in read(text, plan_year=2025) if r.unit == "rank"]
    assert [(r.value, r.year) for r in recs] == [(15, 2023), (23, 2024)]


def test_an_undated_texts_aims_take_the_horizon_it_set_them_by() -> None:
    text = ("Mục tiêu thành phố nêu trong đề án chuyển đổi số là đến 2030 hoàn thiện chính quyền số.\n"
            "Đề án cũng hướng tới 100% cơ quan nhà nước kết nối mạng truyền số liệu chuyên dùng và 80% hộ gia "
            "đình có cáp quang.\n")
    assert [(r.value, r.kind, r.year) for r in read(text, plan_year=None)] == [(100, "target", 2030), (80, "target", 2030)]
    # (with no horizon said before them, nothing dates them)
    assert only("Đề án hướng tới 100% cơ quan nhà nước kết nối mạng truyền số liệu chuyên dùng.", plan_year=None).year is None


def test_aims_due_by_a_month_are_of_that_months_year() -> None:
    text = ("Theo lộ trình của đề án, đến năm 2026 tỉnh phải cấp 800.000 tài khoản định danh điện tử. Đến hết "
            "tháng 12/2024, tỉnh phải triển khai 8 tiện ích trên ứng dụng; 45% dân số có tài khoản thanh toán điện tử.")
    assert [(r.value, r.kind, r.year) for r in read(text, plan_year=None)] == [
        (800_000, "target", 2026), (8, "target", 2024), (45, "target", 2024)]
    # (an aim due by a month of the year the text aims at stays an aim)
    text = ("Theo đó, tỉnh đặt mục tiêu nằm trong nhóm khá của cả nước về chỉ số chuyển đổi số vào năm 2025.\n"
            "Mục tiêu cụ thể: tỷ lệ hồ sơ trực tuyến toàn trình đạt tối thiểu 75%.\n"
            "Đến hết tháng 6/2025, hoàn thành việc gắn định danh cá nhân cho 100% hồ sơ giải quyết thủ tục hành chính.\n")
    assert [(r.value, r.kind, r.year) for r in read(text, plan_year=None)] == [(75, "target", 2025), (100, "target", 2025)]


def test_the_deadline_that_opens_the_next_aim_is_not_this_ones() -> None:
    text = ("Đến năm 2025, tỉnh đứng trong tốp 10 cả nước về chuyển đổi số; kinh tế số chiếm ít nhất 20% GRDP và "
            "đến năm 2030 chiếm khoảng 30% GRDP.")
    shares = [r for r in read(text, plan_year=None) if r.unit == "%"]
    assert [(r.value, r.year) for r in shares] == [(20, 2025), (30, 2030)]
    assert shares[0].indicator == "kinh tế số chiếm GRDP"  # (nor its words)


def test_a_deadline_written_without_its_word_holds_for_its_paragraph() -> None:
    text = ("Năm 2024, tỉnh đã có 300 doanh nghiệp công nghệ số.\nMục tiêu của tỉnh đến 2026, phấn đấu kinh tế số "
            "chiếm 20% GRDP. Tỷ lệ giao dịch không dùng tiền mặt đạt từ 60% trở lên.\n")
    assert [(r.value, r.kind, r.year) for r in read(text, plan_year=None)] == [
        (300, "result", 2024), (20, "target", 2026), (60, "target", 2026)]
    # (but not on a page of that year: there it tells where things stand)
    text = "date 2025-11\nNăm 2024, tỉnh có 300 doanh nghiệp công nghệ số.\nĐến 2025, doanh thu thương mại điện tử của tỉnh đạt 1.200 tỷ đồng.\n"
    assert [(r.kind, r.year) for r in read(text, plan_year=2025)] == [("result", 2024), ("result", 2025)]


def test_a_plans_stage_heading_dates_the_aims_under_it_by_the_stages_end() -> None:
    text = ("KẾ HOẠCH\nPhát triển chính quyền số tỉnh giai đoạn 2026 - 2030\n2. Mục tiêu cụ thể\n2.1. Giai đoạn 2026 - 2027\n"
            "a) Dịch vụ số:\n- 100% dịch vụ công trực tuyến toàn trình được cung cấp;\n- 90% người dân hài lòng.\n"
            "2.2. Giai đoạn 2028 - 2030\n- 95% người dân hài lòng.\n")
    assert [(r.value, r.kind, r.year) for r in read(text, plan_year=2030)] == [
        (100, "target", 2027), (90, "target", 2027), (95, "target", 2030)]


def test_a_vision_beyond_the_aims_is_no_horizon_for_an_undated_texts_aims() -> None:
    text = ("Đề án chuyển đổi số của huyện đến năm 2025, tầm nhìn đến năm 2045.\n"
            "Đề án đặt mục tiêu 90% hồ sơ được xử lý trực tuyến.\n")
    assert [(r.value, r.year) for r in read(text, plan_year=None)] == [(90, 2025)]
    # (nor an orientation beyond them: "định hướng đến năm 2030")
    text = ("Đề án chuyển đổi số của huyện đến năm 2025, định hướng đến năm 2030.\n"
            "Đề án đặt mục tiêu 90% hồ sơ được xử lý trực tuyến.\n")
    assert [(r.value, r.year) for r in read(text, plan_year=None)] == [(90, 2025)]


def test_a_month_of_a_year_before_the_plans_set_as_an_end_keeps_no_aim() -> None:
    r = only("Từ đầu năm đến hết tháng 9/2024, tỉnh tiếp nhận 45.000 hồ sơ trực tuyến.", plan_year=2025)
    assert (r.kind, r.year) == ("result", 2024)


def test_results_told_as_years_since_a_dated_document_are_of_its_year_plus_those() -> None:
    text = ("Nghị quyết số 05-NQ/TU ngày 15/3/2021 của Tỉnh ủy đề ra nhiều chỉ tiêu về chuyển đổi số.\n"
            "Sau 2 năm triển khai thực hiện nghị quyết, tỉnh đã có 95% hồ sơ được ký số.\n"
            "Về kinh tế số, toàn tỉnh đã có 1.200 doanh nghiệp sử dụng hợp đồng điện tử.\n")
    assert [(r.kind, r.year) for r in read(text, plan_year=None)] == [("result", 2023), ("result", 2023)]
    # with no dated document, nothing to count from
    text = "Sau 2 năm triển khai thực hiện nghị quyết, tỉnh đã có 95% hồ sơ được ký số.\n"
    assert [r.year for r in read(text, plan_year=None)] == [None]


def test_the_year_a_document_was_issued_does_not_date_an_undated_texts_results() -> None:
    text = ("Năm 2022, Tỉnh ủy đã ban hành Nghị quyết về chuyển đổi số giai đoạn 2022-2025. "
            "Đến nay, 97% thôn, bản đã được phủ sóng di động.\n")
    assert [r.year for r in read(text, plan_year=None)] == [None]
    # a year the text reports from still dates it
    text = "Năm 2022, tỉnh có nhiều chuyển biến. Đến nay, 97% thôn, bản đã được phủ sóng di động.\n"
    assert [r.year for r in read(text, plan_year=None)] == [2022]


def test_a_school_year_is_of_its_second_year_but_from_its_start() -> None:
    assert [r.year for r in read("Năm học 2024-2025, 100% trường học thu học phí không dùng tiền mặt.", plan_year=None)] \
        == [2025]
    recs = read("Phấn đấu 100% trường trung học sử dụng học bạ số từ năm học 2026–2027.", plan_year=None)
    assert [(r.kind, r.year) for r in recs] == [("target", 2026)]
    # and its years leave the wording
    assert "2025" not in read("Năm học 2024-2025, 100% trường học có phần mềm quản lý.", plan_year=None)[0].indicator


def test_a_school_years_own_time_words_leave_the_wording_as_a_years_do() -> None:
    # ("Hết năm học …", "Tính đến hết năm học …": the words that say when, as for "Tính đến hết năm 2023")
    for opening in ("Hết năm học 2022 - 2023", "Tính đến hết năm học 2022-2023", "Đến cuối năm học 2022–2023"):
        recs = read(f"{opening}, có 87% giáo viên sử dụng bài giảng điện tử trong giảng dạy.", plan_year=None)
        assert [(r.indicator, r.year) for r in recs] == [("giáo viên sử dụng bài giảng điện tử trong giảng dạy", 2023)]


def test_a_year_an_undated_text_heads_towards_dates_none_of_its_results() -> None:
    text = ("Lượng tiền mặt giao dịch qua Kho bạc tỉnh hiện chỉ còn khoảng 6%. Kết quả này tạo nền tảng để Kho bạc "
            "tiến tới kho bạc số vào năm 2030.\n")
    assert [r.year for r in read(text, plan_year=None)] == [None]


def test_what_was_done_at_a_congress_is_not_of_its_terms_end() -> None:
    text = ("date 2025-12-20\nNăm 2025, Hội Cựu chiến binh tỉnh tổ chức thành công Đại hội đại biểu lần thứ VIII, nhiệm kỳ "
            "2025-2030; kết nạp 1.250 hội viên mới, thành lập 14 câu lạc bộ chuyển đổi số.\n")
    assert [(r.value, r.year) for r in read(text, plan_year=None)] == [(1250, 2025), (14, 2025)]
    # the term's aims are of its end, as before
    text = "date 2025-10-05\nĐại hội Đảng bộ tỉnh nhiệm kỳ 2025-2030 đề ra mục tiêu kinh tế số chiếm 30% GRDP.\n"
    assert [(r.value, r.kind, r.year) for r in read(text, plan_year=None)] == [(30, "target", 2030)]


def test_a_paragraph_opened_by_a_part_of_a_year_reports_that_year() -> None:
    text = ("Năm 2023, toàn tỉnh phát hiện 1.950 lượt tàu cá mất kết nối.\n"
            "Trong 6 tháng đầu năm 2024, phát hiện 96 tàu mất kết nối hơn 10 ngày. Lực lượng chức năng đã xử phạt "
            "41 chủ tàu, còn 12 chủ tàu đang được xem xét.\n")
    assert [(r.value, r.year) for r in read(text, plan_year=None)] == [(1950, 2023), (96, 2024), (41, 2024), (12, 2024)]


def test_a_meeting_that_launches_a_years_work_reports_the_year_before() -> None:
    text = ("Ngày 28.12, Sở Nội vụ tổ chức hội nghị triển khai nhiệm vụ năm 2026. Trong năm, sở đã tiếp nhận hơn "
            "12.400 hồ sơ trực tuyến, tăng 18% so với cùng kỳ năm 2024.\n")
    assert [(r.value, r.year) for r in read(text, plan_year=None)] == [(12400, 2025)]


def test_where_a_move_started_is_the_year_before_and_no_floor() -> None:
    recs = read("Năm 2023, chỉ số hài lòng của tỉnh giảm, từ 91,2% xuống 85,4%.", plan_year=None)
    assert [(r.value, r.op, r.year) for r in recs] == [(91.2, "=", 2022), (85.4, "=", 2023)]
    # its own year stays, and "từ … trở lên" is still a floor
    recs = read("Năm 2023, chỉ số hài lòng giảm từ 91,2% năm 2020 xuống 85,4%.", plan_year=None)
    assert [r.year for r in recs] == [2020, 2023]
    assert [r.op for r in read("Năm 2025, 60% xã đạt điểm từ 80% trở lên.", plan_year=None)][-1] == ">="


def test_a_breakdown_opening_the_next_paragraph_is_of_the_year_before_it() -> None:
    text = ("Năm 2030 là mốc của Đề án phát triển nhân lực.\nCụ thể, trong năm 2023, tỉnh đã tập huấn cho 1.200 cán bộ.\n"
            "Trong đó gồm có 12 lớp cho 240 cán bộ cấp xã.")
    assert [(r.value, r.year) for r in read(text, plan_year=2030)] == [(1200, 2023), (12, 2023), (240, 2023)]
    # (the year of a value in brackets is not the paragraph's)
    text = ("Năm 2024, doanh thu đạt 3.800 tỷ đồng, tăng 11% (năm 2023 đạt 3.420 tỷ đồng).\n"
            "Trong đó, doanh thu xuất khẩu đạt 1.300 tỷ đồng.")
    assert [r.year for r in read(text, plan_year=None)][-1] == 2024


def test_the_horizon_in_a_cited_documents_name_dates_nothing() -> None:
    text = ("Trong năm, thành phố tổ chức 02 hội nghị về Đề án chuyển đổi số thành phố giai đoạn 2022-2025, định hướng "
            "đến năm 2030; tổ chức 03 đợt tập huấn cho thành viên Ban Chỉ đạo.")
    recs = read(text, plan_year=None)
    assert [r.value for r in recs] == [2, 3]
    assert all(r.kind == "result" and r.year != 2030 for r in recs)


def test_a_congress_pages_aims_without_a_year_are_for_the_terms_end() -> None:
    text = ("date 2025-09-20\nSáng 20/9, Đại hội đại biểu Đảng bộ thành phố Bình An lần thứ I, nhiệm kỳ 2025 - 2030 "
            "khai mạc.\n\nĐại hội đặt mục tiêu đến năm 2030 tỷ lệ đô thị hóa đạt 60%.\n\n"
            "Tốc độ tăng trưởng kinh tế bình quân đạt từ 10%/năm trở lên; thu nhập bình quân đầu người đạt "
            "7.000 USD/người.\n")
    records = read(text, find_metadata(text).plan_year)
    assert [(r.value, r.kind, r.year) for r in records] == [(60, "target", 2030), (10, "target", 2030),
                                                             (7000, "target", 2030)]
    # (one that also tells what the term before reached: its aims are still for the term's end)
    text = ("date 2025-09-20\nĐại hội đại biểu Đảng bộ thành phố Bình An lần thứ I, nhiệm kỳ 2025 - 2030 khai mạc.\n\n"
            "Nhiệm kỳ qua, thành phố đã hoàn thành 20/22 chỉ tiêu. Đại hội đặt mục tiêu tăng trưởng kinh tế bình quân "
            "đạt 10%/năm.\n")
    records = read(text, find_metadata(text).plan_year)
    assert (10, "target", 2030) in [(r.value, r.kind, r.year) for r in records]


def test_a_span_up_to_now_is_of_now_not_of_its_start() -> None:
    text = "date 2025-06\nTính từ tháng 4/2022 đến nay, ứng dụng đã có hơn 9 triệu lượt tải.\n"
    assert [(r.value, r.year) for r in read(text, find_metadata(text).plan_year)] == [(9e6, 2025)]
    # (a start after the year the page speaks from still dates it)
    text = "date 2022-12\nTừ ngày 1/1/2023 đến nay, cửa khẩu đã có 120.000 phương tiện khai báo trực tuyến.\n"
    assert [(r.value, r.year) for r in read(text, find_metadata(text).plan_year)] == [(120000, 2023)]


def test_news_late_in_a_year_of_the_next_years_plan_sets_aims_for_that_year() -> None:
    text = ("date 2025-12-05\nTại kỳ họp, HĐND tỉnh Bình An đã thông qua Nghị quyết Kế hoạch phát triển kinh tế - xã hội "
            "năm 2026. Năm 2025, GRDP của tỉnh ước đạt 8,2%. Tỉnh đặt mục tiêu tăng trưởng GRDP đạt 10%; thu ngân "
            "sách đạt 21.000 tỷ đồng.\n")
    assert [(r.value, r.kind, r.year) for r in read(text, find_metadata(text).plan_year)] == [
        (8.2, "result", 2025), (10, "target", 2026), (21000e9, "target", 2026)]
    # (not news early in the year: what it sets without a year is the page's year's)
    text = text.replace("date 2025-12-05", "date 2025-03-05")
    assert [r.year for r in read(text, find_metadata(text).plan_year)] == [2025, 2025, 2025]


def test_aims_a_page_early_in_a_year_names_for_that_year_are_of_it() -> None:
    text = ("date 2024-01\nTổng kết năm 2023, Tỉnh ủy đề ra nhiệm vụ năm 2024 với 15 mục tiêu chủ yếu. Năm 2023, tỉnh "
            "có 180 hợp tác xã. Phấn đấu có thêm 10 xã đạt chuẩn nông thôn mới; tỷ lệ dịch vụ công trực tuyến toàn "
            "trình đạt từ 80% trở lên.\n")
    assert [(r.value, r.kind, r.year) for r in read(text, find_metadata(text).plan_year)][-2:] == [
        (10, "target", 2024), (80, "target", 2024)]


def test_a_stage_still_to_run_that_opens_a_list_is_a_deadline() -> None:
    text = ("Ngày 15/9/2024, Bộ ban hành Kế hoạch số 12/KH-BDT. Đến năm 2025, xây dựng kho dữ liệu dùng chung. Trong "
            "giai đoạn 2026-2030: 100% báo cáo định kỳ được thực hiện trên hệ thống; 90% hồ sơ được số hóa.")
    assert [(r.value, r.kind, r.year) for r in read(text, find_metadata(text).plan_year)] == [
        (100, "target", 2030), (90, "target", 2030)]


def test_aims_for_a_later_year_leave_the_years_up_to_them_still_to_come() -> None:
    # news of 2025 of next year's plan, or a congress opening its term: a year after the page's is still to come,
    # whatever the aims without a year of their own are set for (no result of 2026 in a page of 2025-11)
    text = ("date 2025-11\nHĐND tỉnh thông qua Nghị quyết Kế hoạch phát triển kinh tế - xã hội năm 2026\n"
            "Năm 2025, tăng trưởng GRDP ước đạt 8,2%. Năm 2026, tỷ lệ hồ sơ trực tuyến đạt 85%. Kế hoạch năm 2026 đề ra "
            "tăng trưởng GRDP 10%.\n")
    assert [(r.value, r.kind, r.year) for r in read(text, find_metadata(text).plan_year)] == [
        (8.2, "result", 2025), (85, "target", 2026), (10, "target", 2026)]
    text = ("date 2025-10\nĐại hội đại biểu Đảng bộ tỉnh lần thứ I, nhiệm kỳ 2025-2030\n"
            "Nhiệm kỳ 2020-2025, tỷ lệ hồ sơ trực tuyến đạt 65%. Năm 2030, tỷ lệ dân số có chữ ký số đạt 80%.\n")
    assert [(r.value, r.kind, r.year) for r in read(text, find_metadata(text).plan_year)] == [
        (65, "result", 2025), (80, "target", 2030)]


def test_news_late_in_a_year_that_names_next_years_aims_sets_them_for_that_year() -> None:
    # a council's year-end session: this year's results, then next year's aims with no year of their own
    text = ("date 2024-12-10\nTỉnh vượt kế hoạch thu ngân sách\n"
            "Năm 2024, thu ngân sách của tỉnh ước đạt 21.300 tỷ đồng. Tuy vậy, tăng trưởng năm 2024 chưa đạt các mục "
            "tiêu do Tỉnh ủy đề ra và chỉ tiêu Chính phủ giao.\n\n"
            "Kỳ họp thông qua các chỉ tiêu kinh tế - xã hội chủ yếu năm 2025, trong đó tăng trưởng GRDP từ 9% trở lên. "
            "Tỉnh đặt mục tiêu thu ngân sách trên 23.000 tỷ đồng.\n\nVề xã hội, phấn đấu tỷ lệ hộ nghèo giảm còn 1,5%.\n")
    assert [(r.value, r.kind, r.year) for r in read(text, find_metadata(text).plan_year)] == [
        (21300e9, "result", 2024), (9, "target", 2025), (23000e9, "target", 2025), (1.5, "target", 2025)]
    # (early in a year the aims it sets without a year are that year's, whatever year it names)
    text = text.replace("date 2024-12-10", "date 2024-03-10")
    assert [r.year for r in read(text, find_metadata(text).plan_year)][-2:] == [2024, 2024]


def test_news_from_mid_year_that_names_its_years_plan_reports_that_year() -> None:
    # a district's page of June 2023: its plan of the year issued, then where things stand now
    text = ("date 2023-06-20\nHuyện Tân Phước tăng cường xây dựng chính quyền điện tử\n\nUBND huyện đã ban hành kế hoạch "
            "về phát triển chính quyền số và bảo đảm an toàn thông tin mạng trên địa bàn huyện năm 2023; kế hoạch tuyên "
            "truyền về chuyển đổi số, phát triển chính quyền số trên địa bàn huyện năm 2023.\n\nHiện nay, 100% cán bộ "
            "được trang bị máy vi tính. 412 tài khoản thư điện tử được cấp và sử dụng.\n")
    assert [(r.value, r.kind, r.year) for r in read(text, find_metadata(text).plan_year)] == [
        (100, "result", 2023), (412, "result", 2023)]


def test_news_from_mid_year_that_only_quotes_its_years_plan_states_its_aims() -> None:
    # a page of July 2023 that names its plan and quotes what it sets, with no word of anything reached
    text = ("date 2023-07-15\nTây Ninh: ban hành kế hoạch chuyển đổi số năm 2023\n\nĐể thực hiện Kế hoạch chuyển đổi số "
            "năm 2023, UBND tỉnh yêu cầu các sở, ngành tập trung triển khai. Cụ thể, 100% cơ quan nhà nước cấp tỉnh sử "
            "dụng văn bản điện tử; tỷ lệ hồ sơ thủ tục hành chính được giải quyết trực tuyến đạt 50%.\n")
    assert [(r.value, r.kind, r.year) for r in read(text, find_metadata(text).plan_year)] == [
        (100, "target", 2023), (50, "target", 2023)]
    # (a plan whose page opens on a site's path before its title, too)
    text = ("date 2023-07-15\nTrang chủ / Văn bản chỉ đạo điều hành\n\nKế hoạch chuyển đổi số tỉnh Tây Ninh năm 2023\n\n"
            "Căn cứ Quyết định số 749/QĐ-TTg của Thủ tướng Chính phủ, UBND tỉnh ban hành Kế hoạch chuyển đổi số năm "
            "2023 như sau:\n\n1. 100% cơ quan nhà nước cấp tỉnh sử dụng văn bản điện tử.\n2. Tỷ lệ hồ sơ thủ tục hành "
            "chính được giải quyết trực tuyến đạt 50%.\n")
    assert [(r.value, r.kind, r.year) for r in read(text, find_metadata(text).plan_year)] == [
        (100, "target", 2023), (50, "target", 2023)]


def test_a_lead_reporting_as_of_a_past_years_end_sets_its_lists_year() -> None:
    text = ("UBND tỉnh vừa ban hành Quyết định số 743/QĐ-UBND ngày 17 tháng 4 năm 2023 về việc công bố số liệu.\n\n"
            "Theo đó, tính đến cuối năm 2022, các chỉ số về nước sạch nông thôn như sau:\n\n"
            "1. Chỉ số 1 - Tỷ lệ hộ gia đình sử dụng nước hợp vệ sinh: 95,23%.\n\n"
            "2. Chỉ số 2 - Tỷ lệ hộ nghèo sử dụng nước sạch: 16,20%.\n")
    assert [(r.kind, r.op, r.year) for r in read(text, plan_year=2023)] == [("result", "=", 2022)] * 2


def test_an_elected_bodys_term_dates_no_result() -> None:
    text = ("date 2021-05\nỦy ban Bầu cử tỉnh vừa công bố kết quả cuộc bầu cử đại biểu HĐND các cấp nhiệm kỳ 2021-2026.\n\n"
            "Trong ngày bầu cử, toàn tỉnh có 1.441.329 cử tri đi bầu cử, đạt 99,21%.\n")
    assert [r.year for r in read(text, plan_year=find_metadata(text).plan_year)] == [2021, 2021]
    # (the body named further back than the words just before the term: "Hội đồng nhân dân tỉnh khóa X, nhiệm kỳ …")
    text = ("date 2023-05\nHội đồng nhân dân tỉnh khóa X, nhiệm kỳ 2021-2026 đã ban hành 45 nghị quyết về chuyển đổi số.\n")
    assert [r.year for r in read(text, plan_year=find_metadata(text).plan_year)] == [2023]
    # (a congress of delegates is no elected body: its term is its targets' horizon)
    text = "Đại hội đại biểu Đảng bộ tỉnh nhiệm kỳ 2025-2030 đề ra mục tiêu kinh tế số chiếm 30% GRDP."
    assert [r.year for r in read(text, plan_year=2024)] == [2030]


def test_an_aim_for_the_end_of_a_term_is_of_the_terms_last_year() -> None:
    # (the term named before it, not the page's year)
    recs = read("Ngày 12/5/2023, Đại hội Hội Nông dân xã lần thứ X, nhiệm kỳ 2023-2028 đã thành công.\n\n"
                "Đại hội đề ra các chỉ tiêu: phấn đấu đến hết nhiệm kỳ kết nạp 400 hội viên mới; 90% chi hội đạt "
                "vững mạnh.", plan_year=2023)
    assert [(r.value, r.kind, r.year) for r in recs] == [(400, "target", 2028), (90, "target", 2028)]
