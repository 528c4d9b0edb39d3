"""Arabic shaping in logical order, with a map back to the logical text.

The engine gives presentation forms with lam-alef ligatures (one character
for lam + alef). Two things are fixed here: the engine writes harakat as
spacing forms (U+FE70-FE7F), which would take a cell each and escape L3, so
they go back to the combining marks; and each ligature shifts what follows,
so `sources` maps every shaped character to its logical index (a ligature to
its lam, the alef getting no character of its own). No other ligature is
made: no U+FDF2 for the word Allah.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass

from briefcli.render.cells import ZERO
from briefcli.render.engine import Engine

ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]")
LAM_ALEF = re.compile("[\ufef5-\ufefc]")
SPACING_HARAKAT = re.compile("[\ufe70-\ufe7f]")
LAM = "\u0644"
ALEFS = "\u0622\u0623\u0625\u0627"
ARABIC_MARKS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e4\u06e7\u06e8\u06ea-\u06ed"
LAM_ALEF_PAIR = re.compile(f"{LAM}[{ARABIC_MARKS}]*[{ALEFS}]")
MARK = re.compile(f"[{ARABIC_MARKS}]")
SLIP = re.compile("[\u065c-\u065f]")  # ICU 77 shapes these marks as lam-alef forms


def combining_marks_of_spacing_harakat() -> dict[int, str]:
    """U+FE70-FE7F to the mark of their compatibility decomposition ("<medial>
    0640 064E" gives U+064E: the tatweel would add a character)."""
    table = {}
    for code in range(0xFE70, 0xFE80):
        decomposition = unicodedata.decomposition(chr(code)).split()
        if decomposition:
            table[code] = chr(int(decomposition[-1], 16))
    return table


HARAKAT = combining_marks_of_spacing_harakat()


@dataclass(frozen=True)
class Shaped:
    """`text` shaped. Each lam-alef ligature stands for two logical
    characters, so the characters after it sit one index further on in the
    logical text: `shifts` lists the shaped indices where that happens."""

    text: str
    shifts: tuple[int, ...] = ()

    def logical(self, index: int) -> int:
        """The logical index of shaped index `index` (len(text): the end)."""
        return index + bisect_right(self.shifts, index)

    @functools.cached_property
    def sources(self) -> list[int] | None:
        """The logical index of each shaped character (None: the same)."""
        if not self.shifts:
            return None
        sources: list[int] = []
        done = 0
        for shift, start in enumerate(self.shifts):
            sources.extend(range(done + shift, start + shift))
            done = start
        sources.extend(range(done + len(self.shifts), len(self.text) + len(self.shifts)))
        return sources


def shape(text: str, engine: Engine) -> Shaped:
    """A look at the logical text tells what shaping did: each lam before an
    alef made a ligature, harakat came back as spacing forms, and U+065C-065F
    may have come back as lam-alef (ICU's slip, undone by align_ligatures)."""
    if not ARABIC.search(text):
        return Shaped(text)
    shaped = engine.shape_arabic(text)
    pairs = [match.end() for match in LAM_ALEF_PAIR.finditer(text)]
    if MARK.search(text):
        shaped = SPACING_HARAKAT.sub(combining_mark, shaped)
        if SLIP.search(text):
            return align_ligatures(text, shaped)
    if len(pairs) != len(text) - len(shaped):
        return align_ligatures(text, shaped)
    return Shaped(shaped, tuple(end - count - 1 for count, end in enumerate(pairs)))


def combining_mark(match: re.Match[str]) -> str:
    return HARAKAT[ord(match.group())]


def alef_after(text: str, lam: int) -> int | None:
    """Index of the alef joined to the lam at `lam` (marks may sit between)."""
    index = lam + 1
    while index < len(text) and text[index] in ZERO:
        index += 1
    return index if index < len(text) and text[index] in ALEFS else None


def align_ligatures(text: str, shaped: str) -> Shaped:
    """Walk the ligatures one by one, for text the quick count in `shape`
    does not explain. A ligature that does not stand on a lam (one already in
    the text, or ICU's slip of shaping U+065C-065F as lam-alef) keeps the
    logical character."""
    shifts: list[int] = []
    restored: dict[int, str] = {}
    for match in LAM_ALEF.finditer(shaped):
        position = match.start()
        lam = position + len(shifts)
        alef = alef_after(text, lam) if text[lam] == LAM else None
        if alef is None:
            if text[lam] != shaped[position]:
                restored[position] = text[lam]
            continue
        shifts.append(alef - len(shifts))
    if len(text) - len(shifts) != len(shaped):
        return Shaped(text)  # the engine did something unexpected: leave it unshaped
    if restored:
        shaped = "".join(restored.get(index, char) for index, char in enumerate(shaped))
    return Shaped(shaped, tuple(shifts))
