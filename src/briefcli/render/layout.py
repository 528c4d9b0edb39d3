"""The renderer's pipeline: a block of logical text to finished lines.

Per paragraph (the block split at newlines: never several paragraphs in one
bidi call): clean, choose the base direction, shape (visual), wrap in logical
order on cells, reorder each line with the paragraph's levels (visual), drop
spent format characters, align. Every line carries `sources`, the index in
the block's text of each of its characters, so styles given in logical
offsets land on the right cells (a lam-alef takes its lam's style); they are
worked out only when asked for (a line with no style never needs them).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from typing import Callable, Sequence

from briefcli.language import first_strong
from briefcli.model import Direction
from briefcli.normalize import BIDI_CONTROLS
from briefcli.render.align import PADDING, isolated, right_aligned
from briefcli.render.cells import Cells
from briefcli.render.clean import clean
from briefcli.render.engine import Engine
from briefcli.render.kitty import KittyLines
from briefcli.render.reorder import Reorderer
from briefcli.render.shaping import Shaped, shape
from briefcli.render.wrap import Segmenter, wrap


Place = tuple[tuple[int, int], list[int]]


@dataclass(eq=False)
class Line:
    """`text` is ready to write. `span` is the logical stretch of the block
    it shows and `sources[i]` the block index of text[i] (PADDING for
    padding; for kitty, of what its i-th cell shows: render/kitty.py); `place`
    works both out when they are first asked for."""

    text: str
    direction: Direction
    place: Callable[[], Place] = field(repr=False)

    @functools.cached_property
    def placed(self) -> Place:
        return self.place()

    @property
    def span(self) -> tuple[int, int]:
        return self.placed[0]

    @property
    def sources(self) -> list[int]:
        return self.placed[1]


MARKS = {"rtl": "\u200f", "ltr": "\u200e"}  # RLM, LRM


@dataclass(frozen=True)
class LayoutOptions:
    width: int
    visual: bool = True  # False: logical lines, for terminals that reorder
    shape: bool = True
    isolate: bool = False  # logical RTL lines padded and wrapped in RLI ... PDI
    bare: bool = False  # the terminal gives each bidi control a cell: see logical_lines
    kitty: bool = False  # visual lines with the runs kitty reverses reversed (kitty.py)
    direction: Direction | None = None  # forced base direction (--direction)


class LineLayout:
    """Lays out blocks with one engine (None: logical mode without ICU,
    `segmenter` then does the wrapping alone)."""

    def __init__(self, options: LayoutOptions, engine: Engine | None, segmenter: Segmenter):
        self.options = options
        self.engine = engine
        self.segmenter = segmenter
        self.reorderer = Reorderer(engine.mirrors, segmenter) if engine else None
        self.kitty = KittyLines(engine.rtl_script, engine.mirrors) if engine and options.kitty else None

    def block(self, text: str, direction: Direction, forced: bool = False) -> list[Line]:
        """The lines of a block; `direction` is taken by paragraphs that have
        no strong character, or by all of them when `forced`."""
        lines: list[Line] = []
        offset = 0
        for paragraph in text.split("\n"):
            lines.extend(self.paragraph(paragraph, direction, offset, forced))
            offset += len(paragraph) + 1
        return lines

    def paragraph(self, text: str, fallback: Direction, offset: int, forced: bool = False) -> list[Line]:
        cleaned, cleaned_sources = clean(text)
        direction = self.options.direction or (fallback if forced else first_strong(cleaned) or fallback)
        if self.options.visual:
            lines = self.visual_lines(cleaned, direction)
        else:
            lines = self.logical_lines(cleaned, direction, forced)
        if cleaned_sources is None and not offset:
            return lines
        return [relocated(line, cleaned_sources, len(text), offset) for line in lines]

    def shaped(self, text: str) -> Shaped:
        return shape(text, self.engine) if self.engine and self.options.shape else Shaped(text)

    def visual_lines(self, text: str, direction: Direction) -> list[Line]:
        assert self.engine and self.reorderer, "visual mode needs an engine"
        shaped = self.shaped(text)
        cells = Cells(shaped.text)
        bidi = self.engine.paragraph(shaped.text, direction)
        lines = []
        spans = wrap(shaped.text, self.options.width, self.segmenter, cells)
        reordered = self.reorderer.lines(shaped.text, bidi, spans, cells.all_single)
        for (start, end), (visual, order) in zip(spans, reordered):
            if self.kitty:
                visual, kept = self.kitty.line(visual)
                order = order if kept is None else [order[index] for index in kept]
            pad = 0
            if direction == "rtl":
                visual, pad = right_aligned(visual, cells.width(start, end), self.options.width)
            lines.append(Line(visual, direction, functools.partial(placed, shaped, start, end, order, pad)))
        return lines

    def logical_lines(self, text: str, direction: Direction, forced: bool = False) -> list[Line]:
        """Lines in logical order, shaped when an engine can (a terminal that
        reorders cannot make a lam-alef of two cells). An isolated line keeps
        a cell of padding: tmux drops a zero-width character written at
        column 0, and an RLI lost there leaves the line left to right. A bare
        terminal gives each bidi control a cell (they are measured so) and
        takes each line's direction from its first strong letter: a
        right-to-left line brief composes that opens with a Latin name is
        right-aligned with spaces."""
        shaped = self.shaped(text)
        cells = Cells(shaped.text, BIDI_CONTROLS if self.options.bare else "")
        isolate = direction == "rtl" and self.options.isolate
        aligned = self.options.bare and forced and direction == "rtl" and first_strong(text) == "ltr"
        lines = []
        for start, end in wrap(shaped.text, self.options.width - isolate, self.segmenter, cells):
            line, pad = shaped.text[start:end], 0
            if isolate:
                line, pad = isolated(line, cells.width(start, end), self.options.width)
            elif aligned:
                line, pad = right_aligned(line, cells.width(start, end), self.options.width)
            lines.append(Line(line, direction,
                              functools.partial(placed, shaped, start, end, range(start, end), pad + isolate, isolate)))
        return lines


def placed(shaped: Shaped, start: int, end: int, order: Sequence[int], before: int = 0, after: int = 0) -> Place:
    """Where line shaped.text[start:end] comes from: its logical span, and
    its sources: `before` marks of padding, the logical index of each shaped
    character in `order`, `after` marks."""
    sources = shaped.sources
    indices = list(order) if sources is None else list(map(sources.__getitem__, order))
    return (shaped.logical(start), shaped.logical(end)), [PADDING] * before + indices + [PADDING] * after


def relocated(line: Line, cleaned_sources: list[int] | None, length: int, offset: int) -> Line:
    """`line` with its sources and span as indices into the block's text
    (`length`: the paragraph's length before cleaning; `offset`: its start)."""

    def block_index(index: int) -> int:
        if index == PADDING:
            return PADDING
        return offset + (index if cleaned_sources is None else cleaned_sources[index])

    def boundary(index: int) -> int:
        if cleaned_sources is None:
            return offset + index
        return offset + (cleaned_sources[index] if index < len(cleaned_sources) else length)

    def place() -> Place:
        (start, end), sources = line.placed
        return (boundary(start), boundary(end)), [block_index(index) for index in sources]

    return Line(line.text, line.direction, place)
