"""A page: what a command shows a reader, as logical text plus intentions.

Every command that writes text for reading builds a Page (blocks of logical
text, each with a role, a direction and highlights in logical offsets) and
hands it to `write_page`. Piped, or with `--bidi off`, a page is plain text:
its blocks separated by blank lines, terminal-only blocks (headers, scores)
left out. On a terminal the renderer lays it out, right-to-left aware.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import islice
from typing import Iterable, Iterator

from briefcli.environment import Environment
from briefcli.model import Direction
from briefcli.options import OutputOptions

BLOCKS_AT_ONCE = 4096


@dataclass(frozen=True, slots=True)
class Highlight:
    """A styled stretch of a block: offsets into the block's text; `style` is
    a role name the renderer maps to colours ("quote", "summary", "speaker-2")."""

    start: int
    end: int
    style: str


@dataclass(frozen=True, slots=True)
class Block:
    """Lines brief composes (roles header, note, speaker) take `direction`
    as their base direction; the article's own blocks take their first
    strong letter's. `isolates` are spans of a composed line (names, file
    names, scores) that keep their own order: isolated on a terminal."""

    text: str
    direction: Direction
    role: str = "body"  # title, byline, body, quotation; header, note, speaker; rule (a line across)
    highlights: tuple[Highlight, ...] = ()
    terminal_only: bool = False
    isolates: tuple[tuple[int, int], ...] = ()
    spaced: bool = True  # on a terminal, a blank line before it (pipes separate every block)


@dataclass(frozen=True, slots=True)
class Page:
    blocks: Iterable[Block]  # may be made as they are walked (output.article.ArticleBlocks)
    direction: Direction = "ltr"


def joined_blocks(texts: Iterable[str]) -> Iterator[str]:
    """"\\n\\n".join(texts), in pieces of a few thousand texts."""
    texts = iter(texts)
    batch = list(islice(texts, BLOCKS_AT_ONCE))
    while batch:
        yield "\n\n".join(batch)
        batch = list(islice(texts, BLOCKS_AT_ONCE))
        if batch:
            yield "\n\n"


def page_text(page: Page) -> Iterator[str]:
    """Plain logical text, in pieces: what a pipe or `--bidi off` gets."""
    written = False
    for piece in joined_blocks(block.text for block in page.blocks if not block.terminal_only):
        written = True
        yield piece
    if written:
        yield "\n"


def write_page(page: Page, output: OutputOptions, env: Environment) -> None:
    """Plain logical text when the mode is off (pipes, files, --bidi off);
    otherwise the terminal renderer (ICU is loaded only then)."""
    from briefcli.render.mode import choose_mode

    mode = choose_mode(output.bidi, env)
    if mode.name == "off":
        env.stdout.writelines(page_text(page))
        return
    from briefcli.output.terminal import write_terminal_page

    write_terminal_page(page, output, env, mode)
