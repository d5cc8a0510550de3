"""Small stand-ins for the catalogue (units, indicators, matcher) and plans."""

from __future__ import annotations

import csv
from pathlib import Path

from muctieu.documents.model import Document, DocumentMeta
from muctieu.extract.records import TargetRecord
from muctieu.store.references import (
    IndicatorRef, References, StaticIndicators, StaticUnits, UnitRef,
)

GIA_LAI = UnitRef("province", "52", "Gia Lai", "52")
HA_NOI = UnitRef("province", "01", "Hà Nội", "01")
QUY_NHON = UnitRef("commune", "21550", "Phường Quy Nhơn", "52")
TUY_PHUOC = UnitRef("commune", "21583", "Xã Tuy Phước", "52")
BA_DINH = UnitRef("commune", "00004", "Phường Ba Đình", "01")

ONLINE = IndicatorRef("dvc_toan_trinh", "Tỷ lệ dịch vụ công trực tuyến toàn trình", "%")
SIGNATURES = IndicatorRef("chu_ky_so_ca_nhan", "Số chữ ký số cá nhân", "count")


class MergedUnits(StaticUnits):
    """Units after the 2025 merger: the old name "Bình Định" is now Gia Lai."""

    OLD_NAMES = {"bình định": GIA_LAI}

    def province(self, name_or_code: str) -> UnitRef | None:
        return self.OLD_NAMES.get(name_or_code.strip().casefold()) or super().province(
            name_or_code)


def synthetic_communes(n: int) -> list[UnitRef]:
    """`n` made-up communes of Gia Lai, for tests that need many units."""
    return [UnitRef("commune", f"X{i:05d}", f"Xã thử {i:05d}", GIA_LAI.code) for i in range(n)]


def synthetic_indicators(n: int) -> list[IndicatorRef]:
    return [IndicatorRef(f"thu_{i:02d}", f"Chỉ tiêu thử {i:02d}", "count") for i in range(n)]


def references(communes: int = 0, indicators: int = 0) -> References:
    return References(
        units=MergedUnits([GIA_LAI, HA_NOI, QUY_NHON, TUY_PHUOC, BA_DINH,
                           *synthetic_communes(communes)]),
        indicators=StaticIndicators([ONLINE, SIGNATURES, *synthetic_indicators(indicators)]),
    )


WORDING_IDS = {"dịch vụ công trực tuyến toàn trình": ONLINE.id, "chữ ký số": SIGNATURES.id}


def match(wording: str, unit: str | None = None) -> tuple[str, float] | None:
    """Stands in for muctieu.catalog.match.match_indicator."""
    for words, indicator_id in WORDING_IDS.items():
        if words in wording:
            return indicator_id, 0.9
    return None


PLAN_TEXT = (
    "KẾ HOẠCH Chuyển đổi số tỉnh Bình Định năm 2024\n"
    "Năm 2023 đã cấp 57.877 chữ ký số cá nhân. "
    "Năm 2024: 100% dịch vụ công trực tuyến toàn trình; cấp xã đạt 60% hồ sơ xử lý trên mạng.\n"
)


def plan(text: str = PLAN_TEXT, source: str = "ke-hoach-binh-dinh-2024.txt") -> Document:
    meta = DocumentMeta(province="Bình Định", plan_number="33/KH-UBND", plan_year=2024,
                        title="Kế hoạch chuyển đổi số năm 2024")
    return Document(source=source, text=text, format="txt", meta=meta)


def _record(text: str, phrase: str, number: str, **fields: object) -> TargetRecord:
    start = text.index(phrase)
    return TargetRecord(start=start, end=start + len(phrase), anchor=text.index(number, start),
                        **fields)  # type: ignore[arg-type]


def plan_records(text: str = PLAN_TEXT) -> list[TargetRecord]:
    """What the grammar would find in PLAN_TEXT: one result, two targets."""
    return [
        _record(text, "đã cấp 57.877 chữ ký số cá nhân", "57.877", kind="result",
                indicator="chữ ký số cá nhân", scope=None, op="=", value=57877.0,
                value_max=None, unit="count", year=2023, pillar=None),
        _record(text, "100% dịch vụ công trực tuyến toàn trình", "100", kind="target",
                indicator="dịch vụ công trực tuyến toàn trình", scope=None, op=">=",
                value=100.0, value_max=None, unit="%", year=2024, pillar="digital_government"),
        _record(text, "cấp xã đạt 60% hồ sơ xử lý trên mạng", "60", kind="target",
                indicator="hồ sơ xử lý trên mạng", scope="cấp xã", op=">=", value=60.0,
                value_max=None, unit="%", year=2024, pillar="digital_government"),
    ]


HEADER = ["Mã chỉ tiêu", "Tỉnh/thành phố", "Mã đơn vị (xã hoặc tỉnh)", "Năm", "Giá trị",
          "Tử số", "Mẫu số"]


def write_csv(path: Path, rows: list[list[object]], header: list[str] = HEADER) -> Path:
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(header)
        w.writerows(rows)
    return path
