"""Placing a finished line in the width (spec step 8).

A right-to-left line is padded on the left to exactly `width` cells, so its
right edge meets the margin whatever the terminal; a left-to-right line is
left as it is. In front of a terminal that reorders by itself (tmux or
screen on VTE, Konsole, mlterm), a logical line is instead wrapped in
RLI ... PDI after the padding: the terminal keeps the padding on the left and
lays the isolate out right-to-left.
"""

from __future__ import annotations

RLI = "\u2067"
PDI = "\u2069"
PADDING = -1  # the source of a character that is not in the text


def right_aligned(text: str, cells: int, width: int) -> tuple[str, int]:
    """The line padded on the left to `width` cells, and the padding's length."""
    pad = max(0, width - cells)
    return " " * pad + text, pad


def isolated(text: str, cells: int, width: int) -> tuple[str, int]:
    """The line padded and wrapped in RLI ... PDI, and the padding's length
    (the RLI follows it)."""
    pad = max(0, width - cells)
    return " " * pad + RLI + text + PDI, pad
