"""Comparable keys for Vietnamese place names, tolerant of how people write them.

"Tỉnh Bình Định", "tinh binh dinh", "BÌNH ĐỊNH" and "Binh-Dinh" all give the
key "binhdinh"; "TP. Hồ Chí Minh", "Tp HCM", "T.P Hồ Chí Minh" lose their
prefix. Keys drop spaces so "Đắk Lắk" and "Daklak" meet.
"""

from __future__ import annotations

import re
import unicodedata

# Longest first: "thanh pho" must be tried before "tp". "thu do" is the
# official prefix of Hà Nội ("Thủ đô Hà Nội").
_PREFIXES = ("thanh pho ", "thu do ", "tinh ", "t p ", "tp ")
_NON_WORD = re.compile(r"[^a-z0-9]+")


def fold(text: str) -> str:
    """Lower-case ASCII words: diacritics dropped, đ → d, punctuation → space."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    ascii_only = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _NON_WORD.sub(" ", ascii_only.lower()).strip()


def strip_prefix(folded: str) -> str:
    """Drop one leading "tỉnh" / "thành phố" / "TP." ... from a folded name."""
    for prefix in _PREFIXES:
        if f"{folded} ".startswith(prefix):  # a bare "tỉnh" leaves nothing
            return folded[len(prefix):]
    return folded


def name_key(name: str) -> str:
    """The key a place name is indexed and looked up under."""
    return strip_prefix(fold(name)).replace(" ", "")


# Tone marks, as combining characters after NFD. The other marks (â, ă, ơ...)
# change the vowel and stay part of the letters.
_TONES = {"\u0300": "2", "\u0301": "1", "\u0303": "4", "\u0309": "3", "\u0323": "5"}


def tone_key(name: str) -> str:
    """A key that keeps diacritics but not where the tone mark sits.

    "Hòa" and "Hoà" (old and new tone placement) meet; "Phú Ninh" and
    "Phù Ninh", "Thanh Trì" and "Thạnh Trị" stay apart. Tones go to the end
    of each syllable as digits, as in Telex-like spellings.
    """
    words = []
    for word in re.split(r"[\W_]+", unicodedata.normalize("NFC", name.lower())):
        word = unicodedata.normalize("NFD", word)
        tones = "".join(_TONES[c] for c in word if c in _TONES)
        letters = unicodedata.normalize("NFC", "".join(c for c in word if c not in _TONES))
        words.append(letters + tones)
    return "".join(words)
