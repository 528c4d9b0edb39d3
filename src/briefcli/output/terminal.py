"""A page on a terminal, with rich (the only module besides cli.py that
imports it).

render/ turns each block into finished lines (wrapped, and for visual mode
shaped, reordered and aligned); this module only dresses them: the title set
apart, the byline and header dimmed, quotations and highlights coloured.
Styles are given in logical offsets and reach each visual cell through the
line's `sources`. rich never wraps, crops or justifies the lines, and never
parses article text: no markup, no emoji codes.
"""

from __future__ import annotations

import io
from itertools import groupby

from rich.console import Console
from rich.style import Style
from rich.text import Text

from briefcli.environment import Environment
from briefcli.errors import MissingDependency
from briefcli.output.escapes import terminal_state
from briefcli.output.page import Block, Highlight, Page
from briefcli.output.pager import write_paged
from briefcli.options import OutputOptions
from briefcli.render.engine import load_engine
from briefcli.render.layout import LineLayout, LayoutOptions, Line
from briefcli.render.mode import Mode
from briefcli.render.wrap import PlainSegmenter
from briefcli.segment.quotemarks import ANY_QUOTE_MARK, outermost, pair_quotes

ROLE_STYLES = {
    "title": Style(bold=True),
    "byline": Style(dim=True),
    "header": Style(dim=True, italic=True),
    "note": Style(italic=True),
}
HIGHLIGHT_STYLES = {"quote": Style(color="green"), "summary": Style(bold=True)}
SPEAKER_COLORS = ("magenta", "cyan", "yellow", "blue", "red", "bright_green")
UNKNOWN_HIGHLIGHT = Style(underline=True)
RULE = "\u2500"


def highlight_style(name: str) -> Style:
    if name in HIGHLIGHT_STYLES:
        return HIGHLIGHT_STYLES[name]
    prefix, _, number = name.partition("-")
    if prefix == "speaker" and number.isdigit():
        return Style(color=SPEAKER_COLORS[(int(number) - 1) % len(SPEAKER_COLORS)])
    return UNKNOWN_HIGHLIGHT


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


def styled_line(line: Line, role: Style | None, names: list[tuple[str, ...]] | None) -> Text:
    text = Text(line.text, style=role or "", no_wrap=True, overflow="ignore", end="")
    if names is None:
        return text
    keys = (names[source] if source >= 0 else () for source in line.sources)
    position = 0
    for key, run in groupby(keys):
        size = sum(1 for _ in run)
        if key:
            text.stylize(Style.combine(highlight_style(name) for name in key), position, position + size)
        position += size
    return text


def layout_for(output: OutputOptions, env: Environment, mode: Mode) -> LineLayout:
    options = LayoutOptions(
        width=env.width(output.width),
        visual=mode.name == "visual",
        shape=output.shape,
        isolate=mode.isolate,
        direction=None if output.direction == "auto" else output.direction,
    )
    try:
        engine = load_engine()
    except MissingDependency:
        if options.visual:
            raise
        return LineLayout(options, None, PlainSegmenter())
    return LineLayout(options, engine, engine)


def styled(output: OutputOptions, env: Environment) -> bool:
    """Whether to write any style escape: with colour, and on a terminal whose
    reader set NO_COLOR (it asks for no colour; bold and dim stay). Never with
    --color never, on a dumb terminal, or into a pipe or file (--bidi visual
    there shows the lines a terminal would get, not escape codes)."""
    if env.environ.get("TERM") == "dumb":
        return False
    return env.use_color(output.color) or (output.color == "auto" and env.stdout_isatty)


def console_for(output: OutputOptions, env: Environment, width: int, buffer: io.StringIO) -> Console:
    return Console(
        file=buffer, width=max(width, env.terminal_columns), force_terminal=True,
        color_system="standard" if styled(output, env) else None, no_color=not env.use_color(output.color),
        markup=False, emoji=False, highlight=False, legacy_windows=False, _environ={},
    )


def page_lines(page: Page, layout: LineLayout) -> list[Text]:
    width = layout.options.width
    lines: list[Text] = []
    for block in page.blocks:
        if lines:
            lines.append(Text(""))
        role = ROLE_STYLES.get(block.role)
        names = styles_by_index(len(block.text), block_highlights(block))
        lines.extend(styled_line(line, role, names) for line in layout.block(block.text, block.direction))
        if block.role == "title":
            lines.append(Text(RULE * width, style=Style(dim=True)))
    return lines


def render(page: Page, layout: LineLayout, console: Console) -> str:
    """The page as the terminal gets it: one rich Text of finished lines,
    printed with soft wrap (rich neither wraps nor crops)."""
    console.print(Text("\n", end="\n").join(page_lines(page, layout)), soft_wrap=True, crop=False)
    return console.file.getvalue()


def write_terminal_page(page: Page, output: OutputOptions, env: Environment, mode: Mode) -> None:
    layout = layout_for(output, env, mode)
    text = render(page, layout, console_for(output, env, layout.options.width, io.StringIO()))
    with terminal_state(mode, page.direction, env):
        write_paged(text, output.pager, env)
