"""The model every stage shares: an article, its paragraphs and its sentences.

All text here is logical (Unicode order, unshaped). Every span is a pair of
code-point offsets into `Article.text`, the article's normalized text: the
title, the byline lines and the body paragraphs joined by single newlines.
For a clean file with one paragraph a line, that is the file itself.

Each result a command prints has `to_dict()`: the JSON object brief writes
for it (`--format json` and `jsonl`), so a program using brief as a library
gets the same records as one reading its output. `id` is the article's
identifier in a JSON Lines archive (None for a file, a URL or a text).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Iterator, Literal

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

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass(frozen=True, slots=True)
class Paragraph:
    text: str
    start: int
    end: int
    direction: Direction
    sentences: tuple[Sentence, ...] = ()

    def to_dict(self, index: int) -> dict[str, Any]:
        """The paragraph as `brief read --format json` lists it, `index` from 1."""
        return {
            "index": index,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "direction": self.direction,
            "sentences": [sentence.to_dict() for sentence in self.sentences],
        }


class Items:
    """A JSON array whose items are made while it is written, by `make`,
    anew each time it is walked: a long article's paragraphs as
    `Article.to_dict(lazy=True)` hands them to output.structured.write_json,
    which writes each as it is made, so memory does not grow with the
    article. Only write_json knows it (json.dumps does not): `list(items)`
    gives a plain list."""

    def __init__(self, make: Callable[[], Iterable[Any]]) -> None:
        self.make = make

    def __iter__(self) -> Iterator[Any]:
        return iter(self.make())


def identified(source: str, id: str | None) -> dict[str, Any]:
    """A record's opening keys: its source, and its id when it has one."""
    return {"source": source, "id": id} if id is not None else {"source": source}


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
    id: str | None = None

    @property
    def sentences(self) -> tuple[Sentence, ...]:
        return tuple(s for p in self.paragraphs for s in p.sentences)

    @property
    def word_count(self) -> int:
        return sum(len(p.text.split()) for p in self.paragraphs)

    def to_dict(self, lazy: bool = False) -> dict[str, Any]:
        """The parsed article (`brief read --format json`); offsets index
        `text`. `lazy`: the paragraphs as Items, made as they are written."""
        paragraphs = Items(lambda: (p.to_dict(i) for i, p in enumerate(self.paragraphs, 1)))
        return {
            **identified(self.source, self.id),
            "title": self.title,
            "byline": self.byline,
            "language": self.language,
            "direction": self.direction,
            **({"metadata": self.metadata} if self.metadata else {}),
            "text": self.text,
            "paragraphs": paragraphs if lazy else list(paragraphs),
        }


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

    def to_dict(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in QUOTATION_FIELDS}


QUOTATION_FIELDS = ("mode", "subtype", "text", "start", "end", "speaker", "speaker_mention", "cue", "paragraph")


@dataclass(frozen=True)
class ArticleQuotes:
    """An article's quotations (`brief quotes`), in the order they open."""

    source: str
    language: str
    quotations: tuple[Quotation, ...]
    id: str | None = None

    @classmethod
    def of(cls, article: Article, quotations: tuple[Quotation, ...]) -> ArticleQuotes:
        return cls(article.source, article.language, quotations, article.id)

    def to_dict(self) -> dict[str, Any]:
        return {**identified(self.source, self.id), "language": self.language,
                "quotes": [q.to_dict() for q in self.quotations]}


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

    def to_dict(self) -> dict[str, Any]:
        return {"index": self.index, "paragraph": self.paragraph, "start": self.start, "end": self.end,
                "text": self.text, "score": self.score}


@dataclass(frozen=True)
class Summary:
    source: str
    language: str
    method: str
    sentences: tuple[SummarySentence, ...]
    id: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The summary (`brief summarize --format json`); start and end index
        the article's normalized text (`brief read --format json`)."""
        return {
            **identified(self.source, self.id),
            "language": self.language,
            "method": self.method,
            "sentences": [sentence.to_dict() for sentence in self.sentences],
        }
