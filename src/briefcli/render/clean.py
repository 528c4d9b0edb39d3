"""Characters a terminal line must not get (spec step 2), with an index map.

The loader already cleans articles (normalize.py); pages built by commands
may hold any text, so the renderer makes sure again: C0/C1 controls other
than newline removed, tabs to spaces, NFC. Bidi controls are kept here: they
steer the reordering and are removed after it (spent.py). `sources` maps the
cleaned text back to the given one, for styles in logical offsets.
"""

from __future__ import annotations

import re
import unicodedata

from briefcli.normalize import CONTROLS_TABLE

DELETED = re.compile("[" + "".join(re.escape(chr(code)) for code, value in CONTROLS_TABLE.items() if value is None) + "]")
CHANGED = re.compile("[" + "".join(re.escape(chr(code)) for code in CONTROLS_TABLE) + "]")
WORD_OR_SPACE = re.compile(r"\S+|\s+")


def clean(text: str) -> tuple[str, list[int] | None]:
    """The cleaned text and, unless nothing moved, the index in `text` of
    each of its characters."""
    sources = None
    if CHANGED.search(text):  # every deleted character is a changed one: one search for the usual text
        if DELETED.search(text):
            sources = [index for index, char in enumerate(text) if not DELETED.match(char)]
        text = text.translate(CONTROLS_TABLE)
    if unicodedata.is_normalized("NFC", text):
        return text, sources
    return normalize_mapped(text, sources)


def normalize_mapped(text: str, sources: list[int] | None) -> tuple[str, list[int]]:
    """NFC piece by piece (a piece: a starter and what combines with it), so
    each output character maps into the piece it came from (the n-th to the
    piece's n-th character, the surplus of a longer output to its last)."""
    pieces: list[str] = []
    mapped: list[int] = []
    for token in WORD_OR_SPACE.finditer(text):
        for start, end in starter_pieces(token.group(), token.start()):
            piece = unicodedata.normalize("NFC", text[start:end])
            pieces.append(piece)
            origins = [min(start + index, end - 1) for index in range(len(piece))]
            mapped.extend([sources[origin] for origin in origins] if sources else origins)
    return "".join(pieces), mapped


def starter_pieces(token: str, offset: int) -> list[tuple[int, int]]:
    if unicodedata.is_normalized("NFC", token):
        return [(offset + index, offset + index + 1) for index in range(len(token))]
    starts = [index for index, char in enumerate(token) if not unicodedata.combining(char)] or [0]
    if starts[0] != 0:
        starts.insert(0, 0)
    ends = starts[1:] + [len(token)]
    return [(offset + start, offset + end) for start, end in zip(starts, ends, strict=True)]
