"""Wrapping in logical order on terminal cells.

Lines end at line-break opportunities (given by the engine: UAX #14); a line
is as long as fits in `width` cells, its trailing spaces hanging (they are
not shown). A word wider than the line is cut at grapheme boundaries, never
between a letter and its marks. Wrapping happens before reordering: a
terminal or rich wrapping reordered text puts the lines in the wrong order.
"""

from __future__ import annotations

import re
from bisect import bisect_right
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
    each line at most `width` cells. An empty text is one empty line.

    Each line takes as many words as fit, found from a guess (the break a
    line of one cell per character would end at) by galloping over the break
    opportunities: a few measures a line, not one a word."""
    measure = (cells or Cells(text)).width
    breaks = segmenter.line_breaks(text)
    count = len(breaks)

    def shown_end(k: int) -> int:
        """Where a line ending at break k ends, its trailing spaces left out."""
        end, start = breaks[k], breaks[k - 1] if k else 0
        while end > start and text[end - 1] in SPACES:
            end -= 1
        return end

    lines: list[tuple[int, int]] = []
    line_start = k = 0
    while k < count and breaks[k] <= line_start < len(text):
        k += 1
    while k < count:
        if measure(line_start, shown_end(k)) > width:
            line_start = cut(text, line_start, shown_end(k), width, segmenter, measure, lines)
        guess = bisect_right(breaks, line_start + width + 1) - 1
        last = furthest_fitting(k, count, lambda j: measure(line_start, shown_end(j)) <= width, guess)
        if last == count - 1:
            break
        if shown_end(last) > line_start:  # else only spaces fit: the next word is cut from here
            lines.append((line_start, shown_end(last)))
            line_start = breaks[last]
        k = last + 1
    lines.append((line_start, shown_end(count - 1) if count else 0))
    return lines


def furthest_fitting(first: int, count: int, fits: Callable[[int], bool], guess: int) -> int:
    """The last index from `first` (which fits) before `count` for which
    `fits` holds, fits being true up to some index and false after it;
    `guess` is where to look first."""
    low, high = first, count
    if first < guess < count:
        if fits(guess):
            low = guess
        else:
            high = guess
    step = 1
    while low + step < high and fits(low + step):
        low += step
        step *= 2
    high = min(low + step, high)
    while high - low > 1:
        middle = (low + high) // 2
        if fits(middle):
            low = middle
        else:
            high = middle
    return low


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
