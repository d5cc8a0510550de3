"""The most reported indicators when a wording names them only loosely (catalog/loose.py)."""

from __future__ import annotations

import pytest

from muctieu.catalog.loose import loose_match
from muctieu.catalog.match import indicator_fields


@pytest.mark.parametrize(("wording", "unit", "indicator_id"), [
    ("Thanh Hóa đều có sự vươn lên mạnh mẽ khi xếp hạng về chuyển đổi số", "rank", "dti.provincial_rank"),
    ("thành phố liên tục giữ vững vị trí top 5 chỉ số chuyển đổi số toàn quốc", "rank", "dti.provincial_rank"),
    ("Theo công bố của Bộ, tỉnh đạt điểm về DTI", "other", "dti.provincial_score"),
    ("Kinh tế số ngày càng đóng góp quan trọng trong cơ cấu GRDP của tỉnh", "%", "econ.digital_economy_gdp_share"),
    ("Theo số liệu của hệ thống, tỉnh đã xử lý trực tuyến toàn trình trong tổng số hồ sơ", "%",
     "egov.online_applications_share"),
])
def test_a_loosely_worded_report_of_a_main_indicator_gets_its_id(wording: str, unit: str, indicator_id: str) -> None:
    assert indicator_fields(wording, unit=unit)["indicator_id"] == indicator_id


@pytest.mark.parametrize(("wording", "unit"), [
    ("về chuyển đổi số, chỉ số chính quyền số của tỉnh xếp thứ", "rank"),  # a pillar of the index
    ("xếp hạng chuyển đổi số các sở, ngành: Sở Y tế", "rank"),  # the province's own agencies
    ("chuyển đổi số cấp huyện, huyện Đắk Mil đứng đầu", "other"),  # districts
    ("chỉ số chuyển đổi số khu vực đồng bằng sông Cửu Long", "rank"),  # a regional ranking
    ("Việt Nam tăng trong chỉ số chuyển đổi số quốc gia", "rank"),  # a country's
    ("tổng kinh phí cho chuyển đổi số", "other"),  # money, no score
    ("kinh tế số trong từng ngành, lĩnh vực so với GRDP", "%"),  # a sector's share
    ("điểm chỉ số chuyển đổi số của tỉnh", "%"),  # another unit
    ("người dân sử dụng dịch vụ công trực tuyến thay cho nộp hồ sơ trực tiếp", "%"),  # people, not applications
    ("hồ sơ thanh toán trực tuyến", "%"),  # payments
])
def test_a_narrower_or_other_quantity_gets_no_loose_id(wording: str, unit: str) -> None:
    assert loose_match(wording, unit) is None
