"""How many terminal cells text takes: none for marks and format characters
(harakat sit on their letter), two for East Asian wide characters and most
emoji, one for everything else, as wcwidth() counts in terminals.

Counted with regular expressions over the generated cell_table, so a long
text costs no Python work per character.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from briefcli.render.cell_table import DOUBLE_WIDTH, ZERO_WIDTH


def character_class(spans: tuple[tuple[int, int], ...]) -> str:
    return "[" + "".join(f"\\U{first:08x}-\\U{last:08x}" for first, last in spans) + "]"


ZERO = re.compile(character_class(ZERO_WIDTH))
DOUBLE = re.compile(character_class(DOUBLE_WIDTH))
ZERO_OR_DOUBLE = re.compile(f"({ZERO.pattern})|{DOUBLE.pattern}")


def cell_width(text: str) -> int:
    return len(text) - len(ZERO.findall(text)) + len(DOUBLE.findall(text))


class Cells:
    """The cell width of any span of one text in O(log n): prefix sums of
    the corrections (-1, +1) its zero- and double-width characters make."""

    def __init__(self, text: str):
        self.positions: list[int] = []
        self.corrections = [0]  # corrections[k]: sum for the first k positions
        total = 0
        for match in ZERO_OR_DOUBLE.finditer(text):
            total += -1 if match.lastindex else 1
            self.positions.append(match.start())
            self.corrections.append(total)

    def correction_before(self, index: int) -> int:
        return self.corrections[bisect_left(self.positions, index)]

    def width(self, start: int, end: int) -> int:
        return end - start + self.correction_before(end) - self.correction_before(start)
