"""An article (`brief read`) as a page to read and Markdown (its JSON
object is `Article.to_dict()`)."""

from __future__ import annotations

import math

from briefcli.model import Article, Paragraph
from briefcli.output.labels import Phrase, joined, phrase
from briefcli.output.page import Block, Highlight, Page

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
    blocks = [header_block(article, reading_header(article))]
    if article.title:
        blocks += [Block(article.title, article.direction, "title"), rule(article)]
    if article.byline:
        blocks.append(Block(article.byline, article.direction, "byline"))
    for paragraph in article.paragraphs:
        local = tuple(
            Highlight(max(h.start, paragraph.start) - paragraph.start,
                      min(h.end, paragraph.end) - paragraph.start, h.style)
            for h in highlights
            if h.start < paragraph.end and h.end > paragraph.start
        )
        blocks.append(Block(paragraph.text, paragraph.direction, "body", local))
    return Page(tuple(blocks), article.direction)


def emphasized(paragraph: Paragraph, spans: list[tuple[int, int]]) -> str:
    """The paragraph's text with the parts in `spans` (article offsets) in bold."""
    text, offset = paragraph.text, paragraph.start
    for start, end in sorted(spans, reverse=True):
        if paragraph.start <= start < end <= paragraph.end:
            a, b = start - offset, end - offset
            text = f"{text[:a]}**{text[a:b]}**{text[b:]}"
    return text


def article_as_markdown(article: Article, bold: list[tuple[int, int]] | None = None) -> str:
    """The article in Markdown; the spans in `bold` (article offsets, such as
    summary sentences) in bold."""
    blocks = [f"# {article.title}"] if article.title else []
    if article.byline:
        blocks.append(f"*{article.byline}*")
    blocks += [emphasized(paragraph, bold or []) for paragraph in article.paragraphs]
    return "\n\n".join(blocks) + "\n"
