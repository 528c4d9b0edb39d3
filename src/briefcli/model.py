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
class Layout:
    """An article's parts as loading finds them, before segmentation: what a
    text file (load/layout.py) and an HTML page (load/html.py) both give."""

    title: str | None
    byline: tuple[str, ...]
    paragraphs: tuple[str, ...]


# Sentences and paragraphs exist by the hundred thousand in a long article:
# slots keep each a few dozen bytes instead of a dictionary's hundreds.
@dataclass(frozen=True, slots=True)
class Sentence:
    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
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


QuotationMode = Literal["direct", "indirect"]


@dataclass(frozen=True)
class Quotation:
    """One attributed quotation. `start`/`end` index `Article.text` and leave
    out the quotation marks; `text` is `Article.text[start:end]`.

    `subtype` is "full" (a whole quoted clause), "partial" (a quoted phrase),
    "mixed" (it completes an unquoted frame) or, for indirect speech,
    "paraphrase". `speaker` is the canonical name of the speaker, the same for
    every mention of them; `speaker_mention` the words that name them near
    this quotation (None when the subject is implicit); `cue` the reporting
    verb or phrase; `paragraph` the 1-based index of the body paragraph where
    the quotation opens. The offsets of the mention and the cue, when known,
    serve highlighting and evaluation."""

    mode: QuotationMode
    subtype: str
    text: str
    start: int
    end: int
    speaker: str | None
    speaker_mention: str | None
    cue: str | None
    paragraph: int
    speaker_index: int | None = None
    mention_span: tuple[int, int] | None = None
    cue_span: tuple[int, int] | None = None


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
