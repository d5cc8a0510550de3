from __future__ import annotations

import pytest

from muctieu.extract.wording import clean_post, clean_pre
from tests.extract.helpers import only, read


@pytest.mark.parametrize("words, wording", [
    ("Chi tiêu cho trí tuệ nhân tạo dự kiến", "Chi tiêu cho trí tuệ nhân tạo"),
    ("Doanh thu công nghiệp công nghệ số có thể", "Doanh thu công nghiệp công nghệ số"),
    ("Số thuê bao 5G sẽ", "Số thuê bao 5G"),
    ("Số trạm 5G dự kiến sẽ", "Số trạm 5G"),
])
def test_the_modal_of_an_aim_or_forecast_is_no_part_of_the_measure(words: str, wording: str) -> None:
    assert clean_pre(words) == wording


@pytest.mark.parametrize("words, wording", [
    ("Theo Gartner, chi tiêu cho trí tuệ nhân tạo", "chi tiêu cho trí tuệ nhân tạo"),
    ("Theo WIPO, chỉ số đổi mới sáng tạo toàn cầu của Việt Nam", "chỉ số đổi mới sáng tạo toàn cầu của Việt Nam"),
])
def test_a_source_named_in_latin_letters_is_no_part_of_the_measure(words: str, wording: str) -> None:
    assert clean_pre(words) == wording


@pytest.mark.parametrize("words, wording", [
    ("Cũng theo Sở Khoa học và Công nghệ, số hộ có cáp quang", "số hộ có cáp quang"),
    ("Cũng theo số liệu của Cục Thống kê, số doanh nghiệp số", "số doanh nghiệp số"),
    ("Tính đến hết tháng 9/2024, số tài khoản định danh mức 2", "số tài khoản định danh mức 2"),
    ("Đến hết quý III/2025, số giao dịch qua QR", "số giao dịch qua QR"),
])
def test_who_gives_the_figure_and_until_when_are_no_part_of_the_measure(words: str, wording: str) -> None:
    assert clean_pre(words) == wording


@pytest.mark.parametrize("words, wording", [
    ("Sau khi hợp nhất, tỉnh đã có", ""),
    ("Sau 3 tháng vận hành chính quyền địa phương hai cấp, số xã dùng chung hệ thống", "số xã dùng chung hệ thống"),
    ("Sau hơn một năm thí điểm, toàn thành phố có", ""),
    ("Đến nay, thành phố đã có", ""),
    # a partner named says what is measured: the merged province's rank
    ("Sau khi sáp nhập với Kon Tum, tỉnh Quảng Ngãi xếp", "Sau khi sáp nhập với Kon Tum, tỉnh Quảng Ngãi xếp"),
    ("thành phố thông minh", "thành phố thông minh"),
])
def test_a_span_since_something_and_the_city_as_who_has_are_no_part_of_the_measure(words: str, wording: str) -> None:
    assert clean_pre(words) == wording


@pytest.mark.parametrize("words, wording", [
    ("Sau 6 tháng thực hiện Nghị quyết 57-NQ/TW, số doanh nghiệp công nghệ số", "số doanh nghiệp công nghệ số"),
    ("Sau 2 năm thực hiện Nghị quyết 57-NQ/TW, số doanh nghiệp công nghệ số", "số doanh nghiệp công nghệ số"),
    ("Sau 9 tháng triển khai Đề án 06, số tài khoản định danh", "số tài khoản định danh"),
    ("Sau gần 1 năm thực hiện Kế hoạch số 215/KH-UBND ngày 14/8/2024, tỷ lệ hồ sơ trực tuyến", "tỷ lệ hồ sơ trực tuyến"),
    ("Sau 100 ngày vận hành, số xã dùng chung hệ thống", "số xã dùng chung hệ thống"),
])
def test_a_span_since_what_is_carried_out_named_by_its_number_is_no_part_of_the_measure(words: str, wording: str) -> None:
    assert clean_pre(words) == wording


def test_the_results_announced_as_a_lead_are_no_part_of_the_measure() -> None:
    assert clean_pre("Theo kết quả công bố, tỉnh Sơn La xếp") == "Sơn La xếp"
    # (one that names the index ranked keeps it)
    assert "Chỉ số đổi mới sáng tạo" in clean_pre("Theo kết quả xếp hạng Chỉ số đổi mới sáng tạo năm 2024, tỉnh")


@pytest.mark.parametrize("words", [
    "Theo kết quả công bố mới đây, tỉnh Điện Biên xếp",
    "Theo kết quả công bố của Bộ Khoa học và Công nghệ, tỉnh Điện Biên xếp",
    "Theo kết quả đánh giá, xếp hạng, tỉnh Điện Biên xếp",
])
def test_the_results_announced_with_when_or_by_whom_are_no_part_of_the_measure(words: str) -> None:
    assert clean_pre(words) == "Điện Biên xếp"


def test_the_results_announced_of_a_named_index_keep_it() -> None:
    words = "Theo kết quả công bố của Bộ Khoa học và Công nghệ về Chỉ số chuyển đổi số, tỉnh Điện Biên xếp"
    assert "Chỉ số chuyển đổi số" in clean_pre(words)


def test_a_certificate_is_not_the_word_only() -> None:
    assert clean_pre("tỷ lệ lao động có văn bằng, chứng chỉ đạt") == "tỷ lệ lao động có văn bằng, chứng chỉ"
    assert clean_pre("tỷ lệ hồ sơ trực tuyến chỉ đạt") == "tỷ lệ hồ sơ trực tuyến"


def test_a_concession_before_what_is_reported_is_no_part_of_the_measure() -> None:
    assert clean_pre("Mặc dù mới ra mắt từ 2023 nhưng đến nay, số người dùng ứng dụng") == "số người dùng ứng dụng"


def test_cumulative_as_the_measure_stays_in_the_wording_and_as_a_lead_does_not() -> None:
    text = "Lũy kế doanh thu của ngành tính đến hết tháng 5/2024 ước đạt 1.250.000 tỷ đồng."
    assert [r.indicator for r in read(text, plan_year=None)] == ["Lũy kế doanh thu của ngành"]
    text = "Lũy kế đến nay, tỉnh đã cấp 12.500 chứng thư chữ ký số cá nhân."
    assert not read(text, plan_year=None)[0].indicator.lower().startswith("lũy kế")


def test_cumulative_before_a_time_phrase_is_a_lead() -> None:
    text = "Lũy kế 6 tháng đầu năm, tỉnh đã cấp 12.500 chứng thư chữ ký số cá nhân."
    assert not read(text, plan_year=None)[0].indicator.lower().startswith("lũy kế")


def test_a_span_of_days_and_then_are_when_not_what() -> None:
    text = "Trước đó, từ ngày 12 – 20.10, huyện đã lắp đặt 45 cụm loa truyền thanh thông minh."
    wording = read(text, plan_year=None)[0].indicator
    assert wording.endswith("lắp đặt cụm loa truyền thanh thông minh") and "ngày" not in wording and "Trước" not in wording


def test_who_said_it_after_a_quotation_closes_is_no_part_of_the_measure() -> None:
    (r,) = read("date 2024-05\n“Năm nay, số người dùng ví điện tử trên địa bàn đạt 40.000 người”, ông Nam cho biết.\n",
                plan_year=2024)
    assert r.indicator.startswith("số người dùng ví điện tử trên địa bàn")
    assert "cho biết" not in r.indicator
    # (a quoted name inside the words stays: no one said it)
    (r,) = read("date 2024-05\nCác hộ kinh doanh dùng chung mật khẩu \"hue2024\" để chia sẻ wifi miễn phí cho 120 điểm.\n",
                plan_year=2024)
    assert "để chia sẻ wifi" in r.indicator


def test_a_quoted_names_own_clause_is_no_one_saying_it() -> None:
    (r,) = read('Năm 2024, có 120.000 người dùng ứng dụng "Công dân số", chia sẻ dữ liệu với chính quyền.', plan_year=None)
    assert "chia sẻ dữ liệu" in r.indicator


def test_when_at_the_start_is_no_part_of_the_measure() -> None:
    recs = read("date 2024-05\nMỗi năm có khoảng 8.000 học sinh đăng ký thi trực tuyến. "
                "Thời gian đầu đã có gần 500 hộ kinh doanh mở tài khoản.\n", plan_year=2024)
    assert [r.indicator for r in recs] == ["học sinh đăng ký thi trực tuyến", "hộ kinh doanh mở tài khoản"]


def test_the_person_who_gives_the_figure_is_no_part_of_the_measure() -> None:
    (r,) = read("date 2024-05\nTheo ông Trần Văn Nam, Phó Chủ tịch UBND TP. Cần Thơ, toàn thành phố có 850 trạm BTS 5G.\n",
                plan_year=2024)
    assert r.indicator == "trạm BTS 5G"
    (r,) = read("date 2024-05\nTheo chia sẻ của chị Hoa, cửa hàng đã có 3 mã QR thanh toán.\n", plan_year=2024)
    assert not r.indicator.lower().startswith("theo")


def test_whose_aims_they_are_is_no_part_of_the_wording() -> None:
    recs = read("Năm 2023, mục tiêu của Cần Thơ là 100% trường học, cơ sở giáo dục và 100% bệnh viện, cơ sở y tế "
                "sử dụng thanh toán không dùng tiền mặt.", plan_year=None)
    assert [r.indicator for r in recs] == [
        "trường học, cơ sở giáo dục sử dụng thanh toán không dùng tiền mặt",
        "bệnh viện, cơ sở y tế sử dụng thanh toán không dùng tiền mặt"]
    # (a level's or a group's own value keeps whose it is)
    recs = read("Năm 2024, tỷ lệ hồ sơ trực tuyến của các bộ, ngành là 41%, của địa phương là 56%.", plan_year=None)
    assert [r.scope for r in recs] == ["các bộ, ngành", "địa phương"]


def test_a_named_body_whose_aims_they_are_is_no_part_of_the_wording() -> None:
    recs = read("Mục tiêu của Sở Y tế là 100% trạm y tế dùng hồ sơ sức khỏe điện tử.", plan_year=None)
    assert [r.indicator for r in recs] == ["trạm y tế dùng hồ sơ sức khỏe điện tử"]


def test_a_peoples_committee_that_reached_the_value_keeps_its_whole_name() -> None:
    # an actor is dropped from the wording only when it sets the aims, never cut inside its name
    (r,) = read("date 2024-03\nUBND huyện Mường Khương đạt 86,5% hồ sơ trực tuyến.\n", plan_year=2024)
    assert "huyện Mường Khương" in r.indicator
    (r,) = read("date 2024-03\nUBND huyện Hoài Ân đạt 92,5% hồ sơ trực tuyến.\n", plan_year=2024)
    assert "huyện Hoài Ân" in r.indicator
    (r,) = read("UBND tỉnh yêu cầu tỷ lệ hồ sơ trực tuyến toàn trình đạt 60%.", plan_year=2024)
    assert r.indicator == "tỷ lệ hồ sơ trực tuyến toàn trình"


def test_how_a_value_is_judged_and_that_an_aim_was_set_name_nothing_measured() -> None:
    assert clean_post(", còn thấp so với mục tiêu") == ""
    assert clean_post(" đề ra cho năm 2026.") == ""
    # the things after a value stay
    assert clean_post(" hộ gia đình còn lại") == "hộ gia đình còn lại"


def test_a_stage_a_value_is_for_is_a_time_not_what_is_measured() -> None:
    recs = read("Tỷ lệ thanh toán học phí trực tuyến năm 2024 đạt 40%, giai đoạn 2026 - 2030 đạt 75%.", plan_year=2024)
    assert [r.indicator for r in recs] == ["Tỷ lệ thanh toán học phí trực tuyến"] * 2
    assert [r.year for r in recs] == [2024, 2030]
    # (the words of a sentence it opens stay)
    (r,) = read("Trong giai đoạn 2021 - 2023, tỉnh hỗ trợ 120 hợp tác xã đưa sản phẩm lên sàn thương mại điện tử.",
                plan_year=None)
    assert "hợp tác xã" in r.indicator and "giai đoạn" not in r.indicator


def test_what_things_counted_did_reaches_past_the_places_they_are_of() -> None:
    recs = read("date 2024-05\nĐến nay, đã có 412 dịch vụ công của 9 sở, ngành kết nối Nền tảng thanh toán quốc gia.\n",
                plan_year=2024)
    assert recs[0].value == 412 and "kết nối Nền tảng thanh toán" in recs[0].indicator
    recs = read("date 2024-05\nBước đầu đã có 320 hộ kinh doanh tại 6 chợ mở tài khoản thanh toán điện tử.\n", plan_year=2024)
    assert recs[0].value == 320 and "mở tài khoản thanh toán điện tử" in recs[0].indicator
    # (a place with no predicate after it ends the wording as before)
    recs = read("date 2024-05\nTỉnh có 52 tổ công nghệ số tại 52 xã, phường.\n", plan_year=2024)
    assert recs[0].indicator == "tổ công nghệ số"


def test_defence_and_security_is_one_pair_not_two_clauses() -> None:
    recs = read("date 2024-05\nNăm 2024, đơn vị lắp thêm 12 trạm, nâng tổng số trạm phục vụ quốc phòng, an ninh lên 340 trạm.\n",
                plan_year=2024)
    assert recs[-1].value == 340 and "phục vụ quốc phòng, an ninh" in recs[-1].indicator


def test_two_service_levels_joined_by_va_are_one_phrase() -> None:
    recs = read("date 2021-05\nToàn tỉnh có 1.302 thủ tục hành chính cung cấp trực tuyến mức độ 3 và 4 đạt trên 75%.\n",
                plan_year=2021)
    assert [r.value for r in recs] == [1302, 75]
    assert recs[1].indicator.endswith("mức độ 3 và 4")
    # (two counts, each of its level, stay apart)
    recs = read("date 2021-05\nTỉnh có 120 dịch vụ mức 3 và 45 dịch vụ mức 4.\n", plan_year=2021)
    assert [r.indicator for r in recs] == ["dịch vụ mức 3", "dịch vụ mức 4"]


def test_a_stage_written_with_words_or_after_the_number_is_a_time_too() -> None:
    (r,) = read("Trong giai đoạn từ năm 2022 đến năm 2024, huyện đã hỗ trợ 85 hộ sản xuất mở gian hàng trực tuyến.",
                plan_year=None)
    assert "giai đoạn" not in r.indicator and " từ" not in f" {r.indicator}" and "gian hàng" in r.indicator
    (r,) = read("Phấn đấu doanh thu bán lẻ trực tuyến chiếm 12% tổng mức bán lẻ trong giai đoạn 2026 - 2030.",
                plan_year=None)
    assert "giai đoạn" not in r.indicator and "tổng mức bán lẻ" in r.indicator


def test_words_that_reach_past_the_places_are_not_said_twice() -> None:
    recs = read("Có 275 dịch vụ công của 11 sở, ngành đã kết nối Nền tảng thanh toán quốc gia.", plan_year=None)
    assert [r.indicator.count("kết nối") for r in recs] == [1, 1]
    recs = read("Năm 2024, 530 hộ kinh doanh ở 7 chợ đã mở tài khoản thanh toán điện tử.", plan_year=None)
    assert [r.indicator.count("mở tài khoản") for r in recs] == [1, 1]


def test_a_year_written_without_its_word_is_no_part_of_the_wording() -> None:
    recs = read("Phấn đấu đến 2026, mỗi xã, phường có ít nhất 2 thôn thông minh.", plan_year=2025)
    assert [(r.value, r.year, r.indicator) for r in recs] == [(2, 2026, "mỗi xã, phường thôn thông minh")]
    r = read("Mục tiêu của tỉnh Bắc Ninh đến 2030, phấn đấu kinh tế số chiếm 35% GRDP.", plan_year=2025)[0]
    assert "2030" not in r.indicator and "đến" not in r.indicator.split()


def test_a_time_taken_out_of_a_wording_leaves_no_stray_comma() -> None:
    r = read("Xa hơn, đến 2050, mục tiêu của Chính phủ là thương mại điện tử chiếm 40% tổng mức bán lẻ.", plan_year=2025)[0]
    assert ", ," not in r.indicator and " ," not in r.indicator
    assert r.indicator.startswith("Xa hơn, mục tiêu")


def test_a_times_own_words_go_with_it() -> None:
    r = only("Doanh thu kinh tế số nửa đầu năm 2025 đạt 8.500 tỷ đồng.", plan_year=2025)
    assert (r.indicator, r.kind) == ("Doanh thu kinh tế số", "result")
    r = only("Từ đầu năm 2023, đơn vị đã ngừng thu tiền điện tại nhà cho 98% khách hàng.", plan_year=2024)
    assert r.indicator == "đơn vị đã ngừng thu tiền điện tại nhà cho khách hàng"
    r = only("Những tháng đầu năm 2024, tỷ lệ hồ sơ trực tuyến của tỉnh đạt 94,1%.", plan_year=None)
    assert r.indicator == "tỷ lệ hồ sơ trực tuyến của tỉnh"


def test_a_share_named_after_its_value_keeps_the_whole_it_is_of() -> None:
    r = only("Phấn đấu năm 2026 có 85% hồ sơ thủ tục hành chính được số hóa trên tổng số hồ sơ tiếp nhận tại "
             "bộ phận một cửa.", plan_year=2026)
    assert r.indicator == "hồ sơ thủ tục hành chính được số hóa trên tổng số hồ sơ tiếp nhận tại bộ phận một cửa"
    # (a count is not a share: the whole it is counted in is no part of what it counts)
    first = read("Ngành giáo dục đã cập nhật 12.345 mã định danh trên tổng số 13.000 học sinh.", plan_year=2026)[0]
    assert "tổng số" not in first.indicator


def test_a_share_is_worded_with_the_whole_written_after_it() -> None:
    text = ("Năm 2024, tỉnh đã thu nhận 21.000 hồ sơ cấp căn cước cho trẻ em, đạt tỷ lệ 48,2% trên tổng số trẻ em "
            "dưới 6 tuổi của tỉnh.")
    share = [r for r in read(text, plan_year=None) if r.unit == "%"][0]
    assert share.indicator == "thu nhận hồ sơ cấp căn cước cho trẻ em trên tổng số trẻ em dưới 6 tuổi của tỉnh"
    r = only("Phấn đấu số trạm 5G lắp đặt trong năm 2026 đạt tối thiểu 40% so với số lượng trạm 4G hiện có.",
             plan_year=2026)
    assert r.indicator == "số trạm 5G lắp đặt so với số lượng trạm 4G hiện có"


def test_listed_counts_after_a_shared_verb_share_what_the_last_one_did_too() -> None:
    text = "Hiện nay, toàn bộ 20/20 sở, ngành và 150/150 xã, phường đã kết nối với nền tảng tích hợp, chia sẻ dữ liệu của tỉnh."
    recs = read(text, plan_year=2025)
    assert [r.value for r in recs] == [20, 150]
    assert all(r.indicator.endswith("đã kết nối với nền tảng tích hợp, chia sẻ dữ liệu của tỉnh") for r in recs)
    text = "Năm 2024, tỉnh đã ban hành 2 nghị quyết, 5 quyết định và 14 kế hoạch làm cơ sở để triển khai chuyển đổi số."
    assert [r.indicator for r in read(text, plan_year=2025)] == [
        "ban hành nghị quyết làm cơ sở để triển khai chuyển đổi số",
        "ban hành quyết định làm cơ sở để triển khai chuyển đổi số",
        "kế hoạch làm cơ sở để triển khai chuyển đổi số"]


def test_the_value_of_things_counted_through_a_channel_keeps_the_channel() -> None:
    text = "Năm 2023, thanh toán qua kênh điện thoại di động đạt hơn 3 tỷ giao dịch, với giá trị đạt hơn 40 triệu tỷ đồng."
    value = [r for r in read(text, plan_year=None) if r.unit == "other"][0]
    assert "qua kênh điện thoại di động" in value.indicator and value.indicator.startswith("giá trị")


def test_a_rank_whose_clause_opens_on_its_topic_is_named_by_it() -> None:
    text = "Năm 2023, chỉ số DTI của tỉnh xếp thứ 20/63. Về chính quyền số, tỉnh xếp thứ 12, kinh tế số xếp thứ 22."
    ranks = read(text, plan_year=None)
    assert [r.value for r in ranks] == [20, 12, 22]
    assert ranks[1].indicator.startswith("chính quyền số") and ranks[2].indicator.startswith("kinh tế số")
    # (and the topic's pillar, as a lead-in's)
    rank = only("Về cấp độ an toàn thông tin, tỉnh được đánh giá đứng thứ 5 toàn quốc.", plan_year=2024)
    assert rank.indicator.startswith("cấp độ an toàn thông tin") and rank.pillar == "information_security"


def test_a_shares_whole_stops_at_the_deadline_of_the_next_aim() -> None:
    text = "Phấn đấu số trạm 5G đạt 35% so với số lượng trạm 4G hiện có và đến năm 2030 đạt 80%."
    first = read(text, plan_year=2025)[0]
    assert first.indicator == "số trạm 5G so với số lượng trạm 4G hiện có"


def test_the_value_of_things_counted_after_a_check_or_over_years_past_takes_no_channel() -> None:
    text = ("Qua rà soát, năm 2024 toàn huyện có 1.500 hộ kinh doanh thanh toán không dùng tiền mặt, "
            "với tổng giá trị 45 tỷ đồng.")
    value = [r for r in read(text, plan_year=2025) if r.unit == "other"][0]
    assert "rà soát" not in value.indicator
    text = "Trong 3 năm qua các hộ kinh doanh đã thực hiện 25.000 giao dịch, với giá trị 18 tỷ đồng."
    value = [r for r in read(text, plan_year=2025) if r.unit == "other"][0]
    assert value.indicator == "giá trị giao dịch"


def test_the_document_a_measure_is_defined_by_is_no_part_of_its_wording() -> None:
    assert clean_pre("tỷ lệ hồ sơ trực tuyến toàn trình theo Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng "
                     "Chính phủ") == "tỷ lệ hồ sơ trực tuyến toàn trình"
    assert clean_post(" cổng thông tin tuân thủ các quy định tại Nghị định số 42/2022/NĐ-CP") == \
        "cổng thông tin tuân thủ các quy định"
    # (also one that opens the sentence with a capital)
    assert clean_pre("Theo Kế hoạch số 120/KH-UBND ngày 05/4/2023 của UBND tỉnh mỗi xã có tổ công nghệ số cộng "
                     "đồng") == "mỗi xã có tổ công nghệ số cộng đồng"
    # a document named as the thing measured stays
    assert clean_pre("số nghị quyết được ban hành") == "số nghị quyết được ban hành"


def test_the_place_that_has_now_is_no_part_of_what_it_has() -> None:
    assert clean_pre("Toàn huyện hiện nay có") == ""
    assert clean_pre("Cả tỉnh có") == ""
    assert clean_pre("Toàn tỉnh hiện tại có") == ""
    # "hiện đại hóa" is a deed of its own
    assert clean_pre("toàn tỉnh hiện đại hóa") == "hiện đại hóa"


def test_trong_do_opening_a_breakdown_after_the_value_is_no_part_of_its_wording() -> None:
    recs = read("Năm 2024, tỷ lệ văn bản được ký số đạt 91%, trong đó: cấp huyện 95%, cấp xã 85%.", plan_year=None)
    assert [r.indicator for r in recs] == ["tỷ lệ văn bản được ký số"] * 3
    assert clean_post(" trạm phát sóng BTS, trong đó") == "trạm phát sóng BTS"


def test_giao_opens_a_noun_as_well_as_an_aim() -> None:
    assert only("Năm 2022, giao dịch thanh toán qua mã QR đạt 1,2 triệu lượt.", plan_year=None).indicator \
        .startswith("giao dịch thanh toán qua mã QR")
    assert only("Năm 2022, giao diện cổng dịch vụ công được 92% người dùng đánh giá tốt.", plan_year=None).indicator \
        .startswith("giao diện cổng dịch vụ công")


def test_goods_a_list_names_after_its_lead_take_the_amount_the_lead_measures() -> None:
    text = ("date 2023-09\nNăm 2023, nhiều mặt hàng có kim ngạch xuất khẩu tăng, gồm cà phê ước đạt 120 triệu USD (tăng "
            "12%); hồ tiêu 45 triệu USD (tăng 8%); gạo 30,5 triệu USD (tăng 3%); rau quả 18 triệu USD.\n")
    assert [r.indicator for r in read(text, plan_year=None)][1:] == [
        "kim ngạch xuất khẩu hồ tiêu", "kim ngạch xuất khẩu gạo", "kim ngạch xuất khẩu rau quả"]
    # (not a list whose items name measures of their own)
    text = ("date 2023-09\nNăm 2023, kim ngạch xuất khẩu của tỉnh đạt 900 triệu USD, gồm tỷ lệ hàng chế biến 420 triệu "
            "USD; giá trị nông sản 300 triệu USD; doanh thu dịch vụ 180 triệu USD.\n")
    assert not any(r.indicator.startswith("kim ngạch xuất khẩu doanh thu") for r in read(text, plan_year=None))
    # (nor items that name their own kind of the measure)
    text = ("date 2023-09\nVốn đầu tư toàn xã hội tăng mạnh, gồm: vốn ngân sách nhà nước 1.200 tỷ đồng; vốn doanh nghiệp "
            "3.000 tỷ đồng; vốn dân cư 800 tỷ đồng.\n")
    assert not any("vốn đầu tư vốn" in r.indicator for r in read(text, plan_year=None))


def test_the_verb_that_opens_a_part_of_a_whole_is_no_part_of_its_wording() -> None:
    parts = [r for r in read("Năm 2024, tổng vốn của dự án là 120 tỷ đồng, bao gồm vốn ngân sách tỉnh 80 tỷ đồng.",
                             plan_year=None) if r.value == 80e9]
    assert [r.indicator for r in parts] == ["vốn ngân sách tỉnh"]
    assert clean_pre("gồm vốn ngân sách tỉnh") == "vốn ngân sách tỉnh"
