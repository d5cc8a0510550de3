"""Segmentation: sentences, clauses, and run-on text read in bounded pieces."""

import pytest

from muctieu.extract.segment import MAX_SENTENCE, lines, sentences, without_press_tags


def test_run_on_text_is_read_in_bounded_pieces_cut_after_punctuation() -> None:
    text = "tỷ lệ hồ sơ đạt 50%, cấp tỉnh 90% và " * 500
    pieces = sentences(text, 0, len(text))
    assert len(pieces) > 1
    assert all(p.end - p.start <= MAX_SENTENCE for p in pieces)
    assert all(text[p.end - 1] in ",;" or p.end == len(text.rstrip()) for p in pieces[:-1])
    # nothing is lost between pieces
    covered = "".join(text[p.start:p.end] for p in pieces).replace(" ", "")
    assert covered == text.replace(" ", "")


def test_abbreviations_and_numbers_do_not_end_sentences() -> None:
    text = "TP. Pleiku có 57.877 hồ sơ, đạt 4.0 điểm. Câu thứ hai."
    assert [text[s.start:s.end] for s in sentences(text, 0, len(text))] == [
        "TP. Pleiku có 57.877 hồ sơ, đạt 4.0 điểm.", "Câu thứ hai."
    ]


def test_a_dot_glued_to_the_word_after_it_ends_no_sentence() -> None:
    text = "Số tên miền .vn của tỉnh là 2.150. Số tên miền .com cũng tăng."
    assert [text[s.start:s.end] for s in sentences(text, 0, len(text))] == [
        "Số tên miền .vn của tỉnh là 2.150.", "Số tên miền .com cũng tăng."
    ]


@pytest.mark.parametrize(("text", "kept"), [
    ("(TBTCO) - Kinh tế số tăng nhanh.", "Kinh tế số tăng nhanh."),
    ("Kinhtedothi - Theo công bố của Bộ, ...", "Theo công bố của Bộ, ..."),
    ("HÀ NỘI - Sáng nay, Sở công bố ...", "Sáng nay, Sở công bố ..."),
    ("Đà Nẵng - Thành phố dẫn đầu", "Đà Nẵng - Thành phố dẫn đầu"),  # a name, no tag
    ("- Tỷ lệ hồ sơ trực tuyến: 80%", "- Tỷ lệ hồ sơ trực tuyến: 80%"),
])
def test_a_press_tag_opening_the_lead_is_blanked_and_offsets_hold(text: str, kept: str) -> None:
    out = without_press_tags(text)
    assert len(out) == len(text) and out.strip() == kept


def test_a_line_broken_between_a_verb_and_its_number_is_one_sentence() -> None:
    text = "Cụ thể: Chính quyền số đạt\n0,3512, xếp thứ 47.\n2025\nKế hoạch mới"
    assert [text[s:e] for s, e in lines(text)] == [
        "Cụ thể: Chính quyền số đạt\n0,3512, xếp thứ 47.", "2025", "Kế hoạch mới"]


def test_a_lettered_item_starts_a_line_of_its_own() -> None:
    text = "2. Mục tiêu cụ thể\na) Hạ tầng số\n- 80% dân số có điện thoại\nthông minh."
    assert [text[s:e] for s, e in lines(text)] == [
        "2. Mục tiêu cụ thể", "a) Hạ tầng số", "- 80% dân số có điện thoại\nthông minh."]


def test_a_line_ending_inside_an_open_bracket_goes_on_below() -> None:
    text = "- 75% thủ tục hành chính (TTHC\nCT) được cung cấp trực tuyến;\n(Ghi chú)\nKế hoạch mới"
    assert [text[s:e] for s, e in lines(text)] == [
        "- 75% thủ tục hành chính (TTHC\nCT) được cung cấp trực tuyến;", "(Ghi chú)", "Kế hoạch mới"]


def test_a_bracket_never_closed_does_not_swallow_the_items_below() -> None:
    text = ("Kế hoạch năm 2024 (ban hành kèm theo Quyết định số 12/QĐ-UBND\n- 100% hồ sơ được xử lý trên môi trường mạng\n"
            "- 80% người dân có tài khoản định danh điện tử\n2. Chính quyền số")
    assert len(lines(text)) == 4


def test_a_sentence_glued_to_the_dot_after_a_space_still_starts_anew() -> None:
    # only a domain's ending glues to the dot: a lower-case sentence after " ." is a sentence of its own
    text = "Tỷ lệ hồ sơ trực tuyến đạt 90% .tuy nhiên tỷ lệ thanh toán mới đạt 30%. Tên miền .vn tăng."
    assert [text[s.start:s.end] for s in sentences(text, 0, len(text))] == [
        "Tỷ lệ hồ sơ trực tuyến đạt 90% .", "tuy nhiên tỷ lệ thanh toán mới đạt 30%.", "Tên miền .vn tăng."
    ]


def test_a_year_broken_from_its_word_goes_on_the_line_before() -> None:
    text = "Tỷ lệ dân số có chữ ký số đạt trên 45% vào năm\n2025 và 65% vào năm\n2030. Mục tiêu khác\n2026\nKế hoạch"
    assert [text[s:e] for s, e in lines(text)] == [
        "Tỷ lệ dân số có chữ ký số đạt trên 45% vào năm\n2025 và 65% vào năm\n2030. Mục tiêu khác", "2026", "Kế hoạch"]
