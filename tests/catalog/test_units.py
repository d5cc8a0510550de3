"""Administrative units: counts, the old → current mapping, name lookups, errors."""

from __future__ import annotations

import json

import pytest

from muctieu.catalog import units
from muctieu.catalog.legacy_source import DATA_FILE, build, render
from muctieu.catalog.units import (
    UnknownUnitError,
    current_of,
    current_provinces,
    find_province,
    old_provinces,
    resolve,
)
from muctieu.errors import MuctieuError


def test_there_are_34_current_provinces_with_unique_two_digit_codes() -> None:
    provinces = current_provinces()
    assert len(provinces) == 34
    codes = [p.code for p in provinces]
    assert len(set(codes)) == 34
    assert all(len(c) == 2 and c.isdigit() for c in codes)


def test_current_provinces_are_28_provinces_and_6_cities() -> None:
    kinds = [p.kind for p in current_provinces()]
    assert kinds.count("tỉnh") == 28
    assert kinds.count("thành phố") == 6
    cities = {p.name for p in current_provinces() if p.kind == "thành phố"}
    assert cities == {"Hà Nội", "Hải Phòng", "Huế", "Đà Nẵng", "Hồ Chí Minh", "Cần Thơ"}


def test_every_current_province_has_communes_with_unique_codes() -> None:
    all_codes = [c.code for p in current_provinces() for c in p.communes]
    assert all(p.communes for p in current_provinces())
    assert len(all_codes) == len(set(all_codes))
    assert all(len(c) == 5 and c.isdigit() for c in all_codes)
    kinds = {c.kind for p in current_provinces() for c in p.communes}
    assert kinds == {"xã", "phường", "đặc khu"}


def test_a_known_commune_carries_its_official_code() -> None:
    hanoi = find_province("Hà Nội")
    hoan_kiem = next(c for c in hanoi.communes if c.name == "Phường Hoàn Kiếm")
    assert hoan_kiem.code == "00070"


def test_there_are_63_old_provinces_each_with_districts() -> None:
    old = old_provinces()
    assert len(old) == 63
    assert len({o.code for o in old}) == 63
    assert all(o.districts for o in old)


def test_every_old_province_maps_to_exactly_one_current_province() -> None:
    current_codes = {p.code for p in current_provinces()}
    for o in old_provinces():
        assert o.current_code in current_codes, o.name
        owners = [p for p in current_provinces() if o in p.merged_from]
        assert owners == [current_of(o)], o.name


def test_merged_from_covers_all_63_old_provinces_once() -> None:
    merged = [o.code for p in current_provinces() for o in p.merged_from]
    assert sorted(merged) == sorted(o.code for o in old_provinces())


@pytest.mark.parametrize(
    ("old", "current"),
    [
        ("Bình Định", "Gia Lai"),
        ("Hậu Giang", "Cần Thơ"),
        ("Sóc Trăng", "Cần Thơ"),
        ("Quảng Nam", "Đà Nẵng"),
        ("Bà Rịa - Vũng Tàu", "Hồ Chí Minh"),
        ("Kon Tum", "Quảng Ngãi"),
        ("Gia Lai", "Gia Lai"),
        ("Hà Nội", "Hà Nội"),
    ],
)
def test_old_names_resolve_to_their_current_province(old: str, current: str) -> None:
    found = resolve(old)
    assert found.old is not None and found.old.name == old
    assert found.current.name == current
    assert found.merged == (old != current)


@pytest.mark.parametrize(
    "written",
    [
        "Bình Định", "binh dinh", "BÌNH ĐỊNH", "Tỉnh Bình Định", "tinh binh dinh",
        "  Bình   Định ", "Binh-Dinh",
        # decomposed Unicode, as some PDFs and Mac keyboards produce
        "Bi\u0300nh \u0110i\u0323nh",
    ],
)
def test_lookup_ignores_case_diacritics_spacing_and_prefix(written: str) -> None:
    found = resolve(written)
    assert found.old is not None and found.old.name == "Bình Định"
    assert found.current.name == "Gia Lai"


@pytest.mark.parametrize(
    "written",
    ["Thành phố Hồ Chí Minh", "TP. Hồ Chí Minh", "TP Hồ Chí Minh", "Tp Hồ Chí Minh",
     "T.P Hồ Chí Minh", "tp.hcm", "TP HCM", "thanh pho ho chi minh"],
)
def test_city_prefixes_and_short_forms(written: str) -> None:
    assert find_province(written).name == "Hồ Chí Minh"


def test_thua_thien_hue_is_the_former_name_of_hue() -> None:
    for written in ("Thừa Thiên Huế", "Thừa Thiên-Huế", "thua thien hue", "Tỉnh Thừa Thiên Huế"):
        found = resolve(written)
        assert found.current.name == "Huế"
        assert found.current.kind == "thành phố"
        assert found.old is not None and "Thừa Thiên Huế" in found.old.former_names
        assert not found.merged


def test_old_and_new_tone_placement_both_resolve() -> None:
    assert find_province("Khánh Hoà").name == find_province("Khánh Hòa").name == "Khánh Hòa"
    assert find_province("Thanh Hoá").name == "Thanh Hóa"


def test_unknown_name_is_a_bilingual_error_listing_three_closest() -> None:
    with pytest.raises(UnknownUnitError) as info:
        resolve("Quảng Namm", where="dòng/row 3")
    exc = info.value
    assert len(exc.closest) == 3
    assert exc.closest[0] == "Quảng Nam"
    text = exc.message()
    assert text.startswith("dòng/row 3: ")
    assert "không tìm thấy tỉnh/thành phố 'Quảng Namm'" in text
    assert "province or city 'Quảng Namm' not found" in text
    assert "Quảng Nam" in exc.vi and "Quảng Nam" in exc.en


def test_misspelt_old_name_suggests_it() -> None:
    with pytest.raises(UnknownUnitError) as info:
        resolve("Thừa Thiên")
    assert "Thừa Thiên Huế" in info.value.closest


def test_empty_name_is_refused_clearly() -> None:
    with pytest.raises(MuctieuError) as info:
        resolve("  tỉnh ")
    assert "trống" in info.value.vi and "empty" in info.value.en


def test_legacy_data_file_is_exactly_what_the_package_gives() -> None:
    # Guards against hand edits and against a package upgrade without a rebuild.
    assert DATA_FILE.read_text(encoding="utf-8") == render(build())
    assert json.loads(DATA_FILE.read_text(encoding="utf-8"))["source"] == "vietnamadminunits 1.0.4"


def test_current_data_path_is_the_packages_own() -> None:
    import vietnam_provinces

    assert units._vietnam_provinces_file() == vietnam_provinces.NESTED_DIVISIONS_JSON_PATH
