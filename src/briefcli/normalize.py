"""Character-level cleaning done once, at load time.

After this an article holds no character that could drive the reader's
terminal (ESC and every other C0/C1 control), no stray bidi controls (brief
makes the visual order itself, at the last moment), LF line ends and NFC.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Iterator

LINE_BREAKS = re.compile(r"\r\n|\r|\u2028|\x85")
PARAGRAPH_SEPARATOR = "\u2029"
BIDI_CONTROLS = (
    "\u200e\u200f\u061c"  # LRM, RLM, ALM
    "\u202a\u202b\u202c\u202d\u202e"  # LRE, RLE, PDF, LRO, RLO
    "\u2066\u2067\u2068\u2069"  # LRI, RLI, FSI, PDI
)
INVISIBLE = "\ufeff\u00ad"  # stray BOM or zero-width no-break space; soft hyphen
C0_C1_BUT_NEWLINE = "\x00-\x09\x0b-\x1f\x7f-\x9f"  # tab becomes a space below
# One regular expression rather than str.translate: on text without a single
# control it costs a scan, where translate rebuilds every character.
UNWANTED = re.compile(f"[{C0_C1_BUT_NEWLINE}{BIDI_CONTROLS}{INVISIBLE}]")
REPLACED = {"\t": " ", "\v": "\n", "\f": "\n"}
# The same cleaning of controls as a str.translate table, for short texts.
CONTROLS_TABLE = {
    code: REPLACED.get(chr(code))
    for code in [*range(0x00, 0x20), *range(0x7F, 0xA0)]
    if chr(code) != "\n"
}


def replace_unwanted(match: re.Match[str]) -> str:
    return REPLACED.get(match.group(), "")


def clean_text(text: str) -> str:
    """Text safe to print and ready to parse: LF newlines, NFC, no controls."""
    text = LINE_BREAKS.sub("\n", text).replace(PARAGRAPH_SEPARATOR, "\n\n")
    text = UNWANTED.sub(replace_unwanted, text)
    return "\n".join(map(nfc, blocks_of(text)))


def nfc(lines: str) -> str:
    """NFC of whole lines. Nothing composes across a newline, and CPython
    normalizes many short strings several times faster than one long one
    (1.3 s against 0.05 s for 19 MB of Arabic): what is not yet NFC is
    normalized a line at a time."""
    if unicodedata.is_normalized("NFC", lines):
        return lines
    return "\n".join(unicodedata.normalize("NFC", line) for line in lines.split("\n"))


BLOCK = 1 << 16  # characters of text split into lines at a time
LINES_A_BLOCK = 4096  # lines joined at a time


def blocks_of(text: str) -> Iterator[str]:
    """`text` in pieces of whole lines, about BLOCK characters each (a
    longer line is a piece by itself), joined by newlines they make `text`."""
    start = 0
    while True:
        cut = text.find("\n", start + BLOCK)
        if cut < 0:
            yield text[start:] if start else text
            return
        yield text[start:cut]
        start = cut + 1


def lines_of(text: str) -> Iterator[str]:
    """text.split("\n") a block at a time: a text of millions of short lines
    is never millions of strings at once."""
    for block in blocks_of(text):
        yield from block.split("\n")


SPACE_RUN = re.compile(r"[^\S\u00a0\u202f]+")


def collapse_spaces(text: str) -> str:
    """One space for every run of white space (newlines included), none at the
    ends; no-break spaces, which French puts before « » : ; ! ?, are kept."""
    return SPACE_RUN.sub(" ", text).strip()


class Joined:
    """Strings joined by newlines as they come, a block at a time: the
    inverse of lines_of, never a list of every line."""

    def __init__(self) -> None:
        self.blocks: list[str] = []
        self.lines: list[str] = []
        self.has_text = False  # whether a line so far holds more than white space

    def add(self, *lines: str) -> None:
        self.lines.extend(lines)
        self.has_text = self.has_text or any(line and not line.isspace() for line in lines)
        if len(self.lines) >= LINES_A_BLOCK:
            self.blocks.append("\n".join(self.lines))
            self.lines = []

    def text(self) -> str:
        return "\n".join([*self.blocks, "\n".join(self.lines)] if self.lines else self.blocks)
