"""Lines to structure: title, byline lines and whole paragraphs.

Paragraphs are separated by newlines or blank lines. A hard-wrapped file
(lines cut near one width, as in EASC's 092.txt) is recognised from its line
lengths and re-flowed: a line joins the next unless it ends a sentence (or is
short) and either the next line is indented (where indents mark paragraphs)
or the next line's first word would have fitted on it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from briefcli.model import Layout
from briefcli.normalize import collapse_spaces

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


@dataclass(frozen=True)
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


def split_lines(lines: list[str]) -> list[Line]:
    out, block = [], 0
    for raw in lines:
        if not raw.strip():
            block += 1
            continue
        out.append(Line(raw.strip(), raw[:1].isspace(), block))
    return out


def percentile(values: list[int], share: float) -> int:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def wrap_style(lines: list[Line]) -> WrapStyle:
    """The file is hard-wrapped when its typical line (the 90th percentile,
    so that short last lines of paragraphs do not count) is no longer than
    WRAP_WIDTH_LIMIT and half its lines come near it. The width is the
    longest line at most 15% over the typical one (a long URL does not set
    it); indents mark paragraphs when some lines have one but not all."""
    lengths = [len(line.text) for line in lines]
    if len(lines) < 3:
        return WrapStyle(False, max(lengths, default=0), False)
    typical = percentile(lengths, 0.9)
    width = max(n for n in lengths if n <= typical * 1.15)
    near_full = sum(1 for n in lengths if n >= NEAR_FULL * typical) / len(lengths)
    wrapped = typical <= WRAP_WIDTH_LIMIT and near_full >= WRAPPED_SHARE
    indented = sum(line.indented for line in lines)
    return WrapStyle(wrapped, width, 0 < indented < len(lines))


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


def reflow(lines: list[Line]) -> list[tuple[str, int]]:
    """Whole paragraphs, each with how many source lines it took."""
    if not lines:
        return []
    style = wrap_style(lines)
    paragraphs: list[list[str]] = [[lines[0].text]]
    for index, (line, following) in enumerate(pairwise(lines)):
        if continues(line, following, style, first=index == 0):
            paragraphs[-1].append(following.text)
        else:
            paragraphs.append([following.text])
    return [(collapse_spaces(" ".join(p)), len(p)) for p in paragraphs]


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


def lay_out(lines: list[str], heading_title: str | None = None) -> Layout:
    """Title, byline and paragraphs of an article given as plain lines."""
    paragraphs = [p for p in reflow(split_lines(lines)) if p[0]]
    title = heading_title
    if title is None and len(paragraphs) > 1 and is_title(*paragraphs[0]):
        title = paragraphs.pop(0)[0]
    byline: list[str] = []
    while (
        title is not None
        and len(byline) < BYLINE_MAX_LINES
        and len(paragraphs) > 1
        and is_byline(*paragraphs[0])
    ):
        byline.append(paragraphs.pop(0)[0])
    return Layout(title or None, tuple(byline), tuple(p for p, _ in paragraphs))
