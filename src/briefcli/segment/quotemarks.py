"""Pairing quotation marks, tolerant of every way real text gets them wrong.

Handles “…” «…» „…“ „…” ‹…› "…" and nesting; reversed pairs (”…“, »…«);
German „…“ where “ closes; unmatched marks, which are simply left unpaired.
A quotation running over several paragraphs opens each of them again without
closing the one before; glued into one paragraph, `"A. "B. "C."` holds three
openers for one closer. So a " or “ that opens right after the end of a
sentence while one of its kind is open leaves that one unpaired (nested
`“a “b” c”` keeps both).
Never raises: an odd count of marks means some marks stay alone, not an error.
Single quotes are left out: apostrophes (l’État, don’t) make them unreliable
for anything but the innermost level, which callers handle themselves.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

LEFT_DOUBLE = "\u201c"
RIGHT_DOUBLE = "\u201d"
LOW_DOUBLE = "\u201e"
ASCII_DOUBLE = '"'
CLOSERS_OF = {
    LEFT_DOUBLE: (RIGHT_DOUBLE,),
    LOW_DOUBLE: (LEFT_DOUBLE, RIGHT_DOUBLE),
    RIGHT_DOUBLE: (LEFT_DOUBLE, RIGHT_DOUBLE),
    "\u00ab": ("\u00bb",),
    "\u00bb": ("\u00ab",),
    "\u2039": ("\u203a",),
    "\u203a": ("\u2039",),
    ASCII_DOUBLE: (ASCII_DOUBLE,),
}
QUOTE_MARKS = frozenset(CLOSERS_OF)
ANY_QUOTE_MARK = re.compile("[" + re.escape("".join(sorted(QUOTE_MARKS))) + "]")
OPENERS_OF = {
    mark: frozenset(opener for opener, closers in CLOSERS_OF.items() if mark in closers)
    for mark in QUOTE_MARKS
}
NATURAL_CLOSERS = frozenset({RIGHT_DOUBLE, "\u00bb", "\u203a"})
REOPENED = frozenset({ASCII_DOUBLE, LEFT_DOUBLE})
SENTENCE_END_BEFORE = re.compile(r"[.!?\u061f\u2026]\s+$")


@dataclass(frozen=True)
class QuotePair:
    """A matched pair: `open` and `close` are the indices of the marks; `depth`
    is how many other pairs enclose it."""

    open: int
    close: int
    depth: int = 0

    @property
    def inner(self) -> tuple[int, int]:
        return self.open + 1, self.close

    def contains(self, index: int) -> bool:
        return self.open < index < self.close


def ascii_role(text: str, index: int) -> str:
    """'open', 'close' or 'either' for an ASCII double quote, by its neighbours."""
    before = text[index - 1] if index > 0 else " "
    after = text[index + 1] if index + 1 < len(text) else " "
    opening_side = before.isspace() or before in "([{\u2014\u2013-/:"
    closing_side = after.isspace() or not after.isalnum()
    if opening_side and not after.isspace():
        return "open"
    if closing_side and not before.isspace():
        return "close"
    return "either"


class OpenerStack(list):
    """The open marks, innermost last, counting each kind so that a mark no
    opener waits for is told at once: scanning the stack for it every time
    would make a text of many unmatched marks quadratic."""

    def __init__(self) -> None:
        super().__init__()
        self.counts: dict[str, int] = dict.fromkeys(QUOTE_MARKS, 0)

    def push(self, mark: str, index: int) -> None:
        self.append((mark, index))
        self.counts[mark] += 1

    def cut(self, position: int) -> None:
        for mark, _ in self[position:]:
            self.counts[mark] -= 1
        del self[position:]

    def abandon(self, mark: str) -> None:
        """Drop the innermost open `mark`; only the openers pushed since
        that mark are passed, so every scan is paid for by pushes."""
        for position in range(len(self) - 1, -1, -1):
            if self[position][0] == mark:
                del self[position]
                self.counts[mark] -= 1
                return

    def awaits(self, mark: str) -> bool:
        return any(self.counts[opener] for opener in OPENERS_OF[mark])


def reopens_after_sentence(text: str, index: int, mark: str) -> bool:
    """Whether the opening `mark` at `index` follows a sentence end, as the
    mark that opens a quotation's next paragraph does."""
    return mark in REOPENED and SENTENCE_END_BEFORE.search(text, max(0, index - 8), index) is not None


def opener_closed_by(stack: OpenerStack, mark: str) -> int | None:
    """Stack position of the innermost opener that `mark` closes."""
    if not stack.awaits(mark):
        return None
    for position in range(len(stack) - 1, -1, -1):
        if mark in CLOSERS_OF[stack[position][0]]:
            return position
    return None


def with_depths(pairs: list[tuple[int, int]]) -> list[QuotePair]:
    out: list[QuotePair] = []
    enclosing: list[int] = []
    for start, end in sorted(pairs):
        while enclosing and enclosing[-1] < start:
            enclosing.pop()
        out.append(QuotePair(start, end, len(enclosing)))
        enclosing.append(end)
    return out


def pair_quotes(text: str) -> list[QuotePair]:
    """Every matched pair of double quotation marks, sorted by opening index."""
    stack = OpenerStack()
    pairs: list[tuple[int, int]] = []
    for found in ANY_QUOTE_MARK.finditer(text):
        index, mark = found.start(), found.group()
        role = ascii_role(text, index) if mark == ASCII_DOUBLE else None
        if stack and mark in CLOSERS_OF[stack[-1][0]] and role != "open":
            position: int | None = len(stack) - 1
        elif mark in NATURAL_CLOSERS or role == "close":
            position = opener_closed_by(stack, mark)
        else:
            position = None
        if position is None:
            if role != "close":
                if reopens_after_sentence(text, index, mark) and stack.counts[mark]:
                    stack.abandon(mark)
                stack.push(mark, index)
            continue
        pairs.append((stack[position][1], index))
        stack.cut(position)
    return with_depths(pairs)


def outermost(pairs: list[QuotePair]) -> list[QuotePair]:
    return [pair for pair in pairs if pair.depth == 0]
