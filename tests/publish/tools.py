"""Poppler's command-line tools for the PDF tests: skip without them, except in CI."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

RENDERED = Path(__file__).parent / "rendered"  # git-ignored: pages to look at


def need(tool: str) -> str:
    path = shutil.which(tool)
    if path is None:
        why = f"{tool} thiếu / missing: run scripts/system-packages.sh (poppler-utils)"
        if os.environ.get("CI") == "true":
            pytest.fail(why)
        pytest.skip(why)
    return path


def pdf_text(pdf: Path) -> str:
    """The PDF's text as pdftotext extracts it, whitespace collapsed."""
    out = subprocess.run([need("pdftotext"), "-enc", "UTF-8", str(pdf), "-"], check=True,
                         capture_output=True, text=True).stdout
    return re.sub(r"\s+", " ", out)


def render_pages(pdf: Path, name: str) -> list[Path]:
    """Every page as PNG under tests/publish/rendered/NAME-*.png, for a person to look at."""
    RENDERED.mkdir(exist_ok=True)
    for old in RENDERED.glob(f"{name}-*.png"):
        old.unlink()
    subprocess.run([need("pdftoppm"), "-r", "80", "-png", str(pdf), str(RENDERED / name)], check=True)
    return sorted(RENDERED.glob(f"{name}-*.png"))


def page_count(pdf: Path) -> int:
    info = subprocess.run([need("pdfinfo"), str(pdf)], check=True, capture_output=True, text=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))  # type: ignore[union-attr]
