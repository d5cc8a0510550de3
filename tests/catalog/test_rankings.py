"""A place's rank whose words name the DX ranking only loosely (catalog/rankings.py)."""

from __future__ import annotations

import pytest

from muctieu.catalog.match import indicator_fields
from muctieu.catalog.rankings import loose_ranking


@pytest.mark.parametrize("wording", [
    "Thanh Hóa đều có sự vươn lên mạnh mẽ khi xếp hạng về chuyển đổi số",
    "thành phố liên tục giữ vững vị trí top 5 chỉ số chuyển đổi số toàn quốc",
    "Theo công bố của Bộ, tỉnh đứng thứ về DTI",
])
def test_a_loosely_worded_dx_rank_is_the_provincial_dti_rank(wording: str) -> None:
    assert indicator_fields(wording, unit="rank")["indicator_id"] == "dti.provincial_rank"


@pytest.mark.parametrize("wording", [
    "về chuyển đổi số, chỉ số chính quyền số của tỉnh xếp thứ",  # a pillar of the index
    "xếp hạng chuyển đổi số các sở, ngành: Sở Y tế",  # the province's own agencies
    "chuyển đổi số cấp huyện, huyện Đắk Mil đứng đầu",  # districts
    "chỉ số chuyển đổi số khu vực đồng bằng sông Cửu Long",  # a regional ranking
    "Việt Nam tăng trong chỉ số chuyển đổi số quốc gia",  # a country's
])
def test_a_narrower_or_other_ranking_is_not_the_provincial_one(wording: str) -> None:
    assert loose_ranking(wording, "rank") is None


def test_only_ranks_are_read_this_way() -> None:
    assert loose_ranking("điểm chỉ số chuyển đổi số của tỉnh", "other") is None
