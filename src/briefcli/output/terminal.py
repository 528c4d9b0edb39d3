"""A page on a terminal: laid out, dressed and written line by line.

render/ turns each block into finished lines (wrapped, and for visual mode
shaped, reordered and aligned); this module dresses them in styles and writes
each line as soon as it is laid out, so a long article starts showing at once
and is never held whole. Styles are given in logical offsets and reach each
cell through the line's `sources`; colours come from a palette chosen for the
terminal's background (palette.py), escape codes from sgr.py. Article text is
never parsed as markup or emoji codes.

Lines brief composes (headers, notes, speaker headings) take the page's
direction, and the names, file names and numbers written into them are
isolated (FSI ... PDI): the renderer lays them out in visual mode, the
terminal in logical mode (with marks where isolates would be drawn as
boxes: render/mode.py). Italic is never put on right-to-left letters: most
monospace fonts have no italic Arabic (terminals draw boxes), and Arabic
typography has no italic.
"""

from __future__ import annotations

import contextlib
import gc
import re
from itertools import groupby
from typing import Iterator

from briefcli.environment import Environment
from briefcli.errors import MissingDependency
from briefcli.language import first_strong
from briefcli.model import Direction
from briefcli.output.escapes import terminal_state
from briefcli.output.page import Block, Highlight, Page
from briefcli.output.pager import write_paged
from briefcli.output.palette import Palette, palette_for
from briefcli.output.sgr import Style
from briefcli.options import OutputOptions
from briefcli.render.align import PADDING
from briefcli.render.engine import ICU_INSTALL, load_engine
from briefcli.render.layout import MARKS, LayoutOptions, Line, LineLayout
from briefcli.render.mode import Mode
from briefcli.render.wrap import PlainSegmenter
from briefcli.segment.quotemarks import ANY_QUOTE_MARK, outermost, pair_quotes

BOLD_ROLES = {"title", "speaker"}
MUTED_ROLES = {"header", "note", "byline", "rule"}  # what is said about the text
ITALIC_ROLES = {"note", "byline"}  # in left-to-right lines only, never on right-to-left letters
COMPOSED_ROLES = {"header", "note", "speaker"}
RIGHT_TO_LEFT = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]+")
FSI, PDI = "\u2068", "\u2069"
RULE = "\u2500"
FALLBACK_HINT = ("brief: right-to-left text shown in logical order: this terminal needs ICU to show it "
                 f"right to left ({ICU_INSTALL})\n")


class Painter:
    """Escape codes for one terminal: the palette's colours (none with
    NO_COLOR), or nothing at all when the output takes no style."""

    def __init__(self, palette: Palette | None, colored: bool):
        self.palette = palette
        self.colored = colored
        self.styles: dict[tuple[Style | None, tuple[str, ...]], Style] = {}

    def role(self, name: str, direction: str) -> Style | None:
        """The style of a block's role, for a line of `direction`."""
        if self.palette is None:
            return None
        if name in BOLD_ROLES:
            return Style(bold=True)
        if name not in MUTED_ROLES:
            return None
        italic = name in ITALIC_ROLES and direction == "ltr"
        if self.colored and self.palette.muted is not None:
            return Style(color=self.palette.muted, italic=italic)
        return Style(dim=True, italic=italic)

    def style(self, role: Style | None, names: tuple[str, ...]) -> Style:
        """A role's style with highlights over it, the last on top."""
        if (role, names) not in self.styles:
            style = role or Style()
            for name in names:
                style += self.highlight(name)
            self.styles[role, names] = style
        return self.styles[role, names]

    def highlight(self, name: str) -> Style:
        """"quote", "summary", "speaker-N"; any other name is underlined."""
        assert self.palette
        if name == "summary":
            return Style(bold=True)
        if name == "quote":
            return Style(color=self.palette.quote)
        prefix, _, number = name.partition("-")
        if prefix == "speaker" and number.isdigit():
            color, underline = self.palette.speaker(int(number))
            return Style(color=color, underline=underline)
        return Style(underline=True)

    def paint(self, text: str, style: Style | None) -> str:
        if not text or style is None or self.palette is None:
            return text
        if style.italic and RIGHT_TO_LEFT.search(text):
            upright = style + Style(italic=False)
            return "".join(self.paint(piece, upright if RIGHT_TO_LEFT.match(piece) else style)
                           for piece in split_right_to_left(text))
        return (style if self.colored else style.without_color()).around(text)


def split_right_to_left(text: str) -> list[str]:
    """`text` cut where right-to-left letters start and end."""
    pieces, done = [], 0
    for match in RIGHT_TO_LEFT.finditer(text):
        pieces += [text[done:match.start()], match.group()]
        done = match.end()
    return [piece for piece in [*pieces, text[done:]] if piece]


def quotations(text: str) -> list[Highlight]:
    if not ANY_QUOTE_MARK.search(text):
        return []
    return [Highlight(pair.open, pair.close + 1, "quote") for pair in outermost(pair_quotes(text))]


def block_highlights(block: Block) -> list[Highlight]:
    found = quotations(block.text) if block.role == "body" else []
    return found + list(block.highlights)


def styles_by_index(length: int, highlights: list[Highlight]) -> list[tuple[str, ...]] | None:
    """For each index of the block's text, the names of the highlights on it."""
    if not highlights:
        return None
    names: list[tuple[str, ...]] = [()] * length
    for highlight in highlights:
        start, end = max(0, highlight.start), min(length, highlight.end)
        names[start:end] = [current + (highlight.style,) for current in names[start:end]]
    return names


def marked(block: Block, bare: bool) -> tuple[str, list[int]]:
    """The block's text with each of its values set apart, and the block
    index of each character (PADDING for the marks). A value is isolated
    (FSI ... PDI). A bare terminal (mlterm) draws isolates as boxes and
    gives every mark a cell, so a value there gets marks only where it needs
    them: its own direction's mark when it does not open with a strong
    letter ("000_290846.txt", "-0.15"), and the line's after it when its
    direction is not the line's, so that what follows keeps the line's."""
    pieces: list[str] = []
    origins: list[int] = []
    done = 0
    for start, end in sorted(block.isolates):
        value = block.text[start:end]
        opening, closing = marks(value, block.direction) if bare else (FSI, PDI)
        pieces += [block.text[done:start], opening, value, closing]
        origins += [*range(done, start), *[PADDING] * len(opening), *range(start, end), *[PADDING] * len(closing)]
        done = end
    pieces.append(block.text[done:])
    origins.extend(range(done, len(block.text)))
    return "".join(pieces), origins


def marks(value: str, line: Direction) -> tuple[str, str]:
    """The marks a value needs on a bare terminal (see `marked`)."""
    own = first_strong(value) or "ltr"
    opening = "" if first_strong(value[:1]) == own else MARKS[own]
    return opening, "" if own == line else MARKS[line]


def painted_line(line: Line, origins: list[int] | None, role: Style | None, names: list[tuple[str, ...]] | None,
                 painter: Painter) -> str:
    """One finished line with its styles; padding stays unstyled. `origins`
    maps the laid-out text back to the block's (isolates inserted)."""
    if painter.palette is None or (role is None and names is None):
        return line.text
    sources = line.sources if origins is None else [
        PADDING if source == PADDING else origins[source] for source in line.sources]
    keys = (None if source == PADDING else (names[source] if names else ()) for source in sources)
    pieces = []
    position = 0
    for key, run in groupby(keys):
        size = sum(1 for _ in run)
        piece = line.text[position:position + size]
        position += size
        pieces.append(piece if key is None else painter.paint(piece, painter.style(role, key)))
    return "".join(pieces)


def block_lines(block: Block, layout: LineLayout, painter: Painter) -> Iterator[str]:
    if block.role == "rule":
        yield painter.paint(RULE * layout.options.width, painter.role("rule", block.direction))
        return
    names = styles_by_index(len(block.text), block_highlights(block)) if painter.palette else None
    composed = block.role in COMPOSED_ROLES
    text, origins = marked(block, layout.options.bare) if block.isolates and layout.engine else (block.text, None)
    for line in layout.block(text, block.direction, forced=composed):
        yield painted_line(line, origins, painter.role(block.role, line.direction), names, painter)


def page_lines(page: Page, layout: LineLayout, painter: Painter) -> Iterator[str]:
    """The page's lines, each laid out when it is asked for."""
    for number, block in enumerate(page.blocks):
        if number and block.spaced:
            yield ""
        yield from block_lines(block, layout, painter)


def has_right_to_left(page: Page) -> bool:
    return any(RIGHT_TO_LEFT.search(block.text) for block in page.blocks)


def layout_for(page: Page, output: OutputOptions, env: Environment, mode: Mode) -> LineLayout:
    """The layout for `mode`. Without ICU: a page with no right-to-left text
    needs none; on a terminal brief chose visual order for, right-to-left
    text falls back to logical order with a hint; only an explicit
    `--bidi visual` fails."""
    options = LayoutOptions(
        width=env.width(output.width),
        visual=mode.name == "visual",
        shape=output.shape,
        isolate=mode.isolate,
        bare=mode.bare,
        kitty=mode.kitty,
        direction=None if output.direction == "auto" else output.direction,
    )
    try:
        engine = load_engine()
    except MissingDependency:
        if options.visual and has_right_to_left(page):
            if not mode.auto:
                raise
            env.stderr.write(FALLBACK_HINT)
        return LineLayout(LayoutOptions(options.width, visual=False, isolate=options.isolate, bare=options.bare,
                                        direction=options.direction), None, PlainSegmenter())
    return LineLayout(options, engine, engine)


def styled(output: OutputOptions, env: Environment) -> bool:
    """Whether to write any style escape: with colour, and on a terminal whose
    reader set NO_COLOR (it asks for no colour; bold and dim stay). Never with
    --color never, on a dumb terminal, or into a pipe or file (--bidi visual
    there shows the lines a terminal would get, not escape codes)."""
    if env.environ.get("TERM") == "dumb":
        return False
    return env.use_color(output.color) or (output.color == "auto" and env.stdout_isatty)


def painter_for(output: OutputOptions, env: Environment) -> Painter:
    """Colours for the terminal's background when it tells it (asked only
    when colours will be shown), else colours that read on any."""
    if not styled(output, env):
        return Painter(None, colored=False)
    colored = env.use_color(output.color)
    return Painter(palette_for(env.background if colored else None, env.colors()), colored)


@contextlib.contextmanager
def no_cycle_collection():
    """Laying out makes and drops many small objects but no reference
    cycles: reference counting frees them all. The cycle collector would
    only walk the article over and over (a fifth of the time of a long
    article), so it rests while the page is written."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def write_terminal_page(page: Page, output: OutputOptions, env: Environment, mode: Mode) -> None:
    """Lay the page out and write it, line by line."""
    layout = layout_for(page, output, env, mode)
    painter = painter_for(output, env)
    with terminal_state(mode, page.direction, env), no_cycle_collection():
        write_paged(page_lines(page, layout, painter), output.pager, env)
