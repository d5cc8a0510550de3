"""What a wording's share or count is of, and how it keeps the matcher honest."""

from __future__ import annotations

import pytest

from muctieu.catalog.match import indicator_fields
from muctieu.catalog.subjects import subject_of


@pytest.mark.parametrize("wording, subject", [
    ("Tỷ lệ dân số được phủ sóng di động", "population"),
    ("tỷ lệ người dân có danh tính số", "population"),
    ("hộ gia đình có cáp quang", "household"),
    ("số xã có điểm phục vụ bưu chính", "commune"),
    ("xã, phường có hội nghị truyền hình", "commune"),
    ("ấp, khu phố có sóng 4G", "village"),
    ("thôn, tổ dân phố có loa truyền thanh", "village"),
    ("tỷ lệ doanh nghiệp dùng hóa đơn điện tử", "enterprise"),
    ("hợp tác xã bán hàng trực tuyến", "cooperative"),
    ("xã hội số", None),  # the pillar, not communes
    ("hồ sơ xử lý trực tuyến", None),  # "hồ sơ" is no household
    ("chỉ số DTI", None),
])
def test_the_subject_a_wording_opens_with(wording: str, subject: str | None) -> None:
    assert subject_of(wording) == subject


def test_a_share_of_villages_never_gets_a_share_of_the_population() -> None:
    people = indicator_fields("tỷ lệ dân số được phủ sóng mạng di động 4G/5G", unit="%")["indicator_id"]
    villages = indicator_fields("tỷ lệ ấp, khu phố được phủ sóng mạng di động 4G/5G", unit="%")["indicator_id"]
    assert people is not None and "population" in people
    assert villages != people
    assert villages is None or "village" in villages


def test_fixed_and_mobile_access_are_told_apart() -> None:
    from muctieu.catalog.access import access_of

    assert access_of("thuê bao điện thoại cố định") == "fixed"
    assert access_of("hộ gia đình có cáp quang") == "fixed"
    assert access_of("dân số được phủ sóng 4G") == "mobile"
    assert access_of("băng rộng cố định và di động") is None
    got = indicator_fields("thuê bao điện thoại cố định", unit="count")["indicator_id"]
    assert got is None or "mobile" not in got


def test_smartphone_in_english_is_a_smartphone() -> None:
    assert indicator_fields("Tỷ lệ dân số trưởng thành sử dụng Smartphone", unit="%")["indicator_id"] == \
        indicator_fields("Tỷ lệ dân số trưởng thành có điện thoại thông minh", unit="%")["indicator_id"]
