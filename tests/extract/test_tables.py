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
