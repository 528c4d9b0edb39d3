"""Lines to structure: title, byline lines and whole paragraphs.

Paragraphs are separated by newlines or blank lines. A hard-wrapped file
(lines cut near one width, as in EASC's 092.txt) is recognised from its line
lengths and re-flowed: a line joins the next unless it ends a sentence (or is
short) and either the next line is indented (where indents mark paragraphs)
or the next line's first word would have fitted on it.

The text is read in two passes, a line at a time and never split whole: the
first counts line lengths (how the file is laid out), the second makes the
paragraphs as segmentation asks for them. A file of millions of one-word
lines never exists as millions of strings at once.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass
from itertools import accumulate, chain, islice, pairwise
from typing import Iterator

from briefcli.model import Layout
from briefcli.normalize import collapse_spaces, lines_of

WRAP_WIDTH_LIMIT = 120
WRAPPED_SHARE = 0.5
NEAR_FULL = 0.75
SHORT_LINE = 0.6
TITLE_MAX_WORDS = 25
TITLE_MAX_CHARS = 200
BYLINE_MAX_WORDS = 8
BYLINE_MAX_CHARS = 80
BYLINE_MAX_LINES = 3
ENDS_SENTENCE = re.compile(r"(?:[.!?\u061f\u2026:][\"'\u201d\u2019\u00bb)\]]*|[\"\u201d\u00bb])$")
# A title may trail off ("Rivals of the £400 Apple..."), not end a sentence.
ENDS_WITH_FULL_STOP = re.compile(r"(?<!\.)[.!]$")
OPENS_WITH_QUOTE = re.compile(r"^[\"\u201c\u201e\u00ab\u2018]")


@dataclass(frozen=True, slots=True)
class Line:
    text: str
    indented: bool
    block: int


@dataclass(frozen=True)
class WrapStyle:
    """How the file was laid out: cut at `width`, or one paragraph a line."""

    wrapped: bool
    width: int
    indents_mark_paragraphs: bool


def split_lines(text: str) -> Iterator[Line]:
    """The lines of `text` that hold more than white space, stripped, each
    numbered with its block (blank lines separate blocks)."""
    block = 0
    for raw in lines_of(text):
        stripped = raw.strip()
        if not stripped:
            block += 1
            continue
        yield Line(stripped, raw[:1].isspace(), block)


def percentile(lengths: Counter[int], share: float) -> int:
    """The value at `share` of the way through `lengths` (value: how many times), in order."""
    values = sorted(lengths)
    reached = list(accumulate(lengths[value] for value in values))
    return values[bisect_right(reached, min(reached[-1] - 1, int(share * reached[-1])))]


def wrap_style(text: str) -> WrapStyle:
    """The file is hard-wrapped when its typical line (the 90th percentile,
    so that short last lines of paragraphs do not count) is no longer than
    WRAP_WIDTH_LIMIT and half its lines come near it. The width is the
    longest line at most 15% over the typical one (a long URL does not set
    it); indents mark paragraphs when some lines have one but not all."""
    lengths: Counter[int] = Counter()
    indented = 0
    for line in split_lines(text):
        lengths[len(line.text)] += 1
        indented += line.indented
    count = sum(lengths.values())
    if count < 3:
        return WrapStyle(False, max(lengths, default=0), False)
    typical = percentile(lengths, 0.9)
    width = max(n for n in lengths if n <= typical * 1.15)
    near_full = sum(times for n, times in lengths.items() if n >= NEAR_FULL * typical) / count
    wrapped = typical <= WRAP_WIDTH_LIMIT and near_full >= WRAPPED_SHARE
    return WrapStyle(wrapped, width, 0 < indented < count)


def opens_mid_sentence(text: str) -> bool:
    """A line that starts with a lower-case letter or a number carries on a
    sentence, after a line that did not end one (`على بعد` / ` 30 مترا`)."""
    return text[:1].islower() or text[:1].isdigit()


def first_line_stands_alone(line: Line, following: Line, style: WrapStyle) -> bool:
    """The first line of a wrapped file is a title, not the start of the
    first paragraph, when it ends no sentence and either a byline follows it
    or it stops well short of the width with room for the next word."""
    if ENDS_SENTENCE.search(line.text) or not is_title(line.text, 1):
        return False
    if len(following.text) < SHORT_LINE * style.width and is_byline(following.text, 1):
        return True
    first_word = following.text.split()[0]
    return (
        len(line.text) < NEAR_FULL * style.width
        and len(line.text) + 1 + len(first_word) <= style.width
    )


def continues(line: Line, following: Line, style: WrapStyle, first: bool = False) -> bool:
    """Whether `following` carries on the paragraph that `line` is part of;
    `first` says `line` is the file's first line."""
    if not style.wrapped or following.block != line.block:
        return False
    ends_sentence = ENDS_SENTENCE.search(line.text)
    if not ends_sentence and opens_mid_sentence(following.text):
        return True
    if first and first_line_stands_alone(line, following, style):
        return False
    ends_here = ends_sentence or len(line.text) < SHORT_LINE * style.width
    if style.indents_mark_paragraphs:
        if following.indented:
            return not ends_here
        if not ends_sentence:
            return True
    first_word = following.text.split()[0]
    would_fit = len(line.text) + 1 + len(first_word) <= style.width
    return not (would_fit and ends_here)


def reflow(text: str) -> Iterator[tuple[str, int]]:
    """Whole paragraphs, each with how many source lines it took."""
    style = wrap_style(text)
    lines = split_lines(text)
    first = next(lines, None)
    if first is None:
        return
    parts = [first.text]
    for index, (line, following) in enumerate(pairwise(chain([first], lines))):
        if continues(line, following, style, first=index == 0):
            parts.append(following.text)
        else:
            yield collapse_spaces(" ".join(parts)), len(parts)
            parts = [following.text]
    yield collapse_spaces(" ".join(parts)), len(parts)


def is_title(text: str, line_count: int) -> bool:
    return (
        line_count == 1
        and len(text) <= TITLE_MAX_CHARS
        and len(text.split()) <= TITLE_MAX_WORDS
        and not ENDS_WITH_FULL_STOP.search(text)
    )


def is_byline(text: str, line_count: int) -> bool:
    return (
        line_count == 1
        and len(text) <= BYLINE_MAX_CHARS
        and len(text.split()) <= BYLINE_MAX_WORDS
        and not ENDS_SENTENCE.search(text.rstrip(" :"))
        and not OPENS_WITH_QUOTE.search(text)
    )


def lay_out(text: str, heading_title: str | None = None) -> Layout:
    """Title, byline and paragraphs of an article given as plain lines; the
    paragraphs after the title and byline are made as they are walked."""
    paragraphs = (p for p in reflow(text) if p[0])
    # Enough to take a title and the most byline lines and know one paragraph follows.
    ahead = list(islice(paragraphs, BYLINE_MAX_LINES + 2))
    title = heading_title
    if title is None and len(ahead) > 1 and is_title(*ahead[0]):
        title = ahead.pop(0)[0]
    byline: list[str] = []
    while (
        title is not None
        and len(byline) < BYLINE_MAX_LINES
        and len(ahead) > 1
        and is_byline(*ahead[0])
    ):
        byline.append(ahead.pop(0)[0])
    return Layout(title or None, tuple(byline), (p for p, _ in chain(ahead, paragraphs)))
