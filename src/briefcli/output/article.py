"""An article (`brief read`) as a page to read and Markdown (its JSON
object is `Article.to_dict()`)."""

from __future__ import annotations

import math
from bisect import bisect_left
from dataclasses import dataclass
from itertools import chain
from typing import Iterable, Iterator

from briefcli.model import Article, Paragraph
from briefcli.output.labels import Phrase, joined, phrase
from briefcli.output.page import Block, Highlight, Page, joined_blocks

# Reading speeds in words per minute (Trauzettel-Klosinski & Dietz 2012, IReST).
WORDS_PER_MINUTE = {"ar": 138, "fr": 195, "en": 228}


def reading_header(article: Article) -> Phrase:
    """Word count and reading time, in the article's language."""
    words = article.word_count
    minutes = max(1, math.ceil(words / WORDS_PER_MINUTE.get(article.language, 200)))
    return joined([phrase(article.language, "words", words=words),
                   phrase(article.language, "reading", minutes=minutes)])


def header_block(article: Article, header: Phrase, spaced: bool = True) -> Block:
    return Block(header.text, article.direction, "header", terminal_only=True, isolates=header.values, spaced=spaced)


def rule(article: Article) -> Block:
    return Block("", article.direction, "rule", terminal_only=True, spaced=False)


def titled(article: Article, header: Phrase) -> list[Block]:
    """The top of a page about an article: its title (on a terminal only),
    the header line under it, and a rule."""
    title = [Block(article.title, article.direction, "title", terminal_only=True)] if article.title else []
    return [*title, header_block(article, header, spaced=not title), rule(article)]


def article_page(article: Article, highlights: tuple[Highlight, ...] = ()) -> Page:
    """The page of `brief read`; `highlights` use offsets into `article.text`.
    On a terminal it opens with a header line (word count, reading time)."""
    head = [header_block(article, reading_header(article))]
    if article.title:
        head += [Block(article.title, article.direction, "title"), rule(article)]
    if article.byline:
        head.append(Block(article.byline, article.direction, "byline"))
    return Page(ArticleBlocks(article, tuple(head), highlights), article.direction)


@dataclass(frozen=True)
class ArticleBlocks:
    """The blocks of an article's page: `head`, then a block a paragraph,
    each made as it is walked, so that a long article's paragraphs are never
    all blocks at once (and a page sent from another process carries the
    article, not its blocks)."""

    article: Article
    head: tuple[Block, ...]
    highlights: tuple[Highlight, ...]

    def __iter__(self) -> Iterator[Block]:
        yield from self.head
        paragraphs = self.article.paragraphs
        for paragraph, local in zip(paragraphs, paragraph_highlights(paragraphs, self.highlights)):
            yield Block(paragraph.text, paragraph.direction, "body", local)


def paragraph_highlights(paragraphs: Iterable[Paragraph], highlights: tuple[Highlight, ...]
                         ) -> Iterator[tuple[Highlight, ...]]:
    """For each paragraph, the highlights over it (in their given order),
    cut to it, in its own offsets. One sweep: each highlight is looked at
    from the paragraph where it starts to the one where it ends."""
    waiting = sorted(range(len(highlights)), key=lambda number: highlights[number].start, reverse=True)
    active: list[int] = []
    for paragraph in paragraphs:
        while waiting and highlights[waiting[-1]].start < paragraph.end:
            active.append(waiting.pop())
        active = sorted(number for number in active if highlights[number].end > paragraph.start)
        yield tuple(
            Highlight(max(h.start, paragraph.start) - paragraph.start, min(h.end, paragraph.end) - paragraph.start,
                      h.style)
            for h in map(highlights.__getitem__, active)
        )


def emphasized(paragraph: Paragraph, spans: list[tuple[int, int]]) -> str:
    """The paragraph's text with the parts in `spans` (article offsets) in bold."""
    text, offset = paragraph.text, paragraph.start
    for start, end in sorted(spans, reverse=True):
        if paragraph.start <= start < end <= paragraph.end:
            a, b = start - offset, end - offset
            text = f"{text[:a]}**{text[a:b]}**{text[b:]}"
    return text


def article_as_markdown(article: Article, bold: list[tuple[int, int]] | None = None) -> Iterator[str]:
    """The article in Markdown, in pieces; the spans in `bold` (article
    offsets, such as summary sentences) in bold."""
    head = [f"# {article.title}"] if article.title else []
    if article.byline:
        head.append(f"*{article.byline}*")
    spans = sorted(bold or [])
    starts = [start for start, _ in spans]
    paragraphs = (
        emphasized(p, spans[bisect_left(starts, p.start):bisect_left(starts, p.end)]) for p in article.paragraphs
    )
    yield from joined_blocks(chain(head, paragraphs))
    yield "\n"
