"""Changes against an earlier value are no quantity; the level a value rose or fell to is one."""

from __future__ import annotations

from tests.extract.helpers import read


def test_the_level_risen_to_is_a_quantity_and_the_size_of_a_rise_is_not() -> None:
    risen = read("Năm 2024, tỷ lệ hộ gia đình có cáp quang đã tăng lên 76% so với 61% của năm 2022.", plan_year=None)
    assert [(r.value, r.year) for r in risen] == [(76, 2024), (61, 2022)]
    rise = read("Năm 2024, tỷ lệ hộ gia đình có cáp quang đã tăng 15% so với năm 2022.", plan_year=None)
    assert rise == []


def test_a_gap_to_another_place_is_no_quantity_but_a_level_compared_with_is() -> None:
    gap = read("Năm 2025, Cần Thơ xếp thứ tư với 27,5 điểm, thấp hơn TP.HCM đến 45,2 điểm.", plan_year=None)
    assert [r.value for r in gap if r.unit == "other"] == [27.5]
    level = read("Năm 2023, tỷ lệ này đạt 80%, cao hơn gấp đôi so với tỷ lệ 35% vào năm 2016.", plan_year=None)
    assert [r.value for r in level] == [80, 35]


def test_risen_to_with_no_earlier_level_after_it_is_the_size_of_a_rise() -> None:
    # "tăng lên 18% so với cùng kỳ": in news the growth itself, not a level
    assert read("Năm 2024, doanh thu bán lẻ trực tuyến của tỉnh tăng lên 18% so với cùng kỳ năm trước.", plan_year=None) == []


def test_higher_than_inside_a_subject_is_no_gap() -> None:
    recs = read("Năm 2024, tỷ lệ lao động có trình độ cao hơn trung học phổ thông đạt 47,5%.", plan_year=None)
    assert [r.value for r in recs] == [47.5]


def test_a_second_size_of_one_change_is_no_quantity() -> None:
    text = "Tháng 10/2024, cả nước có 17.200 doanh nghiệp thành lập mới, tăng 13,9% so với tháng trước và 71,6% so với cùng kỳ."
    assert [r.value for r in read(text, plan_year=None)] == [17200]


def test_a_share_of_the_plan_written_kh_is_no_quantity() -> None:
    text = "Năm 2023, tổng thu ngân sách ước đạt 3.658 tỷ đồng, đạt 100% KH."
    assert [r.unit for r in read(text, plan_year=None)] == ["other"]


def test_a_share_of_a_total_after_a_change_is_a_quantity() -> None:
    text = "Năm 2024, doanh thu thương mại điện tử tăng 18% so với năm trước và 45% so với tổng mức bán lẻ."
    assert [r.value for r in read(text, plan_year=None)] == [45]


def test_a_share_of_the_plan_or_of_an_assigned_quota_is_no_quantity() -> None:
    # (how much of what was asked was done: most sets' gold leaves it out, 9 of 12 "so với chỉ tiêu")
    text = ("Năm 2024, tỉnh kích hoạt 120.500 tài khoản định danh mức 2, đạt 82,4% so với chỉ tiêu được giao; tạo việc "
            "làm cho 21.300 lao động (đạt hơn 106% so với chỉ tiêu 20.000 người).")
    assert [(r.value, r.unit) for r in read(text, plan_year=None)] == [(120500, "count"), (21300, "count"), (20000, "count")]
    text = "Năm 2024, doanh thu bưu chính đạt 103% kế hoạch, đạt 44% so với kế hoạch năm."
    assert read(text, plan_year=None) == []
    # (with "so" alone, as reports shorten it)
    assert read("Quý I/2025, thu dịch vụ công nghệ thông tin đạt 31,5% so kế hoạch.", plan_year=None) == []
    # (but a level set against the aim's own level is the level: "đạt 45,2% so mục tiêu 50%")
    recs = read("Năm 2024, tỷ lệ hồ sơ trực tuyến toàn trình đạt 45,2% so mục tiêu 50% đề ra.", plan_year=None)
    assert 45.2 in [r.value for r in recs]


def test_a_share_of_the_years_quota_is_a_share_of_the_plan() -> None:
    assert read("Năm 2024, thu ngân sách từ kinh tế số đạt 112% so với chỉ tiêu năm.", plan_year=None) == []
    assert read("Năm 2024, doanh thu viễn thông đạt 98% so với chỉ tiêu kế hoạch.", plan_year=None) == []


def test_raised_by_so_much_is_a_change_but_raised_to_a_level_is_not() -> None:
    text = ("Năm 2024, tỉnh nâng tốc độ truy cập khoảng 20% so với cuối năm 2023. "
            "Tỉnh nâng tỷ lệ hồ sơ trực tuyến lên 85% so với 60% năm trước.")
    assert [r.value for r in read(text, plan_year=None)] == [85, 60]


def test_a_share_equivalent_to_last_years_level_is_a_change() -> None:
    recs = read("Năm 2025, doanh thu dịch vụ đạt 310 tỷ đồng, tương đương 104% so với năm 2024.", plan_year=None)
    assert [r.value for r in recs] == [310e9]
    # a share, then its change: the share stays
    recs = read("Có 4.200 hệ thống được phê duyệt cấp độ, tương đương 81,2%, tăng 9% so với năm 2023.", plan_year=None)
    assert [r.value for r in recs] == [4200, 81.2]


def test_every_share_of_a_plan_told_in_turn_is_a_change() -> None:
    recs = read("Năm 2025, hai mảng dịch vụ bưu chính và tài chính lần lượt đạt 118% và 131,5% kế hoạch đề ra.",
                plan_year=None)
    assert recs == []


def test_the_things_cut_are_counted_but_a_cut_in_time_or_money_is_a_change() -> None:
    recs = read("Năm 2025, Bộ đã cắt giảm 1.120 thủ tục hành chính và 845 điều kiện kinh doanh.", plan_year=None)
    assert [(r.value, r.unit) for r in recs] == [(1120, "count"), (845, "count")]
    assert read("Năm 2025, chi phí tuân thủ đã giảm 1.200 tỷ đồng.", plan_year=None) == []


def test_a_move_in_a_ranking_is_a_change_in_capitals_too() -> None:
    assert read("CHỈ SỐ CẢI CÁCH HÀNH CHÍNH CỦA TỈNH TĂNG 18 BẬC", plan_year=None) == []


def test_a_share_equivalent_to_a_whole_is_no_change() -> None:
    # "tương đương 68% so với số hộ …": a share of the households, not a level against an earlier one
    recs = read("Toàn tỉnh có 210.000 hộ dùng cáp quang, tương đương 68% so với số hộ gia đình toàn tỉnh.", plan_year=None)
    assert [r.value for r in recs] == [210000, 68]


def test_a_share_before_another_of_the_plan_told_not_in_turn_stays() -> None:
    # "đạt 92% và 100% chỉ tiêu …": a rate, then a share of the plan's aims, not two shares of the plan
    recs = read("Tỷ lệ văn bản được ký số đạt 92% và 100% chỉ tiêu kế hoạch giao đã hoàn thành.", plan_year=None)
    assert [r.value for r in recs] == [92]
    recs = read("Hai mảng thu dịch vụ lần lượt đạt 104%, 97% và 112% kế hoạch đề ra.", plan_year=None)
    assert recs == []


def test_a_comparison_inside_a_bracket_is_the_brackets_own() -> None:
    # the bracket's rise is compared with 2020, not the level raised to before it
    text = "Năm 2024, huyện nâng tỷ lệ lao động qua đào tạo đạt 58,4% (tăng 9,6% so với năm 2020)."
    assert [r.value for r in read(text, plan_year=None)] == [58.4]
    # a closed bracket passed over: the comparison is the rise's before it
    text = "Năm 2023, doanh thu bán lẻ trực tuyến tăng thêm khoảng 3 tỷ USD (tăng 21%) so với năm 2022."
    assert read(text, plan_year=None) == []


def test_a_bracket_that_opens_with_the_comparison_makes_the_value_before_it_a_change() -> None:
    text = "Năm 2024, doanh thu dịch vụ số tăng trưởng mạnh 17% (so với cùng kỳ năm 2023)."
    assert read(text, plan_year=None) == []
    # a level risen to, its earlier level in the bracket, stays
    text = "Năm 2024, tỷ lệ hộ có cáp quang tăng lên 86% (so với 79% năm 2023)."
    assert 86 in [r.value for r in read(text, plan_year=None)]


def test_later_changes_told_in_turn_after_a_comparator_are_changes_too() -> None:
    recs = read("date 2025-09\nTốc độ tải xuống đạt 290,4 Mbps, tải lên 240,1 Mbps, tăng lần lượt hơn 150% và 120% so "
                "với tháng 3.\n", plan_year=2025)
    assert [r.value for r in recs] == [290.4, 240.1]


def test_by_how_much_something_got_better_is_a_change() -> None:
    text = "Báo cáo năm 2025.\nTrong năm, thời gian chờ xử lý hồ sơ cải thiện hơn 40%, tỷ lệ hài lòng được cải thiện lên 92%.\n"
    assert [r.value for r in read(text, plan_year=None)] == [92]


def test_criteria_or_work_completed_as_a_share_are_no_quantity() -> None:
    recs = read("Đến tháng 11/2025, 100% xã, phường hoàn thành từ 85-100% tiêu chí cấp xã.", plan_year=None)
    assert [r.value for r in recs] == [100]
    assert read("Năm 2023, Trung tâm đã hoàn thành 100% các công việc giám sát an toàn thông tin.", plan_year=None) == []
    # a share of communes that met criteria stays
    assert [r.value for r in read("Năm 2023, 92% xã hoàn thành tiêu chí thông tin và truyền thông.", plan_year=None)] == [92]


def test_an_aim_stated_as_places_gained_in_a_ranking_is_a_quantity() -> None:
    recs = read("Phương hướng năm 2025:\n- Chỉ số DTI của tỉnh tăng ít nhất 4 bậc so với năm 2024.\n", plan_year=2025)
    assert [(r.kind, r.op, r.value, r.unit, r.unit_text) for r in recs] == [("target", ">=", 4, "other", "bậc")]
    # places gained, reported, are a change
    assert read("Năm 2024, Chỉ số DTI của tỉnh tăng 4 bậc so với năm 2023.", plan_year=None) == []


def test_criteria_completed_past_a_bar_are_no_quantity() -> None:
    # ("hoàn thành trên 90% tiêu chí", "hoàn thành được gần 80% công việc": its bar as written)
    recs = read("Năm 2024, 97% thôn, bản đã hoàn thành trên 85% tiêu chí thôn thông minh.", plan_year=None)
    assert [r.value for r in recs] == [97]
    assert read("Năm 2024, Ban quản lý dự án hoàn thành được gần 80% công việc của hợp phần.", plan_year=None) == []


def test_a_level_equal_to_a_share_of_an_earlier_years_is_a_comparison() -> None:
    # ("bằng gần 70% năm 2019": the level against the year before the pandemic, said without "so với")
    text = "date 2023-12-01\nDoanh thu từ vé tham quan đạt 86 tỷ đồng, bằng gần 75% năm 2019.\n"
    assert [(r.value, r.unit) for r in read(text, plan_year=None)] == [(86e9, "other")]


def test_an_economys_growth_told_with_tang_alone_is_its_growth_rate() -> None:
    recs = read("Năm 2025, GRDP của tỉnh tăng 8,4%, đứng thứ 12/34 tỉnh, thành phố.", plan_year=None)
    assert [(r.value, r.unit) for r in recs] == [(8.4, "%"), (12, "rank")]
    # set against a time, it is the size of a change, as any other
    assert read("Năm 2025, GRDP của tỉnh tăng 8,4% so với năm 2024.", plan_year=None) == []


def test_growth_told_per_year_is_a_yearly_rate() -> None:
    text = ("date 2025-10-02\nNhiệm kỳ qua, công nghiệp của tỉnh tăng trưởng gần 8%/năm; nông nghiệp giữ mức tăng trưởng "
            "hơn 2,5%/năm; tổng giá trị sản xuất tăng 9,4%/năm.\n")
    assert [(r.value, r.op, r.kind) for r in read(text, plan_year=None)] == [(8, "~", "result"), (2.5, ">", "result"),
                                                                             (9.4, "=", "result")]
    # (not how fast a level just given grows, nor a rate set against a time)
    assert [r.value for r in read("date 2025-10-02\nKinh tế số đạt 14,2% GRDP, tăng trên 20%/năm.\n", plan_year=None)] == [14.2]
    assert read("date 2025-10-02\nSản lượng tăng 6%/năm so với giai đoạn trước.\n", plan_year=None) == []


def test_a_change_told_again_in_people_and_a_margin_past_the_aim_are_no_quantities() -> None:
    text = ("date 2023-01\nĐến cuối năm 2022, số người tham gia BHXH là 412.300 người, tăng 3,2% so với năm 2021 - "
            "tương đương 12.780 người; tỷ lệ bao phủ BHYT đạt 92,4%, vượt 0,6%.\n")
    assert [r.value for r in read(text, plan_year=None)] == [412300, 92.4]
    # (a level after "tương đương" with no change before it still is one)
    text = "date 2023-01\nNăm 2022, tỉnh có 52.000 hộ dùng ví điện tử, tương đương 21.400 người dùng.\n"
    assert [r.value for r in read(text, plan_year=None)] == [52000, 21400]


def test_an_average_yearly_rise_after_a_level_is_a_rate_whatever_the_levels_unit() -> None:
    # (as after "710 nghìn tỷ đồng" or "5.200 doanh nghiệp", so after "15.000 tỷ đồng"; not a plain rise after a
    # share: "đạt 14,2% GRDP, tăng trên 20%/năm")
    text = "date 2025-06\nNăm 2024, thu ngân sách nhà nước trên địa bàn đạt 15.000 tỷ đồng, tăng bình quân 8%/năm.\n"
    assert [r.value for r in read(text, plan_year=None)] == [15000e9, 8]
    text = "date 2025-06\nNăm 2024, số doanh nghiệp đạt 5.200 doanh nghiệp, tăng trung bình 9%/năm.\n"
    assert [r.value for r in read(text, plan_year=None)] == [5200, 9]


def test_so_many_times_a_base_is_a_quantity_but_not_a_results_rise_over_an_earlier_year() -> None:
    text = ("Đề án phát triển doanh nghiệp đến năm 2025\nĐến năm 2025, giá trị xuất khẩu đạt 900 triệu USD, tăng 1,8 "
            "lần so với năm 2020; giá trị thanh toán không dùng tiền mặt gấp 12 lần GRDP.")
    assert [(r.value, r.unit, r.kind) for r in read(text, plan_year=2025)] == [
        (900e6, "other", "target"), (1.8, "other", "target"), (12, "other", "target")]
    # (a result: its rise over an earlier year is a change; its size against the economy is a level)
    text = ("date 2024-12\nNăm 2024, doanh thu đạt 450 tỷ đồng, tăng 1,8 lần so với năm 2020; giá trị thanh toán "
            "không dùng tiền mặt gấp 12 lần GRDP; số hồ sơ gấp 3 lần so với cùng kỳ.")
    assert [(r.value, r.unit) for r in read(text, plan_year=None)] == [(450e9, "other"), (12, "other")]


def test_a_change_told_again_as_a_share_and_the_margins_of_a_quota_are_no_quantities() -> None:
    recs = read("Năm 2022, diện tích rừng bị phá 0,31 ha, giảm 3,3 ha (tương đương 91%); khối lượng lâm sản thiệt hại "
                "98,8 m3, giảm 147,3 m3 (tương đương 60%).", plan_year=None)
    assert [(r.value, r.indicator) for r in recs] == [(0.31, "diện tích rừng bị phá"), (98.8, "khối lượng lâm sản thiệt hại")]
    recs = read("Năm 2024, đã thi hành xong 2.413 việc, tăng 234 việc, tương ứng 10,74% so với cùng kỳ.", plan_year=None)
    assert [r.value for r in recs] == [2413]
    recs = read("Năm 2021, tỷ lệ thi hành xong về việc đạt 83,9%, vượt chỉ tiêu cấp trên giao 1,49%; tỷ lệ về tiền đạt "
                "37,21%, còn thiếu 46,04% so với chỉ tiêu.", plan_year=None)
    assert [r.value for r in recs] == [83.9, 37.21]
    recs = read("Năm 2023, tỷ lệ giải quyết án hình sự đạt 99,3% (cao hơn năm 2022 là 1,2%).", plan_year=None)
    assert [r.value for r in recs] == [99.3]
    # (an aim at least so much, written "tối thiếu", falls short of nothing)
    assert [r.value for r in read("Đến năm 2025, tỷ trọng kinh tế số đạt tối thiếu 10%.", plan_year=None)] == [10]
    # (nor what lacks, with no aim it falls short of: "thiếu 15% giáo viên")
    assert [r.value for r in read("Năm 2023, ngành giáo dục thiếu 15% giáo viên có kỹ năng số.", plan_year=None)] == [15]
    assert [r.value for r in read("Năm 2023, tỷ lệ hồ sơ trực tuyến đạt 85%, thiếu 5% so với kế hoạch.", plan_year=None)] == [85]
