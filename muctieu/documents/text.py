"""Plain-text loading: UTF-8 (with or without BOM) and UTF-16 with BOM."""

from __future__ import annotations

import codecs

from muctieu.errors import InputError


def decode_text(data: bytes, where: str) -> str:
    """Decode a text file's bytes; offsets then index the returned string.

    A UTF-8 BOM is dropped (so offsets count from the first real character),
    UTF-16 needs its BOM, anything else must be valid UTF-8.
    """
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
        encoding = "utf-8"
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
    else:
        encoding = "utf-8"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise InputError(
            f"không đọc được văn bản (không phải UTF-8/UTF-16), lỗi ở byte {exc.start}",
            f"cannot decode text (not UTF-8/UTF-16), bad byte at {exc.start}",
            where=where,
        ) from None
    if "\x00" in text:
        raise InputError(
            "tệp có vẻ là tệp nhị phân, không phải văn bản",
            "file looks binary, not text",
            where=where,
        )
    return text
