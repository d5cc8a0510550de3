"""Name keys: what must meet and what must stay apart."""

from __future__ import annotations

from muctieu.catalog.names import name_key, tone_key


def test_name_key_drops_case_diacritics_prefix_and_spacing() -> None:
    assert name_key("Tỉnh Đắk Lắk") == name_key("daklak") == name_key("DAK LAK") == "daklak"
    assert name_key("T.P Cần Thơ") == name_key("Tp. Can Tho") == "cantho"
    assert name_key("Thủ đô Hà Nội") == "hanoi"


def test_name_key_of_a_bare_prefix_is_empty() -> None:
    assert name_key("tỉnh") == name_key(" Thành phố ") == name_key("TP.") == ""


def test_tone_key_ignores_tone_placement_only() -> None:
    assert tone_key("Hòa Bình") == tone_key("Hoà Bình") == tone_key("HOÀ BÌNH")
    assert tone_key("Phú Ninh") != tone_key("Phù Ninh")
    assert tone_key("Thanh Trì") != tone_key("Thạnh Trị")
    assert tone_key("Quang Bình") != tone_key("Quảng Bình")


def test_tone_key_accepts_decomposed_input() -> None:
    assert tone_key("Thu\u0309y") == tone_key("Thủy") == tone_key("Thuỷ")
