from __future__ import annotations

from muctieu.extract.segment import lines


def _rows(text: str) -> list[str]:
    return [" ".join(text[s:e].split()) for s, e in lines(text)]


def test_dotted_numbers_open_rows_and_a_shallower_number_closes_the_group() -> None:
    text = ("TT\n|\nNội dung\n|\nĐiểm\n|\n1\n|\nNhận thức số\n|\n100\n|\n1.1\n|\nHọp Ban chỉ đạo\n|\n20\n|\n"
            "1.2\n|\nTuyên truyền trên cổng\n|\n30\n|\n2\n|\nHạ tầng số\n|\n200\n|\nHết bảng.\n")
    assert _rows(text) == ["TT | Nội dung | Điểm", "1 | Nhận thức số | 100", "1.1 | Họp Ban chỉ đạo | 20",
                           "1.2 | Tuyên truyền trên cổng | 30", "2 | Hạ tầng số | 200", "Hết bảng."]


def test_bars_without_a_numbered_header_are_left_as_lines() -> None:
    # a page's masthead printed as a two-column table: no rows to find
    text = "ỦY BAN NHÂN DÂN\n|\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n|\nSố: 12/KH-UBND\n|\nngày 3 tháng 2 năm 2025\n|\n" \
           "Kế hoạch\n|\nchuyển đổi số\n|\n"
    assert _rows(text)[:2] == ["ỦY BAN NHÂN DÂN", "|"]


def _barred(rows: list[list[str]]) -> str:
    return "".join(f"{cell}\n|\n" for row in rows for cell in row)


def test_a_small_value_equal_to_the_next_rows_number_stays_a_value() -> None:
    text = _barred([["STT", "Chỉ tiêu", "Đơn vị tính", "Năm 2025", "Năm 2030"],
                    ["1", "Số trung tâm dữ liệu", "trung tâm", "2", "5"],
                    ["2", "Tỷ lệ hộ gia đình có cáp quang", "%", "80", "100"]])
    assert _rows(text) == ["STT | Chỉ tiêu | Đơn vị tính | Năm 2025 | Năm 2030",
                           "1 | Số trung tâm dữ liệu | trung tâm | 2 | 5",
                           "2 | Tỷ lệ hộ gia đình có cáp quang | % | 80 | 100"]


def test_a_cell_ticked_x_is_no_group_row() -> None:
    text = _barred([["STT", "Nhiệm vụ", "Cấp tỉnh", "Cấp huyện", "Cấp xã"],
                    ["1", "Triển khai chữ ký số", "X", "X", ""],
                    ["2", "Tỷ lệ văn bản được ký số", "98%", "95%", "90%"]])
    assert _rows(text)[1:] == ["1 | Triển khai chữ ký số | X | X", "2 | Tỷ lệ văn bản được ký số | 98% | 95% | 90%"]
