from __future__ import annotations

import pytest

from tests.extract.helpers import read

RANKING = ("Xếp hạng mức độ chuyển đổi số các huyện năm 2025\n"
           "| Thứ tự xếp hạng | Tên đơn vị | Tổng điểm năm 2025 |\n"
           "| 1 | Huyện Yên Lập | 812.40 |\n"
           "| 2 | Thị xã Phú Thọ | 801.15 |\n")
# the same table as some pages print it: one cell a line, a bar alone between rows
ONE_CELL_A_LINE = ("Xếp hạng mức độ chuyển đổi số các huyện năm 2025\n|\nThứ tự xếp hạng |\nTên đơn vị |\n"
                   "Tổng điểm năm 2025 |\n|\n1 |\nHuyện Yên Lập |\n812.40 |\n|\n2 |\nThị xã Phú Thọ |\n801.15 |\n")


@pytest.mark.parametrize("text", [RANKING, ONE_CELL_A_LINE])
def test_a_ranking_table_gives_each_place_its_rank_and_its_points(text: str) -> None:
    recs = read(text, plan_year=None)
    assert [(r.value, r.unit, r.year, r.indicator) for r in recs] == [
        (1, "rank", 2025, "Thứ tự xếp hạng Huyện Yên Lập"),
        (812.40, "other", 2025, "Tổng điểm năm 2025 Huyện Yên Lập"),
        (2, "rank", 2025, "Thứ tự xếp hạng Thị xã Phú Thọ"),
        (801.15, "other", 2025, "Tổng điểm năm 2025 Thị xã Phú Thọ"),
    ]
    for r in recs:
        assert r.start <= r.anchor < r.end and r.kind == "result"


# A commune's targets as some pages print a table: one cell a line, a bar alone after every
# cell, nothing where a row ends; a group row ("II | Hạ tầng số") has fewer cells
BARRED = ("STT\n|\nTên chỉ tiêu\n|\nCách tính\n|\nĐơn vị tính\n|\nChỉ tiêu năm 2026\n|\n"
          "I\n|\nNhận thức số (01 chỉ tiêu)\n|\n"
          "1\n|\nTỷ\nlệ cán bộ, công chức xã được bồi dưỡng kỹ năng số\n|\nSố cán bộ được bồi dưỡng/tổng số\ncán bộ của xã\n|\n%\n|\n95\n|\n"
          "II\n|\nHạ tầng số (02 chỉ tiêu)\n|\n|\n|\n"
          "1\n|\nSố thôn có cáp quang đến hộ gia đình\n|\nĐếm số thôn\n|\nthôn\n|\n2\n|\n"
          "2\n|\nTỷ lệ hộ gia đình có Internet cáp quang\n|\nSố hộ có cáp quang/tổng số hộ\n|\n%\n|\n80\n|\n")


def test_a_table_printed_one_cell_a_line_is_read_row_by_row() -> None:
    recs = read(BARRED, plan_year=None)
    assert [(r.indicator, r.value, r.unit, r.year, r.kind, r.pillar) for r in recs] == [
        ("Tỷ lệ cán bộ, công chức xã được bồi dưỡng kỹ năng số", 95, "%", 2026, "target", "digital_awareness"),
        # the count 2 equals the next row's number: it is still this row's value
        ("Số thôn có cáp quang đến hộ gia đình", 2, "count", 2026, "target", "digital_infrastructure"),
        ("Tỷ lệ hộ gia đình có Internet cáp quang", 80, "%", 2026, "target", "digital_infrastructure"),
    ]
    for r in recs:
        assert BARRED[r.anchor:r.anchor + len(str(int(r.value)))] == str(int(r.value))
        assert r.start <= r.anchor < r.end


def test_a_numbered_group_row_naming_its_count_of_indicators_is_no_header() -> None:
    text = ("STT | Tên chỉ tiêu | Đơn vị tính | Chỉ tiêu cụ thể\n"
            "I | Chính quyền số (03 chỉ tiêu)\n"
            "1 | Tỷ lệ hồ sơ công việc cấp xã xử lý trên môi trường mạng | % | 90\n")
    recs = read(text, plan_year=2025)
    assert [(r.indicator, r.value, r.unit, r.pillar) for r in recs] == [
        ("Tỷ lệ hồ sơ công việc cấp xã xử lý trên môi trường mạng", 90, "%", "digital_government")]


def test_a_column_explaining_how_points_are_given_holds_no_values() -> None:
    text = ("STT | Chỉ số thành phần | Điểm tối đa | Cách tính điểm\n"
            "1 | Hội nghị của Ban chỉ đạo trong năm | 20 | Họp đủ 4 lần trong năm: 20 điểm; họp 2 lần: 10 điểm\n")
    assert read(text, plan_year=2025) == []


def test_columns_headed_by_levels_give_each_value_its_level() -> None:
    text = ("TT | Chỉ tiêu | Cấp tỉnh | Cấp huyện | Cấp xã\n"
            "1 | Tỷ lệ văn bản đi được ký số | 98% | 95% | 90%\n")
    recs = read(text, plan_year=2025)
    assert [(r.value, r.scope, r.year) for r in recs] == [(98, "cấp tỉnh", 2025), (95, "cấp huyện", 2025),
                                                          (90, "cấp xã", 2025)]


def test_a_column_comparing_result_with_plan_is_no_value_of_the_indicator() -> None:
    text = ("Chỉ tiêu | Kế hoạch năm 2024 | Thực hiện năm 2024 | Tỷ lệ đạt so với kế hoạch\n"
            "Tỷ lệ hồ sơ nộp trực tuyến | 50% | 45% | 90%\n")
    recs = read(text, plan_year=2024)
    assert [(r.kind, r.value) for r in recs] == [("target", 50), ("result", 45)]


def test_a_long_requirement_under_a_plain_header_keeps_its_values() -> None:
    text = "TT | Nội dung | Yêu cầu\n1 | Hạ tầng số | Phấn đấu 100% thôn, bản có sóng di động 4G và cáp quang\n"
    assert [(r.value, r.unit, r.kind) for r in read(text, plan_year=2025)][:1] == [(100, "%", "target")]


def test_a_bare_number_in_a_row_whose_label_says_what_is_counted_is_a_count() -> None:
    text = ("| STT | Chỉ tiêu | Kế hoạch năm 2025 | Kết quả thực hiện |\n"
            "| 1 | Số tài khoản định danh điện tử mức 2 được kích hoạt | 4.200 | 3.870 |\n"
            "| 2 | Số hóa hồ sơ lưu trữ | 1.500 | 1.320 |\n")
    recs = read(text, plan_year=2025)
    assert [(r.kind, r.value, r.unit) for r in recs] == [("target", 4200, "count"), ("result", 3870, "count")]


def test_a_bordered_ranking_with_grades_and_rates_in_its_cells_gives_each_places_values() -> None:
    text = ("date 2024-01-10\nKết quả chấm điểm cải cách hành chính các sở năm 2023\n"
            "Thứ tự xếp hạng | Tên cơ quan | Điểm tối đa | Số điểm đạt | Tỷ lệ thực hiện\n"
            "I | Sở Tư pháp | 100 | 91,2 | 91,2%\n")
    recs = read(text, plan_year=None)
    # (the grade where a rank would stand gives no rank; the scale gives no value)
    assert [(r.value, r.unit) for r in recs] == [(91.2, "other"), (91.2, "%")]
    assert all(r.indicator.endswith("Sở Tư pháp") for r in recs)


def test_a_table_of_places_counts_what_a_column_named_by_its_things_counts() -> None:
    # ("Số hồ sơ tiếp nhận" counts files, as a score column gives points)
    text = ("date 2024-07-05\nKết quả tiếp nhận hồ sơ trực tuyến của các huyện\n"
            "STT | Tên đơn vị | Số hồ sơ tiếp nhận | Số điểm đạt được | Tỷ lệ trực tuyến\n"
            "1 | UBND huyện Tam Đảo | 1.250 | 86,5 | 78,4%\n")
    recs = read(text, plan_year=None)
    assert [(r.value, r.unit, r.unit_text) for r in recs] == [(1250, "count", None), (86.5, "other", "điểm"),
                                                              (78.4, "%", None)]


def test_bare_scores_and_ranks_in_a_table_of_years_under_its_caption() -> None:
    text = ("Chỉ số hài lòng của người dân tỉnh Yên Bái\nNăm | 2023 | 2024 |\nĐiểm số SIPAS | 81.45 | 84.07 |\n"
            "Xếp hạng | 31 | 19 |\nSố phiếu khảo sát | 1.250 | 1.300 |\n")
    recs = read(text, plan_year=None)
    assert [(r.value, r.unit, r.year) for r in recs] == [(81.45, "other", 2023), (84.07, "other", 2024),
                                                          (31, "rank", 2023), (19, "rank", 2024),
                                                          (1250, "count", 2023), (1300, "count", 2024)]
    assert recs[0].indicator == "Điểm số SIPAS Chỉ số hài lòng của người dân tỉnh Yên Bái"


def test_a_table_of_years_takes_no_caption_that_leads_to_it_or_lists_measures() -> None:
    # a sentence leading to the table, a title listing measures: neither names the rows' measure
    text = ("Kết quả thực hiện các chỉ tiêu chủ yếu như sau:\nChỉ tiêu | 2023 | 2024 |\n"
            "Tốc độ tăng trưởng GRDP (%) | 7,2 | 7,5 |\n\nBảng 3. Một số chỉ tiêu kinh tế - xã hội\n"
            "Chỉ tiêu | Đơn vị tính | 2024 | 2025 |\nThu ngân sách | tỷ đồng | 12.500 | 13.200 |\n")
    recs = read(text, plan_year=None)
    assert [r.indicator for r in recs] == ["Tốc độ tăng trưởng GRDP"] * 2 + ["Thu ngân sách"] * 2
    # a caption's number is none of its words; a row with its own unit keeps its own words
    text = ("2. Chỉ số chuyển đổi số (DTI) của tỉnh\nNăm | 2022 | 2023 |\nĐiểm số | 0.45 | 0.52 |\n"
            "Số doanh nghiệp số | 1.250 | 1.400 |\n")
    recs = read(text, plan_year=None)
    assert [r.indicator for r in recs] == ["Điểm số Chỉ số chuyển đổi số (DTI) của tỉnh"] * 2 + ["Số doanh nghiệp số"] * 2


def test_a_rows_label_that_names_a_rate_gives_its_bare_cells_their_unit() -> None:
    text = "Chỉ tiêu | 2023 | 2024 |\nTỷ lệ hồ sơ trực tuyến toàn trình (%) | 45,6 | 61 |\nTỷ lệ hộ có cáp quang | 72.5 | 80 |\n"
    recs = read(text, plan_year=None)
    assert [(r.value, r.unit, r.year) for r in recs] == [(45.6, "%", 2023), (61, "%", 2024), (72.5, "%", 2023),
                                                          (80, "%", 2024)]


def test_a_plans_roadmap_columns_are_its_aims_though_its_page_is_dated_later() -> None:
    # a plan of 2021-2025 on a page of 2024: the years of its roadmap before the page's are still aims it set
    text = ("date 2024-05-10\nKẾ HOẠCH\nChuyển đổi số tỉnh Bình Phước giai đoạn 2021-2025\n\n"
            "STT | Chỉ tiêu | 2021 | 2022 | 2023 | 2024 | 2025\n"
            "1 | Tỷ lệ hồ sơ giải quyết trực tuyến (%) | 30 | 40 | 50 | 60 | 80\n")
    assert [(r.value, r.kind, r.year) for r in read(text, plan_year=2025)] == [
        (30, "target", 2021), (40, "target", 2022), (50, "target", 2023), (60, "target", 2024), (80, "target", 2025)]
