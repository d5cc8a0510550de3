"""Data flows one way: documents → extract → catalog → store → evaluate →
publish/web. A package may import only from packages to its left."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PKG = Path(__file__).resolve().parents[1] / "muctieu"
ORDER = ["documents", "extract", "catalog", "store", "evaluate", "publish", "web"]


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("muctieu."):
            found.add(node.module.split(".")[1])
        elif isinstance(node, ast.Import):
            found |= {a.name.split(".")[1] for a in node.names if a.name.startswith("muctieu.")}
    return found


@pytest.mark.parametrize("layer", ORDER)
def test_no_import_reaches_back_up_the_chain(layer: str) -> None:
    allowed = set(ORDER[: ORDER.index(layer) + 1]) | {"errors"}
    for path in (PKG / layer).rglob("*.py"):
        bad = _imports(path) & set(ORDER) - allowed
        assert not bad, f"{path.relative_to(PKG)} imports {sorted(bad)}"
