"""Rules of UAX #9 that brief applies itself, on top of an engine's levels.

- L1 on each line: trailing whitespace, isolate and removed (X9) characters,
  and those before a segment separator, go to the paragraph level. Applied
  to the paragraph's levels, so a line's levels never depend on the engine's
  shortcuts (ICU reports a unidirectional line as all paragraph level).
- L2 from levels, for lines whose levels were corrected below.
- Two corrections of ICU 77, measured with BidiCharacterTest.txt:
  * N0: nonspacing marks after a paired bracket take the bracket's resolved
    direction (ICU leaves them to N1/N2, so `a(b)◌̱` in a right-to-left
    paragraph puts the mark on the wrong side). Adjacent neutrals resolve
    alike, so "the bracket's level" is right whether or not N0 changed the
    bracket.
  * BD16: at most 63 nested opening brackets; beyond that no pair is formed
    in the rest of the sequence (ICU keeps pairing). Brackets that must stay
    unpaired are replaced by a plain neutral before the engine resolves levels.
  Both are applied only to text without explicit embeddings or isolates,
  where the paragraph is one isolating run sequence.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Callable, Mapping, Sequence

from briefcli.render.engine import BidiLine

BD16_STACK = 63
PLAIN_NEUTRAL = "!"  # Bidi_Class ON, not a bracket


@dataclass(frozen=True)
class BidiClasses:
    """Regular expressions over the bidi classes these rules look at, and a
    character's class, from an engine's own Unicode data."""

    resettable: frozenset[str]  # WS, FSI LRI RLI PDI, BN, explicit embeddings: L1 resets their runs
    separator: re.Pattern[str]  # segment and paragraph separators (S, B)
    before_separator: re.Pattern[str]  # a resettable run, then a separator
    bracket: re.Pattern[str]  # a paired bracket (opening or closing)
    bidi_class: Callable[[str], str]  # a character's Bidi_Class: "BN", "NSM", ...
    explicit: re.Pattern[str]  # LRE RLE LRO RLO PDF LRI RLI FSI PDI
    opening: re.Pattern[str]  # opening paired brackets
    closer_of: Mapping[str, str]  # opening bracket -> its closing bracket (canonical forms)
    not_right_to_left: re.Pattern[str]  # a character that may resolve to another level than R's


class OneLevel:
    """A right-to-left paragraph of nothing but right-to-left letters and
    neutrals (no digit, no left-to-right letter, no control): with sos and
    eos R, every neutral resolves to R (N1), so every character is at level
    1 and each line is simply reversed; no engine needed."""

    base_level = 1

    def __init__(self, length: int):
        self.levels = [1] * length

    def line(self, start: int, end: int) -> BidiLine:
        return BidiLine(range(end - 1, start - 1, -1), self.levels[start:end])


def line_levels(text: str, levels: Sequence[int], start: int, end: int, base_level: int,
                classes: BidiClasses) -> list[int]:
    """The levels of line text[start:end] after L1."""
    line = list(levels[start:end])
    trailing = end
    while trailing > start and text[trailing - 1] in classes.resettable:
        trailing -= 1
    line[trailing - start:] = [base_level] * (end - trailing)
    if classes.separator.search(text, start, end):
        for match in classes.before_separator.finditer(text, start, end):
            line[match.start() - start:match.end() - start] = [base_level] * (match.end() - match.start())
    return line


def order_from_levels(levels: Sequence[int]) -> list[int]:
    """L2: from the highest level down to the lowest odd one, reverse every
    run at that level or higher. The visual order as logical indices."""
    order = list(range(len(levels)))
    if not levels:
        return order
    visual_levels = list(levels)
    lowest_odd = min(levels) | 1
    for level in range(max(levels), lowest_odd - 1, -1):
        index = 0
        while index < len(order):
            if visual_levels[index] < level:
                index += 1
                continue
            run_end = index
            while run_end < len(order) and visual_levels[run_end] >= level:
                run_end += 1
            order[index:run_end] = order[index:run_end][::-1]
            visual_levels[index:run_end] = visual_levels[index:run_end][::-1]
            index = run_end
    return order


def marks_after_brackets(text: str, levels: list[int], classes: BidiClasses) -> set[int]:
    """Apply the N0 correction to `levels` in place (to the marks and to the
    removed characters between them and the bracket, so that L2 keeps them
    in the bracket's run); the indices changed."""
    changed: set[int] = set()
    if classes.explicit.search(text):
        return changed
    for bracket in classes.bracket.finditer(text):
        end = marks_start = after_removed(text, bracket.end(), classes)
        while end < len(text) and classes.bidi_class(text[end]) == "NSM":
            end += 1
        if end == marks_start:
            continue
        for index in range(bracket.end(), end):
            if levels[index] != levels[bracket.start()]:
                levels[index] = levels[bracket.start()]
                changed.add(index)
    return changed


def after_removed(text: str, index: int, classes: BidiClasses) -> int:
    """The index after the removed (BN) characters that start at `index`."""
    while index < len(text) and classes.bidi_class(text[index]) == "BN":
        index += 1
    return index


def canonical(bracket: str) -> str:
    return unicodedata.normalize("NFD", bracket)


def bd16_unpaired(text: str, classes: BidiClasses) -> list[int]:
    """Indices of the brackets BD16 leaves unpaired after its stack of 63
    overflows (only when it does, and the text has no explicit controls)."""
    if len(classes.opening.findall(text)) <= BD16_STACK or classes.explicit.search(text):
        return []
    closers = set(classes.closer_of.values())
    stack: list[tuple[str, int]] = []
    for index, char in enumerate(text):
        form = canonical(char)
        if form in classes.closer_of:
            if len(stack) == BD16_STACK:
                return [position for _, position in stack] + [
                    later for later in range(index, len(text))
                    if canonical(text[later]) in classes.closer_of or canonical(text[later]) in closers
                ]
            stack.append((classes.closer_of[form], index))
        elif form in closers:
            for depth in range(len(stack) - 1, -1, -1):
                if stack[depth][0] == form:
                    del stack[depth:]
                    break
    return []


def without_brackets(text: str, positions: list[int]) -> str:
    if not positions:
        return text
    chars = list(text)
    for position in positions:
        chars[position] = PLAIN_NEUTRAL
    return "".join(chars)
