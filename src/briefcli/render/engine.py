"""The interface brief needs from a bidi engine, and how to get one.

Everything is in code-point indices of Python strings: an engine that counts
in other units (ICU counts UTF-16) converts at its edge. Only ICU implements
it today (icu_engine.py); the interface is what another engine would have to
provide.
"""

from __future__ import annotations

import re
from typing import Mapping, NamedTuple, Protocol, Sequence

from briefcli.errors import MissingDependency
from briefcli.model import Direction

ICU_PACKAGE = "pyicu-wheels"
ICU_INSTALL = f"pip install '{ICU_PACKAGE}', or PyICU built on your system's ICU"
ICU_HINT = "(or PyICU built on your system's ICU); --bidi logical and --bidi off work without it"


class BidiLine(NamedTuple):
    """One line of a paragraph after UAX #9 L1 and L2: `order` lists, left
    to right, the paragraph indices of the line's characters (a range when
    the line runs one way); `levels` holds the line's embedding levels after
    L1, indexed by position in the line."""

    order: Sequence[int]
    levels: Sequence[int]


class BidiParagraph(Protocol):
    base_level: int  # 0 left-to-right, 1 right-to-left (after P2/P3 if asked)
    levels: Sequence[int]  # resolved embedding level of each character

    def line(self, start: int, end: int) -> BidiLine:
        """The line `[start, end)` (not empty) of the paragraph, reordered
        with the paragraph's levels."""


class Engine(Protocol):
    name: str
    mirrors: Mapping[str, str]  # Bidi_Mirrored character -> its mirror glyph
    rtl_script: re.Pattern[str]  # a character of a right-to-left script (UAX #24 Script: Arabic, Hebrew, ...)

    def paragraph(self, text: str, direction: Direction | None) -> BidiParagraph:
        """Resolve the levels of one paragraph (no newlines); `direction` None
        means the first strong character decides, left-to-right by default."""

    def shape_arabic(self, text: str) -> str:
        """Arabic presentation forms in logical order, lam-alef ligatures made
        (one character for two), no other change of length."""

    def line_breaks(self, text: str) -> list[int]:
        """Line-break opportunities (UAX #14): where a line may start, ending
        with len(text)."""

    def grapheme_breaks(self, text: str) -> list[int]:
        """Grapheme cluster boundaries (UAX #29), ending with len(text)."""


def load_engine() -> Engine:
    """The ICU engine; MissingDependency (one line) when ICU is missing."""
    try:
        from briefcli.render.icu_engine import IcuEngine
    except ImportError:
        raise MissingDependency("visual right-to-left output", ICU_PACKAGE, ICU_HINT) from None
    return IcuEngine()
