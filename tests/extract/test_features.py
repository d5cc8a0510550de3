from __future__ import annotations

from muctieu.extract import extract_records
from muctieu.extract.candidates import candidates
from muctieu.extract.features import doc_info, features, year_options


def _flags(text: str, plan_year: int | None = 2024) -> dict[str, list[str]]:
    doc = doc_info(text, plan_year)
    return {text[c.anchor:c.token_end]: features(text, c, doc)
            for c in candidates(text, extract_records(text, plan_year=plan_year))}


def test_each_flag_counts_once_however_often_its_words_repeat() -> None:
    # weights were learned on sets of flags; a repeated cue must not add its weight twice
    text = "Tỷ lệ hồ sơ đạt 80%, tỷ lệ văn bản đạt 90%, tỷ lệ cuộc họp đạt 70%, tỷ lệ chữ ký đạt 60%."
    for flags in _flags(text).values():
        assert len(flags) == len(set(flags))
    assert "sb:đạt" in _flags(text)["70"] and "sa:đạt" in _flags(text)["70"]


def test_a_report_and_a_plan_read_differently_as_wholes() -> None:
    report = "Năm 2023, tỉnh đã đạt kết quả tốt: 100% xã đã có cáp quang; đến nay 95% hồ sơ được số hóa."
    plan = "Mục tiêu đến năm 2025: phấn đấu 100% xã có cáp quang; chỉ tiêu 95% hồ sơ được số hóa."
    assert "doc_r=hi" in _flags(report)["100"]
    assert "doc_r=lo" in _flags(plan)["100"]


def test_what_precedes_a_number_and_its_grammar_reading_are_flags() -> None:
    text = "Theo Quyết định số 749/QĐ-TTg, phấn đấu 100% hồ sơ được số hóa."
    flags = _flags(text)
    assert {"g_none", "pw1=số"} <= set(flags["749"])
    assert {"g", "g_kind=target", "m_unit=%"} <= set(flags["100"])


def test_year_sources_name_what_the_sentence_and_the_document_say() -> None:
    text = "date 2023-08 Kế hoạch năm 2024.\nĐến năm 2025, 100% hồ sơ được số hóa."
    doc = doc_info(text, 2024)
    c = next(c for c in candidates(text, extract_records(text, plan_year=2024)) if c.value == 100)
    options = year_options(text, c, doc, 2025)
    assert options["sent_before"] == 2025 and options["plan"] == 2024 and options["plan-1"] == 2023
    assert options["stamp"] == 2023 and options["none"] is None
