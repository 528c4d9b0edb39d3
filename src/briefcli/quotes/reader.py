"""The article as the attribution stages read it: per paragraph, its words,
its cues and its sentences, computed once and only for the paragraphs that
hold quotations or cues, so a long article costs time in proportion to its
length."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from briefcli.model import Article
from briefcli.quotes.cues import Cue, find_cues
from briefcli.quotes.language import Language
from briefcli.quotes.spans import MarkedSpan
from briefcli.quotes.window import Window
from briefcli.quotes.words import Token, fold, tokenize

CACHED_PARAGRAPHS = 4
CAMEL = re.compile(r"\b[a-zà-ÿ]{3,}(?=([A-ZÀ-Ý][a-zà-ÿ]+)\b)")  # pensentEt: a lower-case word, then a capitalised one
GLUED = re.compile(r"(?<=[a-zà-ÿ0-9\u00bb\u201d\")])[.!?](?=[A-ZÀ-Ý\u00ab\u201c]|\"[A-ZÀ-Ý]|-)"
                   r"|(?<=[\u00bb\u201d\"]) -(?=[A-ZÀ-Ý])")


@dataclass
class Paragraph:
    index: int
    window: Window
    cues: list[Cue]
    sentence_starts: list[int]
    sentence_ends: list[int]
    token_starts: list[int]

    def __post_init__(self) -> None:
        self.cue_starts = [c.start for c in self.cues]

    def sentence(self, offset: int) -> tuple[int, int]:
        """(start, end) of the sentence holding `offset`."""
        k = max(0, min(bisect.bisect_right(self.sentence_starts, offset) - 1, len(self.sentence_starts) - 1))
        return self.sentence_starts[k], self.sentence_ends[k]

    def token_at(self, offset: int) -> int:
        """Index of the first token that starts at or after `offset`."""
        return bisect.bisect_left(self.token_starts, offset)

    def heading(self, end: int) -> bool:
        """Whether the sentence that ends at `end` is a subheading glued to
        the next one with no stop (Xavier Bertrand et Bruno Retailleau y
        pensentEt de citer)."""
        text = self.window.text
        return 0 < end < len(text) and text[end - 1].isalpha() and text[end].isupper()

    def last_cue_between(self, start: int, end: int) -> Cue | None:
        k = bisect.bisect_left(self.cue_starts, end) - 1
        while k >= 0 and self.cues[k].end > end:
            k -= 1
        return self.cues[k] if k >= 0 and self.cues[k].start >= start else None

    def cues_between(self, start: int, end: int) -> list[Cue]:
        starts = self.cue_starts
        found = self.cues[bisect.bisect_left(starts, start):bisect.bisect_left(starts, end)]
        return [c for c in found if c.end <= end]


class Reader:
    def __init__(self, article: Article, language: Language, spans: list[MarkedSpan]):
        self.article = article
        self.language = language
        self.spans = spans
        self.marks = [(s.open, s.close) for s in spans]
        self.closes = [s.close for s in spans]
        self.cache: dict[int, Paragraph] = {}

    def paragraph(self, index: int) -> Paragraph:
        found = self.cache.get(index)
        if found is None:
            if len(self.cache) >= CACHED_PARAGRAPHS:
                self.cache.pop(next(iter(self.cache)))
            found = self.cache[index] = self.build(index)
        return found

    def build(self, index: int) -> Paragraph:
        source = self.article.paragraphs[index]
        text = self.article.text
        starts, ends = sentence_bounds(source, text, self.language)
        tokens = split_at(text, tokenize(text, source.start, source.end), starts)
        quotes = []
        for k in range(bisect.bisect_left(self.closes, source.start), len(self.marks)):
            if self.marks[k][0] >= source.end:
                break
            quotes.append(self.marks[k])
        window = Window(text, tokens, self.language, quotes, source.start, source.end)
        cues = find_cues(text, tokens, self.language, [(o, c + 1) for o, c in window.quotes])
        return Paragraph(index, window, cues, starts, ends, window.starts)


def sentence_bounds(paragraph, text: str, language: Language) -> tuple[list[int], list[int]]:
    """The starts and ends of the paragraph's sentences, cut again where a
    full stop glues two of them (Peter Piot.Le professeur, "... Ebola".La RDC,
    citoyens"."Nous: a lower-case letter, a digit or a closing mark, the
    stop, a capital or a mark and a capital), around a subheading set
    between dashes (côte méditerranéenne.- "Que serait-ce ..." -Dans la foule),
    and where a subheading glues to its sentence with no stop (Bruno
    Retailleau y pensentEt de citer, Vomissements et vertigesLe syndicat: a
    word that opens sentences, capitalised, right after lower-case letters)."""
    starts, ends = [], []
    for sentence in paragraph.sentences or [paragraph]:
        begin = sentence.start
        for glue in sorted(glued_ends(text, sentence.start, sentence.end, language)):
            starts.append(begin)
            ends.append(glue)
            begin = glue
        starts.append(begin)
        ends.append(sentence.end)
    return starts, ends


def split_at(text: str, tokens: list[Token], starts: list[int]) -> list[Token]:
    """The tokens, those a sentence starts inside (pouvoirPour rappel) cut in two."""
    inside = [p for p in starts if p < len(text) and text[p - 1:p].isalpha() and text[p].isalpha()]
    if not inside:
        return tokens
    out: list[Token] = []
    for token in tokens:
        cuts = [p for p in inside if token.start < p < token.end]
        for begin, end in zip([token.start] + cuts, cuts + [token.end]):
            out.append(Token(text[begin:end], begin, end, fold(text[begin:end])))
    return out


def glued_ends(text: str, start: int, end: int, language: Language) -> set[int]:
    """Where a sentence glued to the one before it starts, between `start` and `end`."""
    found = {glue.end() for glue in GLUED.finditer(text, start, end)}
    openers = language.starters | language.determiners
    return found | {m.end() for m in CAMEL.finditer(text, start, end) if fold(m.group(1)) in openers}
