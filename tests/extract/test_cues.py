"""The year a text speaks from, and the year an index measures (cues.py)."""

from __future__ import annotations

import pytest

from muctieu.documents.metadata import find_metadata
from muctieu.extract.cues import (
    cited,
    section_cue,
    clause_kind,
    dated_year,
    index_year,
    reference_year,
    section_kind,
    states_aims_only,
    years_in,
)
from tests.extract.helpers import read


def test_the_date_of_a_numbered_document_is_not_the_texts_own() -> None:
    text = ("Năm 2024, tỉnh đã triển khai Kế hoạch số 171/KH-UBND ngày 29/9/2023 về hạ tầng số. "
            "Đến ngày 15/12/2024, 98% dân số có sóng 4G.")
    assert reference_year(text) == 2024
    assert reference_year("Tỉnh thực hiện Kế hoạch số 12/KH-UBND ngày 3/2/2022 về chuyển đổi số.") is None


def test_an_index_names_the_year_it_measures_not_a_deadline_or_a_comparison() -> None:
    assert index_year("Bộ công bố kết quả chỉ số chuyển đổi số (DTI) năm 2023 của các tỉnh.") == 2023
    assert index_year("DTI 2024 của tỉnh đạt 0,71.") == 2024
    assert index_year("Bộ công bố kết quả chuyển đổi số năm 2022 của các tỉnh.") == 2022
    assert index_year("TP.HCM dẫn đầu xếp hạng chỉ số thương mại điện tử Việt Nam 2023 với 89,2 điểm.") == 2023
    assert index_year("Chỉ số chuyển đổi số của tỉnh tăng đều trong giai đoạn 2021 - 2025.") is None
    assert index_year("Chỉ số DTI tăng 5 bậc so với năm 2022.") is None
    assert index_year("Phấn đấu chỉ số DTI đến năm 2030 vào nhóm 10 tỉnh dẫn đầu.") is None
    # (nor the year an index was first published)
    assert index_year("Chỉ số PAPI được công bố lần đầu vào năm 2009 để đo trải nghiệm của người dân.") is None
    # (a first time that is no edition's date leaves the year measured)
    assert index_year("Tỉnh lần đầu tiên vào nhóm 10 của bảng xếp hạng DTI 2023.") == 2023


@pytest.mark.parametrize("text, year", [
    ("tính từ đầu năm đến đầu tháng 10-2023, tỷ lệ", 2023),  # newspapers' "tháng 10-2023"
    ("Tính đến ngày 31.8.2024, toàn tỉnh có", 2024),
    ("Ngày 15-2-2025, Sở cho biết", 2025),
    ("từ tháng 8.2022 đến tháng 6.2023, đã có hơn 5 triệu tài khoản", 2023),  # "tháng 6.2023"
    ("trong tháng 1.250 hồ sơ", None),  # a thousands dot after "tháng": a number
    ("tổng cộng 1.290.2024 lượt", None),  # a number with thousands dots, not a date
    ("ngày 15/2-2025", None),  # mixed separators: not a date this reads
])
def test_dates_written_with_dashes_or_dots(text: str, year: int | None) -> None:
    assert dated_year(text) == year


def test_a_year_opening_its_own_clause_after_a_cited_document_is_the_texts() -> None:
    from muctieu.extract.cues import cited

    text = "Triển khai Nghị quyết số 57-NQ/TW của Bộ Chính trị, năm 2025, tỉnh đạt nhiều kết quả."
    assert not cited(text, text.index("2025"))
    named = "Nghị quyết số 11-NQ/TU về chuyển đổi số đến năm 2025, định hướng đến năm 2030."
    assert cited(named, named.index("2025"))
    assert reference_year(text) == 2025


def test_the_year_of_the_event_a_text_reports_from() -> None:
    text = "Tại Hội nghị Chuyển đổi số ngành Công Thương 2023 diễn ra ngày 5/10, Sở cho biết đã có 80% doanh nghiệp."
    assert reference_year(text) == 2023
    assert reference_year("Tại hội nghị, Sở cho biết đã có 80% doanh nghiệp tham gia.") is None


def test_the_year_of_a_day_the_province_celebrates_but_not_of_a_programmes_deadline() -> None:
    text = "Ngày 10/10, tỉnh tổ chức chương trình hưởng ứng Ngày Chuyển đổi số quốc gia năm 2025. Đến nay, 90% xã có Tổ."
    assert reference_year(text) == 2025
    deadline = "Tỉnh tổ chức chương trình chuyển đổi số đến năm 2030 cho mọi xã. Đến nay, 90% xã có Tổ."
    assert reference_year(deadline, deadlines=False) is None


@pytest.mark.parametrize(("text", "aims"), [
    ("1. Hạ tầng số\n- Tỷ lệ thôn có cáp quang: 100%.\n- Phấn đấu mỗi hộ có 01 tài khoản số.", True),
    ("Mục tiêu cụ thể: 90% hồ sơ trực tuyến. Tỷ lệ thanh toán trực tuyến 70%.", True),
    ("- Tỷ lệ thôn có cáp quang: 100%.\n- Phấn đấu mỗi hộ có tài khoản; đến nay đã có 60%.", False),
    ("Tỷ lệ thôn có cáp quang là 100%.", False),  # no word either way: nothing says aims
    ("Tin ngày 12/3/2025. Tỉnh phấn đấu 90% hồ sơ trực tuyến.", False),  # dated: news
    ("Phấn đấu đến hết tháng 6/2025 có 90% hồ sơ trực tuyến.", True),  # a deadline is no date of writing
    # what happens under a condition is a definition, not an aim
    ("Tỉnh có 62% hồ sơ trực tuyến toàn trình. Nếu thiếu một bước, dịch vụ sẽ được tính là một phần.", False),
    ("Tỉnh sẽ có 62% hồ sơ trực tuyến toàn trình. Nếu thiếu một bước thì tính là một phần.", True),
    # a paragraph opening on the day something happened is news, though it names no year
    ("Xã ra mắt 6 tổ\n\nSáng ngày 12.5, UBND xã tổ chức lễ ra mắt 6 tổ công nghệ số. Các tổ sẽ hỗ trợ người dân.", False),
    ("Ngày 15/8, Sở tổ chức tập huấn cho 120 cán bộ; các học viên sẽ hướng dẫn lại cho xã.", False),
    # a day and month inside a sentence is a deadline, not a lead
    ("Phấn đấu trước 30/6, 100% xã có tổ công nghệ số.", True),
])
def test_a_text_that_speaks_of_aims_only(text: str, aims: bool) -> None:
    assert states_aims_only(text) is aims


def test_a_document_that_did_something_is_a_subject_not_a_name() -> None:
    named = "Quyết định phê duyệt Đề án chuyển đổi số giai đoạn 2021-2025"
    assert cited(named, named.index("2025"))
    did = "Đề án đã đánh giá hiện trạng hạ tầng giai đoạn 2016-2020 đạt được các kết quả sau:"
    assert not cited(did, did.index("2020"))


def test_a_past_stages_results_take_the_stages_last_year() -> None:
    text = ("Ngày 10/3/2022, UBND tỉnh ban hành Đề án chuyển đổi số giai đoạn 2021-2025.\n\n"
            "Đề án đã đánh giá hiện trạng giai đoạn 2016-2020 đã đạt được kết quả như sau:\n\n"
            "Toàn tỉnh có 1.200 thủ tục hành chính; 100% cơ quan nhà nước dùng phần mềm quản lý văn bản.\n")
    assert [(r.kind, r.year) for r in read(text, plan_year=2022)] == [("result", 2020)] * 2


def test_a_year_compared_with_is_no_years_own_even_without_voi() -> None:
    text = "Chính quyền số xếp hạng 28 bằng xếp hạng năm 2022. Kinh tế số xếp hạng 9, tăng 3 bậc so năm 2022."
    assert [how for _, _, how in years_in(text)] == ["since", "since"]
    assert index_year("Chính quyền số xếp hạng 28 bằng xếp hạng năm 2022.") is None
    recs = read("Năm 2023, tỉnh xếp thứ 8 về chỉ số DTI. Cụ thể, chính quyền số xếp hạng 28 bằng xếp hạng năm 2022.",
                plan_year=None)
    assert [r.year for r in recs] == [2023, 2023]


@pytest.mark.parametrize("text, kind", [
    ("Đại hội đã đặt mục tiêu kinh tế số sẽ chiếm", "target"),  # setting an aim is no result
    ("Nghị quyết đã đề ra chỉ tiêu", "target"),
    ("tỉnh đã đưa 100% thủ tục lên cổng", "result"),  # putting online is
    ("toàn tỉnh đã có", "result"),
    ("chương trình yêu cầu mở rộng phủ sóng 5G đạt", "target"),  # what a programme requires
    ("hệ thống đã đáp ứng yêu cầu, phục vụ", "result"),
    ("Theo lộ trình, đến hết năm nay,", "target"),  # a deadline of this year
    ("Theo kế hoạch triển khai tổ công nghệ số, mỗi xã thành lập", "target"),  # what a plan sets out
    ("tỉnh đã hoàn thành theo kế hoạch với", "result"),  # done as planned
    ("Bên cạnh đó, theo kế hoạch có", "target"),  # what the plan will have, after a comma
    ("Năm nay, Sở có kế hoạch đào tạo cho tối thiểu", "target"),  # a plan the agency has
    ("Theo định hướng của Sở, đến cuối năm", "target"),
    ("Tỷ lệ doanh nghiệp có kế hoạch số hóa đạt", None),  # a measure's own words
    ("Kinh tế số phát triển đúng theo định hướng, năm 2024 chiếm", None),
    ("lao động có chứng chỉ đạt", None),  # a certificate, not "only"
    ("tỷ lệ này mới chỉ đạt", "result"),
    ("tỉnh đã triển khai Kế hoạch số 12/KH-UBND và có", "result"),  # a plan named by its number: no aim
    ("các chỉ tiêu chủ yếu đều đạt và vượt kế hoạch, trong đó kinh tế số chiếm", "result"),
    ("Kết quả, chỉ số ICT Index của khối tỉnh bình quân là", "result"),  # what came of it
    ("hoạt động quản lý nhà nước, đảm bảo xã hội bắt buộc (chiếm khoảng", None),  # social security, no aim
    ("Công tác bảo đảm an toàn thông tin được thực hiện tốt; 100% xã thành lập", None),  # the work of ensuring
    ("chỉ tiêu thanh toán trực tuyến hồ sơ thủ tục hành chính đạt", None),  # the measure that reached it
    ("UBND tỉnh giao chỉ tiêu tỷ lệ hồ sơ trực tuyến đạt", "target"),  # one given
    ("Chỉ tiêu tỷ lệ hồ sơ trực tuyến năm 2025 là", "target"),
    ("tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính đạt", None),  # a measure's own words
])
def test_what_was_done_to_set_an_aim_is_no_result(text: str, kind: str) -> None:
    assert clause_kind(text) == kind


def test_an_annual_report_names_the_year_it_covers() -> None:
    assert index_year("Theo Báo cáo thường niên kinh tế số Việt Nam 2023 do Bộ công bố, ...") == 2023
    assert index_year("Báo cáo thường niên về chuyển đổi số đến năm 2030 nêu rõ ...") is None


def test_the_period_a_report_covers_dates_it() -> None:
    text = ("Ngày 12/7, Ủy ban họp phiên thứ 5 về Đề án 06 của Chính phủ, sơ kết 6 tháng đầu năm 2025.\n"
            "Tỷ lệ hồ sơ trực tuyến toàn trình đạt 45%.")
    assert reference_year(text) == 2025
    assert [(r.value, r.year) for r in read(text, plan_year=None)] == [(45, 2025)]


@pytest.mark.parametrize("heading", [
    "Cán đích mục tiêu xây dựng nông thôn mới kiểu mẫu về chuyển đổi số với nhiều chỉ tiêu như:",
    "I. TÌNH HÌNH VÀ NGUYÊN NHÂN",
    # targets counted as met: a report, though it names targets
    "Chuyển đổi số ngành Y tế của tỉnh đạt 7/10 chỉ tiêu, trong đó 4 chỉ tiêu về y tế số.",
    "Huyện hoàn thành 9 chỉ tiêu chuyển đổi số, còn 2 chỉ tiêu chưa đạt.",
    # a target exceeded
    "Tỷ lệ văn bản điện tử của các cơ quan duy trì ở mức cao, vượt chỉ tiêu đã đề ra.",
])
def test_headings_that_report_what_was_reached(heading: str) -> None:
    assert section_kind(heading) == "result"


def test_striving_to_meet_targets_is_still_a_target() -> None:
    assert section_kind("Phấn đấu đạt 10/10 chỉ tiêu chuyển đổi số của tỉnh.") == "target"


def test_a_goal_contributed_to_opens_no_section_of_aims() -> None:
    assert section_kind("Việc này góp phần quan trọng vào mục tiêu xây dựng huyện nông thôn mới.") is None
    assert section_kind("Mục tiêu xây dựng huyện nông thôn mới kiểu mẫu đến năm 2026.") == "target"


def test_a_stage_that_frames_what_was_reached_dates_the_text_by_its_end() -> None:
    text = "Giai đoạn 2020 - 2023, tỉnh luôn nằm trong nhóm 10 tỉnh dẫn đầu. Trước đó, năm 2020, tỉnh đã ban hành đề án."
    assert reference_year(text, deadlines=False) == 2023
    # a stage of aims is no year the text speaks from
    # (the year a document was issued is not the text's own either: "Năm 2022, tỉnh đã ban hành đề án." names none)
    aims = "Giai đoạn 2021 - 2025, tỉnh phấn đấu vào nhóm 10 tỉnh dẫn đầu. Năm 2022, tỉnh có nhiều chuyển biến."
    assert reference_year(aims, deadlines=False) == 2022


def test_an_era_is_no_year() -> None:
    assert years_in("Cơ sở dữ liệu được xây dựng từ những năm 1990, nay đã có 98 triệu công dân.") == []
    assert years_in("Từ thập niên 2000, tỉnh đã ứng dụng công nghệ thông tin.") == []


def test_since_the_start_of_a_year_until_now_dates_the_text() -> None:
    assert reference_year("Từ đầu năm 2024 đến nay, tỉnh xây thêm 120 trạm BTS. Hiện có 3.700 trạm.") == 2024
    # since a year, not since its start: now may be any later year
    assert reference_year("Từ năm 2021 đến nay, tỉnh xây thêm 120 trạm BTS.", deadlines=False) is None


def test_the_nearest_striving_before_a_number_makes_it_a_target() -> None:
    assert clause_kind("Năm 2024, tỷ trọng kinh tế số ước đạt 9%, phấn đấu đến năm 2026 đạt") == "target"
    assert clause_kind("Tỉnh đã có 120 doanh nghiệp số, mục tiêu năm 2026 là") == "target"
    # an aim reached, and aims counted, are no striving
    assert clause_kind("Đơn vị đã đạt được mục tiêu") != "target"
    assert clause_kind("Có 18 mục tiêu đã hoàn thành, 27 mục tiêu có khả năng hoàn thành cao (chiếm") != "target"
    # what will be done after what was done; an ambition
    assert clause_kind("Sở đã nâng cấp trung tâm điều hành và từ tháng sau sẽ vận hành") == "target"
    assert clause_kind("Mạng lưới này tạo nền tảng cho tham vọng phủ sóng") == "target"


def test_a_floor_right_before_a_number_makes_it_a_target() -> None:
    # (the words before a number, as the grammar gives them: the number itself cut off)
    assert clause_kind("Năm 2025, hỗ trợ nâng cao năng lực cho tối thiểu ") == "target"
    assert clause_kind("Nhà mạng cam kết phủ sóng ít nhất ") == "target"
    # the first value's floor speaks for it, not for a value the sentence reports after it
    recs = read("date 2025-12\nNăm 2025, nhà mạng hoàn thành và vượt cam kết lắp tối thiểu 8.000 trạm 5G, với tổng số "
                "9.214 trạm đã đưa vào sử dụng.\n", plan_year=2025)
    assert [(r.value, r.kind) for r in recs] == [(8000, "target"), (9214, "result")]

def test_an_aim_set_then_its_value_and_what_a_place_wants_are_targets() -> None:
    assert clause_kind("Năm 2024, thương mại điện tử không chỉ đạt chỉ tiêu đã đề ra là ") == "target"
    assert clause_kind("Huyện đã kích hoạt 41.000 tài khoản, theo chỉ tiêu tỉnh giao hơn ") == "target"
    assert clause_kind("Bạc Liêu muốn kinh tế số chiếm ") == "target"
    # (a wish described is no aim: "sự mong muốn của"; nor what was not wanted)
    assert clause_kind("Với nhiều hộ, bán hàng trực tuyến mới là sự mong muốn của ") is None
    # (an aim named before what was reached against it makes no target of what was reached)
    assert clause_kind("Chỉ tiêu đề ra là 80%, đến nay tỉnh đã đạt ") != "target"

def test_now_in_a_numbers_own_clause_after_an_aim_makes_it_a_result() -> None:
    assert clause_kind("Tỷ lệ thanh toán học phí trực tuyến phấn đấu đến năm 2026 đạt 90%, hiện nay đạt ") == "result"
    recs = read("Tỷ lệ thanh toán học phí trực tuyến phấn đấu đến năm 2026 đạt 90%, hiện nay đạt 71%.", plan_year=2025)
    assert [(r.value, r.kind) for r in recs] == [(90, "target"), (71, "result")]
    # (a present state inside the aim's own clause is still the aim's: no comma between)
    assert clause_kind("Phấn đấu đến năm 2026 duy trì mức hiện nay là ") != "result"

def test_what_must_be_reached_in_the_numbers_own_clause_makes_it_a_target() -> None:
    assert clause_kind("Tỷ lệ thanh toán trực tuyến của huyện mới đạt 35%, thấp xa so với tỷ lệ cần đạt trong năm 2025 là") \
        == "target"
    assert clause_kind("Hai sở chỉ đạt lần lượt 41% và 47% so với yêu cầu phải đạt") == "target"
    # (not a must said in a clause before the number's own)
    assert clause_kind("Huyện đã đạt nhiều kết quả vì phải có nền tảng trước, do đó huyện là") != "target"


def test_a_review_held_early_in_the_year_reports_the_year_before() -> None:
    text = ("Sáng ngày 12/01/2026, Ban Chỉ đạo xã tổ chức hội nghị đánh giá kết quả chuyển đổi số năm 2025. "
            "100% cán bộ sử dụng hệ thống quản lý văn bản.")
    assert reference_year(text, deadlines=False) == 2025
    # a review later in the year, or of the same year, keeps the text's own date
    assert reference_year(text.replace("12/01/2026", "12/06/2026"), deadlines=False) == 2026
    assert reference_year(text.replace("năm 2025", "quý IV"), deadlines=False) == 2026


@pytest.mark.parametrize("ago, year", [("Bốn năm trước, ngày 20/10/2020", 2024), ("3 năm về trước, ngày 5/6/2021", 2024)])
def test_a_date_said_to_be_years_ago_dates_the_text_that_much_later(ago: str, year: int) -> None:
    text = f"{ago}, Tỉnh ủy ban hành Nghị quyết về chuyển đổi số. Đến nay, 100% xã có tổ công nghệ số."
    assert reference_year(text, deadlines=False) == year


def test_an_aims_year_in_a_title_is_no_year_a_result_is_of() -> None:
    text = ("Thành phố đặt mục tiêu kinh tế số chiếm 35% GRDP vào năm 2030\n"
            "Hội thảo Chính phủ số 2024 diễn ra tại thành phố. Hiện tỷ lệ hồ sơ trực tuyến toàn trình đạt 65%.")
    assert reference_year(text, deadlines=False) == 2024


def test_the_same_period_of_a_year_compared_with_is_no_year_of_the_text() -> None:
    from muctieu.extract.cues import years_in
    assert [how for _, _, how in years_in("tăng 12% so với cùng kỳ của năm 2023")] == ["since"]
    assert [how for _, _, how in years_in("tăng 12% so với cùng kỳ năm 2023")] == ["since"]


def test_a_year_opening_the_line_after_a_stamp_is_the_texts() -> None:
    text = "date 2026-01\nNăm 2025, kinh tế số tiếp tục tăng trưởng. Tỷ trọng kinh tế số đạt 14%."
    assert reference_year(text, deadlines=False) == 2025


def test_now_opening_a_clause_says_what_was_reached_not_doing_something() -> None:
    # "Hiện 60 tỉnh ...": "now" before the number; "thực hiện 80%" is a verb, not "now"
    assert clause_kind("Hiện ") == "result"
    assert clause_kind("Tại các chợ, hiện, trên ") == "result"
    assert clause_kind("Thực hiện ") is None
    # "Hiện," set off by a comma, however far the number: after a goal, what stands now
    (r,) = read("Tỉnh đặt mục tiêu đến năm 2030 hoàn thành chính quyền số.\nHiện, toàn tỉnh có khoảng 95 phần "
                "mềm dùng chung đang được khai thác.", plan_year=None)
    assert (r.kind, r.value) == ("result", 95)
    assert clause_kind("Để thực hiện, tỉnh phấn đấu ") == "target"
    (r,) = read("Hiện 60 tỉnh đã ban hành kế hoạch đưa hộ sản xuất nông nghiệp lên sàn thương mại điện tử.",
                plan_year=2022)
    assert (r.kind, r.op, r.value) == ("result", "=", 60)
    assert r.indicator.startswith("tỉnh đã ban hành kế hoạch")  # "Hiện" is no part of what was counted


def test_when_something_began_is_not_when_the_text_speaks_from() -> None:
    assert reference_year("Được khởi động từ tháng 8/2020, cổng dữ liệu mở đã có hơn 9.000 tập dữ liệu.",
                          deadlines=False) is None
    # a date the text gives itself still counts
    assert reference_year("Tháng 9/2023, cổng dữ liệu mở đã có hơn 9.000 tập dữ liệu.", deadlines=False) == 2023


def test_a_forecast_after_an_estimate_is_a_target() -> None:
    recs = read("Năm 2023, doanh thu thương mại điện tử ước đạt 20,5 tỷ USD, tăng 25% so với năm 2022 "
                "và dự kiến đạt 39 tỷ USD vào năm 2025.", plan_year=None)
    assert [(r.value, r.kind, r.year) for r in recs] == [(20.5e9, "result", 2023), (39e9, "target", 2025)]


def test_the_plan_set_off_by_commas_makes_a_target() -> None:
    assert clause_kind("Ngoài 40 quầy có mã QR, theo kế hoạch, hơn ") == "target"
    # "theo kế hoạch số …" after a comma cites a plan and sets nothing
    assert clause_kind("Tỉnh triển khai các nhiệm vụ, theo kế hoạch số 12/KH-UBND, đã có ") == "result"


def test_the_year_an_index_was_first_published_dates_nothing() -> None:
    text = ("Chỉ số cải cách hành chính được công bố lần đầu tiên vào năm 2013. Các tỉnh dẫn đầu về chỉ số "
            "này có điểm trên 85.")
    assert reference_year(text, deadlines=False) is None


def test_what_a_report_counted_is_a_result() -> None:
    text = ("date 2023-09\nTỉnh phấn đấu có 500 doanh nghiệp công nghệ số vào năm 2030.\n\n"
            "Theo báo cáo tới tháng 6/2023, toàn tỉnh có 212 doanh nghiệp công nghệ số.\n")
    goal, now = read(text, plan_year=None)
    assert (goal.kind, goal.year) == ("target", 2030)
    assert (now.kind, now.op, now.year) == ("result", "=", 2023)


def test_a_task_given_is_an_aim_and_a_transaction_is_not_a_task() -> None:
    assert clause_kind("Năm 2024, UBND tỉnh giao ", " xã, phường hoàn thành nhiệm vụ chuyển đổi số.") == "target"
    assert clause_kind("Thủ tướng giao Bộ Y tế đôn đốc ") == "target"
    assert clause_kind("Năm 2024 có ", " giao dịch") is None


def test_targets_said_to_be_met_open_what_was_reached() -> None:
    text = ("Các dịch vụ bưu chính công được tăng cường. Trong đó, một số chỉ tiêu đạt khá, như: 100% xã được phủ "
            "sóng 4G; 97% hộ gia đình có cáp quang.\n")
    assert {r.kind for r in read(text, plan_year=None)} == {"result"}
    assert clause_kind("chỉ tiêu đề ra là ") == "target"


def test_aims_that_must_be_met_are_no_targets_said_to_be_met_and_handing_over_is_no_task() -> None:
    assert clause_kind("các chỉ tiêu cần đạt cao hơn ") == "target"
    assert clause_kind("chỉ tiêu phải đạt cao ") == "target"
    assert clause_kind("Tỉnh đã chuyển giao ") == "result"
    assert clause_kind("tỉnh chuyển giao ") is None


def test_handing_over_and_must_finish() -> None:
    assert clause_kind("Sở đã bàn giao ") == "result"
    assert clause_kind("mỗi xã phải hoàn thành ") == "target"


def test_a_text_that_names_only_the_year_it_compares_with_reports_the_year_after() -> None:
    text = "Số người tham gia bảo hiểm đạt 1,2 triệu, tăng 3,1% so với cuối năm 2022."
    assert reference_year(text, deadlines=False) == 2023
    # a year of its own still decides
    assert reference_year("Năm 2024, số người tham gia đạt 1,2 triệu, tăng 3,1% so với cùng kỳ năm 2022.") == 2024


def test_a_date_of_what_is_still_to_come_is_not_the_texts_own() -> None:
    text = ("Từ 1/11/2023, sáu tỉnh dùng hóa đơn điện tử; đã có 71% doanh nghiệp đăng ký. "
            "Giai đoạn 2, từ tháng 4/2024 sẽ triển khai với các địa phương còn lại.")
    assert reference_year(text) == 2023
    # alone, it still dates the text
    assert reference_year("Bộ đặt mục tiêu đến ngày 1-7-2024 sẽ cấp được 50 triệu thẻ.") == 2024


def test_a_month_compared_with_the_same_month_a_year_before_dates_the_text_a_year_after_it() -> None:
    text = ("Doanh thu của ngành trong tháng đầu năm đạt 410.000 tỷ đồng.\n"
            "Đóng góp của ngành vào GDP tháng 1 ước đạt 120.500 tỷ đồng, tăng 30% so với tháng 1/2025.\n"
            "Trước đó, năm 2025, doanh thu toàn ngành đạt 5,2 triệu tỷ đồng.")
    assert reference_year(text) == 2026
    # compared with an earlier month of its own year, the text keeps that year
    assert reference_year("Trong năm 2024, tỉnh đạt 88,2 điểm, tăng 20 điểm so với tháng 1/2024.") == 2024
    # compared with the last month of a year, what it reports came after that year
    assert reference_year("Đến nay, cả nước có 71.200 doanh nghiệp công nghệ số, tăng 2.100 so với tháng 12-2023.") == 2024


def test_a_birth_year_dates_nothing() -> None:
    assert years_in("Đối tượng Trần Văn B (sinh năm 1998) đã bán 2.000 dữ liệu") == []
    assert [r.year for r in read("Đối tượng Trần Văn B (sinh năm 1998) đã bán hơn 2.000 tài khoản.", plan_year=None)] == [None]


@pytest.mark.parametrize("text, year", [
    ("Chỉ tiêu tuyển sinh năm 2026 của ngành an toàn thông tin là 120 sinh viên.", 2026),  # admissions
    ("Số hồ sơ phát sinh năm 2024 trên hệ thống là 98.000 hồ sơ.", 2024),  # arising, not born
])
def test_words_ending_in_sinh_keep_their_year(text: str, year: int) -> None:
    assert read(text, plan_year=None)[0].year == year


def test_a_forecasts_year_is_not_the_year_an_undated_text_reports() -> None:
    text = ("Thị trường trò chơi trực tuyến được dự báo sẽ đạt 1,2 tỷ USD vào năm 2027.\n"
            "Hiện nay có 35 doanh nghiệp phát hành trò chơi.")
    assert reference_year(text, deadlines=False) is None
    assert [r.year for r in read(text, plan_year=None)][-1] is None
    # a minister's "sẽ đạt … vào năm …" is one too
    text = ("Bộ trưởng nhận định thị trường thanh toán số sẽ đạt 30 tỷ USD vào năm 2026.\n"
            "Hiện nay có 42 doanh nghiệp cung ứng dịch vụ ví điện tử.")
    assert reference_year(text, deadlines=False) is None


@pytest.mark.parametrize("text, kind", [
    ("Tập đoàn đã cam kết hỗ trợ ", "target"),  # a commitment is still to be kept
    ("Chậm nhất năm 2026, các xã phải đưa dịch vụ công lên trực tuyến đạt ", "target"),
    ("Nhà mạng hoàn thành cam kết, với tổng số 21.400 trạm đã được lắp đặt, đạt ", "result"),  # kept
    ("Theo cam kết, nhà mạng đã phủ sóng ", "result"),  # cited, not made
    ("Chậm nhất là huyện Nam Sơn với tỷ lệ ", None),  # the slowest, not a latest date
])
def test_commitments_and_latest_dates_are_aims_a_commitment_kept_is_not(text: str, kind: str) -> None:
    assert clause_kind(text) == kind


@pytest.mark.parametrize("text, kind", [
    ("Hiện toàn tỉnh có ", "result"),
    ("Hiện trên địa bàn có ", "result"),
    ("Hiện cả nước có ", "result"),
    ("Tỉnh thực hiện toàn bộ ", None),  # "thực hiện" is no "now"
])
def test_now_said_of_a_whole_place_is_a_result(text: str, kind: str | None) -> None:
    assert clause_kind(text) == kind


def test_what_a_relative_clause_says_after_a_value_makes_no_result() -> None:
    assert clause_kind("Mục tiêu: ", " dịch vụ công được điền sẵn dữ liệu mà người dân đã cung cấp") == "target"
    assert clause_kind("", " xã đã có tổ công nghệ số") == "result"


def test_a_relative_clause_is_cut_only_after_the_values_own_verb() -> None:
    # ("mà" right after the counted things: what they are is said by the rest, a result)
    assert clause_kind("Có ", " hộ sản xuất mà tỉnh đã hỗ trợ mở gian hàng trên sàn") == "result"


def test_a_text_whose_only_word_of_aims_is_bao_dam_states_no_aims() -> None:
    report = ("Bộ vừa công bố số liệu hồ sơ trực tuyến toàn trình năm 2024, từ ngày 1/1 đến 31/12/2024.\n"
              "Cả nước có 9 địa phương đạt trên 50%, bảo đảm yêu cầu đặt ra.\n")
    assert states_aims_only(report) is False
    assert states_aims_only("Phấn đấu 100% xã có tổ công nghệ số.\nBảo đảm 90% hồ sơ được số hóa.\n") is True


@pytest.mark.parametrize("text, kind", [
    ("Với số trạm trên, nhà mạng có thể phủ sóng 5G đến ", "target"),  # what it could reach
    ("Người dân có thể tra cứu hồ sơ trực tuyến, đã có ", "result"),  # an ability, then what was done
])
def test_what_could_be_reached_is_an_aim(text: str, kind: str) -> None:
    assert clause_kind(text) == kind


@pytest.mark.parametrize("text, kind", [
    ("Xã là đơn vị đầu tiên của tỉnh hoàn thành chỉ tiêu ", "result"),  # a target met
    ("Phường là địa bàn đầu tiên hoàn thành mục tiêu cấp căn cước cho ", "result"),  # an aim met
    ("Năm 2026, phường phải hoàn thành mục tiêu cấp căn cước cho ", "target"),  # one to meet
    ("Năm 2025, xã phải hoàn thành chỉ tiêu ", "target"),  # one to meet
    ("Đây là những nỗ lực để hoàn thành chỉ tiêu ", "target"),  # (one striven for)
])
def test_a_target_completed_is_a_result(text: str, kind: str) -> None:
    assert clause_kind(text) == kind


@pytest.mark.parametrize("text", [
    "Tỉnh tiếp tục hướng tới hoàn thành mục tiêu ",
    "Tiến tới hoàn thành mục tiêu ",
    "Các sở, ngành tập trung hoàn thành mục tiêu ",
    "Các đơn vị nỗ lực hoàn thành mục tiêu ",
    "Đảm bảo hoàn thành mục tiêu ",
    "Huyện chưa hoàn thành mục tiêu ",
])
def test_an_aim_worked_towards_or_not_yet_met_is_no_result(text: str) -> None:
    # "hướng tới / tập trung / nỗ lực / đảm bảo / chưa hoàn thành mục tiêu 100% …": the aim, still to meet
    assert clause_kind(text) == "target"
    report = f"Báo cáo kết quả chuyển đổi số năm 2024.\n{text}90% hồ sơ được số hóa.\n"
    assert [r.kind for r in read(report)] == ["target"]


def test_the_date_something_started_from_dates_none_of_its_figures() -> None:
    text = ("date 2023-08\nHệ thống camera được đưa vào hoạt động từ tháng 12/2020 gồm 96 camera giám sát "
            "giao thông.\n")
    assert [r.year for r in read(text, plan_year=2023)] == [2023]
    assert dated_year("Tháng 12/2025, tỷ lệ hồ sơ trực tuyến đạt ") == 2025
    # (the start of the period a count covers still dates it: "từ ngày 1/1/2023 đến nay có …")
    assert dated_year("Theo báo cáo, từ ngày 1/1/2023 đến nay có tổng số ") == 2023


def test_bao_dam_right_before_its_value_sets_an_aim() -> None:
    text = ("Bảo đảm 100% hệ thống thông tin của tỉnh được phân loại và phê duyệt cấp độ an toàn.\n"
            "- 95% máy trạm của cơ quan nhà nước được cài đặt phần mềm phòng chống mã độc.\n")
    assert states_aims_only(text) is True


@pytest.mark.parametrize("text", [
    "Hiện người dân có thể lên Cổng dịch vụ công của tỉnh để thực hiện ",  # (a place to go, no value reached)
    "Người dân có thể tăng cường sử dụng ",
    "Nhờ chữ ký số, doanh nghiệp có thể giảm thiểu thời gian, năm 2023 có ",
])
def test_what_one_can_do_is_no_aim(text: str) -> None:
    assert clause_kind(text) != "target"


@pytest.mark.parametrize("text", [
    "Xã quyết tâm hoàn thành chỉ tiêu ",
    "Các thôn cần hoàn thành chỉ tiêu ",
    "Nhằm hoàn thành chỉ tiêu ",
])
def test_a_target_to_be_completed_is_no_result(text: str) -> None:
    assert clause_kind(text) != "result"


def test_a_count_some_months_after_a_start_is_of_that_time() -> None:
    assert dated_year("Trung tâm chính thức vận hành từ ngày 15/3/2023, sau 6 tháng đã tiếp nhận ") == 2023
    assert dated_year("Hệ thống camera được đưa vào hoạt động từ tháng 12/2020 gồm ") is None


def test_two_years_written_as_one_span_end_in_the_second() -> None:
    assert [(y, how) for _, y, how in years_in("Trong đó, năm 2021 - 2022, công nhận")] == [(2022, "by")]
    (r,) = read("date 2024-05\nTrong đó, năm 2021 - 2022, công nhận 7 xã nông thôn mới thông minh.\n", plan_year=2024)
    assert (r.year, r.indicator) == (2022, "công nhận xã nông thôn mới thông minh")


def test_a_result_named_in_a_list_of_nouns_is_no_results_lead() -> None:
    assert clause_kind("tăng cường kiểm tra tiến độ, kết quả, chất lượng thực hiện,") is None


def test_a_will_that_forecasts_nothing_leaves_a_past_year() -> None:
    text = ("UBND tỉnh cho biết sẽ tiếp tục phát huy kết quả đạt được vào năm 2023 khi tỉnh xếp thứ 12/63.\n"
            "Hiện nay có 35 chợ thanh toán không dùng tiền mặt.")
    assert reference_year(text, deadlines=False) == 2023


@pytest.mark.parametrize("text", ["Phấn đấu xếp vị trí ", "phấn đấu điểm số PCI đạt trên 68 điểm, xếp vị trí "])
def test_a_place_strived_for_is_an_aim_though_ranked(text: str) -> None:
    assert clause_kind(text) == "target"


def test_a_place_reached_after_an_aim_is_still_no_aim() -> None:
    assert clause_kind("Mục tiêu năm 2025 đã hoàn thành, tỉnh đã xếp vị trí ") != "target"


@pytest.mark.parametrize("text", ["Còn lại khoảng 2,1 triệu yêu cầu, tương ứng ", "có gần 250.000 yêu cầu được tiếp nhận, tương ứng với "])
def test_requests_counted_are_no_requirement(text: str) -> None:
    assert clause_kind(text) != "target"


def test_a_programme_that_requires_is_still_an_aim() -> None:
    assert clause_kind("Chương trình yêu cầu các địa phương bảo đảm ") == "target"


@pytest.mark.parametrize("text", ["Những yêu cầu đặt ra là ", "Các yêu cầu cụ thể đến năm 2026: "])
def test_requirements_set_are_still_an_aim(text: str) -> None:
    assert clause_kind(text) == "target"


def test_a_place_reached_after_a_place_strived_for_is_a_result() -> None:
    assert clause_kind("Phấn đấu chỉ số DTI xếp thứ 12/63, đã xếp thứ ") == "result"
    assert clause_kind("Phấn đấu chỉ số DTI xếp thứ ") == "target"


@pytest.mark.parametrize("text", ["Trong năm 2023, mỗi đơn vị phải tổ chức được từ ",
                                  "Mỗi xã phải triển khai ít nhất ", "Các sở phải cung cấp "])
def test_an_obligation_set_is_an_aim(text: str) -> None:
    assert clause_kind(text) == "target"


def test_what_the_people_or_firms_counted_want_is_no_aim() -> None:
    # (a survey's finding: what those counted want, with a result's words before it)
    assert clause_kind("Theo kết quả điều tra năm 2024, tỷ lệ hộ kinh doanh mong muốn bán hàng qua mạng là ") != "target"
    assert clause_kind("Kết quả khảo sát, số người dân muốn được hướng dẫn dùng ứng dụng là ") != "target"
    # what a place or an authority wants still is
    assert clause_kind("Tỉnh mong muốn đến năm 2026 có ") == "target"
    assert clause_kind("Lãnh đạo huyện muốn tỷ lệ thanh toán không dùng tiền mặt đạt ") == "target"


def test_a_results_words_in_the_numbers_own_clause_speak_after_a_must_before() -> None:
    assert clause_kind("Theo quy định, mỗi trường phải có ít nhất 2 giáo viên tin học, đến nay ngành đã bố trí ") == "result"
    recs = read("Hiện nay, mỗi phường phải có tối thiểu 1 điểm hỗ trợ dịch vụ công, đến nay đã bố trí 46 điểm.",
                plan_year=2025)
    assert (recs[-1].value, recs[-1].kind) == (46, "result")
    # (not after an aim: what was reached is built on; a place strived for is ranked)
    assert clause_kind("Phấn đấu đến năm 2027, trên cơ sở kết quả đạt được, nâng số hộ dùng ví điện tử lên ") != "result"
    assert clause_kind("Phấn đấu điểm PAPI đạt 45 điểm, xếp thứ ") != "result"


def test_what_one_body_asks_another_to_provide_is_an_aim() -> None:
    assert clause_kind("Huyện đã đề nghị Sở Thông tin và Truyền thông lắp đặt wifi miễn phí cho ") == "target"
    assert clause_kind("UBND xã đề nghị các doanh nghiệp viễn thông phủ sóng 4G đến ") == "target"
    # (a request granted is no aim: what followed it was done)
    assert clause_kind("Theo đề nghị của Sở, UBND tỉnh đã công nhận ") == "result"


def test_what_is_needed_or_a_purpose_right_before_a_value_is_an_aim() -> None:
    assert clause_kind("Để ứng dụng phát huy hiệu quả, cả nước cần có khoảng ") == "target"
    assert clause_kind("Sở đã hướng dẫn các trường triển khai để ") == "target"
    # (a purpose after what was done still aims: "đã dành 20 tỷ đồng để 100% xã có wifi")
    recs = read("Năm 2023, tỉnh đã dành 20 tỷ đồng để 100% xã có wifi miễn phí.", plan_year=2024)
    assert [(r.value, r.kind) for r in recs] == [(20e9, "result"), (100, "target")]
    # (a need not right before the value names no aim: "cần có sự vào cuộc … đã có 50 xã")
    assert clause_kind("Chuyển đổi số cần có sự vào cuộc của cả hệ thống, đến nay đã có ") == "result"


def test_a_results_words_in_the_numbers_own_clause_speak_after_a_request_before() -> None:
    # (a request made in a clause before is not what the number after its comma reached)
    assert clause_kind("Huyện đã đề nghị các sở, ngành tiếp tục hỗ trợ, đến nay đã có ") == "result"
    assert clause_kind("UBND xã đã có văn bản đề nghị Sở Thông tin và Truyền thông hỗ trợ, kết quả đã lắp đặt ") \
        == "result"
    # (a request in the number's own clause is still an aim)
    assert clause_kind("Huyện đã đề nghị Sở Thông tin và Truyền thông lắp đặt wifi miễn phí cho ") == "target"


def test_conditions_a_place_must_meet_are_aims() -> None:
    text = ("date 2023-10\nNăm 2023, huyện đã có 5 thôn thông minh.\nTheo bộ tiêu chí, thôn thông minh phải hội đủ "
            "các điều kiện: có cáp quang phủ trên 80% hộ gia đình; người dân trưởng thành dùng điện thoại thông minh "
            "đạt hơn 70%.\n")
    assert [(r.value, r.kind) for r in read(text, plan_year=2023)] == [(5, "result"), (80, "target"), (70, "target")]


def test_a_quota_each_unit_is_to_meet_is_an_aim() -> None:
    text = ("date 2024-05\nNăm 2023, huyện đã thành lập 120 tổ công nghệ số cộng đồng.\nTheo hướng dẫn, mỗi đơn vị cấp "
            "xã thành lập 1 tổ công nghệ số cộng đồng; mỗi xã lựa chọn 2 thôn làm điểm.\n")
    assert [(r.value, r.kind) for r in read(text, plan_year=2024)] == [(120, "result"), (1, "target"), (2, "target")]


def test_what_must_be_carried_out_is_an_aim() -> None:
    text = ("date 2025-06\nNăm 2024, tỷ lệ hồ sơ toàn trình của tỉnh đạt 62%.\nBan Chỉ đạo xác định: phải thực hiện giải "
            "quyết thủ tục hành chính toàn trình trên môi trường số đạt 80% trong năm 2025.\n")
    assert [(r.value, r.kind) for r in read(text, plan_year=2025)] == [(62, "result"), (80, "target")]


def test_an_agencys_remit_is_no_task_set() -> None:
    assert section_cue("Sau hội nghị, các sở căn cứ chức năng, nhiệm vụ tăng cường tuyên truyền nghị quyết.") is None
    assert section_cue("Các sở theo chức năng nhiệm vụ được giao triển khai kế hoạch.")[0] == "target"  # (its plan)
    assert section_cue("Nhiệm vụ trọng tâm năm 2026:")[0] == "target"


def test_a_reports_quarter_after_a_resolutions_name_dates_the_report() -> None:
    text = ("Kết quả thực hiện Nghị quyết 57-NQ/TW của tỉnh Yên Bái trong Quý 2 năm 2025.\n"
            "Cổng thông tin của tỉnh đã có trên 300.000 lượt truy cập.\n")
    assert [(r.kind, r.year) for r in read(text, plan_year=None)] == [("result", 2025)]
    named = "Thực hiện Nghị quyết 57-NQ/TW năm 2024 của Bộ Chính trị"
    assert cited(named, named.index("2024"))  # a year in the name stays the document's
    told = "Kết quả thực hiện Nghị quyết 57-NQ/TW trong 6 tháng đầu năm 2025"
    assert not cited(told, told.index("2025"))


def test_what_a_rate_counts_was_done_is_no_result() -> None:
    assert clause_kind("tỷ lệ khai thác, sử dụng lại dữ liệu đã được số hóa đạt") is None
    text = "MỤC TIÊU NĂM 2026\n- Tỷ lệ tái sử dụng kết quả thủ tục hành chính đã được số hóa đạt 60%.\n"
    assert [(r.kind, r.year) for r in read(text, plan_year=2026)] == [("target", 2026)]
    # the things done, counted, are done
    assert clause_kind("có 450 hồ sơ đã được số hóa") == "result"


@pytest.mark.parametrize("sentence", [
    "Sau hội nghị, các sở căn cứ chức năng và nhiệm vụ tăng cường tuyên truyền nghị quyết.",
    "Sau hội nghị, các sở căn cứ chức năng,nhiệm vụ tăng cường tuyên truyền nghị quyết.",
])
def test_an_agencys_remit_written_with_va_or_a_tight_comma_is_no_task_set(sentence: str) -> None:
    assert section_cue(sentence) is None


def test_a_reports_quarter_after_a_resolutions_name_dates_the_report_without_trong() -> None:
    text = ("Kết quả thực hiện Nghị quyết 57-NQ/TW của tỉnh Lào Cai Quý III năm 2025.\n"
            "Hệ thống giải quyết thủ tục hành chính của tỉnh đã có trên 400.000 hồ sơ.\n")
    assert [(r.kind, r.year) for r in read(text, plan_year=None)] == [("result", 2025)]
    for told in ("Báo cáo kết quả thực hiện Nghị quyết 57-NQ/TW 6 tháng đầu năm 2025",
                 "Báo cáo kết quả thực hiện Nghị quyết 57-NQ/TW Quý II/2025"):
        assert not cited(told, told.index("2025"))
    # a month with its day is the name's date
    named = "Thực hiện Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024 của Bộ Chính trị"
    assert cited(named, named.index("2024"))


def test_a_rate_that_was_raised_itself_is_a_result() -> None:
    assert clause_kind("tỷ lệ hộ gia đình có kết nối cáp quang đã được nâng lên") == "result"
    assert clause_kind("tỷ lệ thời gian xử lý hồ sơ đã được rút ngắn còn") == "result"
    # what the rate counts being done still says nothing of the rate
    assert clause_kind("tỷ lệ hồ sơ đã được ký số đạt") is None


def test_an_aim_encouraged_right_before_its_value_is_a_target() -> None:
    recs = read("Năm 2025, Sở Y tế khuyến khích 100% trạm y tế xã triển khai hồ sơ sức khỏe điện tử.", plan_year=None)
    assert [(r.kind, r.op) for r in recs] == [("target", ">=")]
    # encouragement reported with its result stays a result
    recs = read("Năm 2025, nhờ khuyến khích của Sở, 86% trạm y tế xã đã triển khai hồ sơ sức khỏe điện tử.", plan_year=None)
    assert [r.kind for r in recs] == ["result"]


def test_a_year_the_text_says_it_tells_of_is_its_own() -> None:
    text = ("Chuyển đổi số ở huyện miền núi\n\n2024 là năm ghi nhận nhiều chuyển biến rõ nét. Chợ trung tâm triển khai "
            "thanh toán không dùng tiền mặt từ cuối năm 2023. Đến nay, 90% tiểu thương tại chợ dùng mã QR.")
    assert reference_year(text) == 2024
    assert [(r.value, r.year) for r in read(text, plan_year=None)] == [(90, 2024)]


def test_a_quota_a_result_is_set_against_is_no_aim() -> None:
    text = ("date 2022-12\nĐến ngày 20/11, thu ngân sách của Cục Hải quan đạt 9.120 tỷ đồng (đạt 91% so với chỉ tiêu "
            "phấn đấu, bằng 97% so với cùng kỳ năm trước).\n")
    assert [(r.value, r.kind) for r in read(text, plan_year=None)] == [(9120e9, "result")]


def test_a_vision_in_news_leads_into_no_aims() -> None:
    text = ("date 2025-05-20\nTỉnh vừa công bố kế hoạch phát triển công nghiệp bán dẫn đến năm 2040. Từ nền tảng hiện "
            "có, tỉnh đặt mục tiêu trở thành trung tâm thiết kế vi mạch hàng đầu khu vực.\n\nTỷ lệ lao động qua đào "
            "tạo đạt 76%, lao động qua đào tạo nghề chiếm 34,2%.\n")
    assert [(r.value, r.kind) for r in read(text, find_metadata(text).plan_year)] == [(76, "result"), (34.2, "result")]
    # (an aim that leads into a list still does)
    text = text.replace("hàng đầu khu vực.\n\n", "hàng đầu khu vực với các mục tiêu:\n\n")
    assert [r.kind for r in read(text, find_metadata(text).plan_year)] == ["target", "target"]


def test_a_budget_estimate_set_or_adjusted_is_an_aim() -> None:
    text = ("HĐND tỉnh điều chỉnh dự toán thu ngân sách nhà nước trên địa bàn như sau: Tổng thu ngân sách: 9.420.000 "
            "triệu đồng. Thu nội địa: 8.100.000 triệu đồng.\nĐồng thời, phân bổ dự toán chi ngân sách địa phương như "
            "sau: Tổng chi: 15.300.000 triệu đồng.\n")
    assert [(r.value, r.kind, r.op) for r in read(text, plan_year=None)] == [
        (9420e9, "target", ">="), (8100e9, "target", ">="), (15300e9, "target", ">=")]
    # (not a result set against one)
    text = "date 2024-12\nNăm 2024, thu ngân sách đạt 9.800 tỷ đồng, bằng 104% dự toán.\n"
    assert [(r.value, r.kind) for r in read(text, plan_year=None)] == [(9800e9, "result")]


def test_aims_said_met_and_passed_open_results() -> None:
    text = ("Hội nghị đánh giá, năm 2024 các chỉ tiêu kinh tế-xã hội của huyện đều đạt, vượt kế hoạch đề ra. Tốc độ tăng "
            "trưởng giá trị sản xuất đạt 9,4%. Tổng giá trị sản xuất 6.120 tỷ đồng.\n")
    assert [(r.value, r.kind, r.op) for r in read(text, plan_year=None)] == [(9.4, "result", "="), (6120e9, "result", "=")]
