"""Headings and leads that name a pillar, by its name or by a topic of one pillar (pillars.py)."""

from __future__ import annotations

import pytest

from muctieu.extract.pillars import heading_pillars, subject_pillar, title_pillars
from tests.extract.helpers import read


@pytest.mark.parametrize("heading", ["Tăng tốc phổ cập 5G", "Phổ cập dịch vụ 4G", "Mạng 5G"])
def test_a_heading_on_mobile_generations_names_digital_infrastructure(heading: str) -> None:
    assert heading_pillars(heading) == ["digital_infrastructure"]
    assert heading_pillars("Cấp phát 245g thuốc") is None  # (not a digit run ending in "g")


def test_the_records_under_such_a_heading_take_its_pillar() -> None:
    text = ("date 2025-11\nTăng tốc phổ cập 5G\n\nTheo kế hoạch, năm nay 90% dân số được phủ sóng 5G, "
            "với hơn 60.000 trạm.\n")
    assert {r.pillar for r in read(text, plan_year=2025)} == {"digital_infrastructure"}


def test_a_line_that_says_what_was_achieved_in_one_pillar_opens_the_results_after_it() -> None:
    text = ("date 2024-03\nTheo đó, tỉnh tập trung xây dựng chính quyền điện tử và đạt được kết quả nổi bật.\n"
            "Tỷ lệ dịch vụ công trực tuyến toàn trình đạt 82,5%; tỷ lệ hồ sơ xử lý điện tử đạt 71,2%.\n")
    assert [r.pillar for r in read(text, plan_year=2024)] == ["digital_government", "digital_government"]


def test_a_lead_in_that_names_an_aspect_names_its_pillar() -> None:
    assert heading_pillars("Về mặt nhân lực, tỉnh hiện có ", bare=False) == ["digital_human_resources"]
    assert heading_pillars("Về mặt hạ tầng số, ", bare=False) == ["digital_infrastructure"]


def test_a_group_of_criteria_named_for_a_pillar_labels_the_values_after_its_colon() -> None:
    text = ("Nhóm hạ tầng số (mạng viễn thông, hạ tầng dữ liệu): Tỷ lệ hộ có cáp quang đạt 90%; "
            "98% thôn được phủ sóng 4G.\n")
    assert [r.pillar for r in read(text, plan_year=None)] == ["digital_infrastructure"] * 2
    assert heading_pillars("Nhóm nội dung chính quyền số") == ["digital_government"]


def test_a_heading_on_a_topic_that_serves_a_pillar_named_later_names_that_pillar() -> None:
    assert heading_pillars("Đầu tư hạ tầng, thiết bị bảo đảm an toàn thông tin") == ["information_security"]
    assert heading_pillars("Đầu tư hạ tầng, thiết bị") == ["digital_infrastructure"]  # (none served: the topic's)


def test_a_short_title_set_off_by_a_blank_line_names_its_pillar_even_with_a_full_stop() -> None:
    text = "Đồng Nai xếp hạng 6 về chỉ số thương mại điện tử.\n\nNăm 2024, tỉnh đạt 48,2 điểm EBI, tăng 2 bậc.\n"
    recs = read(text, plan_year=None)
    assert recs and all(r.pillar == "digital_economy" for r in recs)


@pytest.mark.parametrize("heading, pillar", [
    ("1.2. Kết quả phát triển chính quyền số", "digital_government"),
    ("II. Kết quả phát triển kinh tế số:", "digital_economy"),
])
def test_a_results_heading_on_one_pillar_names_it(heading: str, pillar: str) -> None:
    assert heading_pillars(heading) == [pillar]


def test_the_short_name_of_e_commerce_names_the_digital_economy() -> None:
    # "hạ tầng" alone is a topic of the infrastructure pillar; "TMĐT" names the economy's own
    assert heading_pillars("+ Xây dựng hạ tầng TMĐT") == ["digital_economy"]


@pytest.mark.parametrize("title", ["Ookla xếp hạng mạng di động nhanh nhất quý 3",
                                   "Tốc độ internet di động của Việt Nam tiếp tục tăng"])
def test_a_title_on_mobile_networks_or_internet_speed_names_digital_infrastructure(title: str) -> None:
    text = f"{title}\n\nTrong quý, tốc độ tải xuống trung bình đạt 71,4 Mb/giây, độ trễ 28 ms.\n"
    recs = read(text, plan_year=None)
    assert len(recs) == 2 and all(r.pillar == "digital_infrastructure" for r in recs)


@pytest.mark.parametrize("heading", ["Đẩy mạnh đầu tư hạ tầng số", "Tăng tốc đầu tư, hướng đến phủ sóng toàn tỉnh"])
def test_a_heading_on_investing_in_a_pillars_topic_names_it(heading: str) -> None:
    assert heading_pillars(heading) == ["digital_infrastructure"]
    assert heading_pillars("Đầu tư 200 tỷ đồng") is None


@pytest.mark.parametrize("heading, pillar", [
    ("2.1. Chuyển đổi nhận thức", "digital_awareness"),
    ("a) Nâng cao nhận thức", "digital_awareness"),
    ("2.2. Kiến tạo thể chế", "digital_institutions"),
    ("2. Về hoàn thiện chính sách, quy định cho chuyển đổi số", "digital_institutions"),
    ("2.6. Đào tạo, phát triển nhân lực", "digital_human_resources"),
    ("5. Tạo lập niềm tin, bảo đảm an toàn an ninh mạng", "information_security"),
])
def test_the_programmes_own_task_headings_name_their_pillars(heading: str, pillar: str) -> None:
    assert heading_pillars(heading) == [pillar]
    # a pillar's own name still outweighs the topic word
    assert heading_pillars("Nâng cao nhận thức về an toàn thông tin") == ["information_security"]


def test_targets_under_a_task_heading_of_the_programme_take_its_pillar() -> None:
    text = ("KẾ HOẠCH CHUYỂN ĐỔI SỐ NĂM 2025\n2. Mục tiêu cụ thể\n2.1. Chuyển đổi nhận thức\n"
            "- 100% cán bộ, công chức được phổ biến kiến thức về chuyển đổi số.\n2.2. Kiến tạo thể chế\n"
            "- Ban hành 02 văn bản quy định về quản lý dữ liệu.\n")
    assert [r.pillar for r in read(text, plan_year=2025)] == ["digital_awareness", "digital_institutions"]


@pytest.mark.parametrize("heading, pillar", [
    ("3. Hoàn thiện hành lang pháp lý", "digital_institutions"),
    ("b) Bồi dưỡng nhân lực chuyển đổi số", "digital_human_resources"),
])
def test_more_task_headings(heading: str, pillar: str) -> None:
    assert heading_pillars(heading) == [pillar]


def test_a_pages_section_label_over_the_headline_leaves_the_title_to_the_headline() -> None:
    text = ("Tin địa phương\nTỉnh Đông Sơn tăng tốc xây dựng chính quyền số\n"
            "Đến nay, 98% hồ sơ công việc cấp tỉnh được xử lý trên môi trường mạng.\n")
    assert [r.pillar for r in read(text, plan_year=None)] == ["digital_government"]
    # a headline of its own, however short, is no section label: the line under it is not the title
    assert title_pillars("Chuyển đổi số: Đông Sơn dẫn đầu\nKinh tế số Đông Sơn tăng mạnh trong năm\n") == []
    # a first line that names a pillar is still the title
    text = "Kinh tế số của Đông Sơn\nThu nhập từ du lịch tăng mạnh\nDoanh thu đạt 900 tỷ đồng.\n"
    assert [r.pillar for r in read(text, plan_year=None)] == ["digital_economy"]


def test_a_lead_naming_the_use_of_telecom_services_sets_infrastructure_for_its_paragraph() -> None:
    recs = read("Về sử dụng dịch vụ viễn thông, số thuê bao băng rộng cố định đạt 30 thuê bao/100 dân. "
                "Tỷ lệ hộ gia đình có Internet cáp quang đạt 88%.", plan_year=2025)
    assert [(r.value, r.pillar) for r in recs] == [(30, "digital_infrastructure"), (88, "digital_infrastructure")]


@pytest.mark.parametrize("lead", ["Về hạ tầng số", "Hạ tầng viễn thông", "Lĩnh vực chính quyền số"])
def test_a_pillar_label_before_a_colon_is_no_part_of_what_is_measured(lead: str) -> None:
    recs = read(f"{lead}: 100% thôn có sóng 4G.", plan_year=2025)
    assert [(r.value, r.indicator) for r in recs] == [(100, "thôn có sóng 4G")]
    assert recs[0].pillar is not None


@pytest.mark.parametrize("text, pillar", [
    ("Hạ tầng số được quan tâm đầu tư, 100% cơ quan cấp xã kết nối mạng truyền số liệu chuyên dùng.",
     "digital_infrastructure"),
    ("Nhân lực số được chú trọng với 100% cán bộ, công chức được tập huấn kỹ năng số.", "digital_human_resources"),
    ("Với chính quyền số, 98% hồ sơ công việc cấp tỉnh được xử lý trên môi trường mạng.", "digital_government"),
])
def test_a_pillar_as_the_subject_or_after_a_lead_word_sets_the_sentence_pillar(text: str, pillar: str) -> None:
    recs = read(text, plan_year=2025)
    assert recs and all(r.pillar == pillar for r in recs)


@pytest.mark.parametrize("lead", ["Riêng phát triển kinh tế số", "Đặc biệt là về kinh tế số"])
def test_a_lead_singling_out_a_pillar_takes_over_from_the_paragraphs_first(lead: str) -> None:
    recs = read(f"Về xã hội số, 60% hộ gia đình có Internet cáp quang. {lead}, 40% hợp tác xã bán hàng trên "
                "sàn thương mại điện tử.", plan_year=2025)
    assert [(r.value, r.pillar) for r in recs] == [(60, "digital_society"), (40, "digital_economy")]


def test_digital_work_in_party_and_state_agencies_is_digital_government() -> None:
    text = ("I. MỤC TIÊU ĐẾN NĂM 2026\n"
            "a) Về chuyển đổi số trong hoạt động của các cơ\nquan Đảng, Nhà nước và các tổ chức chính trị - xã hội\n"
            "- 95% văn bản trao đổi giữa các cơ quan được ký số.\n"
            "b) Về kinh tế số\n- Tỷ trọng kinh tế số đạt 12% GRDP.\n")
    assert [r.pillar for r in read(text, plan_year=2026)] == ["digital_government", "digital_economy"]


def test_prose_on_the_work_of_state_agencies_opens_no_section() -> None:
    text = ("Hoạt động của các cơ quan nhà nước trên môi trường số ngày càng thuận lợi.\n"
            "Toàn tỉnh có 850 doanh nghiệp công nghệ số.\n")
    assert [r.pillar for r in read(text, plan_year=2026)] == [None]
    heading = "1. Chuyển đổi số trong hoạt động của các cơ quan Đảng\n- 100% văn bản được ký số.\n"
    assert [r.pillar for r in read(heading, plan_year=2026)] == ["digital_government"]


def test_a_deeper_numbered_heading_stays_in_the_section_that_named_the_pillar() -> None:
    text = ("II. KẾT QUẢ THỰC HIỆN NĂM 2025\n1. Nhận thức số\n1.1. Tuần lễ hưởng ứng\n"
            "Sở đã tổ chức 07 hội thảo về chuyển đổi số.\n1.2. Truyền thông\nCác báo đăng 240 tin, bài.\n"
            "2. Phát triển nguồn lực\n2.1. Bồi dưỡng\nĐã có 350 lượt cán bộ được tập huấn.\n")
    recs = read(text, plan_year=2026)
    # "2." is a new section of the same depth as "1.": the pillar of "1." ends there
    assert [(r.value, r.pillar) for r in recs] == [(7, "digital_awareness"), (240, "digital_awareness"), (350, None)]


def test_under_no_heading_a_pillars_own_score_or_place_stands_in_that_pillar() -> None:
    text = ("Năm 2023, chỉ số DTI của tỉnh đạt 0,5123 điểm. Ở các trụ cột: chính quyền số đạt 0,6012 điểm; "
            "kinh tế số đạt 0,4410 điểm và xã hội số đạt 0,4987 điểm.\n\n"
            "Tỷ trọng kinh tế số năm 2024 đạt 11,4% GRDP của tỉnh.\n\nNguồn nhân lực chất lượng cao chiếm 30%.\n")
    # (a measure that only names a pillar, and a bare "nhân lực", stand in no section: the contract's null)
    assert [(r.value, r.pillar) for r in read(text)] == [
        (0.5123, None), (0.6012, "digital_government"), (0.441, "digital_economy"), (0.4987, "digital_society"),
        (11.4, None), (30, None)]


def test_a_heading_still_decides_over_what_a_clause_is_about() -> None:
    text = "1. Hạ tầng số\nKinh tế số đạt 0,55 điểm, xếp thứ 20.\n"
    assert [r.pillar for r in read(text, plan_year=2025)] == ["digital_infrastructure", "digital_infrastructure"]


def test_the_short_name_of_posts_and_telecoms_names_digital_infrastructure() -> None:
    assert heading_pillars("Lĩnh vực BCVT giữ đà tăng trưởng") == ["digital_infrastructure"]
    assert heading_pillars("Lĩnh vực báo chí giữ đà tăng trưởng") is None


def test_a_pillar_label_closed_by_the_values_own_colon_after_a_lead_with_a_colon_names_it() -> None:
    text = "Cụ thể, mục tiêu đến năm 2027: Về kinh tế số: 30% doanh nghiệp nhỏ và vừa dùng nền tảng số."
    assert [(r.pillar, r.year) for r in read(text, plan_year=None)] == [("digital_economy", 2027)]
    text = "Đối với hạ tầng số: Số xã có cáp quang đến trung tâm: 98/98 xã."
    assert [r.pillar for r in read(text, plan_year=None)] == ["digital_infrastructure"]


def test_a_later_sentence_that_names_one_pillars_aims_speaks_for_itself() -> None:
    text = ("Kế hoạch của tỉnh đặt ra nhiều mục tiêu đến năm 2026. Trong đó, một trong những mục tiêu phát triển "
            "kinh tế số là 100% hợp tác xã có tài khoản thanh toán điện tử.")
    assert [r.pillar for r in read(text, plan_year=None)] == ["digital_economy"]


def test_a_sentence_about_aims_besides_a_pillars_takes_no_pillar_from_it() -> None:
    text = ("Kế hoạch của tỉnh đặt ra nhiều mục tiêu đến năm 2026. Ngoài mục tiêu phát triển kinh tế số, tỉnh "
            "phấn đấu 80% người dân có danh tính số.")
    assert [r.pillar for r in read(text, plan_year=None)] == [None]


@pytest.mark.parametrize("lead", ["Ở mảng xã hội số, doanh nghiệp", "Trong mảng xã hội số, tỉnh",
                                  "Về mảng xã hội số, huyện"])
def test_a_lead_that_calls_a_pillar_a_field_of_work_names_it(lead: str) -> None:
    assert heading_pillars(lead) == ["digital_society"]


def test_the_figures_after_such_a_lead_take_its_pillar() -> None:
    recs = read("Ở mảng xã hội số, nhà mạng hỗ trợ chữ ký số cho 4.200 giáo viên và Internet miễn phí cho 310 "
                "trường học.", plan_year=None)
    assert [r.pillar for r in recs] == ["digital_society", "digital_society"]


@pytest.mark.parametrize("lead", ["Về kết quả xây dựng, phát triển hạ tầng kỹ thuật, đến cuối năm 2024",
                                  "Về kết quả phát triển hạ tầng số"])
def test_results_on_a_topic_led_by_ve_name_its_pillar(lead: str) -> None:
    assert heading_pillars(lead) == ["digital_infrastructure"]


def test_a_heading_that_says_how_hard_a_pillar_is_built_names_it() -> None:
    text = ("Chuyển đổi số mở ra nhiều cơ hội cho người dân và doanh nghiệp của tỉnh trong những năm tới\n"
            "Quyết liệt xây dựng chính quyền số\n"
            "Sở cho biết tỉnh đã triển khai nhiều giải pháp. Hồ sơ được giải quyết đúng hạn đạt 98,7%.\n")
    (r,) = read(text, plan_year=None)
    assert (r.value, r.pillar) == (98.7, "digital_government")
    assert heading_pillars("Nỗ lực phát triển hạ tầng số") == ["digital_infrastructure"]


def test_the_digital_economys_share_is_the_digital_economys_under_any_heading() -> None:
    text = ("2. Phát triển chính quyền số\n"
            "Tỷ lệ hồ sơ xử lý trên môi trường mạng đạt 95%; kinh tế số chiếm 18% GRDP của tỉnh.\n")
    recs = read(text, plan_year=2025)
    assert [(r.value, r.pillar) for r in recs] == [(95, "digital_government"), (18, "digital_economy")]


def test_work_records_handled_online_name_digital_government() -> None:
    assert heading_pillars("Giải quyết hồ sơ công việc trên môi trường mạng", bare=True) == ["digital_government"]
    assert heading_pillars("2. Xử lý hồ sơ công việc trên môi trường điện tử", bare=True) == ["digital_government"]


def test_the_field_a_long_lead_names_last_before_its_colon_opens_the_list() -> None:
    text = ("Theo báo cáo tại hội nghị, về tình hình chuyển đổi số 9 tháng năm 2025, đối với dịch vụ công trực tuyến: "
            "tỷ lệ hồ sơ trực tuyến toàn trình đạt 47%; bộ, ngành đạt 58%.")
    assert {r.pillar for r in read(text, plan_year=None)} == {"digital_government"}


def test_a_list_item_naming_a_pillars_topic_speaks_for_itself_only() -> None:
    text = ("Mục tiêu đến năm 2030:\n- Đào tạo, bồi dưỡng kỹ năng số cho ít nhất 150.000 lượt người dân.\n"
            "- Chỉ số DTI của tỉnh thuộc nhóm 20 tỉnh, thành phố dẫn đầu cả nước.\n")
    assert [r.pillar for r in read(text, plan_year=2030)] == ["digital_human_resources", None]


def test_under_a_pillars_heading_a_list_item_naming_another_topic_keeps_the_heading() -> None:
    text = ("II. MỤC TIÊU NĂM 2026\n3. Xã hội số\n- Phổ cập kỹ năng số cho ít nhất 65% người dân trong độ tuổi lao động.\n"
            "- Tỷ lệ hộ gia đình có kết nối Internet cáp quang đạt 90%.\n")
    assert [r.pillar for r in read(text, plan_year=2026)] == ["digital_society", "digital_society"]


def test_a_first_line_that_tells_one_share_like_a_sentence_is_no_title() -> None:
    text = ("Tỷ lệ người dân có tài khoản định danh đạt 76%, thương mại điện tử tăng trưởng nhanh\n"
            "Năm nay, thị xã có 900 hộ dùng ví điện tử.\n")
    assert read(text, plan_year=None)[-1].pillar is None
    text = ("Năm 2024, huyện đã có 97% văn bản được ký số, góp phần xây dựng chính quyền số\n"
            "Trong năm, có 320 hộ sản xuất bán hàng trực tuyến.\n")
    assert read(text, plan_year=None)[-1].pillar is None


def test_a_plans_title_under_its_letterhead_names_its_pillar() -> None:
    text = ("Số: 45/KH-UBND\nĐà Lạt, ngày 15 tháng 1 năm 2026\nPHÁT TRIỂN KINH TẾ SỐ TỈNH GIAI ĐOẠN 2026 - 2030\n"
            "Mục tiêu: kinh tế số chiếm 25% GRDP; 80% doanh nghiệp nhỏ và vừa dùng nền tảng số.\n")
    assert title_pillars(text) == ["digital_economy"]


def test_a_field_named_after_a_colon_lead_sets_the_pillar_of_its_values() -> None:
    text = ("Mục tiêu cụ thể được xác định: Về hạ tầng số, 100% hệ thống thông tin được giám sát an toàn; 90% hộ gia "
            "đình có cáp quang.\n")
    assert [r.pillar for r in read(text, plan_year=2024)] == ["digital_infrastructure", "digital_infrastructure"]


def test_a_pillar_measured_with_its_place_named_right_after_it_takes_that_pillar() -> None:
    text = ("Năm 2023, chỉ số DTI của tỉnh xếp thứ 25. Ở 3 trụ cột chính: chính quyền số Hà Tĩnh đạt 0,6112 điểm, "
            "xếp hạng thứ 30; kinh tế số đạt 0,4102 điểm.\n")
    assert [(r.value, r.pillar) for r in read(text, plan_year=None)] == [
        (25, None), (0.6112, "digital_government"), (30, "digital_government"), (0.4102, "digital_economy")]
    # (a common noun after it is another measure: no pillar of its own)
    assert subject_pillar("chính quyền số hộ gia đình") is None


def test_a_lead_ins_pillar_gives_way_to_the_one_a_value_is_the_place_of() -> None:
    text = ("Năm 2022, tỉnh xếp thứ 40/63.\n\nCăn cứ theo kết quả, tỉnh đã cải thiện tốt thứ hạng về chính quyền số "
            "(xếp thứ 31/63 tỉnh thành với 0,66 điểm) và kinh tế số (xếp thứ 33/63 tỉnh, thành với 0,5612 điểm).\n")
    pillars = {r.value: r.pillar for r in read(text, plan_year=None)}
    assert (pillars[31], pillars[33]) == ("digital_government", "digital_economy")


def test_a_sentence_that_names_every_pillar_before_its_aim_names_none() -> None:
    text = ("KẾ HOẠCH\n\n1. Mục tiêu chung\nPhát triển chính quyền số, kinh tế số, xã hội số; phấn đấu Chỉ số DTI "
            "của tỉnh năm 2024 thuộc nhóm 30 tỉnh, thành phố dẫn đầu.\n")
    assert [r.pillar for r in read(text)] == [None]
    # one pillar named is the lead-in's pillar
    text = "KẾ HOẠCH\n\n1. Mục tiêu chung\nPhát triển kinh tế số; phấn đấu 60% doanh nghiệp sử dụng hóa đơn điện tử.\n"
    assert [r.pillar for r in read(text)] == ["digital_economy"]


def test_a_titles_short_second_line_names_its_pillar() -> None:
    text = ("Đà Nẵng: Đến năm 2025 có 20% doanh nghiệp bán hàng trực tuyến\n\n"
            "Đà Nẵng có kế hoạch phát triển thương mại điện tử giai đoạn 2021 - 2025\n\n"
            "UBND thành phố vừa ban hành kế hoạch. Theo đó, 70% người tiêu dùng thanh toán trực tuyến.\n")
    assert title_pillars(text) == ["digital_economy"]
    # a lead sentence under the title is no part of it
    text = ("Sơn La nỗ lực chuyển đổi số\n\n"
            "Là tỉnh miền núi, Sơn La gặp nhiều khó khăn về hạ tầng số, con người…\n\n"
            "Năm 2022, 80% thôn có sóng di động.\n")
    assert title_pillars(text) == []
