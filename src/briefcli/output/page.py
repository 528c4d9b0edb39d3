"""A page: what a command shows a reader, as logical text plus intentions.

Every command that writes text for reading builds a Page (blocks of logical
text, each with a role, a direction and highlights in logical offsets) and
hands it to `write_page`. Piped, or with `--bidi off`, a page is plain text:
its blocks separated by blank lines, terminal-only blocks (headers, scores)
left out. On a terminal the renderer lays it out, right-to-left aware.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from briefcli.environment import Environment
from briefcli.model import Article, Direction
from briefcli.options import OutputOptions
from briefcli.output.labels import label


@dataclass(frozen=True)
class Highlight:
    """A styled stretch of a block: offsets into the block's text; `style` is
    a role name the renderer maps to colours ("quote", "summary", "speaker-2")."""

    start: int
    end: int
    style: str


@dataclass(frozen=True)
class Block:
    text: str
    direction: Direction
    role: str = "body"  # title, byline, header, body, note
    highlights: tuple[Highlight, ...] = ()
    terminal_only: bool = False


@dataclass(frozen=True)
class Page:
    blocks: tuple[Block, ...]
    direction: Direction = "ltr"


# Reading speeds in words per minute (Trauzettel-Klosinski & Dietz 2012, IReST).
WORDS_PER_MINUTE = {"ar": 138, "fr": 195, "en": 228}


def reading_header(article: Article) -> str:
    """Word count and reading time, in the article's language."""
    words = article.word_count
    minutes = max(1, math.ceil(words / WORDS_PER_MINUTE.get(article.language, 200)))
    return label(article.language, "words", words=words, minutes=minutes)


def article_page(article: Article, highlights: tuple[Highlight, ...] = ()) -> Page:
    """The page of `brief read`; `highlights` use offsets into `article.text`.
    On a terminal it opens with a header line (word count, reading time)."""
    blocks = [Block(reading_header(article), article.direction, "header", terminal_only=True)]
    if article.title:
        blocks.append(Block(article.title, article.direction, "title"))
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


def page_as_text(page: Page) -> str:
    """Plain logical text: what a pipe or `--bidi off` gets."""
    texts = [block.text for block in page.blocks if not block.terminal_only]
    return "\n\n".join(texts) + "\n" if texts else ""


def write_page(page: Page, output: OutputOptions, env: Environment) -> None:
    """Plain logical text when the mode is off (pipes, files, --bidi off);
    otherwise the terminal renderer (rich and ICU are loaded only then)."""
    from briefcli.render.mode import choose_mode

    mode = choose_mode(output.bidi, env)
    if mode.name == "off":
        env.stdout.write(page_as_text(page))
        return
    from briefcli.output.terminal import write_terminal_page

    write_terminal_page(page, output, env, mode)
