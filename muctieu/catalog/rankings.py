"""Which ranking a place's rank is in when its words name the ranking only loosely.

News writes a province's place in the digital-transformation ranking many
ways ("Thanh Hóa đều có sự vươn lên mạnh mẽ khi xếp hạng", "giữ vững vị trí
top 5 chỉ số chuyển đổi số toàn quốc"); the wording often carries too many
other words for the catalogue's wordings to reach the match threshold. A rank
whose words name digital transformation (or the DTI) and nothing narrower —
no pillar or component of the index, no other index, no ministry, district or
regional ranking — is the province's place in the provincial DTI.
"""

from __future__ import annotations

import re

PROVINCIAL_DTI_RANK = "dti.provincial_rank"

_DX = re.compile(r"chuyển\s+đổi\s+số|\bDTI\b", re.I)
_NARROWER = re.compile(
    r"chính\s+quyền\s+số|kinh\s+tế\s+số|xã\s+hội\s+số|hạ\s+tầng|nhận\s+thức|thể\s+chế|nhân\s+lực|an\s+toàn|"
    r"dữ\s+liệu|hồ\s+sơ|dịch\s+vụ\s+công|phục\s+vụ|\bPAR\b|SIPAS|\bPCI\b|PAPI|kích\s+hoạt|thanh\s+toán|"
    r"cấp\s+(?:bộ|huyện|xã)|\bsở\b|bộ,\s+ngành|quốc\s+gia|Việt\s+Nam|khu\s+vực|vùng|miền",
    re.I,
)


def loose_ranking(wording: str | None, unit: str | None) -> str | None:
    """The catalogue id of the ranking a rank's loose wording is in, or None."""
    if unit != "rank" or not wording or not _DX.search(wording) or _NARROWER.search(wording):
        return None
    return PROVINCIAL_DTI_RANK
