"""Property tests: random and mutated texts never break extraction, and every
record stays grounded (its span inside the text, its number inside its span)."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from muctieu.extract import extract_records

SEEDS = sorted((Path(__file__).resolve().parents[3] / "shared" / "seeds").glob("*.txt"))
FRAGMENTS = [
    "Tỷ lệ hồ sơ trực tuyến đạt ", "100% ", "trên 70%", "65-70%", "từ 15 - 20%", "; ", ": ", ". ",
    "cấp tỉnh", ", cấp huyện và ", "nhóm 30/63 tỉnh", "xếp thứ 18/63", "12/15 sở", "2,5 triệu lượt",
    "57.877 hồ sơ", "40 Mb/s", "\n", "* Về kinh tế số\n", "II. PHÁT TRIỂN XÃ HỘI SỐ\n", "(trừ văn bản mật)",
    "Chỉ tiêu | 2024 | 2025\n", " | ", "năm 2025", "Kết quả năm 2023:", "đối với cấp xã", "7,5%", "%",
    "(", ")", "/", "-", "0", "2024", "tối thiểu ", "không quá ", "hộ gia đình, ",
]
_SEED_TEXT = "\n".join(p.read_text(encoding="utf-8") for p in SEEDS) if SEEDS else "Tỷ lệ X đạt 50%."


def check_grounded(text: str) -> None:
    for r in extract_records(text, plan_year=2024):
        assert 0 <= r.start <= r.anchor < r.end <= len(text)
        assert text[r.anchor].isdigit()
        written = text[r.anchor:r.end]
        assert any(ch.isdigit() for ch in written[:1])
        assert r.value == r.value  # not NaN
        if r.value_max is not None:
            assert r.value_max >= r.value
        assert r.indicator and r.indicator == r.indicator.strip()


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400))
def test_random_text(text: str) -> None:
    check_grounded(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(FRAGMENTS), max_size=40).map("".join))
def test_shuffled_plan_fragments(text: str) -> None:
    check_grounded(text)


@settings(max_examples=200, deadline=None)
@given(
    st.integers(min_value=0, max_value=max(0, len(_SEED_TEXT) - 1)),
    st.integers(min_value=1, max_value=600),
    st.sampled_from(["", " ", "\n", ";", ":", ".", "%", "5", ",", "(", "đạt "]),
)
def test_mutated_seed_text(pos: int, length: int, insert: str) -> None:
    """Cut a seed anywhere, splice in a delimiter: still grounded."""
    text = _SEED_TEXT[pos:pos + length]
    mid = len(text) // 2
    check_grounded(text[:mid] + insert + text[mid:])
