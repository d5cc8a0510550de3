"""The year a text speaks from, and the year an index measures (cues.py)."""

from __future__ import annotations

from muctieu.extract.cues import index_year, reference_year


def test_the_date_of_a_numbered_document_is_not_the_texts_own() -> None:
    text = ("Năm 2024, tỉnh đã triển khai Kế hoạch số 171/KH-UBND ngày 29/9/2023 về hạ tầng số. "
            "Đến ngày 15/12/2024, 98% dân số có sóng 4G.")
    assert reference_year(text) == 2024
    assert reference_year("Tỉnh thực hiện Kế hoạch số 12/KH-UBND ngày 3/2/2022 về chuyển đổi số.") is None


def test_an_index_names_the_year_it_measures_not_a_deadline_or_a_comparison() -> None:
    assert index_year("Bộ công bố kết quả chỉ số chuyển đổi số (DTI) năm 2023 của các tỉnh.") == 2023
    assert index_year("DTI 2024 của tỉnh đạt 0,71.") == 2024
    assert index_year("Chỉ số DTI tăng 5 bậc so với năm 2022.") is None
    assert index_year("Phấn đấu chỉ số DTI đến năm 2030 vào nhóm 10 tỉnh dẫn đầu.") is None
