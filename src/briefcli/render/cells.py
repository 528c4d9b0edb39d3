"""How many terminal cells text takes: none for marks and format characters
(harakat sit on their letter), two for East Asian wide characters and most
emoji, one for everything else, as wcwidth() counts in terminals.

One regular-expression pass over a text finds the few characters that are
not one cell wide (charclass.py keeps it fast), so a long text costs no
Python work per ordinary character.
"""

from __future__ import annotations

import functools
from bisect import bisect_left

from briefcli.render.cell_table import DOUBLE_WIDTH, ZERO_WIDTH
from briefcli.render.charclass import CodePoints, gate

ZERO = CodePoints(ZERO_WIDTH)
DOUBLE = CodePoints(DOUBLE_WIDTH)
NOT_SINGLE = gate(ZERO_WIDTH + DOUBLE_WIDTH)


@functools.lru_cache(maxsize=4096)
def correction(char: str) -> int:
    """Cells of `char` minus one."""
    if char in ZERO:
        return -1
    return 1 if char in DOUBLE else 0


def cell_width(text: str) -> int:
    return len(text) + sum(map(correction, NOT_SINGLE.findall(text)))


class Cells:
    """The cell width of any span of one text in O(log n): prefix sums of
    the corrections (-1, +1) its zero- and double-width characters make.
    `one_cell` are zero-width characters the terminal gives a cell all the
    same (mlterm does so with bidi controls)."""

    def __init__(self, text: str, one_cell: str = ""):
        self.positions: list[int] = []
        self.corrections = [0]  # corrections[k]: sum for the first k positions
        total = 0
        for match in NOT_SINGLE.finditer(text):
            change = 0 if match.group() in one_cell else correction(match.group())
            if change:
                total += change
                self.positions.append(match.start())
                self.corrections.append(total)

    @property
    def all_single(self) -> bool:
        """Whether every character takes one cell: no mark, no control, no
        emoji or East Asian wide character."""
        return not self.positions

    def correction_before(self, index: int) -> int:
        return self.corrections[bisect_left(self.positions, index)]

    def width(self, start: int, end: int) -> int:
        if not self.positions:
            return end - start
        return end - start + self.correction_before(end) - self.correction_before(start)
