"""Character-level cleaning done once, at load time.

After this an article holds no character that could drive the reader's
terminal (ESC and every other C0/C1 control), no stray bidi controls (brief
makes the visual order itself, at the last moment), LF line ends and NFC.
"""

from __future__ import annotations

import re
import unicodedata

LINE_BREAKS = re.compile(r"\r\n|\r|\u2028|\x85")
PARAGRAPH_SEPARATOR = "\u2029"
BIDI_CONTROLS = (
    "\u200e\u200f\u061c"  # LRM, RLM, ALM
    "\u202a\u202b\u202c\u202d\u202e"  # LRE, RLE, PDF, LRO, RLO
    "\u2066\u2067\u2068\u2069"  # LRI, RLI, FSI, PDI
)
INVISIBLE = "\ufeff\u00ad"  # stray BOM or zero-width no-break space; soft hyphen
DROP = {ord(c): None for c in BIDI_CONTROLS + INVISIBLE}
DROP.update({c: None for c in range(0x00, 0x20) if chr(c) not in "\n\t"})
DROP.update({c: None for c in range(0x7F, 0xA0)})
DROP[ord("\t")] = " "
DROP[ord("\v")] = "\n"
DROP[ord("\f")] = "\n"


def clean_text(text: str) -> str:
    """Text safe to print and ready to parse: LF newlines, NFC, no controls."""
    text = LINE_BREAKS.sub("\n", text).replace(PARAGRAPH_SEPARATOR, "\n\n")
    text = text.translate(DROP)
    return unicodedata.normalize("NFC", text)


SPACE_RUN = re.compile(r"[^\S\u00a0\u202f]+")


def collapse_spaces(text: str) -> str:
    """One space for every run of white space (newlines included), none at the
    ends; no-break spaces, which French puts before « » : ; ! ?, are kept."""
    return SPACE_RUN.sub(" ", text).strip()
