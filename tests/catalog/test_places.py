"""Which province a document is about: named in its header, or inferred from
the districts it mentions, and never a confident guess from ambiguous names."""

from __future__ import annotations

from pathlib import Path

import pytest

from muctieu.catalog.places import PlaceGuess, locate, locate_text, province_fields
from muctieu.documents.load import load
from muctieu.documents.metadata import find_metadata

SEEDS = Path("/work/shared/seeds")


def _locate(text: str) -> PlaceGuess | None:
    return locate_text(text, find_metadata(text).province)


@pytest.mark.skipif(not SEEDS.is_dir(), reason="shared seeds not mounted")
@pytest.mark.parametrize(
    ("prefix", "named", "old", "current", "via"),
    [
        ("000_", "Pleiku", "Gia Lai", "Gia Lai", "place"),
        ("001_", "Bình Định", "Bình Định", "Gia Lai", "named"),
        ("002_", "Thừa Thiên Huế", "Huế", "Huế", "named"),
        ("003_", "Gia Lai", "Gia Lai", "Gia Lai", "named"),
        ("004_", "Hậu Giang", "Hậu Giang", "Cần Thơ", "named"),
    ],
)
def test_seed_documents(prefix: str, named: str, old: str, current: str, via: str) -> None:
    (path,) = SEEDS.glob(f"{prefix}*.txt")
    assert locate(load(path)) == PlaceGuess(named=named, old=old, current=current, via=via)


def test_header_name_wins_over_places_mentioned() -> None:
    text = ("Kế hoạch chuyển đổi số tỉnh Hậu Giang năm 2023\n"
            "Học tập mô hình của TP. Pleiku và thị xã An Khê.")
    guess = _locate(text)
    assert guess is not None and (guess.named, guess.current) == ("Hậu Giang", "Cần Thơ")


def test_words_caught_after_the_province_name_are_dropped() -> None:
    # The metadata regex takes up to four capitalised words.
    guess = locate_text("", "Bình Định Năm")
    assert guess is not None and guess.named == "Bình Định" and guess.current == "Gia Lai"


def test_unresolvable_header_name_falls_back_to_places() -> None:
    guess = locate_text("Thị xã Ngã Bảy đạt 95%.", "Xyz")
    assert guess is not None and guess.named == "Ngã Bảy" and guess.current == "Cần Thơ"


@pytest.mark.parametrize("written", ["TP. Pleiku", "TP.Pleiku", "Tp Pleiku", "T.P Pleiku",
                                      "thành phố Pleiku", "THÀNH PHỐ Pleiku"])
def test_district_level_city_in_any_spelling(written: str) -> None:
    guess = _locate(f"Năm 2023, {written} có 80% hồ sơ trực tuyến.")
    assert guess == PlaceGuess(named="Pleiku", old="Gia Lai", current="Gia Lai", via="place")


def test_several_districts_of_one_old_province() -> None:
    guess = _locate("Huyện Chư Sê, huyện Chư Păh và thị xã An Khê đều đạt 100%.")
    assert guess is not None and (guess.named, guess.old, guess.current) == (
        "Chư Sê", "Gia Lai", "Gia Lai")


def test_district_name_of_two_provinces_alone_gives_no_answer() -> None:
    # Phong Điền is a district of both Thừa Thiên Huế and Cần Thơ.
    assert _locate("Huyện Phong Điền đã số hóa 70% hồ sơ.") is None


def test_shared_district_name_settled_by_an_unambiguous_one() -> None:
    guess = _locate("Huyện Phong Điền và huyện Cờ Đỏ đã số hóa 70% hồ sơ.")
    assert guess is not None and guess.old == "Cần Thơ"


def test_names_differing_only_in_diacritics_are_told_apart() -> None:
    # Phù Ninh is in Phú Thọ, Phú Ninh in Quảng Nam (now Đà Nẵng).
    assert _locate("Huyện Phù Ninh đạt 90%.").current == "Phú Thọ"  # type: ignore[union-attr]
    assert _locate("Huyện Phú Ninh đạt 90%.").current == "Đà Nẵng"  # type: ignore[union-attr]


def test_places_of_two_unrelated_provinces_give_no_answer() -> None:
    assert _locate("TP. Pleiku đạt 80%, TP. Đà Lạt đạt 85%.") is None


def test_places_of_two_old_provinces_now_merged_give_the_current_only() -> None:
    guess = _locate("TP. Quy Nhơn đạt 80%, thị xã An Khê đạt 85%.")
    assert guess is not None and guess.old is None and guess.current == "Gia Lai"


def test_a_clear_majority_of_places_decides() -> None:
    text = "TP. Pleiku, huyện Chư Sê và thị xã Ayun Pa đạt 90%; học tập TP. Đà Lạt."
    guess = _locate(text)
    assert guess is not None and guess.old == "Gia Lai"


def test_lower_case_words_after_a_kind_are_not_places() -> None:
    assert _locate("Các huyện, thị xã, thành phố triển khai; thành phố thông minh.") is None


def test_text_naming_nothing_gives_no_answer() -> None:
    assert _locate("Tỷ lệ hồ sơ trực tuyến đạt 80%.") is None


def test_province_fields_for_records(tmp_path: Path) -> None:
    f = tmp_path / "k.txt"
    f.write_text("Kế hoạch chuyển đổi số tỉnh Bình Định năm 2024\nTỷ lệ đạt 80%.\n",
                 encoding="utf-8")
    assert province_fields(load(f)) == {"province": "Bình Định", "province_current": "Gia Lai"}
    g = tmp_path / "n.txt"
    g.write_text("Tỷ lệ hồ sơ trực tuyến đạt 80%.\n", encoding="utf-8")
    assert province_fields(load(g)) == {"province": None, "province_current": None}


def test_a_records_place_is_another_province_named_in_its_wording_not_a_commune_of_that_name() -> None:
    from muctieu.catalog.places import PlaceGuess, place_of

    own = PlaceGuess(named="Quảng Ninh", old="Quảng Ninh", current="Quảng Ninh", via="named")
    assert place_of("tỷ lệ hồ sơ trực tuyến Hòa Bình", own) == "Hòa Bình"
    assert place_of("tỷ lệ hồ sơ trực tuyến Quảng Ninh", own) is None  # its own
    # a commune or district that shares a province's name, written small or capitalised
    assert place_of("Xã Hòa Bình đã phủ sóng", own) is None and place_of("tại huyện Long An", own) is None
    assert place_of("Hòa Bình", None) is None  # the document's own province unknown: no guess
