"""The model every stage shares: an article, its paragraphs and its sentences.

All text here is logical (Unicode order, unshaped). Every span is a pair of
code-point offsets into `Article.text`, the article's normalized text: the
title, the byline lines and the body paragraphs joined by single newlines.
For a clean file with one paragraph a line, that is the file itself.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Direction = Literal["rtl", "ltr"]


@dataclass(frozen=True)
class Sentence:
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Paragraph:
    text: str
    start: int
    end: int
    direction: Direction
    sentences: tuple[Sentence, ...] = ()


@dataclass(frozen=True)
class Article:
    source: str
    text: str
    title: str | None
    byline: str | None
    language: str
    direction: Direction
    paragraphs: tuple[Paragraph, ...]
    metadata: dict[str, str] = field(default_factory=dict, compare=False)

    @property
    def sentences(self) -> tuple[Sentence, ...]:
        return tuple(s for p in self.paragraphs for s in p.sentences)

    @property
    def word_count(self) -> int:
        return sum(len(p.text.split()) for p in self.paragraphs)


@dataclass(frozen=True)
class SummarySentence:
    """A sentence a summary took: `index` is its number among the article's
    sentences and `paragraph` its paragraph's (both from 1); start and end
    index `Article.text`; `score` is the method's own rating."""

    index: int
    paragraph: int
    start: int
    end: int
    text: str
    score: float


@dataclass(frozen=True)
class Summary:
    source: str
    language: str
    method: str
    sentences: tuple[SummarySentence, ...]
