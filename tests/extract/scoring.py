"""Scoring the extractor on a gold set with the shared scorer (`../shared/eval/score.py`).

Records are computed in this process, as `muctieu extract FILE --json` would
print them, written as JSON Lines, and scored with the scorer's `--pred` mode,
so the figures are the contract's own.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from muctieu.documents.load import load
from muctieu.extract import extract_records

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
SCORER = SHARED / "eval" / "score.py"
CORPUS = ROOT / "tests" / "extract" / "corpus"
SEEDS = ("seeds", SHARED / "eval" / "gold", SHARED / "seeds")


@dataclass(frozen=True)
class Scores:
    gold: int
    predicted: int
    matched: int
    precision: float
    recall: float
    f1: float
    fields: dict[str, float]  # kind, op, scope, year, pillar accuracy over matched pairs
    report: str  # the scorer's own output


def development_sets() -> list[tuple[str, Path, Path]]:
    """(name, gold dir, texts dir) of every set under tests/extract/corpus/."""
    return [(d.name, d / "gold", d / "texts") for d in sorted(CORPUS.iterdir())
            if (d / "gold").is_dir() and (d / "texts").is_dir()]


def predict(texts: Path, gold: Path, out: Path) -> None:
    for g in sorted(gold.glob("*.jsonl")):
        doc = load(texts / f"{g.stem}.txt")
        lines = [json.dumps(r.to_json(), ensure_ascii=False)
                 for r in extract_records(doc.text, plan_year=doc.meta.plan_year)]
        (out / g.name).write_text("\n".join(lines) + "\n", encoding="utf-8")


def score(gold: Path, texts: Path, verbose: bool = False) -> Scores:
    with tempfile.TemporaryDirectory() as tmp:
        predict(texts, gold, Path(tmp))
        argv = [sys.executable, str(SCORER), "--gold", str(gold), "--texts", str(texts), "--pred", tmp]
        out = subprocess.run(argv + (["--verbose"] if verbose else []),
                             capture_output=True, text=True, check=True).stdout
    counts = re.search(r"gold (\d+)\s+predicted (\d+)\s+matched (\d+)", out)
    pr = re.search(r"precision ([\d.]+)\s+recall ([\d.]+)", out)
    return Scores(
        gold=int(counts.group(1)), predicted=int(counts.group(2)), matched=int(counts.group(3)),
        precision=float(pr.group(1)), recall=float(pr.group(2)),
        f1=float(re.search(r"^F1 ([\d.]+)", out, re.M).group(1)),
        fields={k: float(v) for k, v in re.findall(r"^(\w+) accuracy ([\d.]+)", out, re.M)},
        report=out,
    )
