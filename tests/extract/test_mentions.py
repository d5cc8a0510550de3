"""Numbers and their units as a clause writes them (mentions.py)."""

from __future__ import annotations

import re

import pytest

from muctieu.extract.mentions import find_mentions
from tests.extract.helpers import only, read


def _units(text: str) -> list[tuple[float, str, str | None]]:
    return [(m.value, m.unit, m.unit_text) for m in find_mentions(text, 0, len(text))]


@pytest.mark.parametrize("text", ["Đã thanh toán trực tuyến 1.200/3.400 hồ sơ.",
                                  "Đã thanh toán trực tuyến 1.200/ 3.400 hồ sơ.",
                                  "Đã thanh toán trực tuyến 1.200 / 3.400 hồ sơ."])
def test_a_fraction_counts_its_numerator_however_the_slash_is_spaced(text: str) -> None:
    ms = find_mentions(text, 0, len(text))
    assert [(m.value, m.unit, m.denominator) for m in ms] == [(1200, "count", 3400)]


def test_millions_with_nothing_after_them_count_what_the_clause_names() -> None:
    recs = read("Số tài khoản định danh điện tử đã kích hoạt trên 12 triệu, vượt 30% so với mục tiêu 9 triệu.",
                plan_year=None)
    assert [(r.value, r.unit) for r in recs if r.unit == "count"] == [(12e6, "count"), (9e6, "count")]
    assert _units("Kinh phí 5 triệu đồng.") == [(5e6, "other", "đồng")]  # money keeps its unit
    # ("... là 1,8 triệu chiếm 1,5% tổng số thuê bao": what the millions are a share of follows)
    assert _units("Số thuê bao của các nhà mạng này là 1,8 triệu chiếm 1,5%.") == [(1.8e6, "count", None), (1.5, "%", None)]
    # money per year, per person per year: an amount, not a count of anything
    assert _units("Thu nhập bình quân đầu người đạt 110 triệu đồng/năm.") == [(110e6, "other", "đồng/năm")]
    assert _units("GRDP bình quân đạt 92 triệu đồng/người/năm.") == [(92e6, "other", "đồng/người/năm")]
    # a change's first level, its year or "lên" after it: "từ 3,2 triệu năm 2023 lên 5,6 triệu giao dịch"
    assert _units("Giao dịch qua nền tảng LGSP tăng mạnh, từ 3,2 triệu năm 2023 lên 5,6 triệu giao dịch.") == [
        (3.2e6, "count", None), (5.6e6, "count", None)]
    assert _units("Số tài khoản tăng từ 1,2 triệu lên 2 triệu tài khoản.")[0] == (1.2e6, "count", None)


def test_a_rate_per_unit_of_time_is_no_count() -> None:
    assert _units("Cổng được truy cập khoảng 3.000 lượt/ngày.") == [(3000, "other", "lượt/ngày")]
    # time spent per period is a rate too; a time alone is not ("trong vòng 24 giờ")
    assert _units("Mỗi người dùng dành khoảng 52 giờ/tháng cho ứng dụng.") == [(52, "other", "giờ/tháng")]
    assert _units("Thời gian sử dụng trung bình gần 3 giờ/ngày.") == [(3, "other", "giờ/ngày")]
    assert _units("Hồ sơ được trả trong vòng 24 giờ.") == []


def test_a_count_keeps_its_noun_across_the_share_restated_in_brackets() -> None:
    recs = read("Gần 1.200 (65,5%) thủ tục hành chính đã được cung cấp trực tuyến.", plan_year=None)
    assert [(r.value, r.unit, r.indicator) for r in recs] == [
        (1200, "count", "thủ tục hành chính đã được cung cấp trực tuyến"),
        (65.5, "%", "thủ tục hành chính đã được cung cấp trực tuyến")]


def test_the_base_of_a_rate_per_hundred_people_is_no_quantity() -> None:
    recs = read("Số thành viên tổ công nghệ số cộng đồng trên 100 dân chưa đạt 3%.", plan_year=None)
    assert [(r.value, r.unit) for r in recs] == [(3, "%")]


def test_a_ranking_names_its_categories_and_places_without_counting_them() -> None:
    text = ("Ở nhóm 16 bộ, ngành có dịch vụ công, Bộ Tư pháp xếp ở vị trí số 2. "
            "3 vị trí tiếp theo thuộc về Bộ Y tế, Bộ Xây dựng và Bộ Công Thương. "
            "Với nhóm 9 bộ, ngành không có dịch vụ công, 4 vị trí dẫn đầu thuộc về các viện.")
    assert [(r.value, r.unit) for r in read(text, plan_year=None)] == [(2, "rank")]
    text = "Trong nhóm 17 bộ cung cấp dịch vụ công, Bộ Công Thương đạt 0,4521 điểm."
    assert [(r.value, r.unit) for r in read(text, plan_year=None)] == [(0.4521, "other")]


def test_the_whole_country_ranked_is_no_rank_but_a_place_out_of_it_is() -> None:
    text = "Tỉnh vươn lên vị trí thứ 9 trong bảng xếp hạng 63 tỉnh, thành phố; năm trước xếp hạng 63/63."
    assert [(m.value, m.unit) for m in find_mentions(text, 0, len(text))] == [(9, "rank"), (63, "rank")]


def test_the_number_of_an_item_in_a_list_is_no_rank() -> None:
    assert _units("Sự kiện nổi bật thứ 3 là ngành y tế triển khai bệnh án điện tử.") == []
    assert _units("Giải pháp thứ 2 là đào tạo nhân lực số.") == []
    # (nor a child's place among its siblings)
    assert [(v, u) for v, u, _ in _units("Giảm tỷ lệ sinh con thứ 3 trở lên còn 11,5%.")] == [(11.5, "%")]
    # (nor a streak's weeks)
    assert _units("Thành phố dẫn đầu cả nước tuần thứ 6 liên tiếp về tiêm chủng.") == []
    assert [(v, u) for v, u, _ in _units("Tỉnh vươn lên xếp thứ 3 cả nước.")] == [(3, "rank")]


def test_a_country_placed_out_of_more_than_a_hundred_is_ranked() -> None:
    assert [(v, u) for v, u, _ in _units("Việt Nam ước tính xếp 71/182 quốc gia về chỉ số IDI.")] == [(71, "rank")]
    assert [u for _, u, _ in _units("Tỉnh xếp 120/150 hồ sơ vào nhóm ưu tiên.")] != ["rank"]


def test_security_events_and_incidents_are_counted() -> None:
    assert _units("Hệ thống ghi nhận 1.205 sự kiện tấn công và 37 sự cố.") == [(1205, "count", None), (37, "count", None)]


def test_a_fraction_the_subject_names_counts_its_numerator() -> None:
    recs = read("Tổng số dịch vụ công trực tuyến của tỉnh là 1.200/1.500, gồm: 700 dịch vụ toàn trình.",
                plan_year=None)
    assert [(r.value, r.unit) for r in recs] == [(1200, "count"), (700, "count")]


def test_a_rate_per_thousand_people_written_with_tren_is_no_count() -> None:
    assert _units("Phấn đấu 0,7 doanh nghiệp công nghệ số trên 1.000 dân.") == [
        (0.7, "other", "doanh nghiệp công nghệ số trên 1.000 dân")]


def test_working_groups_set_up_are_no_quantity() -> None:
    assert _units("Công an tỉnh thành lập 26 tổ công tác lưu động đến các xã.") == []
    assert _units("Toàn tỉnh có 1.200 tổ công nghệ số cộng đồng.") == [(1200, "count", None)]


@pytest.mark.parametrize(("text", "value"), [("Đã triển khai mô hình tại 9/9 quận, huyện.", 9),
                                              ("Có 1.384 tên miền .vn đăng ký.", 1384),
                                              ("Hoàn thiện 14 phân hệ của hệ thống.", 14),
                                              ("Bộ đã cấp trên 91,2 triệu số định danh cá nhân.", 91.2e6),
                                              ("Hệ thống ghi nhận 3.215 lỗi vi phạm giao thông.", 3215),
                                              ("Xã đã cấp 4.120/4.120 CCCD cho người dân.", 4120),
                                              ("Phường lắp đặt 210 mắt camera an ninh.", 210),
                                              ("Đã số hóa hơn 2,4 triệu thửa đất vào phần mềm.", 2.4e6)])
def test_more_things_counted(text: str, value: float) -> None:
    assert [(v, u) for v, u, _ in _units(text)] == [(value, "count")]


def test_capacity_area_and_spacing_units() -> None:
    assert _units("Tổng dung lượng cáp quang biển đạt 64 Tbps.") == [(64, "other", "Tbps")]
    assert _units("Trung tâm bưu chính đạt bình quân 3.500m2/huyện.") == [(3500, "other", "m2/huyện")]
    assert _units("Mật độ trạm đạt tối thiểu 0,6 km/cột.") == [(0.6, "other", "km/cột")]


def test_service_rates_per_point_are_no_counts() -> None:
    assert _units("Bán kính phục vụ bình quân đạt 4,12 km/điểm; số dân phục vụ bình quân đạt 3.599 người/điểm.") == [
        (4.12, "other", "km/điểm"), (3599, "other", "người/điểm")]


def test_a_fraction_keeps_its_noun_across_a_bracketed_share() -> None:
    assert _units("Có 74/115 (tỷ lệ 64%) điểm bưu điện văn hóa xã.")[0] == (74, "count", None)


def test_a_places_size_is_no_quantity() -> None:
    # (nor are the villages it has, named with its area: its make-up, as set22's gold has it)
    assert _units("Xã có diện tích 26 km2, với 37 thôn và khoảng 47.000 dân.") == []
    assert _units("Xã có diện tích 26 km2, với 37 thôn đã có Internet cáp quang.") == [(37, "count", None)]


def test_a_streak_is_no_quantity_and_companies_are_counted() -> None:
    assert _units("Thành phố giữ vững 3 năm liên tiếp vị trí dẫn đầu.") == []
    assert [(v, u) for v, u, _ in _units("Có 109 doanh nghiệp (3 tập đoàn nhà nước, 69 công ty cổ phần).")] == [
        (109, "count"), (3, "count"), (69, "count")]


def test_a_rate_per_one_point_is_a_rate() -> None:
    assert _units("Bán kính phục vụ đạt 1,672 km/1 điểm phục vụ.") == [(1.672, "other", "km/1 điểm phục vụ")]


@pytest.mark.parametrize("text", [
    "Nhóm 1 được gọi là nhóm nền tảng chung.",
    "Nhóm 2 là nhóm chỉ số về hoạt động.",
    "Nhóm 3 gồm các chỉ số thành phần.",
    "Tỉnh thuộc các tỉnh nhóm 2.",
])
def test_a_groups_label_is_no_rank(text: str) -> None:
    assert find_mentions(text, 0, len(text)) == []


def test_a_group_of_leaders_stays_a_rank() -> None:
    text = "Phấn đấu vào nhóm 10 tỉnh dẫn đầu."
    assert [(m.value, m.unit, m.op) for m in find_mentions(text, 0, len(text))] == [(10, "rank", "<=")]


@pytest.mark.parametrize("text, value", [
    ("Tỉnh đã tập huấn cho 250 thanh niên.", 250),
    ("Hiện nay 15/22 bộ, ngành đã hoàn thành kết nối.", 15),
    ("Năm qua, tỉnh ban hành 3 nghị quyết về chuyển đổi số.", 3),
    ("Tổ công nghệ số có tổng số 4.120 thành viên.", 4120),
    ("Hệ thống đã tiếp nhận 12.500 phản ánh của người dân.", 12500),
    ("Mạng truyền số liệu đã kết nối tới 42 đảng ủy xã, phường.", 42),
    ("Tỉnh đã trao thẻ đảng viên điện tử cho 64 đảng bộ trực thuộc.", 64),
    ("Trung tâm đã đưa vào vận hành 7 phân\nhệ nghiệp vụ.", 7),  # a noun wrapped onto the next line
])
def test_counts_of_things_plans_report(text: str, value: float) -> None:
    assert [(m.value, m.unit) for m in find_mentions(text, 0, len(text))] == [(value, "count")]


def test_a_numbered_label_after_so_is_still_no_count() -> None:
    text = "Theo Kế hoạch số 12 của tỉnh, văn bản số 45 đã được ban hành."
    assert find_mentions(text, 0, len(text)) == []


@pytest.mark.parametrize("text, found", [
    ("Tỉnh là 1 trong 9 tỉnh dẫn đầu về thể chế số.", [(9, "rank", "<=")]),
    # the leaders named after a long group: "1 trong 20 tỉnh thành phố trực thuộc Trung ương có … cao nhất"
    ("Phấn đấu đưa tỉnh vào 1 trong 20 tỉnh thành phố trực thuộc Trung ương có chỉ số xã hội số cao nhất.",
     [(20, "rank", "<=")]),
    ("Đây là một trong 7 ngành của kinh tế số lõi.", []),  # the size of a group it belongs to
    ("Tỉnh là một trong 06 tỉnh sớm ban hành nghị quyết.", []),
    ("Giáo dục là 1 trong 6 lĩnh vực được ưu tiên hàng đầu trong chuyển đổi số.", []),  # a first priority
    ("Huyện là 1 trong 3 địa phương hàng đầu của tỉnh về chuyển đổi số.", [(3, "rank", "<=")]),
    # the first few to do something, or those that did most, named right after: a place among them
    ("Huyện là 1 trong 14 huyện đầu tiên của cả nước số hóa sổ hộ tịch.", [(14, "rank", "<=")]),
    ("Tỉnh là một trong 5 địa phương cải thiện thứ hạng nhiều nhất.", [(5, "rank", "<=")]),
    ("Ông là một trong 9.000 người dân hưởng ứng phong trào.", [(9000, "count", None)]),
    ("Chỉ số ICT năm 2020 của tỉnh tụt hạng 10 bậc.", []),  # how far it moved
    # the size of a ranking's top group, named after it
    ("Năm 2023, 5 tỉnh, thành phố dẫn đầu chỉ số này lần lượt là Đà Nẵng, Huế, Bắc Ninh.", []),
    ("Có 4/12 địa phương dẫn đầu bảng xếp hạng chuyển đổi số cấp huyện.", []),
    ("Trong số 63 tỉnh, thành phố, có 10 tỉnh, thành phố trong Top đầu lần lượt là Đà Nẵng, Huế.", []),
])
def test_one_among_many_and_steps_moved(text: str, found: list) -> None:
    assert [(m.value, m.unit, m.op) for m in find_mentions(text, 0, len(text))] == found


@pytest.mark.parametrize("text", [
    "Tôi thường gửi xe với 5.000 đồng mỗi lần.",  # a price
    "Một đĩa cơm giá 45 ngàn đồng.",
    "Cuộc khảo sát 1.000 người tiêu dùng cho thấy ...",  # a survey's sample
    "hệ thống thông tin điện tử tỉnh;\nTrang 1KẾ HOẠCH Chuyển đổi số",  # a page mark of a converted PDF
])
def test_prices_and_survey_samples_are_no_quantities(text: str) -> None:
    assert find_mentions(text, 0, len(text)) == []


def test_the_schools_and_hospitals_a_sector_is_made_of_are_no_quantities() -> None:
    text = "Toàn tỉnh hiện có 412 trường mầm non, phổ thông với 7.350 lớp học và 198.000 học sinh."
    assert find_mentions(text, 0, len(text)) == []
    text = "Mạng lưới y tế của tỉnh gồm 3 bệnh viện tuyến tỉnh, 12 trung tâm y tế và 160 trạm y tế xã."
    assert find_mentions(text, 0, len(text)) == []
    # (and the list goes on below its opening line)
    text = "Toàn tỉnh có 540 trường mầm non, phổ thông, trong đó\nmầm non 170 trường, tiểu học 190 trường."
    assert find_mentions(text, text.index("\n") + 1, len(text)) == []
    # (what they did with digital means is a figure: "… có 38 bệnh viện triển khai bệnh án điện tử")
    text = "Toàn tỉnh có 38 bệnh viện đã triển khai bệnh án điện tử."
    assert [(m.value, m.unit) for m in find_mentions(text, 0, len(text))] == [(38, "count")]


def test_a_count_out_of_all_right_after_its_subject_needs_no_verb() -> None:
    text = "Số lượng doanh nghiệp sử dụng hóa đơn điện tử 8.450/8.450, đạt 100%."
    assert [(m.value, m.unit, m.denominator) for m in find_mentions(text, 0, len(text))] == [
        (8450, "count", 8450), (100, "%", None)]
    # (not a date, nor hours of a day)
    text = "Hệ thống camera an ninh hoạt động 24/24, khai trương từ tháng 5/2022."
    assert find_mentions(text, 0, len(text)) == []


def test_a_counted_subject_whose_verbs_a_comma_joins() -> None:
    text = "Hiện nay, số người dân kích hoạt, sử dụng tài khoản định danh điện tử trên địa bàn huyện là 12.408."
    assert [(m.value, m.unit) for m in find_mentions(text, 0, len(text))] == [(12408, "count")]


def test_a_provinces_borders_coast_and_working_people_are_its_make_up() -> None:
    text = "Toàn tỉnh có 98 km đường biên giới, 65 km bờ biển và 1,2 triệu người ở độ tuổi lao động."
    assert find_mentions(text, 0, len(text)) == []


def test_money_a_plan_spends_stays() -> None:
    text = "Tỉnh huy động 1.250 tỷ đồng cho chuyển đổi số."
    assert [(m.value, m.unit_text) for m in find_mentions(text, 0, len(text))] == [(1.25e12, "đồng")]


@pytest.mark.parametrize("spelling", ["tỷ lệ", "tỉ lệ"])
def test_both_spellings_of_ty_le_lead_a_value_alike(spelling: str) -> None:
    text = f"hồ sơ trực tuyến đạt {spelling} 45%"
    [m] = find_mentions(text, 0, len(text))
    assert (m.value, m.verb, text[m.lead:m.anchor].strip()) == (45, True, f"đạt {spelling}")


@pytest.mark.parametrize("text", [
    "Hội thảo có hơn 400 doanh nghiệp tham dự.",  # an event's attendance (the spec's "tham dự")
    "Hội nghị được tổ chức trực tuyến đến 78 xã, phường.",  # its reach
    "Toàn thôn có 86 hộ với 440 nhân khẩu.",  # a place's population
    "Sở tổ chức diễn tập ứng cứu sự cố với sự tham gia của hơn 40 cán bộ kỹ thuật.",  # an event's participants
    # (and their members and where they came from)
    "Hội thi thu hút sự tham gia của 24 đội với 150 thí sinh đến từ 12 xã, phường.",
    # (those named in a list before "tham dự", or contestants before "dự thi")
    "Phiên giao dịch việc làm thu hút 180 cơ quan, doanh nghiệp tham dự.",
    "Cuộc thi nhận bài của học sinh từ 9 huyện, thị xã dự thi.",
])
def test_events_and_population_are_no_quantities(text: str) -> None:
    assert find_mentions(text, 0, len(text)) == []


def test_a_count_per_person_is_a_rate_with_its_own_unit() -> None:
    text = "Bình quân toàn tỉnh có 2,5 tài khoản đang hoạt động/người dân từ 15 tuổi."
    assert [(m.value, m.unit, m.unit_text) for m in find_mentions(text, 0, len(text))] == [
        (2.5, "other", "tài khoản đang hoạt động/người dân")]


def test_a_later_with_in_a_sentence_about_an_event_is_no_participant() -> None:
    text = ("Tại hội thảo có sự tham gia của đại diện các doanh nghiệp, Giám đốc Sở cho biết sàn thương mại "
            "điện tử của tỉnh đã kết nối với 1.250 doanh nghiệp.")
    assert [m.value for m in find_mentions(text, 0, len(text))] == [1250]


@pytest.mark.parametrize("text", [
    "Sàn thương mại điện tử của tỉnh có sự tham gia của 1.250 doanh nghiệp.",
    # (what those taking part in no event bring is counted too)
    "Sàn thương mại điện tử của tỉnh có sự tham gia của 1.250 doanh nghiệp với 5.000 sản phẩm.",
    # (a programme carried out, no event held; "tổ chức" as organisations)
    "Sở đã tổ chức triển khai chương trình hỗ trợ số hóa với sự tham gia của 410 hợp tác xã.",
    "Các cơ quan, tổ chức đã hưởng ứng phong trào với sự tham gia của 3.200 hộ gia đình.",
])
def test_those_taking_part_in_what_no_event_holds_are_counted(text: str) -> None:
    ms = find_mentions(text, 0, len(text))
    assert {m.unit for m in ms} == {"count"} and [m.value for m in ms] == [float(n.replace(".", "")) for n in re.findall(r"\d[\d.]*\d|\d", text)]


@pytest.mark.parametrize("text", ["Tổng vốn đầu tư cho hạ tầng số là 350.", "Tổng đài 1022 đã xử lý là 4.500."])
def test_a_total_of_money_or_a_call_centre_is_no_count(text: str) -> None:
    assert find_mentions(text, 0, len(text)) == []


def test_attendance_written_before_the_number_is_no_quantity() -> None:
    text = "Lễ khai mạc diễn ra với sự tham dự của hơn 1.500 đại biểu."
    assert find_mentions(text, 0, len(text)) == []


def test_what_was_done_is_counted_whatever_its_noun() -> None:
    # "đã <verb>" before a number of ten or more: a count of what was done, a noun no list names
    assert _units("Cổng thông tin đã tiếp nhận 46 sáng kiến cải cách.") == [(46, "count", None)]
    assert _units("Hội đồng đã xét duyệt 15 sáng kiến khoa học.") == [(15, "count", None)]
    # a small number is mostly structure ("đã chia 3 giai đoạn"), and no "đã" no count
    assert _units("Kế hoạch đã chia thành 3 giai đoạn.") == []
    assert _units("Hội đồng xét duyệt 15 sáng kiến khoa học.") == []
    # what a programme develops or builds is counted like what it supports, whatever its noun
    assert _units("Tỉnh hỗ trợ phát triển 120 ý tưởng khởi nghiệp sáng tạo.") == [(120, "count", None)]
    assert _units("Thành phố ươm tạo 45 dự án khởi nghiệp mỗi năm.") == [(45, "count", None)]
    assert _units("Hệ thống phân tích dữ liệu, đưa ra 120 loại báo cáo thống kê.") == [(120, "count", None)]
    # a registry's own acts, listed
    assert [v for v, _, _ in _units("Phòng thu hồi 35 đăng ký xe, cấp đổi 210 đăng ký xe và cấp lại 112 đăng ký xe.")] \
        == [35, 210, 112]


def test_provinces_out_of_the_countrys_are_counted_but_the_whole_country_is_not() -> None:
    assert [(v, u) for v, u, _ in _units("Đến nay 28/34 tỉnh đã hoàn thành đồng bộ dữ liệu đất đai.")] == [(28, "count")]
    assert [(v, u) for v, u, _ in _units("Cả 34/34 tỉnh đã kết nối dữ liệu.")] == [(34, "count")]
    assert _units("Bộ đã làm việc với 34 tỉnh, thành phố.") == []


def test_a_structure_word_counts_small_but_not_many() -> None:
    assert [(v, u) for v, u, _ in _units("Hệ thống đã ghi nhận 1.250 phiên truy cập trái phép.")] == [(1250, "count")]
    assert _units("Hội nghị đã tổ chức 2 phiên thảo luận.") == []


def test_a_subject_per_hundred_people_makes_its_count_a_rate() -> None:
    assert _units("Số thuê bao băng rộng cố định/100 dân đạt 25 thuê bao.") == [(25, "other", "thuê bao/100 dân")]
    assert _units("Số thuê bao băng rộng cố định đạt 250.000 thuê bao.") == [(250000, "count", None)]


def test_a_count_out_of_a_total_written_in_words_counts_its_numerator() -> None:
    recs = read("Đến nay đã có 462 trên tổng số 696 đơn vị cấp huyện hoàn thành đồng bộ dữ liệu.", plan_year=None)
    assert [(r.value, r.unit) for r in recs] == [(462, "count")]
    among = read("Toàn tỉnh đã xây dựng, đưa vào khai thác 58 trong tổng số 97 cơ sở dữ liệu.", plan_year=None)
    assert [(r.value, r.unit) for r in among] == [(58, "count")]


def test_a_count_whose_subject_opens_after_voi_or_va_is_counted() -> None:
    recs = read("Tỉnh dẫn đầu với số hồ sơ trực tuyến là 115.665 và tổng số hồ sơ giải quyết là 168.746.",
                plan_year=None)
    assert [(r.value, r.unit) for r in recs] == [(115665, "count"), (168746, "count")]
    # a measure is no count: "với tỷ lệ hồ sơ trực tuyến là 68" names a rate
    assert read("Tỉnh dẫn đầu với tỷ lệ hồ sơ trực tuyến là 68.", plan_year=None) == []


def test_a_count_broken_down_after_trong_do_goes_on_counting() -> None:
    recs = read("Tỉnh đã cấp 261 mã số vùng trồng, trong đó 241 mã số vùng trồng cây ăn quả và 20 mã số vùng trồng rau.",
                plan_year=None)
    assert [(r.value, r.unit) for r in recs] == [(261, "count"), (241, "count"), (20, "count")]


def test_points_after_places_of_service_are_counted_and_a_score_is_not() -> None:
    recs = read("Tổng số điểm phục vụ bưu chính của tỉnh 312 điểm; điểm giao dịch ngân hàng ở nông thôn 74 điểm.",
                plan_year=None)
    assert [(r.value, r.unit) for r in recs] == [(312, "count"), (74, "count")]
    assert [(r.value, r.unit) for r in read("Tổng điểm của tỉnh đạt 85 điểm.", plan_year=None)] == [(85, "other")]


def test_a_hospitals_or_towns_class_is_no_rank() -> None:
    recs = read("Đến nay, 41/52 bệnh viện đa khoa tuyến tỉnh hạng 2 đã triển khai bệnh án điện tử.", plan_year=None)
    assert [(r.value, r.unit) for r in recs] == [(41, "count")]
    assert "hạng 2 đã triển khai bệnh án điện tử" in recs[0].indicator


def test_police_units_are_counted() -> None:
    recs = read("Toàn tỉnh đã hoàn thành với 10/10 Công an cấp huyện, 180/180 Công an cấp xã.", plan_year=None)
    assert [(r.value, r.unit) for r in recs] == [(10, "count"), (180, "count")]


def test_delegates_are_an_events_not_a_quantity() -> None:
    assert read("Diễn đàn quy tụ gần 300 đại biểu đến từ các sở, ngành và doanh nghiệp.", plan_year=None) == []


def test_a_day_of_the_week_is_no_rank() -> None:
    recs = read("Vào các ngày thứ 7, chủ nhật, đoàn viên hỗ trợ 120 hộ dân cài đặt VNeID.", plan_year=None)
    assert [(r.value, r.unit) for r in recs] == [(120, "count")]


@pytest.mark.parametrize("text, value", [
    ("Đến nay có 42 phản ánh chờ xử lý.", 42), ("Thành phố ghi nhận hơn 32.000 PAKN.", 32000),
    ("Ứng dụng nhận 3.268 ý kiến của người dân.", 3268), ("Đảng bộ kết nạp 600 đảng viên.", 600),
    ("Trung tâm được trang bị 25 màn hình ghép.", 25)])
def test_feedback_party_members_and_screens_are_counted(text: str, value: int) -> None:
    assert [(r.value, r.unit) for r in read(text, plan_year=None)] == [(value, "count")]


@pytest.mark.parametrize("text, unit", [("Hai huyện lần lượt đứng cuối bảng với 2,1 và 1,6 điểm.", "other"),
                                        ("Tỷ lệ hồ sơ trực tuyến của hai huyện lần lượt là 45,2 và 50,1%.", "%")])
def test_respective_values_share_the_last_ones_unit(text: str, unit: str) -> None:
    assert [r.unit for r in read(text, plan_year=None)] == [unit, unit]


@pytest.mark.parametrize("text, value, unit_text", [
    ("GRDP bình quân đầu người năm 2023 ước đạt 98 triệu đồng/người.", 98_000_000, "đồng/người"),
    ("Mật độ dân số của tỉnh là 312 người/km2.", 312, "người/km2"),
    # money per body or item ("đồng/cơ quan báo chí"), not a count of millions
    ("Mỗi năm tỉnh chi từ 15-40 triệu đồng/cơ quan báo chí cho tuyên truyền.", 15_000_000, "đồng/cơ quan báo chí"),
    ("Mức hỗ trợ là 5 triệu đồng/doanh nghiệp.", 5_000_000, "đồng/doanh nghiệp"),
    ("Kinh phí cho công nghệ thông tin mỗi năm khoảng 45 tỷ, chiếm 0,4% tổng chi.", 45_000_000_000, "đồng")])
def test_money_per_person_density_and_money_left_unsaid_are_amounts(text: str, value: float, unit_text: str) -> None:
    r = read(text, plan_year=None)[0]
    assert (r.value, r.unit, r.unit_text) == (value, "other", unit_text)


def test_a_result_over_its_plan_by_nearly_a_share_is_no_level() -> None:
    assert [r.unit for r in read("Tỉnh thu ngân sách 9.200 tỷ đồng, vượt gần 24% so với kế hoạch.", plan_year=None)] \
        == ["other"]


def test_a_place_out_of_those_ranked_is_a_rank() -> None:
    recs = read("Thứ hạng cải cách hành chính của Bộ có lúc xếp 5/17, nhưng có thời điểm rơi xuống 14/17.",
                plan_year=None)
    assert [(r.value, r.unit) for r in recs] == [(5, "rank"), (14, "rank")]
    assert all(r.indicator.startswith("Thứ hạng cải cách hành chính của Bộ") for r in recs)


def test_a_count_per_month_is_a_rate_with_its_unit_as_written() -> None:
    r = read("Đài tỉnh phát sóng 6 chuyên mục/tháng về chuyển đổi số.", plan_year=None)[0]
    assert (r.value, r.unit, r.unit_text) == (6, "other", "chuyên mục/tháng")
    assert "chuyên mục" in r.indicator


def test_a_surveys_sample_is_no_quantity_however_the_survey_is_worded() -> None:
    assert read("Cuộc khảo sát được thực hiện trên 12.400 người dân.", plan_year=None) == []
    assert read("Sở đã khảo sát 1.000 người tiêu dùng.", plan_year=None) == []


def test_zalo_groups_are_counted() -> None:
    recs = read("Toàn thị xã có 97 tổ công nghệ số với 610 thành viên và thành lập được 97/97 nhóm Zalo ấp, khóm.",
                plan_year=None)
    assert [(r.value, r.unit) for r in recs] == [(97, "count"), (610, "count"), (97, "count")]
    assert recs[1].indicator == "thành viên tổ công nghệ số"


def test_speeds_keep_their_unit_as_written_even_misspelt() -> None:
    assert _units("Tốc độ trung bình khoảng 120 Mbps, tối đa 1 Gb/s.") == [(120, "other", "Mbps"), (1, "other", "Gb/s")]
    # ("Mpbs", a common slip for Mbps, is still a speed)
    assert _units("Tốc độ trung bình khoảng 300 Mpbs đối với cá nhân.") == [(300, "other", "Mpbs")]
    # speeds per second written out, delays and throughput keep theirs too
    assert _units("Tốc độ di động đạt 61,2 Mb/giây, độ trễ 35ms; hệ thống xử lý 2.000 giao dịch/giây.") == [
        (61.2, "other", "Mb/giây"), (35, "other", "ms"), (2000, "other", "giao dịch/giây")]
    assert _units("Độ trễ giảm còn 25 mili giây.") == [(25, "other", "mili giây")]
    # ("Mbs" too)
    assert _units("Tốc độ tải xuống di động đạt 98,5 Mbs trong tháng 6.") == [(98.5, "other", "Mbs")]


def test_the_level_a_change_starts_from_is_in_the_unit_of_the_level_it_reaches() -> None:
    assert _units("Tốc độ tăng từ 71 lên 146 Mbps, thứ hạng từ 43 lên thứ 15.") == [
        (71, "other", "Mbps"), (146, "other", "Mbps"), (43, "rank", None), (15, "rank", None)]
    assert _units("Số giao dịch tăng từ 3,2 lên 5,6 triệu giao dịch.")[0] == (3.2e6, "count", None)
    # (a number after "từ" that no level follows stays no quantity: "từ 2021 đến nay")
    assert _units("Từ 15 đến nay, chưa có số liệu.") == []


def test_a_scores_change_between_two_unitless_levels_reads_both() -> None:
    # the year of the first level may stand between the two; "xuống" leads a level as "lên" does
    assert _units("Điểm số PAPI bình quân của các tỉnh giảm từ 42,15 (2020) xuống 41,93 (2021).") == [
        (42.15, "other", None), (41.93, "other", None)]
    assert _units("Chỉ số tổng hợp PCI của tỉnh tăng từ 63,2 lên 65,04.") == [
        (63.2, "other", None), (65.04, "other", None)]
    # the places a ranking moved between restate how far it moved: no quantity
    values = [v for v, _, _ in _units("Chỉ số thành phần chính quyền số đạt 0,6812 điểm, lùi 3 bậc (từ 4 xuống 7).")]
    assert 0.6812 in values and 4 not in values and 7 not in values


@pytest.mark.parametrize(("text", "count", "whole"), [
    ("Sở đã cung cấp 41 dịch vụ trong tổng số 58 dịch vụ của danh mục.", 41, 58),
    ("Đến nay, 7.250 hộ trên tổng số 9.100 hộ của huyện đã có cáp quang.", 7250, 9100),
    # points counted, not a score: the whole says what they are
    ("Đã có gần 150 điểm trong tổng số 260 điểm du lịch được gắn mã QR.", 150, 260),
])
def test_a_count_out_of_a_whole_of_the_same_things_is_one_count(text: str, count: int, whole: int) -> None:
    ms = find_mentions(text, 0, len(text))
    assert [(m.value, m.unit, m.denominator) for m in ms] == [(count, "count", whole)]


def test_a_places_size_in_thousands_and_its_place_by_size_are_no_quantities() -> None:
    assert _units("Tỉnh mới rộng gần 23 nghìn km² (đứng thứ 3 cả nước) và có 98% xã có cáp quang.") == [
        (98, "%", None)]
    # a place out of the country after a comma may be of anything: it stays a rank
    assert _units("Huyện có diện tích 1.200 km2, đứng thứ 7 toàn tỉnh về chuyển đổi số.") == [(7, "rank", None)]


def test_a_count_raised_to_a_bare_number_and_a_figure_named_as_such_are_counted() -> None:
    # what "nâng" raises is what the number counts; "con số" is the figure, not a house number
    assert _units("Năm nay nhà mạng lắp thêm 800 trạm, nâng tổng số trạm 5G của tỉnh lên 2.400.") == [
        (800, "count", None), (2400, "count", None)]
    assert _units("Con số 12.000 tài khoản cho thấy người dân đã quen dịch vụ số.") == [(12000, "count", None)]
    assert _units("Trụ sở đặt tại số 12 đường Trần Phú.") == []


def test_the_units_a_new_one_is_merged_from_are_no_count() -> None:
    assert _units("Phường mới được thành lập trên cơ sở sáp nhập 04 phường cũ; đến nay 95% hồ sơ nộp trực tuyến.") == [
        (95, "%", None)]
    assert _units("Tỉnh được hợp nhất từ 2 tỉnh và đã có 1.200 điểm wifi miễn phí.") == [(1200, "count", None)]
    # what the new province is made of, and its people, are no counts either; what its communes did is
    made_of = ("Tỉnh mới rộng 6.500 km², dân số khoảng 2,4 triệu người và 95 đơn vị hành chính cấp xã (gồm "
               "80 xã, 13 phường và 2 đặc khu). Đến nay 60 đơn vị hành chính cấp xã đã triển khai ký số.")
    assert _units(made_of) == [(60, "count", None)]
    # the list of what it is made of without brackets too, and how far it lies from a city
    assert _units("Thị xã cách trung tâm tỉnh 45 km, có 09 đơn vị hành chính gồm 05 phường, 04 xã với 61 khu phố. "
                  "Thị xã đã kéo 320 km cáp quang.") == [(320, "other", "km")]


def test_the_parts_of_an_events_programme_are_no_counts() -> None:
    assert _units("Ngày hội năm nay có 5 hội thảo và 3 hoạt động bên lề, với 45 gian hàng công nghệ.") == []
    # booths on a trading platform are what a plan counts
    assert _units("Tỉnh đã có 1.250 gian hàng trên sàn thương mại điện tử.") == [(1250, "count", None)]


def test_a_kilometre_post_is_a_place_not_a_count() -> None:
    assert _units("Camera tại Km 45 tuyến quốc lộ 1 ghi nhận 320 trường hợp vi phạm.") == [(320, "count", None)]


def test_the_people_an_exercise_gathers_are_its_participants_not_a_count() -> None:
    assert _units("Buổi diễn tập quy tụ 35 kỹ sư an toàn thông tin; hệ thống đã chặn 1.200 cuộc tấn công.") == [
        (1200, "count", None)]


@pytest.mark.parametrize(("text", "value"), [
    ("Kim ngạch xuất khẩu ước đạt 132,341 tỷ USD.", 132_341_000_000),
    ("Doanh thu đạt 4,35 nghìn tỷ đồng.", 4_350_000_000_000),
    ("Số giao dịch tăng từ 3,3 lên 5,7 triệu giao dịch.", 3_300_000),
])
def test_an_amount_times_its_magnitude_is_exact(text: str, value: int) -> None:
    assert _units(text)[0][0] == value  # not 132341000000.00002: the scorer and the store compare exactly


def test_the_bar_that_counted_places_pass_is_no_quantity() -> None:
    assert _units("Có 14 tỉnh, thành phố có tỷ lệ hồ sơ trực tuyến toàn trình trên 60%.") == [(14, "count", None)]
    assert _units("Cả nước có 9 địa phương đạt chỉ số từ 85% trở lên.") == [(9, "count", None)]
    # their share of the whole, what they have reached, and a share in a bracket are values
    assert (72, "%", None) in _units("Bốn tỉnh này chiếm hơn 72% doanh thu thương mại điện tử.")
    assert (99, "%", None) in _units("Đã có 3.100/3.130 xã, phường (đạt trên 99%) đồng bộ dữ liệu.")
    # departments too, and a rate's bar after what they did
    assert _units("Trong quý, 5/17 sở, ngành đã tiếp nhận hồ sơ trực tuyến đạt tỷ lệ trên 70%.") == [(5, "count", None)]
    assert _units("Về thanh toán phí trực tuyến, 3/17 sở đạt tỷ lệ trên 50%.") == [(3, "count", None)]


def test_a_count_out_of_a_whole_keeps_its_noun_after_its_share_in_brackets() -> None:
    text = "Hiện có 1.203/1.210 (khoảng 99,4%) trung tâm thôn có sóng di động."
    assert [(m.value, m.unit, m.denominator) for m in find_mentions(text, 0, len(text))] == [
        (1203, "count", 1210), (99.4, "%", None)]


def test_a_count_over_the_number_assigned_is_still_counted() -> None:
    text = "Tỉnh đã thu nhận 1.204.310/1.150.000 hồ sơ định danh điện tử."
    assert [(m.value, m.unit, m.denominator) for m in find_mentions(text, 0, len(text))] == [(1204310, "count", None)]
    # a small number over a smaller one is no count out of a whole: "12/5" is a date
    assert _units("Ngày 12/5 tỉnh ra mắt ứng dụng.") == []


def test_times_of_day_weekdays_and_a_teams_name_are_no_quantities() -> None:
    assert _units("Loa phát vào khoảng 6 sáng và 5 chiều, từ thứ 2 đến thứ 6 hằng tuần, tới 12 thôn.") == [
        (12, "count", None)]
    assert _units("Các thành viên Tổ Đề án 06 của xã đã hỗ trợ 850 người dân.") == [(850, "count", None)]
    assert _units("Tỉnh xếp thứ 6 toàn quốc.") == [(6, "rank", None)]


def test_a_count_out_of_a_whole_named_after_the_whole_is_counted() -> None:
    text = "Riêng trẻ 5 tuổi, thành phố đã có 42.310 trên tổng số 43.002 trẻ được cập nhật mã định danh."
    assert [(m.value, m.unit, m.denominator) for m in find_mentions(text, 0, len(text))] == [(42310, "count", 43002)]


def test_thousands_grouped_by_a_space_but_not_a_column_of_numbers() -> None:
    assert _units("Phấn đấu huy động 120 000 đơn vị máu.") == [(120000, "count", None)]
    # a flattened table's cells stay apart
    assert (52, "count", None) not in _units("Mức 3 1665 1611 52 952 thủ tục") and \
        (52952, "count", None) not in _units("Mức 3 1665 1611 52 952 thủ tục")


def test_a_bare_number_after_what_its_total_counts_is_a_count() -> None:
    assert _units("Huyện có 212 tổ công nghệ số với tổng số thành viên 1.346.") == [
        (212, "count", None), (1346, "count", None)]
    assert _units("Tổng số chợ đã công bố chợ 4.0 là 20 chợ.") == [(20, "count", None)]


def test_a_counts_range_written_with_a_dash() -> None:
    text = "Mỗi tổ có khoảng 6 - 9 thành viên, có tổ 3-5 thành viên."
    assert [(m.value, m.value_max, m.unit, m.op) for m in find_mentions(text, 0, len(text))] == [
        (6, 9, "count", "between"), (3, 5, "count", "between")]


def test_a_floor_written_as_a_counts_range_is_the_range() -> None:
    text = "Phát triển mới tối thiểu 15 - 25 hợp tác xã ứng dụng công nghệ số; có trên 4 - 6 sàn giao dịch."
    assert [(m.value, m.value_max, m.unit, m.op) for m in find_mentions(text, 0, len(text))] == [
        (15, 25, "count", "between"), (4, 6, "count", "between")]


def test_millions_of_a_named_thing_are_counted() -> None:
    assert _units("Đến nay, tỉnh đã làm sạch hơn 1,1 triệu dữ liệu dân cư.") == [(1.1e6, "count", None)]
    # (its name capitalised: "32,1 triệu Sổ sức khỏe điện tử"; not a currency: "1,2 tỷ USD")
    assert _units("Cả nước đã tạo lập được 32,1 triệu Sổ sức khỏe điện tử.") == [(32.1e6, "count", None)]
    assert _units("Kim ngạch đạt 1,2 tỷ USD.") == [(1.2e9, "other", "USD")]


def test_thousands_of_points_are_places_counted_not_a_score() -> None:
    assert _units("Số lượng đơn vị chấp nhận thanh toán đạt hơn 12.400 điểm.") == [(12400, "count", None)]
    assert _units("Chỉ số DTI của tỉnh đạt 612,5 điểm.") == [(612.5, "other", "điểm")]


def test_an_amounts_range_may_be_written_with_a_dash_alone() -> None:
    text = "Mức tiết kiệm ước khoảng 3 - 12 tỉ đồng/năm, tốc độ 100 - 200 Mbps."
    assert [(m.value, m.value_max, m.unit_text, m.op) for m in find_mentions(text, 0, len(text))] == [
        (3e9, 12e9, "đồng/năm", "between"), (100, 200, "Mbps", "between")]
    # a count's too (it read only the 3 before set99 showed "khoảng 8 - 10 thành viên")
    qr = "Một quầy có 2 - 3 mã QR."
    assert [(m.value, m.value_max) for m in find_mentions(qr, 0, len(qr))] == [(2, 3)]
    # and with "đến" before a count's noun ("30 đến 40 cán bộ"), not only after "từ"
    staff = "Mỗi đợt huy động 30 đến 40 cán bộ, nhân viên."
    assert [(m.value, m.value_max, m.op) for m in find_mentions(staff, 0, len(staff))] == [(30, 40, "between")]


@pytest.mark.parametrize("text, low, high, unit", [
    ("Đến năm 2030, hàng hóa qua cảng đạt từ 4,5 triệu tấn đến 5 triệu tấn.", 4.5e6, 5e6, "other"),
    ("Năm 2026, khu du lịch đón từ 12,4 nghìn lượt khách đến 15,8 nghìn lượt khách.", 12_400, 15_800, "count"),
    ("Quy hoạch khu bến có từ 2 bến cảng đến 3 bến cảng.", 2, 3, "count"),
])
def test_a_range_that_writes_its_unit_at_both_ends_is_one_range(text: str, low: float, high: float, unit: str) -> None:
    # (not a floor and then a second value of its own: "từ 4,5 triệu tấn" and "5 triệu tấn")
    assert [(m.value, m.value_max, m.unit, m.op) for m in find_mentions(text, 0, len(text))] == [
        (low, high, unit, "between")]
    # the words once in the record's wording, the high end not among them
    r = only(text)
    assert "đến" not in r.indicator and not re.search(r"\d", r.indicator)


@pytest.mark.parametrize("text, value, unit_text", [
    ("Mỗi hộ có nhà bị sập được hỗ trợ 40 triệu đồng/nhà.", 40e6, "đồng/nhà"),
    ("Tặng 300 phần quà (700 nghìn đồng/phần) cho công nhân.", 700e3, "đồng/phần"),
    ("Trao 1.000 phiếu mua hàng, trị giá 300.000 đồng/phiếu.", 300e3, "đồng/phiếu"),
])
def test_money_for_each_house_gift_or_voucher_is_an_amount(text: str, value: float, unit_text: str) -> None:
    # (not a count of millions of houses, nor a price left out)
    assert (value, "other", unit_text) in _units(text)


@pytest.mark.parametrize("text, value", [
    ("Nhà ga mới có công suất 4 triệu hành khách/năm.", 4e6),
    ("Đến năm 2030, sân bay phục vụ khoảng 6 triệu hành khách mỗi năm.", 6e6),
    ("Hãng khai thác đường bay này 7 chuyến/tuần.", 7),
    ("Sân bay đón 12 chuyến bay quốc tế/ngày.", 12),
])
def test_passengers_or_flights_per_year_week_or_day_are_a_rate(text: str, value: float) -> None:
    # (a capacity or a frequency, not a count of passengers or flights)
    assert [(v, u) for v, u, _ in _units(text)] == [(value, "other")]


def test_mines_boats_and_packs_are_counted() -> None:
    assert [(v, u) for v, u, _ in _units("Năm 2025, tỉnh đấu giá 9 mỏ khoáng sản; lực lượng chức năng tạm giữ 4 sà lan, "
                                         "6 ghe và tiêu hủy 12.400 gói thuốc lá lậu.")] == [
        (9, "count"), (4, "count"), (6, "count"), (12400, "count")]


def test_medals_prizes_and_tournaments_are_counted_not_solutions() -> None:
    assert [(v, u) for v, u, _ in _units("Năm 2024, đoàn thể thao tỉnh giành 14 huy chương, gồm 5 HCV, 4 HCB và 5 HCĐ; "
                                         "tỉnh tổ chức 12 giải thể thao và học sinh đạt 9 giải Nhì.")] == [
        (14, "count"), (5, "count"), (4, "count"), (5, "count"), (12, "count"), (9, "count")]
    assert _units("Đề án nêu 6 giải pháp chủ yếu để phát triển thể thao.") == []


def test_a_things_place_in_a_series_that_names_it_is_no_rank() -> None:
    # ("Trạm thứ 3", "Huy chương thứ 2": which station, which medal; a province placed is still ranked)
    assert _units("Trạm thứ 3 được lắp đặt trên sông Thương; đây là Huy chương thứ 2 của đoàn.") == []
    assert [(v, u) for v, u, _ in _units("Năm 2024, tỉnh xếp thứ 12 cả nước.")] == [(12, "rank")]


def test_scholarships_vouchers_and_branches_are_counted_not_ballots() -> None:
    assert [(v, u) for v, u, _ in _units("Năm 2024, Hội trao 420 suất học bổng và 1.500 phiếu mua hàng; toàn huyện có "
                                         "186 chi hội khuyến học.")] == [(420, "count"), (1500, "count"), (186, "count")]
    assert _units("Xếp hạng: 1 - 2 phiếu bầu") == []


def test_species_and_animals_released_are_counted() -> None:
    assert [(v, u) for v, u, _ in _units("Năm 2024, khu bảo tồn ghi nhận 212 loài chim và thả 35 cá thể rùa về tự nhiên.")] \
        == [(212, "count"), (35, "count")]


def test_vehicles_licences_and_disease_cases_are_counted_not_shifts() -> None:
    assert [(v, u) for v, u, _ in _units("Năm 2024, lực lượng CSGT tạm giữ 312 xe, tước 48 giấy phép lái xe; toàn tỉnh ghi "
                                         "nhận 1.250 ca mắc sốt xuất huyết.")] == [(312, "count"), (48, "count"), (1250, "count")]
    assert _units("Trường phải xóa bỏ các phòng học 3 ca.") == []


def test_a_score_its_head_names_needs_no_verb() -> None:
    assert _units("Với điểm số 67,12, Đà Nẵng đứng thứ ba.")[0] == (67.12, "other", None)
    assert _units("Tỉnh dẫn đầu với mức điểm 45,8123.") == [(45.8123, "other", None)]
    # (and with the head's own "là")
    assert _units("Huyện Tân Lạc xếp thứ 2 với số điểm là 412,37.")[1] == (412.37, "other", None)
    # (a rule's threshold or an item's share of points is no score reached)
    assert _units("Cơ quan được xếp loại Tốt phải đạt mức điểm là 85, các tiêu chí còn lại tính riêng.") == []
    # (a number after such words that no score could be stays out: "số điểm 2025")
    assert _units("Danh sách số điểm 2025 được công bố.") == []


def test_places_that_did_something_are_counted() -> None:
    assert _units("Hiện 52 tỉnh đã ban hành kế hoạch thực hiện Quyết định số 1034/QĐ-BTTTT.") == [(52, "count", None)]
    assert _units("Đến nay, 21 tỉnh, thành phố đã phát sóng 5G.") == [(21, "count", None)]
    # (the country's provinces, or places named in no act, stay out)
    assert _units("Bảng xếp hạng 63 tỉnh được công bố hôm nay.") == []


def test_a_bare_number_after_the_year_compared_with_is_that_years_count() -> None:
    recs = read("Năm 2023, số tài khoản Mobile Money đạt 18.400 tài khoản, tăng 1,4 lần so với cùng kỳ năm 2022 (13.150).",
                plan_year=None)
    assert [(r.value, r.unit, r.year) for r in recs] == [(18400, "count", 2023), (13150, "count", 2022)]
    # (an index value there keeps its own reading: "0,7955, tăng 8,6% so với năm 2023 (0,7326)")
    index = read("Năm 2024, DTI đạt 0,7955, tăng 8,6% so với năm 2023 (0,7326).", plan_year=None)
    assert [(r.value, r.unit) for r in index] == [(0.7955, "other"), (0.7326, "other")]



@pytest.mark.parametrize("text, value", [
    ("Toàn tỉnh đã có hơn 1.500 'mắt thần' giám sát giao thông.", 1500),  # a thing named in quotation marks
    ("Mỗi huyện xây dựng ít nhất 2 “xã điểm” về chuyển đổi số.", 2),
    ("Dữ liệu camera giúp điều tra 27 vụ án hình sự.", 27),
    ("Huyện đã lắp 350 camera tại gần 120 điểm trên các trục đường.", 120),  # places, not a score
])
def test_things_in_quotes_cases_and_places_stood_at_are_counted(text: str, value: int) -> None:
    recs = read(text, plan_year=None)
    assert (value, "count") in [(r.value, r.unit) for r in recs]


def test_a_likeness_or_a_whole_made_of_quoted_parts_is_no_count() -> None:
    assert read("Tổ công nghệ số được xem như là 1 “cánh tay nối dài” của chính quyền.", plan_year=None) == []
    assert read("Mỗi người dân được trang bị đủ 4 “trụ cột” gồm định danh, tài khoản và kỹ năng số.",
                plan_year=None) == []


def test_how_far_a_value_falls_short_of_an_aim_is_no_value() -> None:
    recs = read("Tỉnh mới có 11 doanh nghiệp/1.000 dân, còn thiếu 9 doanh nghiệp so với mục tiêu.", plan_year=None)
    assert [r.value for r in recs] == [11]


@pytest.mark.parametrize("text, value", [
    ("Toàn tỉnh đã được cấp 148 mã số vùng trồng phục vụ xuất khẩu.", 148),
    ("Sở đã tổ chức 12 lớp trực tiếp về kỹ năng số cho cán bộ xã.", 12),
    ("Lao động được kết nối qua 35 phiên giao dịch việc làm trực tuyến.", 35),
    ("Thư viện tỉnh đã số hóa dữ liệu 18 di tích lịch sử.", 18),
    ("Thanh toán bằng mã QR đã có ở 21 siêu thị trên địa bàn.", 21),
    ("Trong quý, phần lớn là HS nộp trực tiếp (12,4 ngàn HS).", 12_400),  # "HS": hồ sơ, abbreviated
    ("Số khu công nghệ thông tin tập trung của cả nước: 7 khu.", 7),
    ("Huyện đã lắp đặt 6 đài truyền thanh ứng dụng công nghệ thông tin.", 6),
])
def test_codes_classes_job_fairs_and_relics_are_counted(text: str, value: int) -> None:
    assert [(r.value, r.unit) for r in read(text, plan_year=None)] == [(value, "count")]


def test_layers_of_a_model_and_meetings_held_are_no_counts() -> None:
    assert read("Tỉnh bảo đảm an toàn thông tin theo mô hình 4 lớp.", plan_year=None) == []


def test_counts_listed_after_one_verb_share_its_words() -> None:
    recs = read("Huyện đã triển khai thanh toán không dùng tiền mặt đến 9 siêu thị, 3 trung tâm thương mại "
                "và 57 cửa hàng tiện lợi.", plan_year=None)
    assert [r.value for r in recs] == [9, 3, 57]
    assert all("thanh toán không dùng tiền mặt" in r.indicator for r in recs)


def test_a_score_before_a_dash_and_words_is_read() -> None:
    recs = read("Với điểm chỉ số là 0,6842 - chỉ số của tỉnh cao hơn mức trung bình cả nước.", plan_year=None)
    assert [(r.value, r.unit) for r in recs] == [(0.6842, "other")]


def test_a_range_whose_low_end_leaves_out_the_thousands() -> None:
    (r,) = read("Vốn xã hội hóa cho chương trình khoảng 40-50.000 tỷ đồng.", plan_year=None)
    assert (r.value, r.value_max, r.op, r.unit_text) == (40_000e9, 50_000e9, "between", "đồng")
    # a low end far below the high end's thousands stays as written
    (r,) = read("Mỗi năm tỉnh đào tạo từ 5 - 80.000 người.", plan_year=None)
    assert (r.value, r.value_max) == (5, 80_000)


def test_a_star_class_is_no_rank() -> None:
    recs = read("Trong đó, 12 sản phẩm OCOP đạt hạng 4 sao, 20 sản phẩm đạt hạng 3 sao.", plan_year=None)
    assert [(r.value, r.unit) for r in recs] == [(12, "count"), (20, "count")]


def test_a_places_score_alone_in_brackets_is_read_in_the_index_its_sentence_names() -> None:
    recs = read("Năm 2023, các tỉnh dẫn đầu về chỉ số PCI là Quảng Ninh (73,02), Long An (71,46) và "
                "Hải Phòng (70,83).", plan_year=None)
    assert [(r.value, r.unit) for r in recs] == [(73.02, "other"), (71.46, "other"), (70.83, "other")]
    # a number in brackets after a name, with no index in the sentence, is no score
    assert read("Đoàn công tác làm việc tại xã Tân Hòa (12) và xã Tân Phú.", plan_year=None) == []
    # a rate per so many people, its value per place in brackets
    recs = read("Năm 2023, nhiều địa phương có tỷ lệ doanh nghiệp công nghệ số/1.000 dân cao như: Hải Phòng (2,1), "
                "Bình Dương (1,84) và Cần Thơ (1,2).", plan_year=None)
    assert [(r.value, r.unit) for r in recs] == [(2.1, "other"), (1.84, "other"), (1.2, "other")]


def test_places_scored_in_brackets_take_the_index_their_paragraph_named() -> None:
    recs = read("Nhóm dẫn đầu về chỉ số PCI là Quảng Ninh (73,02) và Long An (71,46). Còn nhóm cuối bảng là "
                "Cao Bằng (60,12) và Hà Giang (59,8).", plan_year=None)
    assert [r.value for r in recs] == [73.02, 71.46, 60.12, 59.8]
    recs = read("Dù xếp hạng nhất, TP.HCM (68,4) và Hà Nội (67,9) có số điểm sát nhau.", plan_year=None)
    assert [r.value for r in recs][-2:] == [68.4, 67.9]


def test_the_first_level_of_a_change_in_what_the_subject_counts_is_a_count() -> None:
    recs = read("Số lượng doanh nghiệp công nghệ số của tỉnh tăng từ 1.200 năm 2021 lên 1.650 doanh nghiệp năm 2024.",
                plan_year=None)
    assert (1200, "count", 2021) in [(r.value, r.unit, r.year) for r in recs]


def test_units_a_place_is_made_of_as_classed_are_no_progress() -> None:
    text = ("Tỉnh là tỉnh miền núi, biên giới. Toàn tỉnh có 7 huyện và 1 thành phố; trong đó có 11 xã biên giới, "
            "2 huyện nghèo và 205 thôn đặc biệt khó khăn.")
    assert [r.value for r in read(text, plan_year=None)] == []
    # villages so classed that did or lack something are counted
    recs = read("Tỉnh đã rà soát 28 thôn đặc biệt khó khăn chưa có sóng di động.", plan_year=None)
    assert [r.value for r in recs] == [28]


def test_more_or_less_is_about_not_below() -> None:
    text = "Nhóm hàng này chiếm trên dưới 30% doanh số, tỷ lệ lỗi dưới 2%."
    ops = [(m.value, m.op) for m in find_mentions(text, 0, len(text))]
    assert ops == [(30, "~"), (2, "<")]
    text = "Tỷ lệ thanh toán không dùng tiền mặt tại chợ đã tiệm cận 90%."
    assert [(m.value, m.op) for m in find_mentions(text, 0, len(text))] == [(90, "~")]


def test_subscriber_records_are_counted_out_of_all() -> None:
    text = "Các nhà mạng đã chuẩn hóa 512.300/540.120 thông tin thuê bao di động."
    assert [(m.value, m.unit, m.denominator) for m in find_mentions(text, 0, len(text))] == [(512300, "count", 540120)]



def test_a_signed_figure_is_a_change_not_a_level() -> None:
    assert _units("Tỷ lệ hồ sơ trực tuyến đạt 64,2% (+7,5% so với năm trước).") == [(64.2, "%", None)]
    assert _units("Doanh thu và xuất khẩu đều tăng (+6,1% và +9,4%).") == []


def test_who_lives_in_a_place_is_no_quantity() -> None:
    assert _units("Trong huyện, đồng bào dân tộc thiểu số chiếm hơn 70%; 45% dân số là đồng bào Mông.") == []
    # (a people named, where they live, and the population left unsaid)
    assert _units("Ở xã, đồng bào dân tộc Tày sinh sống chiếm khoảng 64% dân số.") == []
    assert _units("Bản có 120 hộ, hơn 95% là bà con người dân tộc Dao.") == [(120, "count", None)]
    # what minority households reached is
    assert _units("Đến nay 80% hộ đồng bào dân tộc thiểu số đã có điện thoại thông minh.") == [(80, "%", None)]


def test_service_levels_are_no_counts() -> None:
    text = ("Sở đẩy mạnh tỷ lệ thủ tục có hồ sơ trực tuyến trên tổng số thủ tục trực tuyến mức 3, 4 và tỷ lệ hồ sơ "
            "được xử lý trực tuyến tăng gấp đôi.")
    assert find_mentions(text, 0, len(text)) == []
    # a level's figure with its unit is still one: "đạt mức 4 điểm", "ở mức 3 hồ sơ", "ở mức 5%"
    text = "Tỉnh đạt mức 4 điểm, ở mức 3 hồ sơ và ở mức 5%."
    assert [m.value for m in find_mentions(text, 0, len(text))] == [4, 3, 5]


def test_money_per_person_is_an_amount_in_its_own_unit() -> None:
    assert _units("Thu nhập bình quân đầu người đạt 4.850 USD/người/năm.") == [(4850, "other", "USD/người/năm")]
    assert _units("GRDP bình quân đạt 3.900 USD/người.") == [(3900, "other", "USD/người")]


def test_the_ones_left_out_of_a_value_are_no_quantity() -> None:
    recs = read("Cáp quang đã đến 210/214 xã (trừ 04 xã đảo), ngoại trừ 3 thôn vùng cao.", plan_year=None)
    assert [r.value for r in recs] == [210]


def test_phones_or_computers_per_hundred_people_are_a_rate_in_their_own_unit() -> None:
    assert _units("Mật độ đạt 92 điện thoại/100 dân và 31 máy tính/100 dân.") == [
        (92, "other", "điện thoại/100 dân"), (31, "other", "máy tính/100 dân")]


def test_the_people_of_a_places_households_are_no_quantity() -> None:
    assert read("Thôn Tân Lập có 212 hộ dân với 1.034 người, thôn đã lập tổ công nghệ số.", plan_year=None) == []
    # people who did something are counted
    assert [r.value for r in read("Đã có 120 hộ dân với 500 người cài đặt ứng dụng.", plan_year=None)] == [120, 500]


def test_a_line_of_capitals_keeps_its_comparator() -> None:
    caps = "TỶ LỆ HỒ SƠ TRỰC TUYẾN ĐẠT TRÊN 90%"
    assert [m.op for m in find_mentions(caps, 0, len(caps))] == [">"]


def test_installed_on_computers_is_no_comparator() -> None:
    on, over = "Phần mềm được cài đặt trên 40 máy tính.", "Tỉnh có trên 40 máy tính."
    assert [m.op for m in find_mentions(on, 0, len(on))] == [None]
    assert [m.op for m in find_mentions(over, 0, len(over))] == [">"]


def test_things_per_district_or_team_are_a_rate_in_their_own_unit() -> None:
    assert _units("Bình quân 3 sản phẩm/huyện và 6 thành viên/tổ.") == [
        (3, "other", "sản phẩm/huyện"), (6, "other", "thành viên/tổ")]


def test_millions_out_of_a_whole_in_millions_are_the_part() -> None:
    text = "Đã xác thực 2,3 triệu trong tổng số 2,8 triệu hồ sơ học sinh."
    ms = find_mentions(text, 0, len(text))
    assert [(m.value, m.unit, m.denominator) for m in ms] == [(2_300_000, "count", 2_800_000)]


def test_learning_materials_and_questions_are_counted() -> None:
    text = "Kho học liệu gồm 1,8 triệu bài giảng và 12 nghìn câu hỏi."
    assert [(m.value, m.unit) for m in find_mentions(text, 0, len(text))] == [(1_800_000, "count"), (12_000, "count")]


def test_dong_abbreviated_after_millions_is_money() -> None:
    assert _units("Tổng kinh phí là 24.500 triệu đ, trong đó vốn tỉnh 9.000 triệu đồng.") == [
        (24_500_000_000, "other", "đ"), (9_000_000_000, "other", "đồng")]


@pytest.mark.parametrize("text, value", [
    ("doanh thu toàn ngành đạt 5 triệu 465 nghìn tỷ đồng", 5_465_000e9),
    ("tổng vốn đầu tư là 1 tỷ 200 triệu đồng", 1.2e9),
    ("số tiền phải thi hành là 2.920 tỷ 725 triệu 704 nghìn đồng", 2_920_725_704_000),
])
def test_an_amount_written_in_two_magnitudes_is_one_amount(text: str, value: float) -> None:
    [m] = find_mentions(text, 0, len(text))
    assert (m.value, m.unit) == (value, "other")


def test_two_amounts_apart_by_a_comma_stay_two() -> None:
    text = "cổng đạt 5 triệu lượt truy cập, 465 nghìn hồ sơ trực tuyến"
    assert [m.value for m in find_mentions(text, 0, len(text))] == [5e6, 465e3]


def test_places_of_one_rank_in_wider_and_narrower_groups_are_each_a_rank() -> None:
    recs = read("Chỉ số dữ liệu mở của Việt Nam xếp hạng 64/193 toàn cầu,15/47 châu Á và 4/11 Đông Nam Á.",
                plan_year=None)
    assert [(r.value, r.unit) for r in recs] == [(64, "rank"), (15, "rank"), (4, "rank")]
    assert [r.indicator.split()[-1] for r in recs] == ["cầu", "Á", "Á"]


def test_a_number_run_into_the_capitalised_word_after_it_is_a_list_number() -> None:
    assert read("Căn cứ các văn bản sau:\n- 2Nghị quyết số 57-NQ/TW về khoa học, công nghệ;\n", plan_year=None) == []
    # a unit written against its number stays a unit
    recs = read("Tốc độ tải xuống tối thiểu đạt 10Mb/giây, tốc độ trung bình đạt 95Mbps.", plan_year=None)
    assert [r.value for r in recs] == [10, 95]


def test_strengths_and_weaknesses_an_assessment_names_are_no_count() -> None:
    assert read("Đánh giá chỉ ra 04 điểm mạnh và 03 điểm nghẽn trong chuyển đổi số của tỉnh.", plan_year=None) == []
    recs = read("Hệ thống đã phát hiện 1.250 điểm yếu, lỗ hổng bảo mật.", plan_year=None)
    assert [(r.value, r.unit) for r in recs] == [(1250, "count")]


def test_millions_of_tb_are_subscribers_and_a_bare_tb_is_terabytes() -> None:
    text = "thuê bao di động 2G còn 12,4 triệu TB; kho dữ liệu đạt 300 TB"
    assert [(m.value, m.unit) for m in find_mentions(text, 0, len(text))] == [(12.4e6, "count"), (300, "other")]


@pytest.mark.parametrize("text, value, unit, unit_text, denominator", [
    ("diện tích được cấp giấy chứng nhận đạt 1.850 ha/1.500 ha", 1850, "other", "ha", None),
    ("thu phí đạt 32,5 tỷ đồng/20 tỷ đồng kế hoạch", 32.5e9, "other", "đồng", None),
    ("có 1,2 triệu/ 1,9 triệu khách hàng đã cài ứng dụng", 1.2e6, "count", None, 1.9e6),
])
def test_an_amount_over_another_in_its_own_unit(text: str, value: float, unit: str, unit_text: str | None,
                                                denominator: float | None) -> None:
    m = find_mentions(text, 0, len(text))[0]
    assert (m.value, m.unit, m.unit_text, m.denominator) == (value, unit, unit_text, denominator)


def test_a_rate_per_people_is_no_amount_over_another() -> None:
    text = "số thuê bao băng rộng cố định đạt 25 thuê bao/100 dân"
    [m] = find_mentions(text, 0, len(text))
    assert (m.value, m.denominator) == (25, None)


@pytest.mark.parametrize("text, noun", [
    ("tiền nước được thu qua 18 ngân hàng", "ngân hàng"),
    ("hệ thống camera ghi nhận 1.240 vi phạm giao thông", "vi phạm"),
    ("phát hiện 312 ô tô vượt đèn đỏ", "ô tô"),
    ("tòa án tập huấn cho 2.300 thẩm phán", "thẩm phán"),
    ("tỉnh lắp đặt 12 tháp cảnh báo lũ tự động", "tháp"),
    ("hệ thống giám sát 25 lưu vực sông", "lưu vực"),
    ("trung tâm giám sát chặn 4.120 email chứa mã độc", "email"),
    ("; 86 thư điện tử giả mạo", "thư điện tử"),
])
def test_payers_vehicles_violations_and_judges_are_counted(text: str, noun: str) -> None:
    [m] = find_mentions(text, 0, len(text))
    assert m.unit == "count" and text[m.anchor:].split(maxsplit=1)[1].startswith(noun)


@pytest.mark.parametrize("text, value, unit_text", [
    ("thời gian kiểm soát còn khoảng 25 giây mỗi lượt", 25, "giây"),
    ("thời gian làm thủ tục chỉ còn 12 giây/lượt", 12, "giây/lượt"),
])
def test_seconds_a_service_takes_are_an_amount(text: str, value: float, unit_text: str) -> None:
    [m] = find_mentions(text, 0, len(text))
    assert (m.value, m.unit, m.unit_text) == (value, "other", unit_text)


def test_a_pages_log_in_timer_is_no_quantity() -> None:
    text = "Bấm vào đây để duy trì trạng thái đăng nhập. Thời gian chờ: 60 giây"
    assert find_mentions(text, 0, len(text)) == []


def test_the_points_a_system_is_made_of_are_places_counted() -> None:
    text = "hệ thống phát thanh thông minh gồm 56 điểm, được lắp tại các thôn"
    [m] = find_mentions(text, 0, len(text))
    assert (m.value, m.unit) == (56, "count")


def test_how_many_were_ranked_is_no_count() -> None:
    text = "Sở xếp hạng thứ 5 trong 21 sở, ngành về cung cấp dịch vụ công trực tuyến"
    assert [(m.value, m.unit) for m in find_mentions(text, 0, len(text))] == [(5, "rank")]


@pytest.mark.parametrize("text, value, unit", [
    ("xây dựng 150Km tuyến cáp quang", 150, "other"),
    ("có 3đơn vị triển khai", 3, "count"),
    ("lắp đặt 120 điểm mới phát wifi miễn phí", 120, "count"),
    ("dung lượng lưu trữ đạt 2 nghìn TB", 2000, "other"),
])
def test_units_and_things_written_against_or_after_their_number_stay(text: str, value: float, unit: str) -> None:
    [m] = find_mentions(text, 0, len(text))
    assert (m.value, m.unit) == (value, unit)


def test_a_fraction_of_things_after_a_rank_is_a_count() -> None:
    recs = read("Năm 2024, tỉnh xếp hạng 12/63 về chuyển đổi số, 95/100 thủ tục hành chính được cung cấp trực tuyến.",
                plan_year=None)
    assert [(r.value, r.unit) for r in recs] == [(12, "rank"), (95, "count")]


def test_passing_a_mark_is_more_than_it() -> None:
    text = "số tài khoản đã vượt mốc 12 triệu"
    [m] = find_mentions(text, 0, len(text))
    assert (m.value, m.op) == (12e6, ">")
    text = "tỷ lệ hộ có cáp quang vượt quá 85%, chi phí không vượt quá 3% tổng vốn"
    assert [(m.value, m.op) for m in find_mentions(text, 0, len(text))] == [(85, ">"), (3, "<=")]


def test_mail_per_person_is_a_rate_in_its_own_unit() -> None:
    text = "bình quân khoảng 30 bưu gửi/người mỗi năm"
    [m] = find_mentions(text, 0, len(text))
    assert (m.value, m.unit, m.unit_text) == (30, "other", "bưu gửi/người")


def test_rules_and_programmes_issued_are_counted_as_decisions_are() -> None:
    text = "Đảng ủy phường đã ban hành 03 Quyết định, 01 Quy chế phối hợp và 02 Chương trình hành động về chuyển đổi số."
    assert [r.value for r in read(text, plan_year=None)] == [3, 1, 2]


def test_unions_of_cooperatives_and_cooperative_groups_are_counted() -> None:
    text = "Toàn tỉnh có 650 tổ hợp tác, 02 Liên hiệp Hợp tác xã và 480 hợp tác xã."
    assert [(r.value, r.indicator) for r in read(text, plan_year=None)] == [
        (650, "tổ hợp tác"), (2, "Liên hiệp Hợp tác xã"), (480, "hợp tác xã")]


def test_a_part_of_a_whole_with_an_aside_before_its_things_is_a_count() -> None:
    recs = read("Đến nay, tỉnh có 58/72 (theo số xã sau sắp xếp) xã đạt chuẩn nông thôn mới.", plan_year=None)
    assert [(r.value, r.unit, r.indicator) for r in recs] == [(58, "count", "xã đạt chuẩn nông thôn mới")]


def test_the_people_whose_opinions_a_survey_gathered_are_no_quantity() -> None:
    text = ("Báo cáo phản ánh ý kiến và kỳ vọng của hơn 14.000 người dân về dịch vụ công, thông qua khảo sát "
            "năm 2024. Tỷ lệ người dân hài lòng đạt 82%.")
    assert [r.value for r in read(text, plan_year=None)] == [82]


def test_a_group_a_place_left_is_nothing_it_reached() -> None:
    text = "So với năm trước, Hưng Yên rời khỏi top 10 và nhường chỗ cho Lào Cai, xếp thứ 9."
    assert [(r.value, r.unit) for r in read(text, plan_year=None)] == [(9, "rank")]


def test_feedback_received_from_people_is_counted_unlike_a_surveys_sample() -> None:
    text = "Hệ thống đã tiếp nhận ý kiến phản ánh, kiến nghị của hơn 5.000 lượt người dân."
    assert [r.value for r in read(text, plan_year=None)] == [5000]


def test_an_aim_not_to_leave_a_group_is_a_target_rank() -> None:
    recs = read("Tỉnh phấn đấu không để rơi khỏi top 20 tỉnh dẫn đầu về DTI.", plan_year=None)
    assert [(r.value, r.unit, r.kind, r.op) for r in recs] == [(20, "rank", "target", "<=")]


def test_a_plans_own_programmes_are_no_count() -> None:
    assert read("Kế hoạch gồm 5 nhóm nhiệm vụ và 7 chương trình trọng điểm.", plan_year=2025) == []


def test_things_each_person_has_are_a_rate_in_their_unit() -> None:
    text = "Đến năm 2030, mỗi người dân có 1 định danh số và 1 kết nối IoT."
    assert [(r.value, r.unit) for r in read(text, plan_year=None)] == [(1, "other"), (1, "other")]
    # (what each commune or team has is still counted)
    assert [r.unit for r in read("Mỗi xã có gần 20 thành viên tổ công nghệ số.", plan_year=None)] == ["count"]


def test_every_province_that_did_something_is_counted_but_the_country_as_a_frame_is_not() -> None:
    assert [r.value for r in read("Có 63 tỉnh, thành đã ban hành chính sách giảm phí dịch vụ công trực tuyến.",
                                  plan_year=None)] == [63]
    assert read("Tỉnh xếp thứ 12 trong 63 tỉnh, thành phố về chuyển đổi số.", plan_year=None)[0].value == 12
    assert len(read("Tỉnh xếp thứ 12 trong 63 tỉnh, thành phố về chuyển đổi số.", plan_year=None)) == 1


def test_what_a_value_is_set_against_is_no_quantity_unless_it_is_an_earlier_years() -> None:
    text = "Cả nước có 15.394 tài khoản Zalo OA của cơ quan nhà nước, ấn tượng nếu so sánh với 10.598 xã, phường."
    assert [r.value for r in read(text, plan_year=None)] == [15394]
    text = "Số người chơi đã vượt 10 triệu người, tăng mạnh so với 8,3 triệu năm 2022."
    assert 8_300_000 in [r.value for r in read(text, plan_year=None)]


def test_at_least_one_thing_after_a_share_is_what_the_share_is_of() -> None:
    (r,) = read("Phấn đấu 100% trường học có ít nhất 01 phòng học thông minh.", plan_year=None)
    assert (r.value, r.unit) == (100, "%")
    assert r.indicator == "trường học có ít nhất 01 phòng học thông minh"
    # (with no share before it, "ít nhất 1" is a count of its own)
    assert [x.value for x in read("Mỗi xã có ít nhất 1 tổ công nghệ số cộng đồng.", plan_year=None)] == [1]


@pytest.mark.parametrize("text, values", [
    ("Phấn đấu 80% xã có hạ tầng số, mỗi xã có ít nhất 1 điểm Wifi công cộng.", [80, 1]),  # another subject
    ("Phấn đấu 90% người dân có tài khoản, toàn tỉnh có ít nhất 1 triệu tài khoản định danh.", [90, 1e6]),
])
def test_at_least_one_of_another_subject_after_a_share_is_its_own_count(text: str, values: list[float]) -> None:
    assert [r.value for r in read(text, plan_year=None)] == values


@pytest.mark.parametrize("text, counted", [
    ("Năm 2024, các ngân hàng lắp đặt thêm 120 ATM và 3.500 máy POS.", [(120, "ATM"), (3500, "máy POS")]),
    ("Năm 2023, Bộ Công an triển khai 10 tiện ích trên VNeID.", [(10, "tiện ích")]),
    ("Mỗi trung tâm được bố trí 6 nhân sự chuyên trách.", [(6, "nhân sự")]),
    ("Năm 2024, tỉnh ghi nhận 12 thương vụ đầu tư vào doanh nghiệp khởi nghiệp.", [(12, "thương vụ")]),
    ("Năm 2024, Tỉnh Đoàn trao 30 điện thoại thông minh cho học sinh.", [(30, "điện thoại thông minh")]),
    ("Năm 2024, huyện lắp đặt 18 trụ camera tại các tuyến đường.", [(18, "trụ camera")]),
    ("Năm 2024, đồng thời 21 nghị định đã được ban hành.", [(21, "nghị định")]),
    ("Năm 2024, thị xã lắp camera giám sát vi phạm đèn tín hiệu tại 4 giao lộ.", [(4, "giao lộ")]),
])
def test_terminals_utilities_and_staff_are_counted_things(text: str, counted: list[tuple[float, str]]) -> None:
    recs = read(text, plan_year=None)
    assert [r.value for r in recs] == [v for v, _ in counted]
    assert all(noun in r.indicator for r, (_, noun) in zip(recs, counted))


def test_an_index_named_by_its_acronym_alone_has_a_value() -> None:
    (r,) = read("Đến năm 2030, HDI của tỉnh đạt 0,78.", plan_year=None)
    assert (r.value, r.unit, r.indicator) == (0.78, "other", "HDI của tỉnh")


def test_a_rate_written_over_the_base_its_subject_names_is_a_rate() -> None:
    text = ("Năm 2021, số thuê bao băng rộng cố định trên 100 dân (đạt 21,4/100); "
            "số thuê bao di động trên 100 dân (đạt 128/100).")
    assert [(r.value, r.unit) for r in read(text, plan_year=None)] == [(21.4, "other"), (128, "other")]


def test_attacks_and_frauds_counted_as_cases_are_counted_things() -> None:
    recs = read("Năm 2024, trung bình mỗi tháng xảy ra 1.250 vụ tấn công mạng và 300 vụ lừa đảo trực tuyến.", plan_year=None)
    assert [(r.value, r.unit) for r in recs] == [(1250, "count"), (300, "count")]


def test_a_bottom_group_with_a_leader_in_another_clause_is_no_rank() -> None:
    text = "Năm 2024, huyện là 1 trong 5 huyện có tỷ lệ hồ sơ trực tuyến thấp nhất tỉnh, trong khi thành phố Vinh đứng đầu."
    assert find_mentions(text, 0, len(text)) == []


@pytest.mark.parametrize("text", [
    "Toàn tỉnh có 150 trường học triển khai thu học phí không dùng tiền mặt.",  # a digital word not listed before
    "Toàn tỉnh có 60 bệnh viện tham gia đề án.",  # what the facilities did
])
def test_what_schools_and_hospitals_did_is_a_figure(text: str) -> None:
    assert [m.unit for m in find_mentions(text, 0, len(text))] == ["count"]


def test_a_line_that_opens_no_list_ends_a_sectors_make_up() -> None:
    text = "Toàn tỉnh có 540 trường mầm non, phổ thông\n- 320 trường tổ chức dạy kỹ năng số cho học sinh."
    assert [m.value for m in find_mentions(text, text.index("\n") + 1, len(text))] == [320]


def test_ministries_providing_public_services_outside_a_ranking_are_counted() -> None:
    text = "Năm 2023, đã có 22 bộ, ngành cung cấp dịch vụ công trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia."
    assert [(m.value, m.unit) for m in find_mentions(text, 0, len(text))] == [(22, "count")]


@pytest.mark.parametrize("text, value, whole", [
    ("Sở Tư pháp đã chuẩn hóa 310/310 quy trình nội bộ trong năm 2024.", 310, 310),  # no listed noun
    ("Đến nay, 5/9 UBND cấp huyện đã dùng chữ ký số trên văn bản đi.", 5, 9),  # a name after it
    ("Huyện đã số hóa 48.210/95.300 dữ liệu đất đai.", 48210, 95300),
])
def test_a_part_out_of_its_whole_counts_the_noun_after_it(text: str, value: int, whole: int) -> None:
    assert [(m.value, m.unit, m.denominator) for m in find_mentions(text, 0, len(text))] == [(value, "count", whole)]


@pytest.mark.parametrize("text", [
    "Ngày 5/9 UBND tỉnh ban hành kế hoạch chuyển đổi số.",  # a date
    "Tỉnh chọn ngày 10/10 hằng năm làm ngày chuyển đổi số của tỉnh.",
    "Khoảng 1/3 số nghề nghiệp hiện nay sẽ thay đổi.",  # a share of a whole, no count
    "Theo Nghị định 47/2020 quy định về quản lý dữ liệu.",  # a document's number
    "Tỷ giá mua vào là 24.100/25.300 đồng/USD.",  # an amount over another
])
def test_a_date_a_share_or_a_document_number_before_a_noun_is_no_count(text: str) -> None:
    assert [m for m in find_mentions(text, 0, len(text)) if m.unit == "count"] == []


@pytest.mark.parametrize("text", [
    "Dự Đại hội có 142 đại biểu đại diện cho 518 đảng viên của Đảng bộ xã.",
    "Tham dự có 120 đại biểu chính thức đại diện cho hơn 2.300 đảng viên trong toàn Đảng bộ.",
])
def test_the_members_a_congresss_delegates_stand_for_are_no_figure(text: str) -> None:
    assert find_mentions(text, 0, len(text)) == []


def test_people_a_group_stands_for_outside_a_congress_are_counted() -> None:
    text = "Đoàn thanh niên đã đại diện cho 500 hộ dân ký cam kết không dùng tiền mặt."
    assert [m.value for m in find_mentions(text, 0, len(text))] == [500]


@pytest.mark.parametrize("text", ["Thu nhập bình quân đầu người đạt 68 triệu.",
                                  "Lợi nhuận của hợp tác xã năm 2024 đạt 3,5 tỷ."])
def test_income_and_profit_in_millions_are_money_with_the_currency_unsaid(text: str) -> None:
    assert [(m.unit, m.unit_text) for m in find_mentions(text, 0, len(text))] == [("other", "đồng")]


@pytest.mark.parametrize("text", ["Người dân đã hiến hơn 12.500m² đất để mở đường.", "Người dân đã hiến 12.500 m2 đất."])
def test_square_metres_run_into_their_number_or_not_are_a_unit(text: str) -> None:
    assert [(m.value, m.unit) for m in find_mentions(text, 0, len(text))] == [(12500, "other")]


def test_channels_and_post_offices_are_counted_things() -> None:
    text = "Đã triển khai mạng truyền số liệu chuyên dùng 27 kênh cấp tỉnh và thành lập 41 bưu điện xã."
    assert [(m.value, m.unit) for m in find_mentions(text, 0, len(text))] == [(27, "count"), (41, "count")]


@pytest.mark.parametrize("text", [
    "Xã có diện tích tự nhiên 95 km2, dân số 18.400 người, với 31 tổ chức đảng, 612 đảng viên.",
    "Tỉnh có diện tích tự nhiên 5.100 km2, có 6 huyện, 01 thị xã và 01 thành phố với 140 xã, phường.",
    "Dân số đến năm 2022 là 690.500 người (xếp thứ 58 trong các tỉnh, thành phố của cả nước).",
])
def test_what_a_place_is_made_of_after_its_area_or_people_is_no_figure(text: str) -> None:
    assert find_mentions(text, 0, len(text)) == []


def test_a_crops_area_does_not_make_the_figures_after_it_a_places_profile() -> None:
    text = "Năm 2024, cây sầu riêng có diện tích 30.500ha, sản lượng đạt 270.000 tấn."
    assert [m.value for m in find_mentions(text, 0, len(text))] == [30500, 270000]


def test_a_score_out_of_the_most_it_can_be_is_a_score_not_places() -> None:
    text = "Tiêu chí nhận thức số đạt 42/50 điểm, xếp nhóm 2/3."
    assert [(m.value, m.unit, m.unit_text) for m in find_mentions(text, 0, len(text))][0] == (42, "other", "điểm")
    text = "Đã có 210/350 điểm di tích được gắn mã QR."  # places, out of all of them
    assert [(m.value, m.unit) for m in find_mentions(text, 0, len(text))] == [(210, "count")]


def test_a_range_of_places_and_a_place_in_a_region_after_it_are_ranks() -> None:
    text = "Phấn đấu xếp vị trí 8 - 12/63 tỉnh, thành phố trên cả nước, 2/14 tỉnh vùng Bắc Trung Bộ."
    ms = find_mentions(text, 0, len(text))
    assert [(m.value, m.value_max, m.unit, m.op) for m in ms] == [(8, 12, "rank", "between"), (2, None, "rank", None)]


def test_bodies_an_index_assesses_are_its_field_not_a_figure() -> None:
    text = "Năm 2024, tỉnh có 21 sở, ban, ngành và 9 huyện, thành phố tham gia đánh giá chỉ số chuyển đổi số."
    assert find_mentions(text, 0, len(text)) == []
    text = "Năm 2026, dự kiến có 280 sản phẩm tham gia đánh giá phân hạng sản phẩm OCOP."  # products: an aim
    assert [m.value for m in find_mentions(text, 0, len(text))] == [280]
    # (the assessing written first: "đánh giá đối với 17/17 sở, ngành")
    text = "Năm 2024, tỉnh tiếp tục xếp hạng đối với 17/17 sở, ngành và 09 UBND cấp huyện."
    assert find_mentions(text, 0, len(text)) == []
    text = "Năm 2024, Sở đã thực hiện kiểm tra, đánh giá cho 35 cơ quan, đơn vị về an toàn thông tin mạng."
    assert [m.value for m in find_mentions(text, 0, len(text))] == [35]  # an assessment's work done, counted
    text = "Năm 2024, tỉnh đánh giá đối với 12 sản phẩm chủ lực."  # products, not bodies
    assert [m.value for m in find_mentions(text, 0, len(text))] == [12]


def test_a_place_in_a_region_after_a_plain_xep_is_a_rank() -> None:
    text = "Phấn đấu xếp 18/63 tỉnh, thành phố cả nước, 4/14 tỉnh vùng Bắc Trung Bộ."
    assert [(m.value, m.unit) for m in find_mentions(text, 0, len(text))] == [(18, "rank"), (4, "rank")]


def test_passing_a_level_is_more_than_it() -> None:
    text = "Năm 2024, tỷ lệ thuê bao Internet di động lần đầu vượt qua mức 85%."
    assert [(m.value, m.op) for m in find_mentions(text, 0, len(text))] == [(85, ">")]


def test_court_sessions_held_are_counted_things() -> None:
    text = "Tòa án hai cấp tổ chức xét xử 120 phiên tòa trực tuyến; mỗi đơn vị tổ chức từ 3 phiên toà trở lên."
    assert [(m.value, m.unit) for m in find_mentions(text, 0, len(text))] == [(120, "count"), (3, "count")]


def test_a_share_of_a_whole_written_as_a_fraction_counts_nothing() -> None:
    # "1/5 số hộ": a fifth of the households, not one household out of five
    text = "Hiện còn khoảng 1/5 số hộ gia đình ở vùng sâu chưa có điện thoại thông minh."
    assert [m.value for m in find_mentions(text, 0, len(text))] == []
    text = "Tỉnh đã đưa lên môi trường mạng 140/160 dịch vụ công thiết yếu."
    assert [m.value for m in find_mentions(text, 0, len(text))] == [140]


def test_what_was_done_after_a_places_profile_is_still_a_figure() -> None:
    text = ("Huyện có diện tích tự nhiên 320 km2, dân số gần 95.000 người, năm 2024 đã tiếp nhận và giải quyết "
            "21.500 hồ sơ thủ tục hành chính.")
    assert [m.value for m in find_mentions(text, 0, len(text))] == [21500]


def test_the_few_channels_a_service_is_reached_by_listed_are_no_count() -> None:
    text = "Người dân có thể nộp hồ sơ qua 3 kênh tiếp nhận: trực tiếp, bưu chính công ích và trực tuyến."
    assert find_mentions(text, 0, len(text)) == []
    # channels broadcast stay counted
    text = "Đài tỉnh phát sóng 4 kênh truyền hình: THP1, THP2, THP3 và THP4."
    assert [m.value for m in find_mentions(text, 0, len(text))] == [4]


def test_the_members_delegates_act_for_are_no_figure() -> None:
    text = "Dự đại hội có 140 đại biểu thay mặt cho 2.350 đảng viên của Đảng bộ xã."
    assert find_mentions(text, 0, len(text)) == []


@pytest.mark.parametrize("text", [
    "Năm học 2025-2026, toàn trường có 28 lớp với 1.050 học sinh.",
    "Trường THCS Lê Lợi, xã Đông Sơn hiện có 940 học sinh và 52 cán bộ, giáo viên.",
])
def test_a_schools_size_is_no_figure(text: str) -> None:
    assert find_mentions(text, 0, len(text)) == []


def test_what_a_schools_pupils_did_is_a_figure() -> None:
    text = "Toàn trường có 1.050 học sinh đã có tài khoản thanh toán điện tử."
    assert [m.value for m in find_mentions(text, 0, len(text))] == [1050]


@pytest.mark.parametrize("text", ["Thành phố có 168 phường, xã, đặc khu với dân cư đa dạng.",
                                  "Toàn tỉnh có 9 huyện, thị xã, thành phố."])
def test_the_units_a_place_has_with_nothing_they_did_are_no_figure(text: str) -> None:
    assert find_mentions(text, 0, len(text)) == []


@pytest.mark.parametrize("text", ["Toàn tỉnh có 102 xã đã có cáp quang đến trung tâm.", "Đến nay đã có 50 xã.",
                                  "Tỉnh có 197 xã, thị trấn (chiếm 96,6%) đã đạt chuẩn nông thôn mới nâng cao."])
def test_units_that_did_something_are_counted(text: str) -> None:
    assert find_mentions(text, 0, len(text))[0].unit == "count"


def test_the_places_still_left_are_counted_however_few() -> None:
    text = "Theo bản đồ giám sát, chỉ còn duy nhất 1 tỉnh đang ở mức cảnh báo."
    assert [(m.value, m.unit) for m in find_mentions(text, 0, len(text))] == [(1, "count")]
    # (a small number with only a verb before it is still structure)
    text = "Sau khi sắp xếp, vùng Tây Nguyên chỉ còn 3 tỉnh."  # what a region is made of
    assert find_mentions(text, 0, len(text)) == []
    text = "Kế hoạch còn 3 nhiệm vụ trọng tâm."
    assert find_mentions(text, 0, len(text)) == []


def test_the_place_a_move_reached_is_a_rank_after_the_place_it_started_from() -> None:
    text = "Thứ hạng PCI của tỉnh tăng 5 bậc (từ vị trí 41 lên 36)."
    assert [(m.value, m.unit) for m in find_mentions(text, 0, len(text)) if m.unit == "rank"] == [(41, "rank"), (36, "rank")]


@pytest.mark.parametrize("text", [
    "Vụ này, giá cà phê nhân thu mua là 95.000 đồng/kg.",  # a market price
    "Camera ghi nhận tốc độ trung bình của xe tải là 82 km/h.",  # a vehicle's speed
    "Hôm nay, tỷ giá trung tâm là 24.580 đồng/USD.",  # an exchange rate
])
def test_a_market_price_or_a_vehicles_speed_is_no_figure(text: str) -> None:
    assert find_mentions(text, 0, len(text)) == []


def test_a_price_per_person_or_year_stays_an_amount() -> None:
    text = "Thu nhập bình quân đầu người đạt 72 triệu đồng/người/năm."
    assert [(m.value, m.unit, m.unit_text) for m in find_mentions(text, 0, len(text))] == [
        (72_000_000, "other", "đồng/người/năm")]


def test_places_counted_again_with_nay_are_the_ones_just_named() -> None:
    text = "Lạng Sơn và Cao Bằng đạt điểm cao nhất vùng. Với kết quả này, 2 địa phương này được xếp nhóm khá."
    assert find_mentions(text, 0, len(text)) == []


def test_the_points_an_event_was_linked_to_are_its_reach_but_a_systems_points_are_counted() -> None:
    text = "Lễ khai trương được kết nối truyền hình tới 86 điểm cầu xã, phường."
    assert find_mentions(text, 0, len(text)) == []
    text = "Hệ thống hội nghị giao ban trực tuyến của tỉnh được triển khai với quy mô 186 điểm cầu."
    assert [m.value for m in find_mentions(text, 0, len(text))] == [186]


def test_the_points_of_an_event_held_and_their_parts_are_its_reach() -> None:
    text = ("Sở đã chủ trì tổ chức Hội nghị quán triệt Nghị quyết; toàn tỉnh có 95 điểm cầu, với 7.450 đại biểu tham dự, "
            "trong đó có 01 điểm cầu cấp tỉnh, 94 điểm cầu cấp xã.")
    assert find_mentions(text, 0, len(text)) == []
    # an event of another sentence says nothing of a system's points
    text = "Tỉnh đã tổ chức hội thảo về chuyển đổi số. Hệ thống giao ban trực tuyến có 95 điểm cầu."
    assert [m.value for m in find_mentions(text, 0, len(text))] == [95]


def test_the_points_that_stand_now_after_an_event_held_are_counted() -> None:
    text = ("Trong năm, tỉnh đã tổ chức Lễ ra mắt Trung tâm giám sát điều hành thông minh; đến nay, 100% xã đã có "
            "điểm cầu truyền hình trực tuyến, tổng số 132 điểm cầu.")
    assert [m.value for m in find_mentions(text, 0, len(text))] == [100, 132]


@pytest.mark.parametrize("text, value", [
    ("Năm 2024, tỉnh đã tập huấn kỹ năng số cho 5.000 người, trong đó 60% là đồng bào dân tộc thiểu số.", 60),
    ("Năm 2024, trong số học viên được đào tạo kỹ năng số, học viên dân tộc Thái chiếm 45%.", 45),
])
def test_a_share_of_people_reached_who_are_of_a_people_is_a_figure(text: str, value: float) -> None:
    assert (value, "%", None) in _units(text)


@pytest.mark.parametrize("text", [
    "Năm 2024, toàn tỉnh đã có 95 xã, điều này giúp người dân tiếp cận dịch vụ công trực tuyến thuận lợi hơn.",
    "Năm 2024, hạ tầng cáp quang đã phủ tới 95 xã, việc này giúp 100% trường học kết nối Internet.",
])
def test_a_count_before_dieu_nay_is_no_count_said_again(text: str) -> None:
    assert 95 in [m.value for m in find_mentions(text, 0, len(text))]


@pytest.mark.parametrize("text", [
    "Năm 2024, hạ tầng giao ban trực tuyến của tỉnh đã kết nối tới 241 điểm cầu từ tỉnh đến xã.",
    "Năm 2024, Tòa án nhân dân tỉnh đã đưa vào sử dụng phòng xét xử trực tuyến tại 241 điểm cầu.",
    "Năm 2024, Sở đã hoàn thành lắp đặt thiết bị giao ban trực tuyến cho 241 điểm cầu xã, phường.",
])
def test_a_systems_points_are_counted_whatever_it_is_called(text: str) -> None:
    assert 241 in [m.value for m in find_mentions(text, 0, len(text))]


def test_each_label_of_a_list_after_a_count_counts_the_same_things() -> None:
    text = "Trong đó, lĩnh vực hộ tịch có 120 hồ sơ, đất đai 85, xây dựng 40."
    assert [(m.value, m.unit) for m in find_mentions(text, 0, len(text))] == [
        (120, "count"), (85, "count"), (40, "count")]
    text = "Cụ thể, Lào Cai có 85.000 cài đặt (đạt tỉ lệ 11,2%), Yên Bái là 64.000 (đạt tỉ lệ 7,9%)."
    assert [(m.value, m.unit) for m in find_mentions(text, 0, len(text))] == [
        (85000, "count"), (11.2, "%"), (64000, "count"), (7.9, "%")]
    # a zero, a year or a decimal after a label is no count of the list
    text = "Toàn tỉnh có 45 mã số vùng trồng, xoài 0, năm 2023."
    assert [m.value for m in find_mentions(text, 0, len(text))] == [45]


def test_a_verb_of_doing_right_before_a_number_counts_the_things_after_it() -> None:
    text = "Sở đã nhận 31 sáng kiến; tiếp nhận 146 đơn đăng ký sáng chế, cấp 87 văn bằng bảo hộ."
    assert [(m.value, m.unit) for m in find_mentions(text, 0, len(text))] == [
        (31, "count"), (146, "count"), (87, "count")]
    # an angle is no count of things done
    text = "Bảo tàng số hóa 360 độ các hiện vật."
    assert find_mentions(text, 0, len(text)) == []
    # things carried out, stopped, found, connected or provided are counted the same way
    text = ("Trung tâm phát hiện và ngăn chặn 3.215 phiên rà quét; các chi đoàn triển khai 1.870 hoạt động số; "
            "nền tảng kết nối đến 27 tỉnh, TP và cung cấp 640 sản phẩm.")
    assert [(m.value, m.unit) for m in find_mentions(text, 0, len(text))] == [
        (3215, "count"), (1870, "count"), (27, "count"), (640, "count")]


def test_a_count_its_subject_names_after_trong_do_with_a_comparator() -> None:
    text = "Tổng số dịch vụ công là 2.100 dịch vụ, trong đó số dịch vụ công trực tuyến toàn trình là trên 900."
    assert [(m.value, m.unit, m.op) for m in find_mentions(text, 0, len(text))] == [
        (2100, "count", None), (900, "count", ">")]


def test_people_s_committees_applications_and_trees_are_counted() -> None:
    text = "Phần mềm chạy tại 95 cơ quan, trong đó có 12 sở, ngành, 9 UBND cấp huyện và 74 UBND cấp xã."
    assert [m.value for m in find_mentions(text, 0, len(text))] == [95, 12, 9, 74]
    text = "Thanh niên trồng 2 triệu cây xanh."
    assert [(m.value, m.unit) for m in find_mentions(text, 0, len(text))] == [(2e6, "count")]


def test_bodies_assessed_in_a_list_are_no_count_and_a_document_number_is_none() -> None:
    text = "Tỉnh thực hiện đánh giá đối với 21/21 đơn vị cấp sở, ngành và 11 UBND cấp huyện với thang điểm tối đa."
    assert find_mentions(text, 0, len(text)) == []
    text = "Tệp đính kèm: QD 512 UBND - KH CHUYEN DOI SO.pdf"
    assert find_mentions(text, 0, len(text)) == []


def test_a_places_mean_population_named_after_it_is_its_make_up() -> None:
    text = "(dân số trung bình năm 2023 tỉnh Phú Yên 876.624 người)"
    assert find_mentions(text, 0, len(text)) == []


@pytest.mark.parametrize("text,op", [
    ("Năm 2025, tỉnh đạt kết quả chỉ số >92%.", ">"),
    ("Năm 2025, tỷ lệ hồ sơ trực tuyến ≥ 85%.", ">="),
    ("Năm 2025, tỷ lệ hồ sơ trễ hạn < 3%.", "<"),
    ("Năm 2025, tỷ lệ hồ sơ trễ hạn <= 3%.", "<="),
])
def test_a_comparator_written_as_a_sign(text: str, op: str) -> None:
    assert [m.op for m in find_mentions(text, 0, len(text))] == [op]


def test_the_others_a_place_stands_with_are_no_figure() -> None:
    text = "Cùng với 6 huyện, thị xã khác của tỉnh, huyện đã thành lập xong tổ công nghệ số."
    assert find_mentions(text, 0, len(text)) == []
    # the others counted by what they did are
    text = "Cùng với 6 huyện đã hoàn thành, năm nay có thêm 2 huyện."
    assert [m.value for m in find_mentions(text, 0, len(text))] == [6, 2]


def test_a_count_whose_bracket_says_what_share_it_makes_up_counts_the_things_after() -> None:
    text = "Đến nay, đã có 27/30 (chiếm 90%) hợp tác xã dùng hóa đơn điện tử."
    assert [(m.value, m.unit) for m in find_mentions(text, 0, len(text))] == [(27, "count"), (90, "%")]
    text = "Có 50/63 (chiếm 79%) các tỉnh, thành phố đã ban hành nghị quyết."
    assert [(m.value, m.unit) for m in find_mentions(text, 0, len(text))] == [(50, "count"), (79, "%")]


@pytest.mark.parametrize("text", [
    "Theo đó, Sở Xây dựng có 38 thủ tục, tỷ lệ 92.",
    "Trong đó, phường An Hòa có 210 hộ kinh doanh, khu phố số 12.",
    "Cụ thể, lớp bồi dưỡng có 60 học viên, độ tuổi bình quân 41.",
])
def test_a_measure_or_a_places_number_after_a_count_is_no_label_of_the_list(text: str) -> None:
    assert len(find_mentions(text, 0, len(text))) == 1


@pytest.mark.parametrize("text", ["Tỉnh đầu tư đường dây cấp 220 kV đến khu công nghiệp.",
                                  "Dữ liệu được mã hóa cấp 128 bit trước khi truyền."])
def test_a_levels_measure_after_cap_is_no_count(text: str) -> None:
    assert find_mentions(text, 0, len(text)) == []


@pytest.mark.parametrize("text", ["Thực hiện Công văn 1873 UBND-KT của tỉnh, Sở đã hướng dẫn các xã.",
                                  "Theo Quyết định số 905 UBND tỉnh về danh mục dịch vụ công."])
def test_a_number_after_a_documents_kind_spelled_out_is_its_number(text: str) -> None:
    assert find_mentions(text, 0, len(text)) == []


def test_a_span_of_years_in_brackets_after_a_share_is_no_count() -> None:
    text = "Tỷ lệ học sinh được cấp học bạ số đạt 100% (2024/2025)."
    assert [(m.value, m.unit) for m in find_mentions(text, 0, len(text))] == [(100, "%")]


def test_a_places_mean_population_with_the_place_said_before_the_year_is_its_make_up() -> None:
    text = "Dân số trung bình của huyện năm 2024 là 162.300 người."
    assert find_mentions(text, 0, len(text)) == []
    text = "Dân số trung bình của tỉnh Kon Tum năm 2023 khoảng 580.000 người."
    assert find_mentions(text, 0, len(text)) == []


def test_the_level_a_count_moved_to_counts_what_its_start_named() -> None:
    text = "Số hợp tác xã bán hàng trực tuyến tăng từ mức 1.250 hợp tác xã năm 2021 lên 2.400 năm 2023."
    assert [(m.value, m.unit) for m in find_mentions(text, 0, len(text))] == [(1250, "count"), (2400, "count")]
    # (a year after the move is no count)
    text = "Số thuê bao tăng từ 12.000 thuê bao lên năm 2024 mới đạt."
    assert [m.value for m in find_mentions(text, 0, len(text))] == [12000]


def test_a_speed_that_says_which_connections_a_share_counts_is_no_quantity() -> None:
    text = "Phấn đấu 85% hộ gia đình dùng Internet cố định tốc độ trung bình 300 Mb/s."
    assert [(m.value, m.unit) for m in find_mentions(text, 0, len(text))] == [(85, "%")]
    text = "Tỷ lệ người dân dùng băng rộng tốc độ trên 1 Gb/s đạt 30%."
    assert [(m.value, m.unit) for m in find_mentions(text, 0, len(text))] == [(30, "%")]
    # a speed reported as a value of its own stays: after another item, or beside a change
    text = "Tỷ lệ hộ có cáp quang đạt 92%, tốc độ tải xuống trung bình 210 Mbps."
    assert [m.value for m in find_mentions(text, 0, len(text))] == [92, 210]
    text = "Tốc độ băng rộng cố định 96,2 Mbps (tăng 12,5% so với cùng kỳ)."
    assert 96.2 in [m.value for m in find_mentions(text, 0, len(text))]


def test_a_part_of_a_whole_per_thousand_is_no_rate_that_scores_places() -> None:
    text = ("Năm 2024, tỷ lệ hồ sơ giải quyết đúng hạn đạt 870/1.000 hồ sơ, trong đó nhiều nhất là "
            "thành phố Hải Dương (210), thị xã Kinh Môn (140) và huyện Nam Sách (80).")
    assert [r.unit for r in read(text, plan_year=None) if r.value in (210, 140, 80)] == []


def test_the_level_a_count_moved_to_by_a_year_after_a_preposition_counts_too() -> None:
    text = "Số điểm bán hàng dùng mã QR tăng từ 2.300 điểm lên 4.100 trong năm 2024."
    assert [(m.value, m.unit) for m in find_mentions(text, 0, len(text))] == [(2300, "count"), (4100, "count")]
    text = "Số xã có bưu điện văn hóa số tăng từ 35 xã năm 2022 lên 60 đến năm 2025."
    assert [(m.value, m.unit) for m in find_mentions(text, 0, len(text))] == [(35, "count"), (60, "count")]


def test_sales_are_no_document_number() -> None:
    # ("số 71/KH-UBND" is a document's number; "doanh số 71.000 tỷ đồng" an amount)
    r = only("Trong quý I, các sàn thương mại điện tử lớn đạt doanh số 64.500 tỷ đồng.", plan_year=None)
    assert (r.value, r.unit_text) == (64_500_000_000_000, "đồng")


def test_places_that_moved_in_a_ranking_are_counted() -> None:
    recs = read("Năm 2023, 27 tỉnh tăng điểm và 36 tỉnh giảm điểm so với năm 2022. 31 tỉnh thăng hạng, "
                "tỉnh thăng cao nhất 21 bậc (Long An). 30 tỉnh tụt hạng.", plan_year=None)
    assert [(r.value, r.unit) for r in recs] == [(27, "count"), (36, "count"), (31, "count"), (30, "count")]
    assert [r.indicator for r in recs[:3]] == ["tỉnh tăng điểm", "tỉnh giảm điểm", "tỉnh thăng hạng"]
    assert recs[3].indicator.endswith("tỉnh tụt hạng")


def test_an_index_value_written_with_a_decimal_point_is_one_too() -> None:
    # no thousands start with 0: "0.6873" is the English way of writing 0,6873
    recs = read("Chỉ số EGDI của Việt Nam đạt 0.7956, cao hơn mức trung bình của khu vực Đông Nam Á (0.6873).",
                plan_year=None)
    assert [(r.value, r.unit) for r in recs] == [(0.7956, "other"), (0.6873, "other")]
    r = only("Về dịch vụ công, Bộ Tư pháp xếp vị trí thứ nhất với 0.5127.", plan_year=None)
    assert (r.value, r.unit) == (0.5127, "other")


def test_the_points_a_network_is_built_to_are_places_counted() -> None:
    r = only("Mạng truyền số liệu chuyên dùng của tỉnh được nâng cấp với quy mô triển khai 184 điểm.", plan_year=None)
    assert (r.value, r.unit) == (184, "count")


def test_a_place_outside_a_group_ranks_below_it() -> None:
    rank = [r for r in read("Năm 2023, tỉnh đạt 65,2 điểm, không còn nằm trong top 30 tỉnh, thành phố của cả nước.",
                            plan_year=None) if r.unit == "rank"][0]
    assert (rank.value, rank.op) == (30, ">")
    # (an aim not to fall out of it is still the group: "để không …" names where to stay)
    rank = only("Phấn đấu năm 2026 tỉnh nằm trong top 20 tỉnh, thành phố dẫn đầu cả nước.", plan_year=2026)
    assert (rank.value, rank.op) == (20, "<=")


@pytest.mark.parametrize("sentence, op", [
    ("Năm 2024, tỉnh nằm ngoài top 20 cả nước về chỉ số PAR Index.", ">"),
    ("Năm 2024, chỉ số PCI của tỉnh bị rơi khỏi nhóm 15 tỉnh dẫn đầu.", ">"),
    ("Năm 2024, tỉnh bị loại khỏi top 10 về chỉ số chuyển đổi số.", ">"),
    # (an aim not to be outside names where to stay)
    ("Phấn đấu năm 2026 tỉnh không nằm ngoài top 15 cả nước.", "<="),
    ("Phấn đấu năm 2026 tỉnh không để rơi khỏi top 10 về chỉ số chuyển đổi số.", "<="),
])
def test_a_place_set_outside_a_group_ranks_below_it(sentence: str, op: str) -> None:
    rank = [r for r in read(sentence, plan_year=None) if r.unit == "rank"][0]
    assert rank.op == op


def test_a_bracket_that_states_a_value_before_citing_its_source_keeps_the_value() -> None:
    text = "Tăng cường dịch vụ công trực tuyến (mức độ 4 đạt tỷ lệ 40% trong năm 2021 theo Nghị quyết số 02/NQ-CP)."
    assert [(m.value, m.unit) for m in find_mentions(text, 0, len(text))] == [(40, "%")]
    # the citation's own numbers, and a bracket that opens on one, stay references
    text = "Tỷ lệ hồ sơ trực tuyến đạt 61% (theo Quyết định số 942/QĐ-TTg năm 2021, mục tiêu là 50%)."
    assert [m.value for m in find_mentions(text, 0, len(text))] == [61]


def test_residents_something_was_done_for_are_counted_but_a_places_residents_are_not() -> None:
    text = "Toàn tỉnh đã có hơn 950.000 nhân khẩu trên địa bàn được lập hồ sơ sức khỏe điện tử."
    assert [(m.value, m.unit) for m in find_mentions(text, 0, len(text))] == [(950_000, "count")]
    text = "Xã có 12.400 nhân khẩu, sống chủ yếu bằng nghề nông."
    assert find_mentions(text, 0, len(text)) == []


def test_a_bracket_that_states_a_value_after_citing_its_measures_source_keeps_the_value() -> None:
    text = "Nâng cao chất lượng phục vụ (tỷ lệ hồ sơ toàn trình theo Quyết định số 06/QĐ-TTg đạt 55%)."
    assert [m.value for m in find_mentions(text, 0, len(text))] == [55]


def test_a_place_out_of_the_provinces_in_a_bracket_after_ranking_words_is_a_rank() -> None:
    r = only("Năm 2022, tỉnh còn ở vị trí thấp trên bảng xếp hạng chuyển đổi số cả nước (47/63 tỉnh, thành phố).")
    assert (r.unit, r.value) == ("rank", 47)
    # provinces that did something are counted, as before
    r = only("Năm 2022, 41/63 tỉnh, thành phố đã ban hành nghị quyết về chuyển đổi số.")
    assert (r.unit, r.value) == ("count", 41)


def test_a_groups_label_before_its_colon_is_no_rank() -> None:
    recs = read("Năm 2025, ở nhóm 1: dữ liệu đã đầy đủ là 41.200 thửa; nhóm 2: dữ liệu cần bổ sung là 30.150 thửa.",
                plan_year=None)
    assert [(r.value, r.unit) for r in recs] == [(41200, "count"), (30150, "count")]


def test_certificates_are_counted() -> None:
    r = only("Đến tháng 6/2024, tỉnh đã có 412.300 Giấy chứng nhận quyền sử dụng đất được quét vào cơ sở dữ liệu.")
    assert (r.value, r.unit) == (412300, "count")


def test_a_part_out_of_all_the_things_named_after_tong_so_is_counted() -> None:
    r = only("Năm 2023, Sở đã cung cấp 98/104 tổng số thủ tục hành chính trên Cổng dịch vụ công của tỉnh.")
    assert (r.value, r.unit) == (98, "count")


def test_money_per_class_or_village_is_an_amount_in_its_unit() -> None:
    r = only("Năm 2024, mỗi phòng học thông minh được đầu tư với trị giá khoảng 650 triệu đồng/lớp.")
    assert (r.value, r.unit, r.unit_text) == (650e6, "other", "đồng/lớp")


def test_a_places_villages_and_the_households_they_hold_are_its_make_up() -> None:
    assert read("Sau sắp xếp, xã Tân Phú có 19 thôn với 7.240 hộ dân. Năm 2025, 82% hộ có Internet cáp quang.",
                plan_year=None)[0].value == 82
    assert read("Đảng bộ xã có 41 chi bộ trực thuộc với 1.310 đảng viên.", plan_year=None) == []
    # villages that did something are counted
    assert [r.value for r in read("Năm 2025, xã có 19 thôn đã có sóng 4G.", plan_year=None)] == [19]


def test_a_bound_no_one_fell_under_is_no_value() -> None:
    assert read("Năm 2022, không có xã nào có tỷ lệ hồ sơ trực tuyến dưới 30%.", plan_year=None) == []
    # a count of those that did stays
    assert [r.value for r in read("Năm 2022, 12 xã có tỷ lệ hồ sơ trực tuyến dưới 30%.", plan_year=None)] == [12]


def test_vessels_their_owners_and_clubs_are_counted() -> None:
    text = ("Năm 2024, lực lượng chức năng đã xử phạt 15 chủ tàu, còn 6 tàu cá đang được xem xét. "
            "Hội phụ nữ xã thành lập 3 câu lạc bộ phụ nữ dùng điện thoại thông minh.")
    assert [(r.value, r.unit) for r in read(text, plan_year=None)] == [(15, "count"), (6, "count"), (3, "count")]


def test_a_rate_per_ten_thousand_people() -> None:
    recs = read("Năm 2024, tỉnh đạt 12,8 bác sĩ/vạn dân; số giường bệnh trên 1 vạn dân tăng.", plan_year=None)
    assert [(r.value, r.unit, r.unit_text) for r in recs] == [(12.8, "other", "bác sĩ/vạn dân")]


def test_ton_and_passenger_kilometres_are_units_of_their_own() -> None:
    recs = read("Năm 2023, vận tải hàng hóa luân chuyển 312,5 triệu tấn.km; vận tải hành khách luân chuyển 205,4 triệu "
                "lượt khách.km.", plan_year=None)
    assert [(r.value, r.unit) for r in recs] == [(312.5e6, "other"), (205.4e6, "other")]
    assert all(not r.indicator.endswith("km") for r in recs)


def test_the_noun_counted_before_is_counted_again_after_a_bracket() -> None:
    recs = read("Năm 2023, có 21 tỉnh (33,3%) tăng điểm, 40 tỉnh (63,5%) giảm điểm.", plan_year=None)
    assert [(r.value, r.unit) for r in recs] == [(21, "count"), (33.3, "%"), (40, "count"), (63.5, "%")]
    assert recs[2].indicator == "tỉnh giảm điểm"
    # a different noun after the comma is not the list going on
    assert [r.value for r in read("Năm 2023, có 21 tỉnh (33,3%) tăng điểm, 40 lần tổ chức hội thi.",
                                  plan_year=None)] == [21, 33.3]


def test_a_places_area_people_and_its_place_by_them_are_its_size() -> None:
    text = ("Tỉnh có diện tích lớn thứ 5 của cả nước, chiếm 28% diện tích vùng Tây Nguyên. Dân số toàn tỉnh Đắk Lắk "
            "khoảng 1,9 triệu người. Huyện có dân số trên 96.000 người (thứ 12/15).")
    assert read(text, plan_year=None) == []
    # coverage of an area is a measure
    assert [r.value for r in read("Năm 2024, sóng 4G của VNPT đã chiếm 97,5% diện tích toàn tỉnh.", plan_year=None)] == [97.5]


def test_money_per_device_per_household_and_who_the_people_are() -> None:
    recs = read("Năm 2024, thành phố hỗ trợ tối đa 1,5 triệu đồng/thiết bị/hộ cho 900 hộ nghèo.", plan_year=None)
    assert [(r.value, r.unit, r.unit_text) for r in recs][0] == (1_500_000, "other", "đồng/thiết bị/hộ")
    assert [r.value for r in read("Toàn xã có 5 bản với 412 hộ, 2.105 khẩu, 98% là dân tộc Dao, 120 hộ nghèo.",
                                  plan_year=None)] == [120]
    recs = read("Tỷ lệ hộ gia đình có sử dụng ít nhất 1 điện thoại thông minh (smartphone) đạt 90%.", plan_year=None)
    assert [(r.value, r.unit) for r in recs] == [(90, "%")]


def test_an_area_put_to_use_as_a_share_of_an_area_is_a_measure() -> None:
    # (a place's size only where the words before speak of it: not what is done on a part of the land)
    text = ("Phấn đấu đến năm 2025, diện tích sản xuất nông nghiệp ứng dụng công nghệ cao chiếm 15% tổng diện tích đất "
            "sản xuất nông nghiệp.")
    assert [r.value for r in read(text, plan_year=None)] == [15]
    text = "Năm 2024, diện tích cây trồng có mã số vùng trồng được số hóa chiếm 12% diện tích."
    assert [r.value for r in read(text, plan_year=None)] == [12]
    text = "Năm 2024, bản đồ địa chính dạng số đã được xây dựng cho 95 xã, bằng 85% diện tích tự nhiên của tỉnh."
    assert [r.value for r in read(text, plan_year=None)] == [95, 85]
    # the place's own size still is none
    text = "Huyện có diện tích tự nhiên 1.250 km2, chiếm 12% diện tích toàn tỉnh."
    assert read(text, plan_year=None) == []


def test_a_mass_in_kilograms_is_a_measure_not_a_count() -> None:
    text = "Năm 2024, các tổ thu gom được hơn 45.000 kg rác tái chế và 3,5 tấn pin cũ."
    assert [(r.value, r.unit, r.unit_text) for r in read(text, plan_year=None)] == [(45000, "other", "kg"),
                                                                                    (3.5, "other", "tấn")]


def test_days_a_procedure_takes_are_a_measure() -> None:
    text = ("Năm 2024, thời gian giải quyết thủ tục cấp điện trung bình là 2,8 ngày; thời gian cấp giấy phép xây "
            "dựng còn 9 ngày làm việc.")
    assert [(r.value, r.unit_text) for r in read(text, plan_year=None)] == [(2.8, "ngày"), (9, "ngày làm việc")]
    # not days with no time taken before them, how far ahead of a schedule, where a cut started, a document's date
    assert [r.value for r in read("Năm 2024, sau 3 ngày tập huấn, 120 cán bộ đã nhận chứng chỉ.", plan_year=None)] == [120]
    assert read("Năm 2023, tỉnh hoàn thành trước thời gian cam kết, sớm 15 ngày.", plan_year=None) == []
    assert [r.value for r in read("Năm 2024, thời gian thẩm định giảm từ 20 ngày xuống còn 12 ngày.",
                                  plan_year=None)] == [12]
    assert read("Thời gian qua, Sở đã ban hành văn bản 812 ngày 12/3/2024 hướng dẫn.", plan_year=None) == []


def test_initials_a_text_defines_for_things_counted_count_them() -> None:
    text = ("Năm 2022, tổng số giấy phép lái xe (GPLX) được đổi trực tuyến là 5.210. Riêng Công an tỉnh đã đổi "
            "3.400 GPLX; các huyện đổi 1.810 GPLX.")
    assert [(r.value, r.unit) for r in read(text, plan_year=None)] == [(5210, "count"), (3400, "count"), (1810, "count")]
    # (initials the text does not define, or defines for no things counted, count nothing)
    assert read("Năm 2022, Công an tỉnh đã đổi 3.400 GPLX.", plan_year=None) == []
    assert [r.value for r in read("Chỉ số chuyển đổi số (DTI) năm 2022 đạt 0,51 điểm, vượt 3 DTI.",
                                  plan_year=None)] == [0.51]


def test_a_village_or_ward_named_by_its_number_is_no_count() -> None:
    text = "Năm 2024, sạt lở tại tổ dân phố 5 thị trấn Kim Sơn uy hiếp 35 hộ dân; thôn 2 xã An Phú có 14 hộ phải di dời."
    assert [r.value for r in read(text, plan_year=None)] == [35, 14]
    # (each of them, or some counted, still counts)
    assert [r.value for r in read("Năm 2024, mỗi thôn 2 camera; xã có 6 thôn có wifi.", plan_year=None)] == [2, 6]


def test_at_least_one_thing_each_counted_has_is_what_it_has() -> None:
    text = "Năm 2023, Công an tỉnh đã vận động được 85.200 hộ trang bị tối thiểu 1 bình chữa cháy."
    assert [(r.value, r.kind) for r in read(text, plan_year=None)] == [(85200, "result")]


def test_days_within_which_something_was_done_are_no_measure() -> None:
    # "trong thời gian 5 ngày": the span the work took place in, not a time a procedure takes
    text = "Trong thời gian 5 ngày, Sở đã tổ chức 12 lớp tập huấn; trong thời gian thi công 45 ngày, đơn vị lắp đặt 300 camera."
    assert [r.value for r in read(text, plan_year=None)] == [12, 300]
    text = "Thời gian xử lý bình quân mỗi hồ sơ là 2,5 ngày."
    assert [(r.value, r.unit_text) for r in read(text, plan_year=None)] == [(2.5, "ngày")]


def test_an_amounts_range_with_den_and_with_its_magnitude_written_twice() -> None:
    text = ("Năm 2024 tỉnh đón 2 triệu đến 2,4 triệu lượt khách, tổng thu đạt 4.100 đến 4.500 tỷ đồng; "
            "mỗi điểm cần 2 - 2,5 triệu đồng.")
    assert [(m.value, m.value_max, m.op) for m in find_mentions(text, 0, len(text))] == [
        (2e6, 2.4e6, "between"), (4100e9, 4500e9, "between"), (2e6, 2.5e6, "between")]
    # (not a number and a deadline, nor two magnitudes that differ)
    assert [(m.value, m.value_max) for m in find_mentions("Hỗ trợ 500 hộ đến năm 2025.", 0, 26)] == [(500, None)]
    mixed = "Thu hút 900 nghìn đến 1,2 triệu lượt khách."
    assert all(m.op != "between" for m in find_mentions(mixed, 0, len(mixed)))


def test_volumes_and_masses_per_day_are_measures() -> None:
    assert _units("Công suất cấp nước đạt 12.500 m3/ngày đêm.") == [(12500, "other", "m3/ngày đêm")]
    assert _units("Lượng rác thu gom khoảng 38,6 tấn/ngày.") == [(38.6, "other", "tấn/ngày")]
    assert _units("Khai thác 1,5 triệu m3 gỗ rừng trồng.") == [(1.5e6, "other", "m3")]


def test_cashew_nuts_are_no_article_of_a_law() -> None:
    text = "Xuất khẩu hạt điều đạt 30,5 triệu USD, sản lượng hạt điều 12.000 tấn theo Điều 30 của Luật."
    assert [m.value for m in find_mentions(text, 0, len(text))] == [30.5e6, 12000]


def test_van_is_ten_thousand_but_not_the_base_of_a_rate() -> None:
    assert _units("Sản lượng lương thực năm 2023 đạt trên 58 vạn tấn.") == [(580000, "other", "tấn")]
    text = "Số bác sĩ đạt 11 bác sĩ trên 1 vạn dân."
    assert 10000 not in [m.value for m in find_mentions(text, 0, len(text))]


def test_a_crops_mass_or_area_after_dieu_is_an_amount_not_an_article() -> None:
    # "điều" the cashew crop, its tonnes or hectares after it; "Điều 30" of a law, no amount
    text = ("Năm 2023, sản lượng điều 180.000 tấn, diện tích điều 145.000 ha. Theo Điều 30 Luật Giao dịch điện tử, "
            "căn cứ điều 12 Nghị định 45, toàn tỉnh có 1.250 doanh nghiệp.")
    assert sorted(r.value for r in read(text, plan_year=None)) == [1250, 145000, 180000]


def test_head_of_livestock_are_counted() -> None:
    assert _units("Tổng đàn gia súc: 4.500 con; đàn bò: 1.350 con.") == [(4500, "count", None), (1350, "count", None)]
    # (not a figure, nor a rate per woman)
    assert _units("Đây là con số ấn tượng: 5 con số.") == []
    assert all(m.unit != "count" for m in find_mentions("Tổng tỷ suất sinh: 2,1 con/phụ nữ.", 0, 34))


def test_over_so_many_posted_is_more_than_them_but_installed_on_them_is_not() -> None:
    text = "Cổng thông tin đã đăng tải trên 120 tin bài; phần mềm được cài đặt trên 68 máy tính."
    assert [(m.value, m.op) for m in find_mentions(text, 0, len(text))] == [(120, ">"), (68, None)]


def test_dollars_written_out_are_money() -> None:
    assert _units("Năm 2024, các doanh nghiệp đã giải ngân 1,9 tỷ đô la Mỹ.") == [(1.9e9, "other", "đô la Mỹ")]
    assert _units("Kim ngạch xuất khẩu đạt 250 triệu đô la.") == [(250e6, "other", "đô la")]


@pytest.mark.parametrize("text, pair", [
    ("Năm 2024, toàn tỉnh có khoảng 1.420 tàu cá/8.040 lao động ra khơi.", [(1420, "count"), (8040, "count")]),
    ("Lũy kế đến nay diện tích nuôi tôm đạt 6.665,33 ha/7.610 hộ.", [(6665.33, "other"), (7610, "count")]),
    ("Năm 2023 khởi tố mới 31 vụ/77 bị can.", [(31, "count"), (77, "count")]),
    # (a fraction of one thing, a rate, things spread over places: one quantity)
    ("Năm 2023 có 309 xã/411 xã đạt chuẩn.", [(309, "count")]),
    ("Năm 2023 đạt 8 bác sĩ/10.000 dân.", [(8, "other")]),
    ("Năm 2023 có 154 tổ công nghệ số/153 xóm.", [(154, "count")]),
])
def test_two_quantities_told_as_a_pair_are_two(text: str, pair: list[tuple[float, str]]) -> None:
    assert [(m.value, m.unit) for m in find_mentions(text, 0, len(text))] == pair


def test_the_first_of_a_pair_shares_the_words_and_comparator_of_the_second() -> None:
    recs = read("Năm 2024, toàn tỉnh có khoảng 1.420 tàu cá/8.040 lao động khai thác thủy sản dịp Tết.", plan_year=None)
    assert [(r.value, r.op) for r in recs] == [(1420, "~"), (8040, "~")]
    assert recs[0].indicator.startswith("tàu cá") and recs[0].indicator.endswith("khai thác thủy sản dịp Tết")
    assert recs[1].indicator == "lao động khai thác thủy sản dịp Tết"


def test_a_pair_whose_words_end_on_a_deed_does_not_take_the_second_noun_again() -> None:
    # (the first of the pair already holds the second's words: no "… được lắp đặt vị trí")
    recs = read("Đến nay, có 350 trạm BTS/120 vị trí được lắp đặt.")
    assert [r.indicator for r in recs] == ["trạm BTS vị trí được lắp đặt", "vị trí được lắp đặt"]


@pytest.mark.parametrize("text, value", [
    ("Năm 2023, tỉnh thu hút 12 dự án đầu tư trực tiếp nước ngoài.", 12),
    ("Năm 2022, nghiệm thu 21 đề tài khoa học cấp tỉnh.", 21),
    ("Năm 2023, toàn tỉnh có tất cả 49 cụm công nghiệp.", 49),
    ("Đến năm 2025, thành phố phấn đấu thêm 15 khu công nghiệp mới.", 15),
    ("Năm 2025, các cơ sở đoàn duy trì 75 đội hình tình nguyện.", 75),
])
def test_projects_topics_parks_and_teams_are_counted(text: str, value: float) -> None:
    assert [(m.value, m.unit) for m in find_mentions(text, 0, len(text))] == [(value, "count")]


def test_a_whole_with_its_own_comparator_is_still_the_whole() -> None:
    text = "Năm 2024, có khoảng 2.600 trong tổng số hơn 22.500 hợp tác xã ứng dụng công nghệ số."
    [m] = find_mentions(text, 0, len(text))
    assert (m.value, m.denominator, m.op) == (2600, 22500, "~")


@pytest.mark.parametrize("text, value, unit_text", [
    ("Năm 2023, tỷ suất sinh thô là 12,66‰.", 12.66, "‰"),
    ("Năm 2023, tổng tỷ suất sinh là 2,12 con/phụ nữ.", 2.12, "con/phụ nữ"),
    ("Năm 2023, tỷ số giới tính khi sinh là 113,5 trẻ nam/100 trẻ nữ.", 113.5, "trẻ nam/100 trẻ nữ"),
])
def test_a_populations_rates_are_measures_in_their_own_units(text: str, value: float, unit_text: str) -> None:
    assert _units(text) == [(value, "other", unit_text)]


def test_petitions_and_complaints_received_are_counted() -> None:
    assert [(v, u) for v, u, _ in _units("Năm 2023, Thanh tra tỉnh tiếp nhận 221 đơn (196 khiếu nại, 25 tố cáo).")] == [
        (221, "count"), (196, "count"), (25, "count")]


def test_houses_built_and_deputies_elected_are_counted() -> None:
    assert [(v, u) for v, u, _ in _units("Năm 2024, tỉnh đã xây mới 7.475 căn, sửa chữa 3.285 căn nhà.")] == [
        (7475, "count"), (3285, "count")]
    assert [(v, u) for v, u, _ in _units("Năm 2021, cử tri đã bầu đủ 52 đại biểu HĐND tỉnh.")] == [(52, "count")]


def test_a_bounds_side_said_after_what_the_share_is_of_or_below_a_level() -> None:
    [m] = find_mentions(t := "Phấn đấu tỷ lệ nợ xấu ở mức từ 0,04% tổng dư nợ trở xuống.", 0, len(t))
    assert (m.value, m.op) == (0.04, "<=")
    [m] = find_mentions(t := "Phấn đấu từ 80% người dân trở lên có tài khoản thanh toán điện tử.", 0, len(t))
    assert (m.value, m.op) == (80, ">=")
    [m] = find_mentions(t := "Tỷ lệ nợ xấu được kiểm soát ở dưới mức 0,05%.", 0, len(t))
    assert (m.value, m.op) == (0.05, "<")


def test_things_no_list_names_per_so_many_people_are_a_rate() -> None:
    assert _units("Năm 2025 đạt 14,3 bác sỹ/1 vạn dân và 48,5 giường bệnh/1 vạn dân.") == [
        (14.3, "other", "bác sỹ/1 vạn dân"), (48.5, "other", "giường bệnh/1 vạn dân")]
    assert _units("Năm 2025 có 30 giường bệnh trên 1 vạn dân.") == [(30, "other", "giường bệnh trên 1 vạn dân")]


def test_gift_packages_and_war_invalids_are_counted() -> None:
    assert [(v, u) for v, u, _ in _units("Năm 2024, tỉnh tặng 118.035 suất quà cho 2.757 thương binh và 5.271 liệt sỹ.")] == [
        (118035, "count"), (2757, "count"), (5271, "count")]


@pytest.mark.parametrize("text", [
    "Hội nghị tập huấn về chuyển đổi số có sự tham gia của 150 đại biểu HĐND tỉnh và huyện.",
    "Năm 2023, hội nghị trực tuyến kết nối 500 đại biểu Quốc hội và HĐND các cấp.",
])
def test_deputies_at_an_event_are_its_delegates(text: str) -> None:
    assert _units(text) == []


def test_a_programmes_component_projects_are_its_make_up() -> None:
    # (as its tasks are: "gồm 3 dự án thành phần" counts no projects carried out)
    assert _units("Kế hoạch chuyển đổi số năm 2024 gồm 3 dự án thành phần: hạ tầng số, dữ liệu số và nền tảng số.") == []
    assert [(v, u) for v, u, _ in _units("Năm 2023, tỉnh thu hút 12 dự án đầu tư vào lĩnh vực công nghệ thông tin.")] == [
        (12, "count")]


@pytest.mark.parametrize("text, value, written", [
    ("Năm 2023, thời gian xử lý giảm từ 8 giờ/hồ sơ xuống 3 giờ/5 giờ làm việc.", 3, "3 giờ/5 giờ"),
    ("Năm 2023, cấp giấy chứng nhận lần đầu 2.744 ha/2.000 ha (đạt 137%).", 2744, "2.744 ha/2.000 ha"),
])
def test_a_value_over_its_whole_in_one_unit_is_no_pair(text: str, value: float, written: str) -> None:
    # (the unit before the slash is the value's, its whole or plan after it in the same unit: "/2.000 ha" no
    # words of its own)
    m = [m for m in find_mentions(text, 0, len(text)) if m.unit == "other"][-1]
    assert (m.value, text[m.anchor:m.end]) == (value, written)
    assert not any("2.000 ha" in r.indicator or "5 giờ" in r.indicator for r in read(text))


def test_a_verb_of_giai_counts_no_prizes() -> None:
    # (a programme's number before "giải ngân", disbursed, or "giải quyết", settled: no prizes counted)
    assert _units("Vốn Chương trình 135 giải ngân đạt 95% kế hoạch.") == [(95, "%", None)]
    assert _units("Nguồn vốn Chương trình 135 giải quyết việc làm cho lao động.") == []
    assert [v for v, _, _ in _units("Tiếp nhận 320 đơn thư, 280 giải quyết dứt điểm.")] == [320]
    # (tournaments still counted, "giải thể thao", beside a dissolving, "giải thể")
    assert [(v, u) for v, u, _ in _units("Tỉnh tổ chức 4 giải thể thao và giải thể 3 hợp tác xã yếu kém.")] == [
        (4, "count"), (3, "count")]


def test_a_clause_opening_on_all_of_the_things_counted_keeps_that_count() -> None:
    # ("trong số" opening a clause: all of the things, a figure; "số" before a number is usually a label)
    text = "Trong số 1.380 cơ sở được kiểm tra, có 1.312 cơ sở đạt yêu cầu."
    assert [(m.value, m.unit) for m in find_mentions(text, 0, len(text))] == [(1380, "count"), (1312, "count")]
    # (not a group something is among, nor the bodies a ranking assessed)
    among = "Bệnh viện tỉnh nằm trong số 12 bệnh viện được công nhận."
    assert [m.value for m in find_mentions(among, 0, len(among))] == []
    pool = "Trong số 30 sở, ngành, có 8 đơn vị xếp loại xuất sắc."
    assert [m.value for m in find_mentions(pool, 0, len(pool))] == [8]


@pytest.mark.parametrize("text, value", [
    ("Sở Tài chính mua 45 chiếc xe cứu thương.", 45),
    ("Đoàn đã lấy 610 mẫu nước sinh hoạt để xét nghiệm.", 610),
    ("Tiêu hủy 27 mặt hàng hết hạn sử dụng.", 27),
    ("Thành lập 19 đoàn kiểm tra liên ngành.", 19),
    ("Trao quà cho 1.240 cụ tròn 90 tuổi.", 1240),
    ("Điều trị cho 3.015 bệnh nhân lao.", 3015),
    ("Xây mới 6 cống ngăn mặn.", 6),
    ("Tổ chức 45 lớp dạy bơi cho học sinh.", 45),
    ("Mở 9 lớp dạy nghề cho lao động nông thôn.", 9),
    ("Khóa học có 120 học viên.", 120),
    ("Doanh nghiệp tài trợ 300 bao xi măng.", 300),
    ("Số mắc cộng dồn từ đầu năm là: 4.215 ca.", 4215),
    ("Kho còn tồn 89.608 liều.", 89608),
    ("Trong tuần ghi nhận thêm 4 ổ dịch tay chân miệng.", 4),
    ("Toàn huyện có 87 trại heo.", 87),
    ("Đã đóng điện cho 5 cụm dân cư vùng sâu.", 5),
    ("Chợ đêm có 60 lều bạt.", 60),
    ("Sở tổ chức 6 phiên chợ hàng Việt.", 6),
    ("Hội phối hợp mở 14 lớp nghề.", 14),
])
def test_vehicles_samples_goods_teams_and_patients_are_counted(text: str, value: float) -> None:
    assert _units(text) == [(value, "count", None)]


def test_a_singer_a_song_or_a_shift_is_no_case_counted() -> None:
    assert _units("Đêm nhạc có 12 ca sĩ và 20 ca khúc.") == [(12, "count", None), (20, "count", None)]
    assert _units("Công trường làm việc 3 ca, 4 kíp liên tục.") == []
    for text in ("Nhà máy hoạt động 3 ca liên tục.", "Xưởng làm việc 3 ca mỗi ngày.", "Bố trí 2 ca sản xuất.",
                 "Các cháu chia thành 2 ca học sáng và chiều."):
        assert _units(text) == [], text
    assert _units("Phát hiện 12 ca dương tính.") == [(12, "count", None)]


@pytest.mark.parametrize("text, value, unit", [
    ("Năng suất ngô bình quân đạt 5,8 tấn/ha.", 5.8, "tấn/ha"),
    ("Năng suất lúa đạt 61,5 tạ/ha.", 61.5, "tạ/ha"),
    ("Giảm lượng giống gieo sạ còn 90 kg/ha.", 90, "kg/ha"),
    ("Cấp nước bình quân 80 lít/người/ngày đêm.", 80, "lít/người/ngày đêm"),
    ("Trồng mới 45 ha/năm rừng sản xuất.", 45, "ha/năm"),
    ("Lao động làm vườn có thu nhập 280.000 đồng/ngày.", 280000, "đồng/ngày"),
    ("Mỗi hộ thu lãi 42 triệu đồng/vụ.", 42_000_000, "đồng/vụ"),
    ("Bình quân mỗi hộ nuôi 3,4 con/hộ.", 3.4, "con/hộ"),
])
def test_a_yield_a_dose_or_water_per_person_is_one_measure_with_its_unit(text: str, value: float, unit: str) -> None:
    [(v, u, written)] = _units(text)
    assert (v, u, written) == (value, "other", unit)


def test_thousands_written_as_a_word_then_the_hundreds_are_one_number() -> None:
    # ("7 nghìn 500 cụ": 7.500, not 7.000 and a count of 500; "20 nghìn 3 trăm" is left as it was)
    assert _units("Có trên 7 nghìn 500 cụ được cấp thẻ bảo hiểm y tế.") == [(7500, "count", None)]
    assert _units("Hội có 12 nghìn 40 hội viên.") == [(12040, "count", None)]
    assert all(v != 20003 for v, _, _ in _units("Thu hút 20 nghìn 3 trăm người."))


def test_a_range_whose_ends_have_their_own_magnitudes_is_one_range() -> None:
    text = "Giá mỗi căn hộ dao động từ 850 triệu đồng đến 1,2 tỷ đồng."
    [m] = find_mentions(text, 0, len(text))
    assert (m.value, m.value_max, m.op, m.unit) == (850e6, 1.2e9, "between", "other")


@pytest.mark.parametrize("text, value, written", [
    ("Phấn đấu đưa tỷ lệ mắc sốt rét xuống dưới 1/100.000 dân.", 1, "/100.000 dân"),
    ("Tỷ suất tử vong mẹ còn 38/100.000 trẻ đẻ sống.", 38, "/100.000 trẻ đẻ sống"),
    ("Năm 2023, tỷ suất tử vong trẻ em dưới 1 tuổi là 12/1.000 trẻ sinh sống.", 12, "/1.000 trẻ sinh sống"),
    ("Số bác sĩ đạt 12/10.000 người.", 12, "/10.000 người"),
])
def test_a_rate_over_so_many_people_is_no_part_of_a_whole(text: str, value: float, written: str) -> None:
    assert _units(text) == [(value, "other", written)]


def test_the_size_that_tells_a_class_of_things_counted_is_no_figure() -> None:
    # (the vessels are counted; their lengths say which vessels, as the words after "chiều dài" do)
    text = "Toàn tỉnh có 1.204 tàu cá chiều dài từ 6 m đến dưới 12 m, 310 tàu cá từ 12 m đến dưới 15 m."
    assert [m.value for m in find_mentions(text, 0, len(text))] == [1204, 310]
    text = "Có 560 tàu cá có chiều dài lớn nhất từ 15 mét trở lên đã lắp thiết bị giám sát."
    assert [m.value for m in find_mentions(text, 0, len(text))] == [560]


def test_layers_are_no_classes() -> None:
    # (only a class said to teach or train is counted: "mô hình 4 lớp" has layers)
    assert _units("Hệ thống bảo mật theo mô hình 4 lớp.") == []


def test_people_counted_over_people_of_another_kind_do_not_break_the_reading() -> None:
    # (a pair "N thí sinh/M thí sinh đăng ký" once crashed the reader: the whole was read without its fraction)
    assert _units("Năm 2021, số thí sinh dự thi là 845 thí sinh/1.020 thí sinh đăng ký dự tuyển.")[:1] == [
        (845, "count", None)]


@pytest.mark.parametrize("text, value, written", [
    ("Tổng vốn vay của dự án là 35 triệu Euro.", 35e6, "Euro"),
    ("Kim ngạch xuất khẩu cà phê đạt 760 triệu USD/năm.", 760e6, "USD/năm"),
])
def test_euros_and_dollars_a_year_are_amounts(text: str, value: float, written: str) -> None:
    [(v, u, w)] = _units(text)
    assert (v, u, w.replace(" ", "")) == (value, "other", written)


@pytest.mark.parametrize("text, value", [
    ("Sạt lở bờ sông kéo dài khoảng 450 m.", 450),
    ("Đã xây dựng 1.260 mét kè chống sạt lở.", 1260),
    ("Tuyến kè biển dài 868m.", 868),
])
def test_a_length_in_metres_is_an_amount(text: str, value: float) -> None:
    [(v, u, written)] = _units(text)
    assert (v, u, written) == (value, "other", written) and written in ("m", "mét")


@pytest.mark.parametrize("text", [
    "Mặt đường rộng 7,5 m.",
    "Đèo nằm ở độ cao 1.200 m so với mực nước biển.",
    "Khu vực sạt lở cách bến phà 150 m.",
    "Căn phòng rộng 100 m 2.",
])
def test_how_wide_high_or_far_a_thing_is_is_no_figure(text: str) -> None:
    assert [u for _, u, w in _units(text) if w in ("m", "mét")] == []


def test_work_days_given_are_an_amount_of_work_days_not_a_time() -> None:
    # ("ngày công": days of work people gave, counted in their own unit; "15 ngày" alone is a time)
    assert _units("Nhân dân đóng góp 4.200 ngày công lao động làm đường.") == [(4200, "other", "ngày công lao động")]
    assert _units("Hoàn thành trong 15 ngày.") == []


@pytest.mark.parametrize("text, value", [
    ("Đến năm 2030, cảng biển sẽ có 20 cầu cảng, tổng chiều dài 5.104 m.", 5104),
    ("Sạt lở bờ Rạch Cá Rô (thuộc Phường 3) chiều dài 1.176m.", 1176),
    ("Tuyến kè có chiều dài 1.260 m được hoàn thành trong năm 2024.", 1260),
])
def test_a_length_built_or_eroded_with_no_bound_is_no_class_of_things(text: str, value: float) -> None:
    # (a class is told by a bound, "từ 6 m đến dưới 12 m", "15m trở lên", or is a vessel's size)
    assert (value, "other", "m") in _units(text)


@pytest.mark.parametrize("text", [
    "Tỉnh đã vận động tất cả 500 tàu cá có chiều dài 15m trở lên lắp đặt thiết bị giám sát.",
    "Đặc biệt tàu MSC LYSE V mang quốc tịch Liberia, với chiều dài 275m, cập cảng Đà Nẵng.",
    "Kênh được thiết kế với chiều rộng bờ trung bình 4 m và chiều cao 2,5 m.",
])
def test_a_vessels_size_or_a_width_named_with_its_thing_is_no_figure(text: str) -> None:
    assert not [v for v, u, t in _units(text) if u == "other" and t in ("m", "mét")]


@pytest.mark.parametrize("text", [
    "Toàn xã đã cấp thẻ bảo hiểm y tế cho 8.500/10.000 người dân.",
    "Đã tiêm vắc xin cho 950/1.000 trẻ em trong độ tuổi.",
])
def test_a_large_part_of_a_round_number_of_people_is_a_part_not_a_rate(text: str) -> None:
    # (a rate over 1.000 or 100.000 people is a small share of its base; 8.500 of 10.000 people is a part)
    assert [u for _, u, _ in _units(text)] == ["count"]


@pytest.mark.parametrize("text, value", [
    ("Cũng như anh Ái, hộ gia đình chị Thủy hiện thuê khoảng 27 mẫu ruộng để trồng lúa.", 27),
    ("Hơn 200 mẫu lúa bị ngập úng do mưa lớn.", 200),
    ("Anh tập trung trồng lúa trên diện tích đất canh tác lên đến hơn 100 mẫu (3.600 m2).", 100),
])
def test_mau_of_fields_is_a_land_measure_not_a_count_of_samples(text: str, value: float) -> None:
    assert (value, "other", "mẫu") in _units(text)
    assert _units("Xét nghiệm 1.500 mẫu, phát hiện 12 mẫu không đạt.") == [(1500, "count", None), (12, "count", None)]
