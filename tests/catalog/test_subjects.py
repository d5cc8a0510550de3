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
    ("mạng 4G phủ sóng khu vực dân cư", "area"),  # areas, not people
    ("độ phủ sóng khu dân cư", "area"),
    ("dân số được phủ sóng ở mọi khu vực dân cư", "population"),  # the opening decides
    ("trung tâm xã được kết nối Internet tốc độ cao", "centre"),
    ("hộ gia đình có cáp quang và dân số trưởng thành có điện thoại thông minh", "several"),
    ("hộ gia đình và hộ kinh doanh có cáp quang", "household"),  # one subject twice
    ("người dân và doanh nghiệp sử dụng dịch vụ công trực tuyến", "population"),  # one compound subject
    ("phủ cáp quang đến xã", "commune"),  # the subject coverage reaches
    ("phủ sóng di động tới các thôn, bản", "village"),
    ("Kinh tế số và Xã hội số cùng xếp hạng", "several"),  # two DTI pillars, one value
    ("dữ liệu mở phục vụ phát triển chính quyền số, kinh tế số, xã hội số", None),  # pillars as a purpose
    ("cơ quan cung cấp dữ liệu mở phục vụ chính quyền số, kinh tế số", None),  # "cung cấp" is no "cùng"
    ("hai chỉ số An toàn thông tin mạng và Hoạt động kinh tế số cùng xếp thứ", "several"),
    ("Sở Y tế xếp thứ", "agency"),  # one agency's own figure
    ("UBND cấp xã", "agency"),
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
    assert access_of("băng rộng cố định và di động") == "several"
    assert access_of("thôn được phủ sóng truyền thanh") == "broadcast"
    got = indicator_fields("thuê bao điện thoại cố định", unit="count")["indicator_id"]
    assert got is None or "mobile" not in got


def test_smartphone_in_english_is_a_smartphone() -> None:
    assert indicator_fields("Tỷ lệ dân số trưởng thành sử dụng Smartphone", unit="%")["indicator_id"] == \
        indicator_fields("Tỷ lệ dân số trưởng thành có điện thoại thông minh", unit="%")["indicator_id"]


def test_coverage_of_areas_or_commune_centres_is_not_coverage_of_people_or_communes() -> None:
    # no catalogue indicator measures areas or centres: no id rather than a wrong one
    assert indicator_fields("Mạng 3G, 4G phủ sóng khu vực dân cư", unit="%")["indicator_id"] is None
    assert indicator_fields("trung tâm xã, phường được phủ sóng Internet", unit="%")["indicator_id"] is None
    assert indicator_fields("tỷ lệ dân số được phủ sóng mạng 4G", unit="%")["indicator_id"] is not None


def test_one_value_for_fixed_and_mobile_networks_gets_no_single_network_indicator() -> None:
    got = indicator_fields("xã được phủ băng rộng cáp quang và sóng di động 4G", unit="%")["indicator_id"]
    assert got is None or ("fibre" not in got and "mobile" not in got)


def test_village_mobile_coverage_is_not_radio_coverage() -> None:
    assert indicator_fields("số thôn được phủ sóng 4G", unit="%")["indicator_id"] == \
        indicator_fields("tỷ lệ thôn được phủ sóng di động", unit="%")["indicator_id"]
    assert "radio" in indicator_fields("thôn được phủ sóng truyền thanh cơ sở", unit="%")["indicator_id"]


def test_plain_mobile_coverage_is_not_broadband_coverage() -> None:
    plain = indicator_fields("dân số được phủ sóng bởi mạng di động", unit="%")["indicator_id"]
    broadband = indicator_fields("dân số được phủ sóng mạng di động 4G", unit="%")["indicator_id"]
    assert plain is not None and broadband is not None and plain != broadband
    assert indicator_fields("tỷ lệ phủ sóng di động", unit="%")["indicator_id"] == plain
