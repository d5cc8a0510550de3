"""`TargetRecord`: one quantity stated in a text (see shared spec target-records.md)."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any, Literal

Kind = Literal["target", "result"]
Op = Literal[">=", ">", "<=", "<", "=", "~", "between"]
Unit = Literal["%", "rank", "count", "other"]

PILLARS: tuple[str, ...] = (
    "digital_awareness",
    "digital_institutions",
    "digital_infrastructure",
    "digital_data",
    "digital_platforms",
    "digital_human_resources",
    "information_security",
    "digital_government",
    "digital_economy",
    "digital_society",
    "smart_city",
)

PILLAR_NAMES_VI: dict[str, str] = {
    "digital_awareness": "nhận thức số",
    "digital_institutions": "thể chế số",
    "digital_infrastructure": "hạ tầng số",
    "digital_data": "dữ liệu số",
    "digital_platforms": "nền tảng số",
    "digital_human_resources": "nhân lực số",
    "information_security": "an toàn thông tin",
    "digital_government": "chính quyền số",
    "digital_economy": "kinh tế số",
    "digital_society": "xã hội số",
    "smart_city": "đô thị thông minh",
}


@dataclass(slots=True)
class TargetRecord:
    kind: Kind
    indicator: str
    scope: str | None
    op: Op
    value: float
    value_max: float | None
    unit: Unit
    year: int | None
    pillar: str | None
    start: int  # clause start (str index into the document text)
    end: int  # clause end (exclusive)
    anchor: int  # first character of the number
    unit_text: str | None = None

    def to_json(self) -> dict[str, Any]:
        d = asdict(self)
        if d["unit_text"] is None:
            del d["unit_text"]
        for key in ("value", "value_max"):
            v = d[key]
            if isinstance(v, float) and v.is_integer():
                d[key] = int(v)
        return d
