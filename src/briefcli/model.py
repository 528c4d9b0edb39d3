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

from abc import abstractmethod
from array import array
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Iterator, Literal, TypeVar, overload

Direction = Literal["rtl", "ltr"]
DIRECTIONS: tuple[Direction, Direction] = ("ltr", "rtl")
T = TypeVar("T")


@dataclass(frozen=True)
class Layout:
    """An article's parts as loading finds them, before segmentation: what a
    text file (load/layout.py) and an HTML page (load/html.py) both give."""

    title: str | None
    byline: tuple[str, ...]
    paragraphs: Iterable[str]  # walked once, by segment: a text file's are made as they are walked


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


def offsets(limit: int) -> array:
    """An empty array for offsets up to `limit`: four bytes each when they fit."""
    return array("I" if limit < 1 << 32 else "Q")


class MadeOnDemand(Sequence[T]):
    """A sequence whose items are made when asked for, by `made(index)`, from
    what the subclass keeps (offsets, numbers): indexing, slicing (a tuple)
    and walking it keep no item."""

    __slots__ = ()

    @abstractmethod
    def made(self, index: int) -> T: ...

    @overload
    def __getitem__(self, index: int) -> T: ...
    @overload
    def __getitem__(self, index: slice) -> tuple[T, ...]: ...

    def __getitem__(self, index: int | slice) -> T | tuple[T, ...]:
        if isinstance(index, slice):
            return tuple(map(self.made, range(*index.indices(len(self)))))
        return self.made(range(len(self))[index])

    def __iter__(self) -> Iterator[T]:
        return map(self.made, range(len(self)))

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Sequence) and tuple(self) == tuple(other)

    def __hash__(self) -> int:
        return hash(tuple(self))


class Paragraphs(MadeOnDemand[Paragraph]):
    """An article's paragraphs as segmentation found them, kept as offsets
    into the article's text: each Paragraph, with its text and Sentences, is
    made when it is asked for. A long article of tiny paragraphs (a word a
    line) has millions; as objects each would cost hundreds of bytes, here
    it costs about twenty.

    `starts` and `ends` index `text` (a paragraph's span); paragraph i's
    sentences are numbers `first_sentences[i]` to `first_sentences[i + 1]`
    of `sentence_starts` and `sentence_ends`; `directions` holds an index
    into DIRECTIONS for each paragraph."""

    __slots__ = ("text", "starts", "ends", "directions", "first_sentences", "sentence_starts", "sentence_ends")

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts, self.ends = offsets(len(text)), offsets(len(text))
        self.sentence_starts, self.sentence_ends = offsets(len(text)), offsets(len(text))
        self.first_sentences = offsets(len(text))
        self.first_sentences.append(0)
        self.directions = array("B")

    def add(self, start: int, end: int, direction: Direction, sentences: Iterable[tuple[int, int]]) -> None:
        """Append the paragraph at text[start:end] and its sentences' spans."""
        self.starts.append(start)
        self.ends.append(end)
        self.directions.append(DIRECTIONS.index(direction))
        for sentence_start, sentence_end in sentences:
            self.sentence_starts.append(sentence_start)
            self.sentence_ends.append(sentence_end)
        self.first_sentences.append(len(self.sentence_starts))

    def __len__(self) -> int:
        return len(self.starts)

    def made(self, index: int) -> Paragraph:
        text, start, end = self.text, self.starts[index], self.ends[index]
        first, last = self.first_sentences[index], self.first_sentences[index + 1]
        sentences = tuple(
            Sentence(text[a:b], a, b) for a, b in zip(self.sentence_starts[first:last], self.sentence_ends[first:last])
        )
        return Paragraph(text[start:end], start, end, DIRECTIONS[self.directions[index]], sentences)

    def texts(self) -> Iterator[str]:
        """Each paragraph's text, without the rest of it."""
        text = self.text
        return (text[start:end] for start, end in zip(self.starts, self.ends))

    def sentences(self) -> Sentences:
        return Sentences(self)

    def state(self) -> tuple:
        return (self.text, *(getattr(self, name) for name in self.__slots__[1:]))

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Paragraphs):
            return self.state() == other.state()
        return super().__eq__(other)

    __hash__ = MadeOnDemand.__hash__

    def __repr__(self) -> str:
        return f"Paragraphs({len(self)} paragraphs, {len(self.sentence_starts)} sentences)"

    def __getstate__(self) -> tuple:
        return self.state()

    def __setstate__(self, state: tuple) -> None:
        for name, value in zip(self.__slots__, state):
            setattr(self, name, value)


class Sentences(MadeOnDemand[Sentence]):
    """Every sentence of Paragraphs, in order, each made when asked for."""

    __slots__ = ("paragraphs",)

    def __init__(self, paragraphs: Paragraphs) -> None:
        self.paragraphs = paragraphs

    def __len__(self) -> int:
        return len(self.paragraphs.sentence_starts)

    def made(self, index: int) -> Sentence:
        start, end = self.paragraphs.sentence_starts[index], self.paragraphs.sentence_ends[index]
        return Sentence(self.paragraphs.text[start:end], start, end)


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
    paragraphs: Sequence[Paragraph]  # Paragraphs, for an article brief segmented
    metadata: dict[str, str] = field(default_factory=dict, compare=False)
    id: str | None = None

    @property
    def sentences(self) -> Sequence[Sentence]:
        if isinstance(self.paragraphs, Paragraphs):
            return self.paragraphs.sentences()
        return tuple(s for p in self.paragraphs for s in p.sentences)

    @property
    def word_count(self) -> int:
        texts = self.paragraphs.texts() if isinstance(self.paragraphs, Paragraphs) else (
            p.text for p in self.paragraphs)
        return sum(len(text.split()) for text in texts)

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
