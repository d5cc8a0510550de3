"""Headlines that restate a figure of the body take the body's reading (headlines.py)."""

from __future__ import annotations

from tests.extract.helpers import read


def test_a_subheading_restated_below_as_an_aim_is_that_aim() -> None:
    text = ("date 2025-12\nTỉnh ban hành chương trình phát triển nhân lực số.\n\n"
            "Tỷ lệ lao động qua đào tạo nghề đạt khoảng 72%\n\n"
            "Chương trình đặt mục tiêu đến năm 2030, tỷ lệ lao động qua đào tạo nghề đạt khoảng 72%.\n")
    recs = read(text, plan_year=None)
    assert [(r.value, r.kind, r.year) for r in recs] == [(72, "target", 2030), (72, "target", 2030)]


def test_a_title_takes_the_kind_and_year_of_the_aim_its_body_states() -> None:
    text = ("date 2025-11\nQuảng Ngãi: 100% kết quả thủ tục hành chính trả qua bản điện tử\n"
            "Năm 2026, tỉnh phấn đấu 100% kết quả thủ tục hành chính được trả qua bản điện tử.\n")
    assert [(r.kind, r.year) for r in read(text, plan_year=None)] == [("target", 2026), ("target", 2026)]


def test_a_headline_that_says_it_is_an_aim_keeps_its_own_reading() -> None:
    text = ("Mục tiêu năm 2026: 85% hồ sơ giải quyết trực tuyến toàn trình\n\n"
            "Ban chỉ đạo yêu cầu thực hiện giải quyết hồ sơ trực tuyến toàn trình đạt 85% trong năm 2026.\n")
    assert read(text, plan_year=None)[0].kind == "target"


def test_an_item_of_a_results_list_is_no_headline() -> None:
    text = ("date 2024-12\nKết quả năm 2024 như sau.\n\n- 100% văn bản đi được ký số\n\n- 85% hồ sơ được số hóa\n\n"
            "Năm 2025, tỉnh phấn đấu 100% văn bản đi được ký số và 95% hồ sơ được số hóa.\n")
    assert [(r.value, r.kind, r.year) for r in read(text, plan_year=None)][:2] == [
        (100, "result", 2024), (85, "result", 2024)]
