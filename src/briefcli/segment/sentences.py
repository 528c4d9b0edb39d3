"""Sentence splitting for news in Arabic, French and English, no data needed.

A sentence ends at `.` `!` `?` `؟` `…` (never at `،` or `؛`), with any closing
quotation marks and brackets kept on its side, when what follows can start a
sentence: not a lower-case letter, not a comma. A full stop after an
abbreviation or an initial does not end one (see abbreviations.py); decimals,
times and URLs have no space after their dots and so never do.

Inside a quotation a sentence may end only if the quotation itself closes at a
sentence end: `He said: "A. B." Then...` splits after `A.`, while
`"A. B," he said.` stays whole.
"""

from __future__ import annotations

import bisect
import re

from briefcli.segment.abbreviations import kind_of
from briefcli.segment.quotemarks import QuotePair, outermost, pair_quotes

TERMINAL = re.compile(r"[.!?\u061f\u2026\u203c\u2047-\u2049]+")
WORD_STOPS = frozenset("\"'\u201c\u201d\u201e\u00ab\u00bb([")
LONGEST_WORD = 40
BRACKET_CLOSERS = ")]}\u2019'"
SENTENCE_OPENERS = "\"'\u201c\u201d\u201e\u00ab\u00bb\u2039\u2018([{\u00bf\u00a1\u2014\u2013-\u2022*#"
Span = tuple[int, int]


def is_arabic_letter(char: str) -> bool:
    return "\u0600" <= char <= "\u06ff" and char.isalpha()


def word_before(text: str, index: int) -> str:
    """The word that ends at `index`, cut to its last LONGEST_WORD characters:
    no abbreviation is longer, and a bounded look keeps splitting linear."""
    start = index
    while start > 0 and index - start < LONGEST_WORD:
        char = text[start - 1]
        if char.isspace() or char in WORD_STOPS:
            break
        start -= 1
    return text[start:index]


class Splitter:
    """Splits one paragraph; holds what every candidate boundary consults."""

    def __init__(self, text: str, language: str):
        self.text = text
        self.language = language
        self.quotes = outermost(pair_quotes(text))
        self.quote_opens = [pair.open for pair in self.quotes]
        self.closing_marks = {pair.close for pair in self.quotes}

    def absorb_closers(self, end: int) -> int:
        """Past the closing quotation marks and brackets that end a sentence."""
        text = self.text
        while end < len(text) and (text[end] in BRACKET_CLOSERS or end in self.closing_marks):
            end += 1
        return end

    def can_start_sentence(self, index: int) -> bool:
        char = self.text[index]
        return (char.isalnum() and not char.islower()) or char in SENTENCE_OPENERS

    def next_start(self, end: int) -> int:
        """Index of the first non-space character at or after `end`."""
        while end < len(self.text) and self.text[end].isspace():
            end += 1
        return end

    def ends_sentence(self, mark: re.Match[str]) -> int | None:
        """End of the sentence that `mark` closes, or None when it closes none."""
        text = self.text
        end = self.absorb_closers(mark.end())
        glued = end < len(text) and not text[end].isspace()
        if glued and not self.glued_arabic_stop(mark, end):
            return None
        start = self.next_start(end)
        if start == len(text):
            return end
        if not self.can_start_sentence(start):
            return None
        if mark.group() == "." and self.after_abbreviation(mark, start):
            return None
        return end

    def glued_arabic_stop(self, mark: re.Match[str], end: int) -> bool:
        """`البلدين.وقال`: Arabic often omits the space after a full stop."""
        word = word_before(self.text, mark.start())
        return (
            mark.group() == "."
            and end == mark.end()
            and is_arabic_letter(self.text[end])
            and len(word) >= 2
            and is_arabic_letter(word[-1])
        )

    def after_abbreviation(self, mark: re.Match[str], next_start: int) -> bool:
        word = word_before(self.text, mark.start())
        if not word:
            return False
        kind = kind_of(word, self.language, self.text[next_start])
        return kind == "before-name"

    def enclosing_quote(self, position: int, end: int) -> QuotePair | None:
        index = bisect.bisect_left(self.quote_opens, position) - 1
        if index < 0:
            return None
        pair = self.quotes[index]
        return pair if pair.open < position and end <= pair.close else None

    def quote_closes_sentence(self, pair: QuotePair) -> bool:
        after = pair.close + 1
        mark = TERMINAL.match(self.text, after)
        if mark:
            return self.ends_sentence(mark) is not None
        if not TERMINAL.match(self.text, pair.close - 1):
            return False
        start = self.next_start(self.absorb_closers(after))
        return start == len(self.text) or self.can_start_sentence(start)

    def boundaries(self) -> list[int]:
        ends = []
        for mark in TERMINAL.finditer(self.text):
            end = self.ends_sentence(mark)
            if end is None:
                continue
            pair = self.enclosing_quote(mark.start(), end)
            if pair is not None and not self.quote_closes_sentence(pair):
                continue
            ends.append(end)
        return ends


def trimmed(text: str, start: int, end: int) -> Span | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


def split_sentences(text: str, language: str) -> list[Span]:
    """Spans (start, end) of the sentences of `text`, in order, trimmed."""
    spans: list[Span] = []
    offset = 0
    for line in text.split("\n"):
        previous = 0
        for end in Splitter(line, language).boundaries() + [len(line)]:
            span = trimmed(text, offset + previous, offset + end)
            if span:
                spans.append(span)
            previous = end
        offset += len(line) + 1
    return spans
