"""Sets of code points (from range tables) for long texts: exact membership
by bisection, and a quick regular-expression gate to find candidates.

Python's re is slow with big classes twice over: compiling one walks every
BMP code point it covers in Python (the CJK ranges alone are 50 000), and
matching walks the ranges beyond U+FFFF one by one at every position. So the
gate is written the other way round: "not one of the ordinary characters of
the common blocks" (Latin, Greek, Cyrillic, Hebrew, Arabic and their
punctuation and presentation forms), a small class to compile and a bitmap
to match. It lets through everything in the set and some characters that
are not (any other script); callers check candidates with `CodePoints`.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Iterable

Spans = Iterable[tuple[int, int]]
COMMON_BLOCKS = ((0x0000, 0x10FF), (0x1E00, 0x2DFF), (0xFB00, 0xFEFF))


class CodePoints:
    def __init__(self, spans: Spans):
        self.spans = sorted(spans)
        self.starts = [first for first, _ in self.spans]

    def __contains__(self, char: str) -> bool:
        code = ord(char)
        index = bisect_right(self.starts, code) - 1
        return index >= 0 and code <= self.spans[index][1]


def exact(spans: Spans) -> str:
    """The class itself (slow to compile and match when big: for small sets)."""
    return "[" + "".join(f"\\U{first:08x}-\\U{last:08x}" for first, last in spans) + "]"


def outside(spans: Spans, within: Spans) -> list[tuple[int, int]]:
    """The parts of the `within` ranges that no span covers."""
    covered = sorted(spans)
    free = []
    for first, last in within:
        start = first
        for span_first, span_last in covered:
            if span_last < start or span_first > last:
                continue
            if span_first > start:
                free.append((start, span_first - 1))
            start = max(start, span_last + 1)
        if start <= last:
            free.append((start, last))
    return free


def gate(spans: Spans) -> re.Pattern[str]:
    """Matches every character of `spans` (and characters outside the common
    blocks): candidates to check with CodePoints."""
    ordinary = outside(list(spans), COMMON_BLOCKS)
    return re.compile("[^" + exact(ordinary)[1:])
