"""Sentence splitting for news in Arabic, French and English, no data needed.

A sentence ends at `.` `!` `?` `؟` `…` (never at `،` or `؛`), with any closing
quotation marks and brackets kept on its side (French « … » too, with the
space before »), when what follows can start a sentence: not a lower-case
letter, not a comma. A full stop after an abbreviation or an initial ends one
only as abbreviations.py says; decimals, times, URLs and e-mail addresses
have no space after their dots and so never do, except that Arabic often
omits the space after a full stop (`البلدين.وقال`). `(...)` and `[…]` mark
elided words, not an end.

Inside a quotation a sentence may end only if the quotation itself closes at a
sentence end and a new sentence follows: `He said: "A. B." Then...` splits
after `A.`, while `"A. B," he said.` and a paragraph ending `he said: "A. B."`
stay whole.

Every look around a candidate end is bounded, so splitting is linear in the
length of the text whatever it holds.
"""

from __future__ import annotations

import bisect
import re
import unicodedata

from briefcli.language import is_arabic_letter
from briefcli.segment.abbreviations import ACRONYM, BEFORE_NAME, TRAILING, kind_of, starts_sentences
from briefcli.segment.quotemarks import QuotePair, outermost, pair_quotes

TERMINAL = re.compile(r"[.!?\u061f\u2026\u203c\u2047-\u2049]+")
WORD_STOPS = frozenset("\"\u201c\u201d\u201e\u00ab\u00bb([")
QUOTES_AROUND_WORDS = "'\u2018\u2019"
LONGEST_WORD = 40
BRACKET_CLOSERS = ")]}\u2019'"
SPACED_CLOSERS = "\u00bb\u203a"
SPACES_BEFORE_CLOSERS = " \u00a0\u202f"
ELISION_BRACKETS = {"(": ")", "[": "]"}
OPENING_PUNCTUATION = "\"'\u201c\u201d\u201e\u00ab\u2039\u2018([{\u00bf\u00a1"
SENTENCE_OPENERS = "\"'\u201c\u201d\u201e\u00ab\u00bb\u2039\u2018([{\u00bf\u00a1\u2014\u2013-\u2022*#"
CLOSING_PUNCTUATION = BRACKET_CLOSERS + "\"\u201d\u00bb\u203a"
Span = tuple[int, int]
# Top-level domains as Arabic news writes them in site names (العربية.نت).
ARABIC_DOMAIN_ENDINGS = frozenset({"نت", "نيت", "كوم", "أورغ", "اورغ", "أورج", "إنفو", "انفو"})


def word_before(text: str, index: int) -> str:
    """The word that ends at `index`, cut to its last LONGEST_WORD characters
    (no abbreviation is longer, and a bounded look keeps splitting linear),
    without the quotation marks around it. Apostrophes inside it stay:
    `wasn't.` ends with the word wasn't, not with an initial t."""
    start = index
    while start > 0 and index - start < LONGEST_WORD:
        char = text[start - 1]
        if char.isspace() or char in WORD_STOPS:
            break
        start -= 1
    return text[start:index].strip(QUOTES_AROUND_WORDS)


def word_at(text: str, start: int) -> str:
    """The word that starts at `start`, past opening quotation marks and brackets."""
    while start < len(text) and text[start] in OPENING_PUNCTUATION:
        start += 1
    end = start
    while end < len(text) and end - start < LONGEST_WORD and not text[end].isspace():
        end += 1
    return text[start:end].rstrip(",.;:!?\u060c\u061b\u061f")


class Splitter:
    """Splits one paragraph; holds what every candidate boundary consults."""

    def __init__(self, text: str, language: str):
        self.text = text
        self.language = language
        pairs = pair_quotes(text)
        self.quotes = outermost(pairs)
        self.quote_opens = [pair.open for pair in self.quotes]
        self.closing_marks = {pair.close for pair in pairs}

    def absorb_closers(self, end: int) -> int:
        """Past the closing quotation marks and brackets that end a sentence,
        and the space French sets before a closing guillemet."""
        text = self.text
        while end < len(text):
            if text[end] in BRACKET_CLOSERS or end in self.closing_marks:
                end += 1
            elif (
                text[end] in SPACES_BEFORE_CLOSERS
                and end + 1 in self.closing_marks
                and text[end + 1] in SPACED_CLOSERS
            ):
                end += 2
            else:
                break
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
        if self.marks_elision(mark):
            return None
        end = self.absorb_closers(mark.end())
        glued = end < len(text) and not text[end].isspace()
        if glued and not self.glued_arabic_stop(mark, end):
            return None
        start = self.next_start(end)
        if start == len(text):
            return end
        if not self.can_start_sentence(start):
            return None
        if mark.group() == "." and not self.abbreviation_allows_end(mark, start):
            return None
        return end

    def marks_elision(self, mark: re.Match[str]) -> bool:
        """`(...)`, `[…]`: words left out of a quotation."""
        before, after = mark.start() - 1, mark.end()
        closer = ELISION_BRACKETS.get(self.text[before]) if before >= 0 else None
        return closer is not None and after < len(self.text) and self.text[after] == closer

    def glued_arabic_stop(self, mark: re.Match[str], end: int) -> bool:
        """`البلدين.وقال`, `عام 2023.وفي`, `(FBI).وكان`: Arabic often omits
        the space after a full stop; a letter of a one-letter abbreviation
        (`ص.ب`, `أ.د`) does not end a sentence that way, nor does the dot of
        a site's name written in Arabic (`العربية.نت`, `هسبريس.كوم`)."""
        text = self.text
        if not is_arabic_letter(text[end]) or word_at(text, end) in ARABIC_DOMAIN_ENDINGS:
            return False
        before = mark.start() - 1
        while before >= 0 and unicodedata.category(text[before]) == "Mn":
            before -= 1
        if before < 0:
            return False
        char = text[before]
        if char in CLOSING_PUNCTUATION or char.isdigit():
            return True
        return is_arabic_letter(char) and len(word_before(text, mark.start())) >= 2

    def after_number(self, index: int) -> bool:
        """Whether a number ends just before `index`, past spaces (`8 h`)."""
        index -= 1
        while index >= 0 and self.text[index] in SPACES_BEFORE_CLOSERS:
            index -= 1
        return index >= 0 and self.text[index].isdigit()

    def abbreviation_allows_end(self, mark: re.Match[str], next_start: int) -> bool:
        word = word_before(self.text, mark.start())
        if not word:
            return True
        next_char = self.text[next_start]
        after_number = self.after_number(mark.start() - len(word))
        kind = kind_of(word, self.language, next_char, after_number)
        if kind == BEFORE_NAME:
            return False
        if kind == TRAILING:
            return not next_char.isdigit()
        if kind == ACRONYM:
            return starts_sentences(word_at(self.text, next_start), self.language)
        return True

    def enclosing_quote(self, position: int, end: int) -> QuotePair | None:
        index = bisect.bisect_left(self.quote_opens, position) - 1
        if index < 0:
            return None
        pair = self.quotes[index]
        return pair if pair.open < position and end <= pair.close else None

    def quote_closes_sentence(self, pair: QuotePair) -> bool:
        """Whether the sentence ends where `pair` closes (`…” .` or `… .”`)
        and the text goes on after it with a new sentence: a quotation that
        ends its paragraph stays whole, with its cue."""
        text = self.text
        after = pair.close + 1
        mark = TERMINAL.match(text, after)
        if mark:
            end = self.ends_sentence(mark)
            return end is not None and self.next_start(end) < len(text)
        inside = pair.close
        while inside > pair.open + 1 and text[inside - 1] in SPACES_BEFORE_CLOSERS:
            inside -= 1
        if not TERMINAL.match(text, inside - 1):
            return False
        start = self.next_start(self.absorb_closers(after))
        return start < len(text) and self.can_start_sentence(start)

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
        # Only a terminal mark can end a sentence before the line's end (most short paragraphs have none).
        ends = Splitter(line, language).boundaries() if TERMINAL.search(line) else []
        for end in ends + [len(line)]:
            span = trimmed(text, offset + previous, offset + end)
            if span:
                spans.append(span)
            previous = end
        offset += len(line) + 1
    return spans
