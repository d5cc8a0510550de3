"""The extraction contract scored on the five seed articles with the shared scorer."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[3] / "shared"
SCORER = SHARED / "eval" / "score.py"

pytestmark = pytest.mark.skipif(not SCORER.exists(), reason="../shared/eval is not beside this checkout")


def test_seed_scores_meet_the_bar() -> None:
    cmd = f"{sys.executable} -m muctieu extract {{}} --json"
    out = subprocess.run(
        [sys.executable, str(SCORER), "--gold", str(SHARED / "eval" / "gold"),
         "--texts", str(SHARED / "seeds"), "--cmd", cmd],
        capture_output=True, text=True, timeout=300, check=True,
    ).stdout
    f1 = float(re.search(r"^F1 ([\d.]+)", out, re.M).group(1))
    acc = {k: float(v) for k, v in re.findall(r"^(\w+) accuracy ([\d.]+)", out, re.M)}
    assert f1 >= 0.95, out
    for field in ("kind", "op", "scope", "year"):
        assert acc[field] >= 0.95, out
    assert acc["pillar"] >= 0.90, out
