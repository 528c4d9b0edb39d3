"""Wrapping in logical order on terminal cells.

Lines end at line-break opportunities (given by the engine: UAX #14); a line
is as long as fits in `width` cells, its trailing spaces hanging (they are
not shown). A word wider than the line is cut at grapheme boundaries, never
between a letter and its marks. Wrapping happens before reordering: a
terminal or rich wrapping reordered text puts the lines in the wrong order.
"""

from __future__ import annotations

import re
from typing import Callable, Protocol

from briefcli.render.cells import ZERO, Cells

SPACES = " \u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2008\u2009\u200a\u205f\u3000"
SPACE_RUN = re.compile(f"[{SPACES}]+")


class Segmenter(Protocol):
    def line_breaks(self, text: str) -> list[int]: ...

    def grapheme_breaks(self, text: str) -> list[int]: ...


class PlainSegmenter:
    """Breaks after spaces and graphemes as a base and its zero-width marks:
    what logical mode uses when no engine is installed."""

    def line_breaks(self, text: str) -> list[int]:
        return [match.end() for match in SPACE_RUN.finditer(text) if match.end() < len(text)] + [len(text)]

    def grapheme_breaks(self, text: str) -> list[int]:
        return [index for index, char in enumerate(text) if index and char not in ZERO] + [len(text)]


def wrap(text: str, width: int, segmenter: Segmenter, cells: Cells | None = None) -> list[tuple[int, int]]:
    """The lines of `text` as (start, end) spans, trailing spaces left out;
    each line at most `width` cells. An empty text is one empty line."""
    measure = (cells or Cells(text)).width
    lines: list[tuple[int, int]] = []
    line_start = shown_end = start = 0
    for end in segmenter.line_breaks(text):
        word_end = end
        while word_end > start and text[word_end - 1] in SPACES:
            word_end -= 1
        if measure(line_start, word_end) > width:
            if shown_end > line_start:
                lines.append((line_start, shown_end))
                line_start = start
            if measure(line_start, word_end) > width:
                line_start = cut(text, line_start, word_end, width, segmenter, measure, lines)
        shown_end, start = word_end, end
    lines.append((line_start, shown_end))
    return lines


def cut(text: str, start: int, end: int, width: int, segmenter: Segmenter, measure: Callable[[int, int], int],
        lines: list[tuple[int, int]]) -> int:
    """Cut the over-long text[start:end] into full lines appended to `lines`,
    at grapheme boundaries; the start of what is left for the next line."""
    line_start = previous = start
    for boundary in segmenter.grapheme_breaks(text[start:end]):
        boundary += start
        if measure(line_start, boundary) > width and previous > line_start:
            lines.append((line_start, previous))
            line_start = previous
        previous = boundary
    return line_start
