"""Normalising an indicator's wording into comparable tokens.

Plans write the same indicator many ways: with or without diacritics, with
abbreviations (DVCTT, TTHC...), with a "tỷ lệ" prefix or a trailing qualifier.
`tokens()` folds all of these to one sequence of plain ASCII syllables.
"""

from __future__ import annotations

import functools
import re
import unicodedata

# Abbreviations common in Vietnamese administrative writing, in folded form.
ABBREVIATIONS: dict[str, str] = {
    "dvc": "dich vu cong",
    "dvctt": "dich vu cong truc tuyen",
    "tthc": "thu tuc hanh chinh",
    "dn": "doanh nghiep",
    "dnnvv": "doanh nghiep nho va vua",
    "htx": "hop tac xa",
    "cqnn": "co quan nha nuoc",
    "csdl": "co so du lieu",
    "cntt": "cong nghe thong tin",
    "attt": "an toan thong tin",
    "hscv": "ho so cong viec",
    "cks": "chu ky so",
    "httt": "he thong thong tin",
    "ubnd": "uy ban nhan dan",
    "cbccvc": "can bo cong chuc vien chuc",
    "tmdt": "thuong mai dien tu",
    "kts": "kinh te so",
    "cds": "chuyen doi so",
    "dttm": "dien thoai thong minh",
    "hssk": "ho so suc khoe",
    "kcb": "kham chua benh",
    "ttyt": "trung tam y te",
    "nsld": "nang suat lao dong",
    "qlvb": "quan ly van ban",
    "hsskdt": "ho so suc khoe dien tu",
    "thcs": "trung hoc co so",
    "thpt": "trung hoc pho thong",
    "gdpt": "giao duc pho thong",
    "smartphone": "dien thoai thong minh",
    "smp": "dien thoai thong minh",
}

# Leading words that say how a quantity is expressed, not what it measures.
_PREFIXES: tuple[tuple[str, ...], ...] = (
    ("ty", "le"),
    ("ty", "trong"),
    ("so", "luong"),
    ("phan", "tram"),
)

# Trailing qualifiers that restrict or justify but do not change the indicator.
_TRAILING: tuple[tuple[str, ...], ...] = (
    ("tren", "dia", "ban", "tinh"),
    ("tren", "dia", "ban", "thanh", "pho"),
    ("tren", "dia", "ban"),
    ("theo", "quy", "dinh", "cua", "phap", "luat"),
    ("theo", "quy", "dinh"),
    ("theo", "cap", "do"),
    ("cua", "tinh"),
    ("toan", "tinh"),
)

# Function words whose folded form collides with no content word of the domain.
_STOPWORDS = frozenset({"cac", "nhung", "cua", "va", "hoac", "duoc", "la", "bi", "cho", "mot", "nay", "ca"})

_BRACKETS = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_NON_WORD = re.compile(r"[^0-9a-z]+")


def fold(text: str) -> str:
    """Lower-case ASCII form of `text`: diacritics removed, đ → d."""
    decomposed = unicodedata.normalize("NFD", text.lower().replace("đ", "d"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _strip_edges(words: list[str]) -> list[str]:
    changed = True
    while changed and words:
        changed = False
        for p in _PREFIXES:
            if tuple(words[: len(p)]) == p and len(words) > len(p):
                words = words[len(p):]
                changed = True
        for t in _TRAILING:
            if tuple(words[-len(t):]) == t and len(words) > len(t):
                words = words[: -len(t)]
                changed = True
    return words


@functools.lru_cache(maxsize=8192)
def tokens(text: str) -> tuple[str, ...]:
    """The content syllables of an indicator wording, in order (cached: wordings repeat)."""
    plain = _NON_WORD.sub(" ", fold(_BRACKETS.sub(" ", text)))
    words: list[str] = []
    for w in plain.split():
        w = "ty" if w == "ti" else w  # tỉ lệ / tỷ lệ
        words.extend(ABBREVIATIONS.get(w, w).split())
    words = _strip_edges(words)
    return tuple(w for w in words if w not in _STOPWORDS)


def has_phrase(toks: tuple[str, ...], phrase: tuple[str, ...]) -> bool:
    """Does `phrase` (folded syllables) occur in `toks` as a run?"""
    n = len(phrase)
    return any(toks[i:i + n] == phrase for i in range(len(toks) - n + 1))
