"""The worked example in the README must agree with the code."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from muctieu.evaluate import Point, evaluate_target

DOC = Path(__file__).resolve().parents[2] / "README.md"


def vn_number(text: str) -> float:
    """'14,75%' → 14.75; '−5,56' → -5.56 (decimal comma, typographic minus)."""
    m = re.search(r"[−-]?\d+(?:,\d+)?", text)
    assert m, text
    return float(m.group().replace("−", "-").replace(",", "."))


@pytest.fixture(scope="module")
def doc() -> str:
    return DOC.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def table(doc: str) -> dict[str, tuple[str, str]]:
    block = doc.split("<!-- worked-example")[1].split("<!-- end worked-example -->")[0]
    rows = {}
    for line in block.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 3 and " / " in cells[0]:
            rows[cells[0].split(" / ")[1]] = (cells[1], cells[2])
    return rows


def test_table_matches_the_code(table, target):
    year = lambda key: int(re.search(r"\d{4}", table[key][0]).group())  # noqa: E731
    value = lambda key: vn_number(table[key][1])  # noqa: E731
    t = target(op=">=", value=value("target"), year=year("target"))
    s = evaluate_target(t, [Point(year("baseline"), value("baseline"), "doc"),
                            Point(year("latest"), value("latest"), "doc")])
    assert round(100 * s.observed_rate, 2) == value("observed rate")
    assert round(100 * s.required_rate, 2) == value("required rate")
    assert round(s.ratio, 3) == value("ratio R")
    assert s.gap == value("gap")
    assert s.status.label == table["status"][1]
    # The intermediate figures written in the computation column as well.
    growth = re.findall(r"= (\d+,\d{5})", table["required rate"][0])
    assert [vn_number(g) for g in growth] == [round(85 / 61, 5), round(1 + s.required_rate, 5)]


def test_variants_in_the_text_match_the_code(doc, target, pts):
    slower = evaluate_target(target(), pts((2022, 61), (2023, 66)))
    m = re.search(r"R = (\d+,\d+) ÷\s+(\d+,\d+) = (\d+,\d+), trạng thái \"(.+?)\"", doc)
    assert m, "66% variant not found"
    assert vn_number(m.group(1)) == round(100 * slower.observed_rate, 3)
    assert vn_number(m.group(3)) == round(slower.ratio, 3)
    assert m.group(4) == slower.status.vi

    rank = evaluate_target(
        target(unit="rank", op="<=", value=15.0, direction="lower"), pts((2022, 18), (2023, 17)))
    m = re.search(r"R = −1 × −(\d+,\d+) ÷ (\d+,\d+) =\s+(\d+,\d+): \"(.+?) /", doc)
    assert m, "ranking variant not found"
    assert vn_number(m.group(1)) == round(-100 * rank.observed_rate, 2)
    assert vn_number(m.group(2)) == round(-100 * rank.required_rate, 2)
    assert vn_number(m.group(3)) == round(rank.ratio, 3)
    assert m.group(4) == rank.status.vi
