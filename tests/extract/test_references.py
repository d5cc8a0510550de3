"""Records whose own words name nothing borrow what the text named (sentences written for these tests)."""

from __future__ import annotations

import pytest

from tests.extract.helpers import read


def test_a_pronoun_takes_the_rate_the_text_just_named() -> None:
    recs = read("Tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh vẫn chưa đạt mục tiêu. "
                "Đến cuối năm 2025, tỷ lệ này chỉ đạt 41,3%.", plan_year=None)
    assert [(r.value, r.kind) for r in recs] == [(41.3, "result")]
    assert recs[0].indicator.startswith("Tỷ lệ hồ sơ trực tuyến toàn trình")


def test_a_pronoun_after_a_preposition_takes_the_index_a_long_paragraph_before_named() -> None:
    long_para = ("Đối với Chỉ số PAPI, năm 2024 là năm thứ mười lăm khảo sát trải nghiệm của người dân về quản trị và "
                 "hành chính công ở cấp tỉnh, gồm các nội dung tham gia ở cấp cơ sở, công khai minh bạch, trách nhiệm "
                 "giải trình với người dân, kiểm soát tham nhũng trong khu vực công, thủ tục hành chính công, cung ứng "
                 "dịch vụ công, quản trị môi trường và quản trị điện tử; mẫu khảo sát được chọn ngẫu nhiên theo danh "
                 "sách cử tri của từng thôn, tổ dân phố ở các xã, phường được chọn tham gia khảo sát trong năm.\n")
    recs = read(long_para + "Ở chỉ số này, tỉnh Bến Tre dẫn đầu với kết quả đạt 48,2 điểm.", plan_year=None)
    assert recs[-1].indicator.startswith("Chỉ số PAPI")


def test_the_aim_a_result_is_set_against_is_a_target_of_the_same_indicator() -> None:
    recs = read("Năm 2025, tỷ lệ thanh toán không dùng tiền mặt đạt 61,2%, trong khi mục tiêu đề ra là 70%. "
                "Khối doanh nghiệp đạt 80,5% (mục tiêu 85%).", plan_year=None)
    assert [(r.value, r.kind) for r in recs] == [(61.2, "result"), (70, "target"), (80.5, "result"), (85, "target")]
    assert recs[1].indicator == "mục tiêu " + recs[0].indicator
    assert (recs[2].scope, recs[3].scope) == ("Khối doanh nghiệp", "Khối doanh nghiệp")
    assert recs[2].indicator == recs[0].indicator


def test_a_value_after_a_name_is_of_the_rate_the_paragraph_named() -> None:
    recs = read("Về tỷ lệ hồ sơ trực tuyến toàn trình, đứng sau là Nam Giang (57,1%) và Bắc Sơn (52,3%).",
                plan_year=None)
    assert [r.value for r in recs] == [57.1, 52.3]
    assert all("tỷ lệ hồ sơ trực tuyến toàn trình" in r.indicator for r in recs)



def test_values_for_groups_written_after_the_measure_take_the_group_as_scope() -> None:
    recs = read("Tỷ lệ xử lý hồ sơ công việc trên môi trường mạng tại các sở, ngành đạt 92%; "
                "tại các huyện, thị xã đạt 97%; tại các xã, phường đạt 99%.", plan_year=None)
    assert [(r.value, r.scope) for r in recs] == [(92, "sở, ngành"), (97, "huyện, thị xã"), (99, "xã, phường")]
    assert {r.indicator for r in recs} == {"Tỷ lệ xử lý hồ sơ công việc trên môi trường mạng"}


def test_places_values_first_then_the_rate_they_are_of() -> None:
    recs = read("Theo Bộ, đến tháng 9-2024, Bắc Ninh (72%) cùng các tỉnh Hà Nam (70,5%), Yên Bái (68%) là ba "
                "tỉnh dẫn đầu về tỷ lệ hồ sơ nộp trực tuyến.", plan_year=None)
    pct = [r for r in recs if r.unit == "%"]
    assert [r.value for r in pct] == [72, 70.5, 68]
    for r, place in zip(pct, ("Bắc Ninh", "Hà Nam", "Yên Bái")):
        assert "tỷ lệ hồ sơ nộp trực tuyến" in r.indicator and place in r.indicator


def test_places_values_in_brackets_take_the_rate_their_paragraph_named() -> None:
    recs = read("Bắc Ninh dẫn đầu về tỷ trọng kinh tế số trên GRDP với con số lên tới 50,1%. Đứng thứ 2 là "
                "Thái Nguyên với tỷ trọng 40,2%, tiếp theo là Bắc Giang (38,5%), Hải Phòng (27,3%).", plan_year=None)
    by_value = {r.value: r.indicator for r in recs}
    for value, place in ((38.5, "Bắc Giang"), (27.3, "Hải Phòng")):
        assert by_value[value].startswith("tỷ trọng kinh tế số trên GRDP") and by_value[value].endswith(place)
        assert sum(p in by_value[value] for p in ("Bắc Giang", "Hải Phòng", "Thái Nguyên")) == 1


def test_ministries_values_in_brackets_take_the_rate_named_in_the_line_before() -> None:
    text = ("Năm 2024, tỷ lệ hồ sơ trực tuyến toàn trình của cả nước đạt 45,8%.\n"
            "Ba Bộ dẫn đầu về tỷ lệ này là Bộ Công Thương (83,49%), Bộ Tài chính (78,44%) và Bộ Tư pháp (77,66%).\n")
    recs = [r for r in read(text, plan_year=None) if r.value in (83.49, 78.44, 77.66)]
    assert [r.indicator for r in recs] == [f"tỷ lệ hồ sơ trực tuyến toàn trình của cả nước {b}"
                                          for b in ("Bộ Công Thương", "Bộ Tài chính", "Bộ Tư pháp")]


def test_a_value_with_no_words_of_its_own_is_named_by_its_lines_head_before_the_colon() -> None:
    text = ("Kết quả Chỉ số ICT của tỉnh như sau:\n"
            "- Chỉ số hạ tầng nhân lực: tăng 9 bậc so với năm 2021, đạt 0,74 điểm.\n"
            "+ Hạ tầng nhân lực của các cơ quan nhà nước: giảm 3 bậc, đạt 0,55 điểm.\n")
    assert [(r.value, r.indicator) for r in read(text, plan_year=None)] == [
        (0.74, "Chỉ số hạ tầng nhân lực"), (0.55, "Hạ tầng nhân lực của các cơ quan nhà nước")]


def test_a_rate_that_names_nothing_is_the_share_of_what_the_count_before_it_counted() -> None:
    recs = read("Toàn tỉnh đã có 18.240 tài khoản được kích hoạt thành công, đạt tỉ lệ 31,5%.", plan_year=None)
    assert [(r.value, r.indicator) for r in recs] == [
        (18240, "tài khoản được kích hoạt thành công"), (31.5, "tài khoản được kích hoạt thành công")]


def test_values_for_groups_written_after_the_measure_with_cua_split_it() -> None:
    recs = read("Tỷ lệ thủ tục cung cấp dịch vụ công toàn trình của các bộ, ngành đạt 21% và của địa phương là 40%.",
                plan_year=None)
    assert [(r.value, r.scope) for r in recs] == [(21, "các bộ, ngành"), (40, "địa phương")]
    assert {r.indicator for r in recs} == {"Tỷ lệ thủ tục cung cấp dịch vụ công toàn trình"}
    # a share of GDP is no group
    recs = read("Tỷ trọng tăng từ 4,75% của GDP năm 2020 lên 5,01% của GDP năm 2024.", plan_year=None)
    assert {r.scope for r in recs} == {None}


def test_places_values_take_the_component_an_announcement_named_in_quotes() -> None:
    recs = read(
        'Năm 2023, trong 8 lĩnh vực, lĩnh vực "Cải cách thủ tục hành chính" của tỉnh đứng đầu cả nước.\n\n'
        "Tỉnh giữ vị trí dẫn đầu Chỉ số thành phần này. Các địa phương khác có kết quả cao là "
        "Hà Tĩnh (86,12%) và Tây Ninh (85,40%).",
        plan_year=None,
    )
    shares = [r for r in recs if r.unit == "%"]
    assert [r.indicator for r in shares] == [
        "Chỉ số thành phần Cải cách thủ tục hành chính Hà Tĩnh",
        "Chỉ số thành phần Cải cách thủ tục hành chính Tây Ninh",
    ]


def test_values_named_only_by_a_level_take_the_lines_measure_at_that_level() -> None:
    recs = read("Tỷ lệ hồ sơ giải quyết trực tuyến: cấp huyện: 62,37%; cấp xã: 65,88%.", plan_year=None)
    assert [(r.value, r.scope, r.indicator) for r in recs] == [
        (62.37, "cấp huyện", "Tỷ lệ hồ sơ giải quyết trực tuyến"),
        (65.88, "cấp xã", "Tỷ lệ hồ sơ giải quyết trực tuyến"),
    ]


def test_places_points_take_the_index_named_before_as_it_is_called() -> None:
    recs = read(
        "Bảng xếp hạng Chỉ số hiện đại hóa hành chính cấp tỉnh (HĐH Index) năm 2024 được công bố. "
        "Đứng sau tỉnh là các địa phương: Long An (0,7125 điểm), Tây Ninh (0,6983 điểm).",
        plan_year=None,
    )
    assert [(r.value, r.indicator) for r in recs] == [
        (0.7125, "Chỉ số hiện đại hóa hành chính cấp tỉnh (HĐH Index) Long An"),
        (0.6983, "Chỉ số hiện đại hóa hành chính cấp tỉnh (HĐH Index) Tây Ninh"),
    ]


def test_places_in_a_list_of_one_measure_are_named_at_each_value() -> None:
    recs = read("Năm 2024, tỷ lệ thanh toán trực tuyến của các tỉnh cao nhất gồm: Bến Tre (48,2%), Trà Vinh (45,9%).",
                plan_year=None)
    assert [r.indicator for r in recs] == [
        "tỷ lệ thanh toán trực tuyến của các tỉnh cao nhất gồm Bến Tre",
        "tỷ lệ thanh toán trực tuyến của các tỉnh cao nhất gồm Trà Vinh",
    ]


def test_a_wording_its_topic_already_holds_is_not_said_twice() -> None:
    recs = read("Hai tỉnh lần lượt đạt 45% và 50%.", plan_year=None)
    assert [r.indicator for r in recs] == ["Hai tỉnh lần lượt", "Hai tỉnh lần lượt"]


def test_a_later_place_in_a_sentence_keeps_the_ranking_the_sentence_named() -> None:
    recs = read("Bộ chỉ số đánh giá chuyển đổi số (DTI) được công bố hằng năm.\n"
                "Thứ hạng cải cách hành chính của Bộ có lúc xếp 5/17, nhưng có thời điểm rơi xuống 14/17.", plan_year=None)
    assert [r.indicator.startswith("Thứ hạng cải cách hành chính") for r in recs] == [True, True]


def test_a_breakdowns_parts_named_by_the_wholes_first_words_take_its_noun() -> None:
    recs = read("Đến nay có 512 phản ánh kiến nghị. Trong đó, 61 phản ánh chờ xử lý (11,9%); 120 phản ánh đã xử lý.",
                plan_year=None)
    assert [r.indicator for r in recs] == ["phản ánh kiến nghị", "phản ánh kiến nghị chờ xử lý",
                                           "phản ánh kiến nghị chờ xử lý", "phản ánh kiến nghị đã xử lý"]
    # the place counted in is no part of the noun; a longer noun is still a noun
    accounts = read("Tính đến tháng 6/2024, trên địa bàn tỉnh Lạng Sơn có khoảng 1,2 triệu tài khoản thanh toán điện tử "
                    "cá nhân, trong đó có 0,9 triệu tài khoản đang hoạt động.", plan_year=None)
    assert accounts[-1].indicator == "tài khoản thanh toán điện tử cá nhân đang hoạt động"


def test_a_place_contrasted_with_the_one_before_takes_its_fuller_amount() -> None:
    recs = read("Nghệ An là địa phương có số lượng công dân dùng thẻ căn cước đi khám bệnh nhiều nhất với hơn "
                "2 triệu người. Trong khi đó, Lai Châu có số lượng ít nhất với 21.500 công dân.", plan_year=None)
    assert (recs[-1].indicator, recs[-1].op) == ("Lai Châu có số lượng công dân dùng thẻ căn cước đi khám bệnh", "=")


def test_a_rank_alone_in_brackets_after_a_place_is_that_places() -> None:
    recs = read("Về chỉ số đổi mới sáng tạo, đứng sau Hà Nội là Bình Dương (hạng 2), Quảng Ninh (hạng 3) và Đồng Nai (hạng 4).",
                plan_year=None)
    ranks = [(r.value, r.indicator) for r in recs if r.unit == "rank"]
    # (the index the sentence is about names the ranking)
    assert ranks == [(2, "chỉ số đổi mới sáng tạo Bình Dương hạng"), (3, "chỉ số đổi mới sáng tạo Quảng Ninh hạng"),
                     (4, "chỉ số đổi mới sáng tạo Đồng Nai hạng")]
    # in the ranking the text named before, if it named one
    named = read("Bộ công bố kết quả xếp hạng chuyển đổi số năm 2023. Thái Bình vượt xa Hà Giang (thứ 50), Lai Châu (thứ 61).",
                 plan_year=None)
    assert [r.indicator for r in named if r.unit == "rank"] == [
        "kết quả xếp hạng chuyển đổi số Hà Giang thứ", "kết quả xếp hạng chuyển đổi số Lai Châu thứ"]


def test_a_places_score_and_rank_in_one_bracket_are_that_places_in_the_index_the_text_named() -> None:
    recs = read("Bảng xếp hạng Chỉ số năng lực số cấp tỉnh năm 2024 (DCI) vừa được công bố.\n\n"
                "Khu vực Tây Bắc có 6 tỉnh, hai tỉnh dẫn đầu vùng là Sơn La (52,40 điểm, xếp hạng 12) "
                "và Điện Biên (48,15 điểm, hạng 19).", plan_year=None)
    assert [(r.value, r.indicator) for r in recs if r.value != 6] == [
        (52.4, "Chỉ số năng lực số cấp tỉnh Sơn La"), (12, "Chỉ số năng lực số cấp tỉnh Sơn La xếp hạng"),
        (48.15, "Chỉ số năng lực số cấp tỉnh Điện Biên"), (19, "Chỉ số năng lực số cấp tỉnh Điện Biên hạng")]
    # (a sentence about another measure is no index's name: "Chỉ số giá tiêu dùng tháng này tăng 3%")
    other = read("Bảng xếp hạng Chỉ số năng lực số cấp tỉnh năm 2024 (DCI) vừa được công bố. Chỉ số giá tiêu dùng "
                 "tháng này tăng 3%.\nHai tỉnh dẫn đầu là Sơn La (52,40 điểm, xếp hạng 12).", plan_year=None)
    assert all("giá tiêu dùng" not in r.indicator for r in other if r.value in (52.4, 12))


def test_a_measure_named_by_a_bare_head_is_of_what_its_sentence_counted_before() -> None:
    recs = read("Tổng số lượng giao dịch bằng ví điện tử đạt lũy kế hơn 4 triệu với giá trị 2.150 tỷ đồng.", plan_year=None)
    assert recs[-1].value == 2150e9 and recs[-1].indicator.endswith("giá trị")
    assert "giao dịch bằng ví điện tử" in recs[-1].indicator
    speed = read("Phấn đấu 85% người sử dụng có thể truy nhập Internet cố định, tốc độ trung bình 150 Mb/s.", plan_year=None)
    assert "Internet cố định" in speed[-1].indicator and "tốc độ trung bình" in speed[-1].indicator


def test_a_breakdowns_parts_take_what_the_wholes_noun_was_said_to_do() -> None:
    recs = read("Năm 2024, toàn tỉnh có 312 hợp tác xã ứng dụng nền tảng số, trong đó có 120 HTX chăn nuôi, "
                "95 HTX trồng lúa và 97 HTX dịch vụ.", plan_year=None)
    assert [r.indicator for r in recs[1:]] == ["HTX chăn nuôi ứng dụng nền tảng số", "HTX trồng lúa ứng dụng nền tảng số",
                                               "HTX dịch vụ ứng dụng nền tảng số"]
    licensed = read("Đến nay đã có 61 doanh nghiệp được cấp phép cung cấp dịch vụ chứng thực chữ ký số công cộng, "
                    "trong đó có 5 tập đoàn nhà nước và 56 công ty cổ phần.", plan_year=None)
    assert licensed[-1].indicator == "công ty cổ phần được cấp phép cung cấp dịch vụ chứng thực chữ ký số công cộng"
    # parts after "bao gồm" too
    joined = read("Đã có 148 đơn vị kết nối Trục liên thông văn bản của tỉnh, bao gồm 120 cơ quan nhà nước và "
                  "28 doanh nghiệp.", plan_year=None)
    assert [r.indicator for r in joined[1:]] == ["cơ quan nhà nước kết nối Trục liên thông văn bản của tỉnh",
                                                 "doanh nghiệp kết nối Trục liên thông văn bản của tỉnh"]
    # (a part with a verb of its own says what it did)
    own = read("Toàn tỉnh có 312 hợp tác xã ứng dụng nền tảng số, trong đó có 120 HTX đã bán hàng trực tuyến.",
               plan_year=None)
    assert own[-1].indicator == "HTX đã bán hàng trực tuyến"


def test_a_report_a_sentence_opens_with_names_the_ranking_of_its_place() -> None:
    (r,) = read("Theo Báo cáo Chỉ số Đổi mới sáng tạo toàn cầu (GII) năm 2024, Việt Nam đứng thứ 44 trong "
                "133 nền kinh tế.", plan_year=None)
    assert r.unit == "rank" and r.indicator.startswith("Báo cáo Chỉ số Đổi mới sáng tạo toàn cầu")
    # a generic "kết quả đánh giá" names no ranking of its own
    recs = read("Bộ công bố Chỉ số chuyển đổi số năm 2023. Theo kết quả đánh giá, tỉnh đứng thứ 37/63.",
                plan_year=None)
    assert not recs[-1].indicator.startswith("kết quả đánh giá")


def test_a_clause_whose_subject_is_only_a_group_of_agencies_splits_the_rate_before_it() -> None:
    text = ("2. Thanh toán trực tuyến: Tỷ lệ hồ sơ có thanh toán trực tuyến cả nước đạt 38% (cuối năm 2023 "
            "là 21%); bộ, ngành đạt 52% (cuối năm 2023 là 30%); địa phương đạt 26% (cuối năm 2023 là 14%).")
    got = [(r.value, r.scope, r.indicator) for r in read(text, plan_year=None)]
    rate = "Tỷ lệ hồ sơ có thanh toán trực tuyến cả nước"
    assert got == [(38, None, rate), (21, None, rate), (52, "bộ, ngành", rate), (30, "bộ, ngành", rate),
                   (26, "địa phương", rate), (14, "địa phương", rate)]


def test_examples_with_their_values_in_brackets_are_each_of_what_the_lists_lead_names() -> None:
    text = ("Tỷ lệ người dùng các tiện ích như tra cứu hóa đơn (35%), nộp thuế điện tử (22%) và "
            "khai báo hải quan (9%) còn thấp.")
    got = [(r.value, r.indicator) for r in read(text, plan_year=None)]
    assert got[1:] == [(22, "Tỷ lệ người dùng các tiện ích nộp thuế điện tử"),
                       (9, "Tỷ lệ người dùng các tiện ích khai báo hải quan")]


def test_values_for_levels_alone_are_of_the_rate_the_sentence_before_named() -> None:
    text = ("Năm 2023, tỷ lệ hồ sơ công việc cấp tỉnh, cấp huyện được xử lý trên môi trường mạng tiếp tục duy trì "
            "ở mức cao. Đối với cấp tỉnh đạt trên 92%, cấp xã đạt trên 81%.")
    got = [(r.value, r.scope, r.indicator) for r in read(text, plan_year=None)]
    rate = "tỷ lệ hồ sơ công việc cấp tỉnh, cấp huyện được xử lý trên môi trường mạng"
    assert got == [(92, "cấp tỉnh", rate), (81, "cấp xã", rate)]


def test_a_value_restated_in_another_unit_is_of_the_same_measure() -> None:
    got = [(r.value, r.indicator) for r in read(
        "Số thuê bao băng rộng di động ước đạt 1,2 triệu thuê bao; tương đương 95 thuê bao/100 dân.", plan_year=None)]
    assert got[1] == (95, got[0][1]) and "băng rộng di động" in got[0][1]


def test_what_the_opening_clause_is_about_qualifies_each_value_of_the_sentence() -> None:
    recs = read("Với mạng cáp quang, tốc độ tải xuống trung bình đạt 95,2 Mbps, tốc độ tải lên đạt 88,1 Mbps. "
                "Doanh thu cả năm đạt 2.000 tỷ đồng.", plan_year=None)
    assert [r.indicator for r in recs] == ["mạng cáp quang tốc độ tải xuống trung bình",
                                           "mạng cáp quang tốc độ tải lên", "Doanh thu cả năm"]
    # a lead-in on a topic of one pillar names it
    assert {r.pillar for r in read("Với dịch vụ viễn thông, doanh thu đạt 150.000 tỷ đồng, lợi nhuận đạt 40.000 "
                                   "tỷ đồng.", plan_year=None)} == {"digital_infrastructure"}
    # a level opening the sentence is its scope's, not its topic, and a framing is neither
    assert read("Với sự vào cuộc của cả hệ thống chính trị, 120 xã đã có Tổ công nghệ số.",
                plan_year=None)[0].indicator == "xã đã có Tổ công nghệ số"
    assert [r.indicator for r in read("Đối với cấp xã, tỷ lệ hồ sơ trực tuyến đạt 70%.", plan_year=None)] == [
        "tỷ lệ hồ sơ trực tuyến"]


def test_this_figure_names_the_count_just_given() -> None:
    before, after = read("Năm 2023, tỉnh đón 1,5 triệu lượt khách du lịch, đến năm 2024 con số này đã lên tới "
                         "hơn 2 triệu lượt.", plan_year=None)
    assert after.value == 2_000_000 and "khách du lịch" in after.indicator
    # after a forecast's lead too
    _, aim = read("Năm 2024 toàn quốc có 51.200 doanh nghiệp công nghệ số, dự kiến con số này sẽ tăng lên 58.000 "
                  "doanh nghiệp vào năm 2025.", plan_year=None)
    assert aim.value == 58_000 and aim.indicator.startswith("doanh nghiệp công nghệ số")


def test_an_aim_in_brackets_beside_a_result_is_that_years_aim_in_any_of_its_forms() -> None:
    recs = read("KẾ HOẠCH CHUYỂN ĐỔI SỐ NĂM 2025\nPhần I. ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NĂM 2024\nTỷ lệ hồ sơ trực tuyến "
                "toàn trình đạt 45,2% (chỉ tiêu giao 40%); tỷ lệ số hóa hồ sơ đạt 70% (KH 80%).\n", plan_year=2025)
    assert [(r.value, r.kind, r.year) for r in recs] == [
        (45.2, "result", 2024), (40, "target", 2024), (70, "result", 2024), (80, "target", 2024)]
    assert recs[3].indicator == "mục tiêu tỷ lệ số hóa hồ sơ"


def test_a_count_of_teams_by_their_head_noun_counts_the_teams_named_in_full_before() -> None:
    recs = read("date 2022-09\nHuyện triển khai thành lập các Tổ công nghệ số cộng đồng từ tháng 4/2022. Toàn huyện "
                "hiện có 196 tổ với hơn 1.300 thành viên. Tổ dân phố số 5 có 40 hộ dùng ví điện tử.\n", plan_year=2022)
    teams, members, households = recs
    assert teams.indicator == "Tổ công nghệ số cộng đồng"
    assert members.indicator == "thành viên Tổ công nghệ số cộng đồng"
    assert "dân phố" in households.indicator  # another kind of "tổ" is not the teams


def test_must_states_an_aim() -> None:
    (r,) = read("date 2024-12\nĐể đạt chuẩn nâng cao, mỗi huyện phải có ít nhất 1 xã nông thôn mới thông minh.\n")
    assert (r.kind, r.op) == ("target", ">=")
    recs = read("date 2023-05\nCác tỷ lệ mới chỉ đạt 48,2% và 52,6%, so với mục tiêu phải đạt 80% và 60%.\n")
    assert [(r.value, r.kind) for r in recs] == [(48.2, "result"), (52.6, "result"), (80, "target"), (60, "target")]
    assert recs[3].indicator == "mục tiêu tỷ lệ"  # (not "mục tiêu mục tiêu …")


def test_another_kind_of_team_keeps_its_name() -> None:
    recs = read("date 2022-09\nTỉnh có các Tổ công nghệ số cộng đồng. Huyện có 35 tổ hòa giải và 120 tổ ở cấp thôn.\n")
    assert "hòa giải" in recs[0].indicator and "công nghệ" not in recs[0].indicator


def test_this_rate_names_the_rate_of_service_levels_the_sentence_before_gave() -> None:
    text = ("Tỷ lệ dịch vụ công trực tuyến mức độ 3, 4 năm 2022 đạt 72% (khoảng 90.000 dịch vụ). "
            "Tỷ lệ này năm 2021 là gần 60%.")
    recs = read(text, plan_year=None)
    assert recs[-1].value == 60 and recs[-1].indicator.lower() == "tỷ lệ dịch vụ công trực tuyến mức độ 3, 4"


def test_places_counts_in_brackets_are_of_what_the_sentence_says_they_count() -> None:
    text = ("Dẫn đầu về số tài khoản định danh được kích hoạt là Thanh Hóa (1,9 triệu tài khoản) và Nghệ An "
            "(1,7 triệu tài khoản). Các tỉnh như Lai Châu (80.200 tài khoản), Bắc Kạn (95.000 tài khoản),... "
            "là những địa phương có số tài khoản được kích hoạt thấp nhất.")
    recs = read(text, plan_year=None)
    assert [r.indicator for r in recs] == [
        "số tài khoản định danh được kích hoạt Thanh Hóa", "số tài khoản định danh được kích hoạt Nghệ An",
        "số tài khoản được kích hoạt Lai Châu", "số tài khoản được kích hoạt Bắc Kạn"]


def test_values_worded_only_by_when_are_of_the_rate_named_before() -> None:
    text = ("Tỷ lệ thanh toán không dùng tiền mặt tại bệnh viện tăng nhanh. Cụ thể, cuối năm 2023 là 41%, "
            "nhưng tháng 3.2024 tăng lên 48%; tháng 5 là 52%.")
    recs = read(text, plan_year=None)
    assert [r.value for r in recs] == [41, 48, 52]
    assert all(r.indicator.lower().startswith("tỷ lệ thanh toán không dùng tiền mặt") for r in recs)


def test_this_rate_after_a_share_whose_words_name_no_rate_is_that_share() -> None:
    a, b = read("Tỉnh phấn đấu năm 2026 có ít nhất 70% hộ kinh doanh dùng thanh toán số; tỷ lệ này đến năm 2027 "
                "là 90%.", plan_year=2026)
    assert (a.indicator, b.indicator) == ("hộ kinh doanh dùng thanh toán số", "hộ kinh doanh dùng thanh toán số")
    assert (b.value, b.year) == (90, 2027)


@pytest.mark.parametrize("text, wording", [
    ("Đến nay, tỉnh có hơn 1,2 triệu công dân (trong đó trẻ em hơn 300 nghìn) đã được cấp số định danh.",
     "công dân đã được cấp số định danh"),
    ("Hiện có gần 4.500 doanh nghiệp, tương đương 22% tổng số doanh nghiệp của tỉnh, đã ứng dụng AI.",
     "doanh nghiệp đã ứng dụng AI"),
])
def test_counted_things_did_what_is_said_after_an_aside(text: str, wording: str) -> None:
    assert read(text, plan_year=None)[0].indicator == wording


def test_a_topic_opened_with_ve_qualifies_the_values_of_its_sentence() -> None:
    text = "Về băng rộng cố định, số thuê bao đạt 24,1 trên 100 dân, tăng 5,2% so với cùng kỳ."
    assert read(text, plan_year=None)[0].indicator.startswith("băng rộng cố định")


def test_a_share_worded_only_by_its_total_is_the_share_of_what_was_just_counted() -> None:
    count, share = read("Đến nay, xã có 212 hộ gia đình được lắp camera an ninh kết nối Internet, "
                        "đạt 83,5% tổng số hộ gia đình của xã.", plan_year=None)
    assert (count.unit, share.unit) == ("count", "%")
    assert share.indicator.startswith(count.indicator)
    assert share.indicator.endswith("so với tổng số hộ gia đình của xã")


@pytest.mark.parametrize("text, named", [
    ("Theo Báo cáo Chỉ số Sẵn sàng AI của Chính phủ, Việt Nam được xếp hạng 49/193 quốc gia.",
     "Báo cáo Chỉ số Sẵn sàng AI của Chính phủ"),
    ("Ngân hàng Thế giới vừa công bố Chỉ số Hiệu quả logistics năm 2023. Việt Nam xếp hạng 43/139 nền kinh tế.",
     "Chỉ số Hiệu quả logistics"),
])
def test_a_rank_that_says_only_it_is_ranked_takes_the_ranking_its_sentence_names(text: str, named: str) -> None:
    (r,) = read(text, plan_year=None)
    assert (r.unit, r.value) == ("rank", float(text.split(" xếp hạng ")[1].split("/")[0]))
    assert r.indicator.startswith(named)


def test_a_score_takes_the_index_its_sentence_names_after_it() -> None:
    (r,) = read("Năm 2023, ngành y tế của tỉnh đạt 0,4412 điểm, tăng 9 bậc về Chỉ số Sẵn sàng số (DRI).",
                plan_year=None)
    assert (r.value, r.unit_text) == (0.4412, "điểm")
    assert r.indicator.startswith("Chỉ số Sẵn sàng số (DRI)")


def test_a_ranking_named_by_no_index_after_a_rank_is_not_its_name() -> None:
    recs = read("Chỉ số DTI của tỉnh Nam Sơn năm 2024 tăng mạnh.\nVị trí thứ 3 trong bảng xếp hạng thuộc về "
                "tỉnh Bắc Hà.", plan_year=None)
    assert recs[-1].unit == "rank" and not recs[-1].indicator.startswith("bảng xếp hạng thuộc về")


def test_places_of_a_ranked_list_each_keep_their_own_name_only() -> None:
    recs = read("Kết quả Chỉ số Năng lực số cấp tỉnh năm 2025 (DCI) vừa được công bố. Cụ thể, 2 địa phương dẫn đầu "
                "là Hà Nội xếp hạng 1 và Đà Nẵng xếp hạng 2. Các địa phương tiếp theo gồm: Quảng Ninh xếp hạng 3 "
                "(năm 2024 xếp hạng 6), Cần Thơ xếp hạng 4 (năm 2024 xếp hạng 3), Bình Dương xếp hạng 5.",
                plan_year=None)
    ranks = [r for r in recs if r.unit == "rank"]
    assert [(r.value, r.year) for r in ranks][2:] == [(3, 2025), (6, 2024), (4, 2025), (3, 2024), (5, 2025)]
    quang_ninh, earlier, can_tho, _, binh_duong = ranks[2:]
    assert "Quảng Ninh" in quang_ninh.indicator and "Quảng Ninh" in earlier.indicator
    assert "Cần Thơ" in can_tho.indicator and "Quảng Ninh" not in can_tho.indicator
    assert "Bình Dương" in binh_duong.indicator and "Cần Thơ" not in binh_duong.indicator
    assert all(r.indicator.startswith("Chỉ số Năng lực số") for r in ranks)


def test_a_places_bracketed_count_of_what_the_sentence_counted_before_is_that_count_there() -> None:
    total, first, second = read("Đến nay toàn tỉnh đã có 48 điểm phát wifi công cộng miễn phí, trong đó nhiều nhất "
                                "là thị xã Phú Mỹ (15 điểm), huyện Long Điền (11 điểm).", plan_year=None)
    assert [r.value for r in (total, first, second)] == [48, 15, 11]
    assert first.indicator.startswith(total.indicator) and first.indicator.endswith("Phú Mỹ")
    assert second.indicator.startswith(total.indicator) and "Phú Mỹ" not in second.indicator


@pytest.mark.parametrize("text", [
    # a rate named between the count and the share is the share's: here its complement
    "Hiện còn 45/1.820 thôn chưa có Internet cáp quang (tỷ lệ phủ cáp quang đạt 97,5% tổng số thôn của tỉnh).",
    # a total that says something of its own is a share of that
    "Năm 2024, tỉnh tiếp nhận 85.000 hồ sơ trực tuyến, trong đó 92% tổng số hồ sơ được giải quyết đúng hạn.",
])
def test_a_share_of_a_total_is_not_the_counts_when_it_says_its_own_measure(text: str) -> None:
    count, share = read(text, plan_year=None)
    assert not share.indicator.startswith(count.indicator)


def test_a_score_in_a_sentence_of_no_ranking_takes_no_index_from_the_sentence_before() -> None:
    (r,) = read("Chỉ số DTI của tỉnh năm 2024 tăng mạnh. Học sinh của trường đạt bình quân 8,5 điểm ở kỳ thi "
                "tin học.", plan_year=None)
    assert "DTI" not in r.indicator


def test_a_bracketed_count_after_a_technology_is_no_places() -> None:
    _, g3, g4 = read("Tỉnh có 3.700 trạm BTS, gồm 3G (1.521 trạm) và 4G (2.191 trạm).", plan_year=None)
    assert "3G" in g3.indicator and "4G" in g4.indicator


def test_an_index_named_across_numbers_is_no_name_for_a_rank() -> None:
    rank = read("Chỉ số DTI 2024 của tỉnh Nam Sơn có giá trị 0,6512, tăng trưởng giá trị 12,4% so với DTI 2023 "
                "(0,5791), tăng trưởng giá trị cả nước xếp hạng 9/34 tỉnh, thành phố.", plan_year=None)[-1]
    assert rank.unit == "rank" and not any(ch.isdigit() for ch in rank.indicator)


def test_the_damage_done_is_of_what_the_sentence_counted() -> None:
    count, damage = read("Năm 2025, công an tỉnh tiếp nhận 320 phản ánh lừa đảo trên không gian mạng, gây thiệt hại "
                         "hơn 45 tỷ đồng.", plan_year=None)
    assert damage.indicator == f"{count.indicator} thiệt hại"
    # (damage with no count before it keeps its own words)
    (storm,) = read("Cơn bão đã gây thiệt hại hơn 500 tỷ đồng.", plan_year=None)
    assert storm.indicator == "Cơn bão đã gây thiệt hại"
    # (a loss not said to be done by them, "tổng thiệt hại", is not theirs)
    _, loss = read("Hệ thống đã ngăn chặn 12.000 cuộc tấn công mạng, tổng thiệt hại ước tính 40 tỷ đồng.",
                   plan_year=None)
    assert loss.indicator == "tổng thiệt hại"


def test_a_list_items_index_topic_before_its_colon_names_its_score_and_rank() -> None:
    text = ("Kết quả xếp hạng ICT Index năm 2020 của tỉnh:\n"
            "- Về chỉ số Hạ tầng nhân lực: Được đánh giá trên hai thành phần. Với điểm số chung là 0,6120 điểm, "
            "xếp hạng 18/63.\n")
    recs = read(text, plan_year=None)
    assert [r.value for r in recs] == [0.612, 18]
    assert all(r.indicator.startswith("chỉ số Hạ tầng nhân lực") for r in recs)


def test_a_rank_naming_no_ranking_takes_the_index_the_pages_title_names() -> None:
    text = ("Chỉ số sẵn sàng cho phát triển và ứng dụng CNTT (ICT Index) tỉnh Hòa Bình năm 2020\n\n"
            "Theo bảng xếp hạng vừa công bố thì tỉnh đã vào top 15/63 tỉnh, thành phố; tăng 6 bậc so với năm 2019 (21/63).\n")
    recs = read(text, plan_year=None)
    assert [(r.value, r.year) for r in recs][-1] == (21, 2019)
    assert all("ICT Index" in r.indicator for r in recs)


def test_a_place_ranked_after_another_borrows_no_words_of_the_place_before() -> None:
    text = "Theo đó, Đà Nẵng đứng đầu với 0,7690 điểm; Hải Phòng xếp thứ 2 với 0,7512 điểm và Cần Thơ xếp thứ 3 với 0,7420 điểm."
    ranks = [r for r in read(text, plan_year=None) if r.unit == "rank"]
    assert [(r.value, r.indicator) for r in ranks] == [(2, "Hải Phòng xếp thứ"), (3, "Cần Thơ xếp thứ")]


def test_a_level_and_the_noun_counted_before_split_that_measure_by_level() -> None:
    recs = read("Mỗi nhóm hỗ trợ kỹ năng số cấp xã có 7 thành viên; cấp thôn từ 3 - 5 thành viên.", plan_year=2025)
    assert [(r.indicator, r.scope) for r in recs] == [("Mỗi nhóm hỗ trợ kỹ năng số thành viên", "cấp xã"),
                                                      ("Mỗi nhóm hỗ trợ kỹ năng số thành viên", "cấp thôn")]
    # (scores by level, each said in full, keep them too)
    recs = read("Chỉ số cải cách hành chính cấp sở có điểm trung bình là 82,4 điểm; cấp huyện có điểm trung bình là "
                "79,1 điểm.", plan_year=None)
    assert [r.scope for r in recs] == ["cấp sở", "cấp huyện"]


def test_a_share_that_a_count_makes_of_a_total_after_it_is_that_counts_rate() -> None:
    recs = read("date 2024-05\nNăm 2024, số hồ sơ thanh toán trực tuyến là 42.300 và tổng số hồ sơ có phí là 60.000, "
                "chiếm 70,5%.\n", plan_year=2024)
    assert recs[2].value == 70.5 and recs[2].indicator == "tỷ lệ hồ sơ thanh toán trực tuyến"
    # (a share that is not that ratio keeps its own reading)
    recs = read("date 2024-05\nNăm 2024, số hồ sơ thanh toán trực tuyến là 42.300 và tổng số hồ sơ có phí là 60.000, "
                "chiếm 35%.\n", plan_year=2024)
    assert recs[2].indicator != "tỷ lệ hồ sơ thanh toán trực tuyến"


def test_a_count_of_things_named_by_their_acronym_alone_borrows_nothing() -> None:
    text = ("Năm 2023, cấp xã có 2 TTHC giải quyết ở mức độ 4 và 140 TTHC giải quyết ở mức độ 2.\n \n"
            "Toàn huyện hiện nay có 396 TTHC, trong đó có 250 TTHC cấp huyện.\n")
    assert [r.indicator for r in read(text, plan_year=None) if r.value == 396] == ["TTHC"]


def test_places_listed_in_a_bracket_after_the_wholes_value_take_its_measure() -> None:
    text = ("Đến nay, tỉ lệ hồ sơ thanh toán trực tuyến toàn tỉnh đạt 71,4% (TP. Đông Hà 65,2%; thị xã Quảng Trị "
            "58,9%; các huyện: Gio Linh 52,3%; Vĩnh Linh 49,8%).")
    recs = read(text, plan_year=None)
    assert [r.indicator for r in recs[1:]] == [
        "tỉ lệ hồ sơ thanh toán trực tuyến TP. Đông Hà", "tỉ lệ hồ sơ thanh toán trực tuyến thị xã Quảng Trị",
        "tỉ lệ hồ sơ thanh toán trực tuyến Gio Linh", "tỉ lệ hồ sơ thanh toán trực tuyến Vĩnh Linh"]


def test_places_in_a_bracket_replace_a_whole_named_without_toan() -> None:
    # ("… của tỉnh đạt 45% (TP. Tuy Hòa 60%, …)": the whole is "of the province", not "toàn tỉnh")
    text = "Tỷ lệ người dân dùng ví điện tử của tỉnh đạt 41,5% (TP. Bảo Lộc 57,3%; huyện Cát Tiên 22,8%)."
    assert [r.indicator for r in read(text, plan_year=None)[1:]] == [
        "Tỷ lệ người dân dùng ví điện tử TP. Bảo Lộc", "Tỷ lệ người dân dùng ví điện tử huyện Cát Tiên"]
    text = "Tỷ lệ hộ gia đình có cáp quang trên địa bàn tỉnh đạt 76% (thị xã Ba Đồn 81%; huyện Minh Hóa 54%)."
    assert [r.indicator for r in read(text, plan_year=None)[1:]] == [
        "Tỷ lệ hộ gia đình có cáp quang thị xã Ba Đồn", "Tỷ lệ hộ gia đình có cáp quang huyện Minh Hóa"]


def test_a_share_alone_in_a_bracket_after_a_count_is_of_what_the_count_counts() -> None:
    text = ("Năm 2025, 52 trạm y tế xã đã triển khai hồ sơ sức khỏe điện tử (đạt 100%), hoàn thành trước 2 tháng "
            "so với kế hoạch.")
    recs = read(text, plan_year=None)
    assert [r.value for r in recs] == [52, 100]
    assert recs[1].indicator == recs[0].indicator


def test_levels_or_bodies_listed_in_a_bracket_after_the_wholes_value_take_its_measure() -> None:
    recs = read("Năm 2024, tỷ lệ hồ sơ trực tuyến toàn tỉnh đạt 58,3% (cấp tỉnh 66,1%; cấp huyện 55,2%; cấp xã "
                "49,9%).", plan_year=None)
    assert [(r.indicator, r.scope) for r in recs[1:]] == [
        ("tỷ lệ hồ sơ trực tuyến", "cấp tỉnh"), ("tỷ lệ hồ sơ trực tuyến", "cấp huyện"),
        ("tỷ lệ hồ sơ trực tuyến", "cấp xã")]
    recs = read("Năm 2024, tỷ lệ văn bản đi được ký số đạt 96% (Sở Tư pháp 100%; Sở Y tế 97%).", plan_year=None)
    assert [r.indicator for r in recs[1:]] == ["tỷ lệ văn bản đi được ký số Sở Tư pháp",
                                               "tỷ lệ văn bản đi được ký số Sở Y tế"]


def test_a_bare_total_of_points_borrows_its_sentences_wording_and_lends_no_place() -> None:
    text = ("Đơn vị đứng thứ 2 trong bảng xếp hạng kết quả đánh giá Bộ chỉ số phục vụ người dân, doanh nghiệp là UBND "
            "tỉnh Bắc Kạn, với tổng 81,25 điểm. Tiếp theo là UBND tỉnh Lào Cai (80,9 điểm).")
    recs = {r.value: r for r in read(text, plan_year=None)}
    assert "Bộ chỉ số phục vụ người dân" in recs[81.25].indicator
    assert "Bắc Kạn" in recs[81.25].indicator
    assert "Lào Cai" in recs[80.9].indicator and "Bắc Kạn" not in recs[80.9].indicator


def test_a_part_that_opens_with_its_wholes_label_keeps_its_words_once() -> None:
    text = ("Năm 2024, học phí được thu không dùng tiền mặt ở các cấp học như sau: Cấp mầm non 95/95 trường đã triển "
            "khai, trong đó 60 trường triển khai ít nhất 3 hình thức (đạt 63,2%).")
    recs = {r.value: r for r in read(text, plan_year=None)}
    assert recs[60].indicator == "Cấp mầm non trường triển khai"
    assert recs[63.2].indicator.count("non") == 1 and "hình thức" in recs[63.2].indicator


def test_an_earlier_value_in_the_bracket_of_a_comparison_is_of_the_same_measure() -> None:
    text = ("Trong tháng 6/2024, doanh thu dịch vụ bưu chính của tỉnh ước đạt 1.250 tỷ đồng, tăng 8% so với tháng "
            "trước (tháng 5/2024 đạt 1.157 tỷ đồng) và tăng 12% so với cùng kỳ (tháng 6/2023 là 1.116 tỷ đồng).")
    recs = {r.value: r for r in read(text, plan_year=None)}
    assert recs[1157e9].indicator == "doanh thu dịch vụ bưu chính của tỉnh tháng 5/2024"
    assert recs[1116e9].indicator == "doanh thu dịch vụ bưu chính của tỉnh tháng 6/2023"


def test_a_rank_after_its_score_names_the_scored_thing_once() -> None:
    recs = read("Năm 2021, một số chỉ số nổi bật như: Hạ tầng kỹ thuật đạt 18,25 điểm, xếp thứ 6 cả nước.",
                plan_year=None)
    assert [(r.value, r.indicator) for r in recs] == [(18.25, "Hạ tầng kỹ thuật"), (6, "Hạ tầng kỹ thuật xếp thứ")]


def test_an_earlier_value_in_a_comparison_s_bracket_drops_its_verb_co() -> None:
    text = ("Số thuê bao băng rộng di động đạt 1,5 triệu thuê bao, tăng 10% so với năm trước (năm 2022 có 1,36 triệu "
            "thuê bao).")
    assert [r.indicator for r in read(text, plan_year=None)] == ["Số thuê bao băng rộng di động",
                                                                 "Số thuê bao băng rộng di động năm 2022"]


def test_a_value_compared_with_the_year_before_is_of_the_year_after_the_brackets() -> None:
    recs = read("Toàn tỉnh đạt 820 nghìn tài khoản thanh toán di động, tăng 15% so với năm trước (năm 2023 có 713 "
                "nghìn tài khoản).", plan_year=None)
    assert [(r.value, r.year) for r in recs] == [(820000, 2024), (713000, 2023)]


def test_a_bare_measure_of_an_owner_takes_what_the_measure_before_it_was_of() -> None:
    recs = read("Năm 2025, doanh thu dịch vụ viễn thông của tỉnh đạt 820 tỷ đồng, tăng 6% so với năm 2024, "
                "nộp ngân sách 95 tỷ đồng.", plan_year=None)
    assert [r.indicator for r in recs] == ["doanh thu dịch vụ viễn thông của tỉnh",
                                           "nộp ngân sách dịch vụ viễn thông của tỉnh"]
    # not what a growth said it grew by
    recs = read("Năm 2025, doanh thu tăng trưởng 7,5%, nộp ngân sách ước đạt 95 tỷ đồng.", plan_year=None)
    assert recs[-1].indicator == "nộp ngân sách"
    # nor a trade's turnover after a service's revenue
    recs = read("Năm 2025, doanh thu dịch vụ viễn thông đạt 2.000 tỷ đồng, kim ngạch xuất khẩu đạt 1,5 tỷ USD.",
                plan_year=None)
    assert recs[-1].indicator == "kim ngạch xuất khẩu"


def test_the_plans_rise_in_a_bracket_after_a_reported_rise_is_an_aim_of_that_rise() -> None:
    recs = read("date 2024-12-20\nNăm 2024, tổng mức bán lẻ hàng hóa đạt hơn 75.200 tỷ đồng, tăng 12,94% so với cùng kỳ "
                "(kế hoạch năm 11,31%).", plan_year=None)
    aim = [r for r in recs if r.unit == "%"]
    assert [(r.kind, r.op, r.value, r.year, r.indicator) for r in aim] == [
        ("target", ">=", 11.31, 2024, "tổng mức bán lẻ hàng hóa tăng")]


def test_the_plan_in_a_bracket_is_of_the_year_it_names() -> None:
    # (not the year the reported rise was compared with)
    recs = read("Năm 2023, tỷ lệ hồ sơ trực tuyến đạt 65%, tăng 15% so với năm 2022 (kế hoạch năm 2023 là 60%).", plan_year=None)
    assert [(r.kind, r.value, r.year) for r in recs] == [("result", 65, 2023), ("target", 60, 2023)]
