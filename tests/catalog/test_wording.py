"""Normalising wordings: diacritics, case, abbreviations, prefixes, qualifiers."""

from __future__ import annotations

from muctieu.catalog.wording import fold, tokens


def test_fold_removes_diacritics_and_case() -> None:
    assert fold("Tỷ lệ Hồ sơ ĐIỆN TỬ") == "ty le ho so dien tu"


def test_text_without_diacritics_gives_the_same_tokens() -> None:
    assert tokens("tỷ lệ hồ sơ thủ tục hành chính") == tokens("ty le ho so thu tuc hanh chinh")


def test_abbreviations_expand() -> None:
    assert tokens("DVCTT của CQNN") == tokens("dịch vụ công trực tuyến của cơ quan nhà nước")
    assert tokens("TTHC") == ("thu", "tuc", "hanh", "chinh")


def test_ratio_and_count_prefixes_are_dropped() -> None:
    base = tokens("doanh nghiệp sử dụng hóa đơn điện tử")
    assert tokens("Tỷ lệ doanh nghiệp sử dụng hóa đơn điện tử") == base
    assert tokens("tỉ trọng doanh nghiệp sử dụng hóa đơn điện tử") == base
    assert tokens("Số lượng doanh nghiệp sử dụng hóa đơn điện tử") == base


def test_trailing_qualifiers_and_brackets_are_dropped() -> None:
    base = tokens("văn bản điện tử được ký số")
    assert tokens("văn bản điện tử được ký số (trừ văn bản mật theo quy định của pháp luật)") == base
    assert tokens("văn bản điện tử được ký số trên địa bàn tỉnh") == base
    assert tokens("văn bản điện tử được ký số theo quy định") == base


def test_a_prefix_alone_is_kept() -> None:
    # Stripping must not empty a wording that is only the prefix.
    assert tokens("tỷ lệ") == ("ty", "le")
