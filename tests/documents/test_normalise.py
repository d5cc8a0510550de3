"""Light normalisation of extracted (non-.txt) text."""

from __future__ import annotations

import unicodedata

from muctieu.documents.normalise import normalise


def test_vietnamese_is_composed_to_nfc() -> None:
    nfd = unicodedata.normalize("NFD", "Tỉnh Quảng Trị")
    assert nfd != "Tỉnh Quảng Trị"
    assert normalise(nfd) == "Tỉnh Quảng Trị\n"


def test_spaces_collapse_within_a_line_and_lines_are_trimmed() -> None:
    assert normalise("  đạt\u00a0\u00a0 80%\t;  \nhết ") == "đạt 80% ;\nhết\n"


def test_at_most_one_blank_line_and_none_at_the_edges() -> None:
    assert normalise("\n\nMột\n\n\n\n  \nHai\r\n\r\n\r\nBa\n\n") == "Một\n\nHai\n\nBa\n"


def test_invisible_characters_do_not_split_words() -> None:
    assert normalise("chuyển\u200b đổi s\u00adố") == "chuyển đổi số\n"
