from __future__ import annotations

from muctieu.extract import extract_records
from muctieu.extract.candidates import candidates

TEXT = (
    "Thực hiện Quyết định số 749/QĐ-TTg, năm 2024 tỉnh phấn đấu 100% hồ sơ được số hóa; "
    "hỗ trợ 5 doanh nghiệp (theo Kế hoạch số 33/KH-UBND)."
)


def test_every_number_is_a_candidate_with_the_grammars_reading() -> None:
    recs = extract_records(TEXT, plan_year=2024)
    cands = {TEXT[c.anchor:c.token_end]: c for c in candidates(TEXT, recs)}
    # the grammar's quantities carry their records...
    assert [r.value for r in cands["100"].records] == [100]
    assert cands["5"].mention is not None and cands["5"].mention.unit == "count"
    # ...and the numbers it filtered out are candidates too, without records
    assert cands["749"].records == [] and cands["2024"].records == []
    assert cands["33"].in_brackets and not cands["100"].in_brackets


def test_numbers_after_a_related_articles_line_are_marked() -> None:
    text = "Tỷ lệ hồ sơ trực tuyến đạt 80%.\nTin liên quan\nTỉnh có 50% xã đạt chuẩn."
    cands = candidates(text, extract_records(text, plan_year=2024))
    assert [(c.value, c.after_related) for c in cands] == [(80, False), (50, True)]
