"""Plain text: offsets index the decoded file exactly as it is."""

from __future__ import annotations

import codecs
import unicodedata
from pathlib import Path

import pytest

from muctieu.documents.load import load
from muctieu.errors import InputError

RAW = "Kế hoạch  số 33/KH-UBND\r\n\r\n\r\n\ttỷ lệ đạt 80%\n"


@pytest.mark.parametrize(
    "encode",
    [
        lambda s: s.encode("utf-8"),
        lambda s: codecs.BOM_UTF8 + s.encode("utf-8"),
        lambda s: codecs.BOM_UTF16_LE + s.encode("utf-16-le"),
        lambda s: codecs.BOM_UTF16_BE + s.encode("utf-16-be"),
    ],
    ids=["utf8", "utf8-bom", "utf16-le-bom", "utf16-be-bom"],
)
def test_txt_is_the_decoded_file_without_bom(tmp_path: Path, encode) -> None:
    path = tmp_path / "plan.txt"
    path.write_bytes(encode(RAW))
    doc = load(path)
    assert doc.text == RAW
    assert doc.text.index("80%") == RAW.index("80%")
    assert doc.format == "txt"


def test_txt_is_not_normalised(tmp_path: Path) -> None:
    # NFD letters and double spaces stay: spans must point at the file's characters.
    raw = unicodedata.normalize("NFD", "Tỉnh  Quảng Trị đạt 80%")
    path = tmp_path / "nfd.txt"
    path.write_text(raw, encoding="utf-8")
    assert load(path).text == raw


def test_whitespace_only_file_has_no_text(tmp_path: Path) -> None:
    path = tmp_path / "blank.txt"
    path.write_text(" \n\t\n", encoding="utf-8")
    with pytest.raises(InputError) as info:
        load(path)
    assert "không có nội dung" in info.value.vi and "no text" in info.value.en
