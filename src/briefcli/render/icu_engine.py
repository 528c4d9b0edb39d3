"""The bidi engine on ICU (PyICU): UAX #9 levels and reordering, Arabic
shaping, line and grapheme boundaries.

ICU counts UTF-16 code units; `Utf16` converts at this edge so the rest of
brief counts code points. This module is imported only when a terminal
needs it (engine.load_engine), so ICU stays out of brief's start-up.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left
from typing import Sequence

import icu

from briefcli.model import Direction
from briefcli.render import charclass
from briefcli.render.engine import BidiLine
from briefcli.render.uba import (
    BidiClasses, OneLevel, bd16_unpaired, canonical, line_levels, marks_after_brackets, order_from_levels,
    without_brackets,
)

ASTRAL = re.compile("[\U00010000-\U0010ffff]")
PARAGRAPH_LEVELS = {"ltr": 0, "rtl": 1, None: icu.Bidi.DEFAULT_LTR}
SHAPING = icu.Shape.LETTERS_SHAPE | icu.Shape.LAMALEF_RESIZE | icu.Shape.TEXT_DIRECTION_LOGICAL


class Utf16:
    """Index conversion between code points and UTF-16 units for one text:
    the identity unless the text holds characters beyond U+FFFF."""

    def __init__(self, text: str, units: int | None = None):
        """`units`, when known, is the text's length in UTF-16 units: equal to
        its length in code points, the text has nothing beyond U+FFFF."""
        self.astral = [] if units == len(text) else [match.start() for match in ASTRAL.finditer(text)]
        self.high_units = [index + count for count, index in enumerate(self.astral)]

    def units(self, index: int) -> int:
        return index + bisect_left(self.astral, index)

    def point(self, unit: int) -> int:
        return unit - bisect_left(self.high_units, unit)

    def points(self, units: Sequence[int], offset: int) -> list[int]:
        """Code-point indices of `offset + unit` for each unit, the two units
        of a surrogate pair giving one index."""
        if not self.astral:
            return list(map(offset.__add__, units)) if offset else list(units)
        out: list[int] = []
        for unit in units:
            index = self.point(offset + unit)
            if not out or out[-1] != index:
                out.append(index)
        return out

    def per_point(self, values: Sequence[int], start: int, end: int) -> Sequence[int]:
        """`values` given per unit of the span [start, end), one per code point."""
        if not self.astral:
            return values
        base = self.units(start)
        return [values[self.units(index) - base] for index in range(start, end)]


class IcuParagraph:
    """Levels resolved by ICU once per paragraph; each line reordered with
    them (uba.py applies L1 and corrects ICU where it departs from UAX #9)."""

    def __init__(self, text: str, direction: Direction | None, classes: BidiClasses):
        self.text = text
        self.classes = classes
        resolved = without_brackets(text, bd16_unpaired(text, classes))
        self.string = icu.UnicodeString(resolved)  # the Bidi object keeps pointing into it
        self.utf16 = Utf16(text, self.string.length())
        self.bidi = icu.Bidi()
        self.bidi.setPara(self.string, PARAGRAPH_LEVELS[direction])
        self.base_level = self.bidi.getParaLevel()
        self.levels = list(self.utf16.per_point(self.bidi.getLevels(), 0, len(text))) if text else []
        self.corrected = sorted(marks_after_brackets(text, self.levels, classes))
        self.one_level = self.levels.count(self.base_level) == len(self.levels)  # L1 can change nothing

    def line(self, start: int, end: int) -> BidiLine:
        if self.one_level:
            levels: Sequence[int] = self.levels[start:end]
        else:
            levels = line_levels(self.text, self.levels, start, end, self.base_level, self.classes)
        if self.one_level or levels.count(levels[0]) == len(levels):  # one direction: no need to ask ICU
            return BidiLine(range(end - 1, start - 1, -1) if levels[0] % 2 else range(start, end), levels)
        if self.corrected and bisect_left(self.corrected, start) < bisect_left(self.corrected, end):
            return BidiLine([start + index for index in order_from_levels(levels)], levels)
        first = self.utf16.units(start)
        line = self.bidi.setLine(first, self.utf16.units(end))  # ICU refuses an empty line
        return BidiLine(self.utf16.points(line.getVisualMap(), first), levels)


def spans(pattern: str) -> list[tuple[int, int]]:
    chars = icu.UnicodeSet(pattern)
    return [(ord(chars.getRangeStart(index)), ord(chars.getRangeEnd(index))) for index in range(chars.getRangeCount())]


def set_pattern(pattern: str) -> str:
    """The ICU UnicodeSet `pattern` as a Python regex character class."""
    return charclass.exact(spans(pattern))


RESETTABLE = ("[[:bc=WS:][:bc=BN:][:bc=FSI:][:bc=LRI:][:bc=RLI:][:bc=PDI:]"
              "[:bc=LRE:][:bc=RLE:][:bc=LRO:][:bc=RLO:][:bc=PDF:]]")
EXPLICIT = "[[:bc=FSI:][:bc=LRI:][:bc=RLI:][:bc=PDI:][:bc=LRE:][:bc=RLE:][:bc=LRO:][:bc=RLO:][:bc=PDF:]]"
SEPARATORS = "[[:bc=S:][:bc=B:]]"
# What can only resolve to R in a right-to-left paragraph, within the blocks
# Arabic text uses (outside them ICU decides, as everywhere else).
RIGHT_TO_LEFT_AND_NEUTRAL = ("[[[:bc=R:][:bc=AL:][:bc=WS:][:bc=ON:][:bc=CS:][:bc=ES:][:bc=ET:][:bc=NSM:][:bc=S:]]"
                             "&[\\u0000-\\u08ff\\u2000-\\u206f\\ufb50-\\ufdff\\ufe70-\\ufeff]]")


BIDI_CLASS_NAMES = {icu.UCharDirection.BOUNDARY_NEUTRAL: "BN", icu.UCharDirection.DIR_NON_SPACING_MARK: "NSM"}


def bidi_class(char: str) -> str:
    """The Bidi_Class the rules in uba.py ask about ("BN", "NSM"; "" for any other)."""
    return BIDI_CLASS_NAMES.get(icu.Char.charDirection(char), "")


def bidi_classes() -> BidiClasses:
    brackets = set_pattern("[[:bpt=o:][:bpt=c:]]")
    return BidiClasses(
        resettable=frozenset(icu.UnicodeSet(RESETTABLE)),
        separator=re.compile(set_pattern(SEPARATORS)),
        before_separator=re.compile(f"{set_pattern(RESETTABLE)}*{set_pattern(SEPARATORS)}"),
        bracket=re.compile(brackets),
        bidi_class=bidi_class,
        explicit=re.compile(set_pattern(EXPLICIT)),
        opening=re.compile(set_pattern("[:bpt=o:]")),
        closer_of={canonical(opener): canonical(icu.Char.getBidiPairedBracket(opener))
                   for opener in icu.UnicodeSet("[:bpt=o:]")},
        not_right_to_left=re.compile("[^" + set_pattern(RIGHT_TO_LEFT_AND_NEUTRAL)[1:]),
    )


def mirror_glyphs() -> dict[str, str]:
    glyphs = {}
    for char in icu.UnicodeSet("[:Bidi_Mirrored:]"):
        mirror = icu.Char.charMirror(char)
        if mirror != char:
            glyphs[char] = mirror
    return glyphs


def right_to_left_scripts() -> str:
    """A UnicodeSet pattern of the scripts ICU writes right to left."""
    codes = {getattr(icu.UScriptCode, name) for name in dir(icu.UScriptCode) if name.isupper()}
    scripts = (icu.Script(code) for code in sorted(codes) if isinstance(code, int) and code >= 0)
    return "[" + "".join(f"[:sc={script.getShortName()}:]" for script in scripts if script.isRightToLeft()) + "]"


def boundaries(iterator, text: str) -> list[int]:
    if not text:
        return [0]
    iterator.setText(text)
    units = list(iterator)
    if units[-1] == len(text):  # the last boundary is the text's length in UTF-16 units
        return units
    utf16 = Utf16(text)
    return [utf16.point(unit) for unit in units]


class IcuEngine:
    name = f"ICU {icu.ICU_VERSION} (Unicode {icu.UNICODE_VERSION})"

    def __init__(self):
        root = icu.Locale.getRoot()
        self.lines = icu.BreakIterator.createLineInstance(root)
        self.graphemes = icu.BreakIterator.createCharacterInstance(root)
        self.mirrors = mirror_glyphs()
        self.classes = bidi_classes()

    @functools.cached_property
    def rtl_script(self) -> re.Pattern[str]:
        return re.compile(set_pattern(right_to_left_scripts()))

    def paragraph(self, text: str, direction: Direction | None) -> IcuParagraph | OneLevel:
        if direction == "rtl" and not self.classes.not_right_to_left.search(text):
            return OneLevel(len(text))
        return IcuParagraph(text, direction, self.classes)

    def shape_arabic(self, text: str) -> str:
        return icu.Shape.shapeArabic(text, SHAPING)

    def line_breaks(self, text: str) -> list[int]:
        return boundaries(self.lines, text)

    def grapheme_breaks(self, text: str) -> list[int]:
        return boundaries(self.graphemes, text)
