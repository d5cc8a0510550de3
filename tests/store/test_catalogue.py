"""The real catalogue behind the store: units, indicators, the matcher."""

from muctieu.store.catalogue import CatalogueIndicators, CatalogueUnits, match_wording


def test_old_and_new_province_names_resolve_to_todays_unit() -> None:
    units = CatalogueUnits()
    gia_lai = units.province("Gia Lai")
    assert gia_lai is not None and units.province("Bình Định") == gia_lai
    assert units.province(gia_lai.code) == gia_lai
    assert units.province("Hậu Giang").name == "Cần Thơ"  # type: ignore[union-attr]
    assert units.province("Atlantis") is None


def test_communes_by_code_or_name_with_or_without_kind() -> None:
    units = CatalogueUnits()
    code = units.province("Gia Lai").code  # type: ignore[union-attr]
    communes = units.communes(code)
    assert len(communes) > 100
    first = communes[0]
    bare = first.name.split(" ", 1)[1]
    assert units.commune(first.code, code) == first
    assert units.commune(first.name, code) == first
    assert units.commune(bare.upper(), code) == first
    assert units.commune(first.code, units.province("Hà Nội").code) is None  # type: ignore[union-attr]


def test_indicators_and_matching() -> None:
    ind = CatalogueIndicators()
    hit = match_wording("Tỷ lệ dân số trưởng thành có điện thoại thông minh")
    assert hit is not None and 0.5 <= hit[1] <= 1
    assert ind.indicator(hit[0]) is not None
    assert ind.indicator("no.such_indicator") is None
    assert match_wording("số lượng cuộc họp của hội đồng nhân dân") is None
