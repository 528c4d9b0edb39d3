"""Where the quotations are: pairs of quotation marks over the whole body.

Marks are paired per paragraph (segment.quotemarks.pair_quotes, tolerant of
reversed, German and unmatched marks); only outermost pairs are quotations,
nested ones are part of them. A quotation may run over several paragraphs:
a paragraph that leaves a quotation open continues into the next one when
that one opens with a quotation mark (the newspaper convention: every
paragraph of a long quotation opens with a mark, only the last one closes)
or holds a closing mark with no opener (a line break the layout kept). A
quotation left open at the end of the article runs to the end of its
paragraph when it is long enough to be one.
"""

from __future__ import annotations

from dataclasses import dataclass

from briefcli.model import Article
from briefcli.segment.quotemarks import QUOTE_MARKS, ascii_role, outermost, pair_quotes

OPENERS = frozenset("\u201c\u201e\u00ab\u2039\u201f")
MIN_UNCLOSED_WORDS = 4
SENTENCE_ENDS = (".", "!", "?", "\u2026", "\u061f")


@dataclass(frozen=True)
class MarkedSpan:
    """A quotation in marks: `open`/`close` are the marks' offsets in the
    article text (close may be the end of a paragraph for an unclosed one),
    `start`/`end` the text between them without surrounding spaces;
    `first`/`last` the indices of the paragraphs it opens and closes in."""

    open: int
    close: int
    start: int
    end: int
    first: int
    last: int


@dataclass(frozen=True)
class Loose:
    """The marks of one paragraph: its pairs, and the marks left alone."""

    pairs: list[tuple[int, int]]
    openers: list[int]
    closers: list[int]


def loose_marks(text: str) -> Loose:
    every = pair_quotes(text)
    pairs = [(p.open, p.close) for p in outermost(every)]
    paired = {i for p in every for i in (p.open, p.close)}
    openers, closers = [], []
    for index, char in enumerate(text):
        if char not in QUOTE_MARKS or index in paired:
            continue
        role = ascii_role(text, index)
        if role == "open" or (role == "either" and char in OPENERS):
            openers.append(index)
        else:
            closers.append(index)
    return continued_in_place(text, Loose(pairs, openers, closers))


def continued_in_place(text: str, loose: Loose) -> Loose:
    """A quotation left open whose next paragraph opens with a mark, when the
    paragraphs were glued into one ('said: "A. "B." Then'): one quotation
    from the first mark to the last, the inner marks in it, as across
    paragraphs."""
    pairs, openers = list(loose.pairs), list(loose.openers)
    for opener in reversed(loose.openers):
        following = next((p for p in pairs if p[0] > opener), None)
        if following is None or any(o < opener < c for o, c in pairs):
            continue
        between = text[opener + 1:following[0]]
        if any(c in QUOTE_MARKS for c in between) or not between.rstrip().endswith(SENTENCE_ENDS):
            continue
        pairs = sorted([p for p in pairs if p != following] + [(opener, following[1])])
        openers.remove(opener)
    return Loose(pairs, openers, loose.closers)


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def open_tail(loose: Loose) -> int | None:
    """The mark that leaves a quotation open at the end of a paragraph: an
    unpaired opener after every pair and every lone closer."""
    if not loose.openers:
        return None
    opener = loose.openers[0] if not loose.pairs else next(
        (o for o in loose.openers if o > loose.pairs[-1][1]), None)
    if opener is None or any(c > opener for c in loose.closers):
        return None
    if any(o < opener < c for o, c in loose.pairs):
        return None
    return opener


def continuation_close(text: str, loose: Loose) -> tuple[int, bool] | None:
    """Where an open quotation coming from the previous paragraph closes in
    this one: (offset of the closing mark, True) when it closes here, (None,
    False) when it goes on; None when this paragraph does not continue it."""
    first = len(text) - len(text.lstrip())
    if loose.closers and (not loose.pairs or loose.closers[0] < loose.pairs[0][0]):
        if not any(o < loose.closers[0] for o in loose.openers):
            return loose.closers[0], True
    if first < len(text) and text[first] in QUOTE_MARKS:
        if loose.pairs and loose.pairs[0][0] == first:
            return loose.pairs[0][1], True
        if loose.openers and loose.openers[0] == first and open_tail(loose) == first:
            return len(text), False
    return None


def marked_spans(article: Article) -> list[MarkedSpan]:
    """Every quotation in marks in the body, in order."""
    text = article.text
    spans: list[MarkedSpan] = []
    pending: tuple[int, int] | None = None  # (offset of the open mark, paragraph index)
    for index, paragraph in enumerate(article.paragraphs):
        loose = loose_marks(paragraph.text)
        skip_first = False
        if pending is not None:
            ending = continuation_close(paragraph.text, loose)
            if ending is None:
                spans.extend(unclosed(article, *pending))
                pending = None
            elif ending[1]:
                close = paragraph.start + ending[0]
                spans.append(span(text, pending[0], close, pending[1], index))
                pending = None
                skip_first = bool(loose.pairs) and loose.pairs[0][1] == ending[0]
            else:
                continue
        for open_, close in loose.pairs[1 if skip_first else 0:]:
            spans.append(span(text, paragraph.start + open_, paragraph.start + close, index, index))
        tail = open_tail(loose)
        if tail is not None:
            pending = (paragraph.start + tail, index)
    if pending is not None:
        spans.extend(unclosed(article, *pending))
    return [s for s in spans if s.start < s.end]


def span(text: str, open_: int, close: int, first: int, last: int) -> MarkedSpan:
    start, end = trimmed(text, open_ + 1, close)
    return MarkedSpan(open_, close, start, end, first, last)


def unclosed(article: Article, open_: int, index: int) -> list[MarkedSpan]:
    """A quotation that never closes: up to the end of its paragraph, when it
    is long enough not to be a stray mark."""
    paragraph = article.paragraphs[index]
    found = span(article.text, open_, paragraph.end, index, index)
    if len(article.text[found.start:found.end].split()) < MIN_UNCLOSED_WORDS:
        return []
    return [found]
