"""Light clean-up of text taken out of HTML, DOCX and PDF files.

Plain .txt files are never passed through here: their spans must index the
file's own decoded characters.
"""

from __future__ import annotations

import re
import unicodedata

# Spaces of every width (and tabs) inside a line count as one space.
_SPACE_RUN = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
# Invisible characters that split Vietnamese words when copied from editors.
_INVISIBLE = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_BLANK_RUN = re.compile(r"\n{3,}")


def normalise(text: str) -> str:
    """NFC, one space between words, no blank line runs, no edge blank lines.

    NFC matters for Vietnamese: the same "ế" may arrive as one code point or
    as "e" plus two combining marks, and matching must not depend on which.
    """
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = _INVISIBLE.sub("", text)
    lines = [_SPACE_RUN.sub(" ", line).strip() for line in text.split("\n")]
    return _BLANK_RUN.sub("\n\n", "\n".join(lines)).strip("\n") + "\n"
