"""Tables printed one cell per line (tables written for these tests)."""

from __future__ import annotations

from tests.extract.helpers import read

RANKING = """date 2024-01-10
Kết quả đánh giá mức độ chuyển đổi số cấp huyện năm 2023 như sau:

1. Đánh giá mức độ sẵn sàng chuyển đổi số cấp huyện

STT

Tên đơn vị

Điểm tối đa

Số điểm đạt được

Tỷ lệ thực hiện

Xếp loại

1

UBND huyện Đồng Văn

80

72,5

90,6%

A

2

UBND huyện Mèo Vạc

80

64

80%

B

3

UBND huyện Yên
"""


def test_each_row_of_a_stacked_ranking_gives_its_places_values_named_by_column_and_caption() -> None:
    recs = read(RANKING, plan_year=None)
    assert [(r.value, r.unit, r.kind, r.year) for r in recs] == [
        (72.5, "other", "result", 2023), (90.6, "%", "result", 2023),
        (64, "other", "result", 2023), (80, "%", "result", 2023)]
    # (the column, what the caption says it measures, and the place)
    assert recs[0].indicator.startswith("Số điểm đạt được Đánh giá mức độ sẵn sàng chuyển đổi số cấp huyện")
    assert recs[0].indicator.endswith("UBND huyện Đồng Văn")
    assert recs[3].indicator.endswith("UBND huyện Mèo Vạc")
    # the scale ("Điểm tối đa") is no value, nor the grade; the row the excerpt cut gives nothing
    assert 80 not in [r.value for r in recs if r.unit == "other"]


def test_lines_that_only_look_like_a_header_stay_prose() -> None:
    text = "date 2024-01-10\nSTT\nNội dung\n\nNăm 2023, tỉnh có 120 điểm phục vụ bưu chính.\n"
    assert [(r.value, r.unit) for r in read(text, plan_year=None)] == [(120, "count")]


def test_a_stacked_table_whose_rows_no_column_names_is_left_to_prose() -> None:
    # ("Nhiệm vụ" names no indicator column: read as a table, each row would be named by its ordinal)
    text = ("KẾ HOẠCH chuyển đổi số năm 2025\nPhụ lục nhiệm vụ\nTT\nNhiệm vụ\nĐơn vị chủ trì\nKinh phí (triệu đồng)\n"
            "1\nXây dựng kho dữ liệu dùng chung\nSở Khoa học và Công nghệ\n1.500\n"
            "2\nBồi dưỡng kỹ năng số cho 600 công chức cấp xã\nSở Nội vụ\n300\n")
    recs = read(text, plan_year=2025)
    assert [(r.value, r.unit) for r in recs] == [(600, "count")]
    assert "kỹ năng số" in recs[0].indicator


def test_a_caption_that_names_its_year_still_names_what_the_columns_measure() -> None:
    text = ("date 2024-07-05\nTỷ lệ thanh toán học phí không dùng tiền mặt của các trường năm 2024\nSTT\nTên đơn vị\n"
            "Tỷ lệ\n1\nTrường THPT Chu Văn An\n91,5%\n2\nTrường THPT Lê Lợi\n84%\n")
    recs = read(text, plan_year=2024)
    assert [r.value for r in recs] == [91.5, 84]
    assert all("thanh toán học phí không dùng tiền mặt" in r.indicator for r in recs)


def test_a_column_name_wrapped_onto_two_lines_and_a_rank_column_named_vi_thu() -> None:
    # ("Số điểm" / "đạt được" is one column; the rows, five lines each, say so)
    text = ("date 2023-02-01\nKết quả xếp loại các phòng năm 2022. Chi tiết:\nTT\nTên đơn vị\nSố điểm\nđạt được\n"
            "Vị thứ\nXếp loại\n1\nPhòng Văn hóa và Thông tin\n91,25\n1\nTốt\n2\nPhòng Tư pháp\n88,5\n2\nKhá\n")
    recs = read(text, plan_year=None)
    assert [(r.value, r.unit, r.year) for r in recs] == [(91.25, "other", 2022), (1, "rank", 2022),
                                                          (88.5, "other", 2022), (2, "rank", 2022)]
    assert recs[0].indicator == "Số điểm đạt được Phòng Văn hóa và Thông tin"
    assert recs[3].indicator == "Vị thứ Phòng Tư pháp"


def test_a_table_of_places_with_one_value_each_and_no_ordinal() -> None:
    text = ("date 2024-05-02\nTỷ lệ hồ sơ nộp trực tuyến của các xã quý I năm 2024\nXã, phường\nTỷ lệ trực tuyến (%)\n"
            "Phường An Hòa\n82,5\nXã Tân Lập\n76\nXã Bình Minh\n64,3\nXã Hưng Đạo\n59\n")
    recs = read(text, plan_year=None)
    assert [(r.value, r.unit, r.kind, r.op, r.year) for r in recs] == [
        (82.5, "%", "result", "=", 2024), (76, "%", "result", "=", 2024),
        (64.3, "%", "result", "=", 2024), (59, "%", "result", "=", 2024)]
    assert recs[1].indicator == "Tỷ lệ trực tuyến Xã Tân Lập"


def test_a_table_of_places_aims_for_a_period_printed_twice_side_by_side() -> None:
    text = "\n\n".join([
        "Dự kiến tốc độ tăng doanh thu bán lẻ trực tuyến giai đoạn 2026 - 2030 của các tỉnh trong vùng",
        "Tỉnh", "Tăng trưởng 2026 - 2030 (%)", "Tỉnh", "Tăng trưởng 2026 - 2030 (%)",
        "Lạng Sơn", "15 – 17", "Cao Bằng", "12", "Bắc Kạn", "14 – 15", "Hà Giang", "13", "CẢ VÙNG", "Từ 14% trở lên"])
    recs = read(text, plan_year=None)
    assert [(r.value, r.value_max, r.unit, r.kind, r.op, r.year) for r in recs] == [
        (15, 17, "%", "target", "between", 2030), (12, None, "%", "target", ">=", 2030),
        (14, 15, "%", "target", "between", 2030), (13, None, "%", "target", ">=", 2030),
        (14, None, "%", "target", ">=", 2030)]
    # fewer than four places is no such table
    assert read("Tỉnh\n\nĐiểm\n\nLạng Sơn\n\n15\n\nCao Bằng\n\n12\n", plan_year=None) == []


def test_no_table_of_places_from_a_column_of_years_or_under_a_body_s_name() -> None:
    lines = ["Tiến độ triển khai tại các địa phương", "Đơn vị", "Năm hoàn thành", "Huyện Phú Lộc", "2025",
             "Huyện Phong Điền", "2026", "Huyện Quảng Điền", "2025", "Thị xã Hương Trà", "2027"]
    assert read("\n".join(lines), plan_year=None) == []
    # a body's own name is no column's: what follows is a schedule, not its values
    lines = ["Sở Thông tin và Truyền thông", "Thông báo lịch tiếp công dân tháng 3", "Thứ Hai", "3", "Thứ Ba", "4",
             "Thứ Tư", "5", "Thứ Năm", "6"]
    assert read("\n".join(lines), plan_year=None) == []


PERIODS = (
    "date 2024-08\nDoanh thu bán lẻ hàng hóa và dịch vụ\n"
    "Thực hiện tháng 6 năm 2024\nƯớc tính tháng 7 năm 2024\nLũy kế 7 tháng năm 2024\n"
    "Lũy kế 7 tháng năm 2024 so với cùng kỳ năm trước (%)\nĐơn vị tính: Tỷ đồng\n"
    "Tổng mức bán lẻ\n5120,4\n5233,0\n35840,7\n109,2\n"
    "Phân theo ngành\n"
    "Bán lẻ hàng hóa\n3870,1\n3902,6\n26950,3\n108,4\n"
    "Dịch vụ lưu trú, ăn uống\n910,5\n948,2\n6120,9\n112,6\n"
)


def test_a_statistics_table_of_periods_printed_one_cell_per_line() -> None:
    recs = read(PERIODS, plan_year=None)
    # (the comparison column holds no quantity; the unit's magnitude multiplies each cell)
    assert [r.value for r in recs] == [5120.4e9, 5233e9, 35840.7e9, 3870.1e9, 3902.6e9, 26950.3e9, 910.5e9, 948.2e9,
                                       6120.9e9]
    assert {(r.unit, r.unit_text, r.kind, r.year) for r in recs} == {("other", "đồng", "result", 2024)}
    # (each value's wording says which period's it is: a month's and the cumulative are measures apart)
    assert recs[2].indicator == "Tổng mức bán lẻ Lũy kế 7 tháng năm 2024"
