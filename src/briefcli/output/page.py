"""A page: what a command shows a reader, as logical text plus intentions.

Every command that writes text for reading builds a Page (blocks of logical
text, each with a role, a direction and highlights in logical offsets) and
hands it to `write_page`. Piped, or with `--bidi off`, a page is plain text:
its blocks separated by blank lines, terminal-only blocks (headers, scores)
left out. On a terminal the renderer lays it out, right-to-left aware.
"""

from __future__ import annotations

from dataclasses import dataclass

from briefcli.environment import Environment
from briefcli.model import Direction
from briefcli.options import OutputOptions


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
    blocks: tuple[Block, ...]
    direction: Direction = "ltr"


def page_as_text(page: Page) -> str:
    """Plain logical text: what a pipe or `--bidi off` gets."""
    texts = [block.text for block in page.blocks if not block.terminal_only]
    return "\n\n".join(texts) + "\n" if texts else ""


def write_page(page: Page, output: OutputOptions, env: Environment) -> None:
    """Plain logical text when the mode is off (pipes, files, --bidi off);
    otherwise the terminal renderer (ICU is loaded only then)."""
    from briefcli.render.mode import choose_mode

    mode = choose_mode(output.bidi, env)
    if mode.name == "off":
        env.stdout.write(page_as_text(page))
        return
    from briefcli.output.terminal import write_terminal_page

    write_terminal_page(page, output, env, mode)
