"""The most reported indicators when a wording names them only loosely.

News writes a province's place in the digital-transformation ranking, its
DTI score, the digital economy's share of GRDP and the share of applications
made online many ways ("Thanh Hóa đều
có sự vươn lên mạnh mẽ khi xếp hạng", "giữ vững vị trí top 5 chỉ số chuyển
đổi số toàn quốc", "Kinh tế số ngày càng đóng góp quan trọng trong cơ cấu
GRDP của tỉnh (chiếm ...)"); such a wording carries too many other words for
the catalogue's wordings to reach the match threshold. When the words name
the thing and nothing narrower — no pillar or component of the index, no
other index, no ministry, district or regional ranking, no sector's share —
the unit says which it is.
"""

from __future__ import annotations

import re

_DX = re.compile(r"chuyển\s+đổi\s+số|\bDTI\b", re.I)
_NARROWER_THAN_DTI = re.compile(
    r"chính\s+quyền\s+số|kinh\s+tế\s+số|xã\s+hội\s+số|hạ\s+tầng|nhận\s+thức|thể\s+chế|nhân\s+lực|an\s+toàn|"
    r"dữ\s+liệu|hồ\s+sơ|dịch\s+vụ\s+công|phục\s+vụ|\bPAR\b|SIPAS|\bPCI\b|PAPI|kích\s+hoạt|thanh\s+toán|"
    r"cấp\s+(?:bộ|huyện|xã)|\bsở\b|bộ,\s+ngành|quốc\s+gia|Việt\s+Nam|khu\s+vực|vùng|miền|"
    r"kinh\s+phí|ngân\s+sách|vốn|đồng\b",
    re.I,
)
_DIGITAL_ECONOMY_OF_GRDP = re.compile(r"kinh\s+tế\s+số.*\bG(?:R)?DP\b|\bG(?:R)?DP\b.*kinh\s+tế\s+số", re.I)
_ONLINE_APPLICATIONS = re.compile(r"hồ\s+sơ.*trực\s+tuyến|trực\s+tuyến.*hồ\s+sơ", re.I)
# (paid, digitised, on time, of work, by people, of services...: other shares)
_NARROWER_THAN_APPLICATIONS = re.compile(
    r"thanh\s+toán|số\s+hóa|công\s+việc|đúng\s+hạn|trễ\s+hạn|quá\s+hạn|hài\s+lòng|một\s+lần|điện\s+tử\s+hóa|"
    r"lưu\s+trữ|tích\s+hợp|phát\s+sinh|người\s+dân|sử\s+dụng|dịch\s+vụ\s+công\s+trực\s+tuyến\s+(?:toàn\s+trình|một\s+phần)",
    re.I)
_NARROWER_THAN_ECONOMY = re.compile(
    r"ngành|lĩnh\s+vực|lõi|TFP|tăng\s+trưởng|tốc\s+độ|lao\s+động|thương\s+mại", re.I)

# (unit, names the thing, names something narrower, catalogue id)
_RULES: tuple[tuple[str, re.Pattern[str], re.Pattern[str], str], ...] = (
    ("rank", _DX, _NARROWER_THAN_DTI, "dti.provincial_rank"),
    ("other", _DX, _NARROWER_THAN_DTI, "dti.provincial_score"),
    ("%", _DIGITAL_ECONOMY_OF_GRDP, _NARROWER_THAN_ECONOMY, "econ.digital_economy_gdp_share"),
    ("%", _ONLINE_APPLICATIONS, _NARROWER_THAN_APPLICATIONS, "egov.online_applications_share"),
)


def loose_match(wording: str | None, unit: str | None) -> str | None:
    """The catalogue id a loosely worded quantity of one of the most reported indicators is, or None."""
    if not wording:
        return None
    for rule_unit, names, narrower, indicator_id in _RULES:
        if unit == rule_unit and names.search(wording) and not narrower.search(wording):
            return indicator_id
    return None
