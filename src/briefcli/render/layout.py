"""The renderer's pipeline: a block of logical text to finished lines.

Per paragraph (the block split at newlines: never several paragraphs in one
bidi call): clean, choose the base direction, shape (visual), wrap in logical
order on cells, reorder each line with the paragraph's levels (visual), drop
spent format characters, align. Every line carries `sources`, the index in
the block's text of each of its characters, so styles given in logical
offsets land on the right cells (a lam-alef takes its lam's style).
"""

from __future__ import annotations

from dataclasses import dataclass

from briefcli.language import first_strong
from briefcli.model import Direction
from briefcli.render.align import PADDING, isolated, right_aligned
from briefcli.render.cells import Cells
from briefcli.render.clean import clean
from briefcli.render.engine import Engine
from briefcli.render.reorder import Reorderer
from briefcli.render.shaping import Shaped, shape
from briefcli.render.wrap import Segmenter, wrap


@dataclass(frozen=True)
class Line:
    """`text` is ready to write; `sources[i]` is the block index of text[i]
    (-1 for padding); `span` is the logical stretch of the block it shows."""

    text: str
    sources: list[int]
    span: tuple[int, int]
    direction: Direction


@dataclass(frozen=True)
class LayoutOptions:
    width: int
    visual: bool = True  # False: logical lines, for terminals that reorder
    shape: bool = True
    isolate: bool = False  # logical RTL lines padded and wrapped in RLI ... PDI
    direction: Direction | None = None  # forced base direction (--direction)


class LineLayout:
    """Lays out blocks with one engine (None: logical mode without ICU,
    `segmenter` then does the wrapping alone)."""

    def __init__(self, options: LayoutOptions, engine: Engine | None, segmenter: Segmenter):
        self.options = options
        self.engine = engine
        self.segmenter = segmenter
        self.reorderer = Reorderer(engine.mirrors, segmenter) if engine else None

    def block(self, text: str, direction: Direction) -> list[Line]:
        """The lines of a block; `direction` is taken by paragraphs that have
        no strong character."""
        lines: list[Line] = []
        offset = 0
        for paragraph in text.split("\n"):
            lines.extend(self.paragraph(paragraph, direction, offset))
            offset += len(paragraph) + 1
        return lines

    def paragraph(self, text: str, fallback: Direction, offset: int) -> list[Line]:
        cleaned, cleaned_sources = clean(text)
        direction = self.options.direction or first_strong(cleaned) or fallback
        if self.options.visual:
            lines = self.visual_lines(cleaned, direction)
        else:
            lines = self.logical_lines(cleaned, direction)
        return [relocated(line, cleaned_sources, len(text), offset) for line in lines]

    def visual_lines(self, text: str, direction: Direction) -> list[Line]:
        assert self.engine and self.reorderer, "visual mode needs an engine"
        shaped = shape(text, self.engine) if self.options.shape else Shaped(text)
        cells = Cells(shaped.text)
        bidi = self.engine.paragraph(shaped.text, direction)
        lines = []
        for start, end in wrap(shaped.text, self.options.width, self.segmenter, cells):
            visual, order = self.reorderer.line(shaped.text, bidi, start, end)
            if shaped.sources is not None:
                order = list(map(shaped.sources.__getitem__, order))
            if direction == "rtl":
                visual, order = right_aligned(visual, order, cells.width(start, end), self.options.width)
            lines.append(Line(visual, order, logical_span(shaped, start, end, len(text)), direction))
        return lines

    def logical_lines(self, text: str, direction: Direction) -> list[Line]:
        cells = Cells(text)
        lines = []
        for start, end in wrap(text, self.options.width, self.segmenter, cells):
            line, sources = text[start:end], list(range(start, end))
            if direction == "rtl" and self.options.isolate:
                line, sources = isolated(line, sources, cells.width(start, end), self.options.width)
            lines.append(Line(line, sources, (start, end), direction))
        return lines


def logical_span(shaped: Shaped, start: int, end: int, length: int) -> tuple[int, int]:
    if shaped.sources is None:
        return start, end
    first = shaped.sources[start] if start < len(shaped.sources) else length
    last = shaped.sources[end] if end < len(shaped.sources) else length
    return first, last


def relocated(line: Line, cleaned_sources: list[int] | None, length: int, offset: int) -> Line:
    """`line` with its sources and span as indices into the block's text
    (`length`: the paragraph's length before cleaning; `offset`: its start)."""
    if cleaned_sources is None and not offset:
        return line

    def block_index(index: int) -> int:
        if index == PADDING:
            return PADDING
        return offset + (index if cleaned_sources is None else cleaned_sources[index])

    def boundary(index: int) -> int:
        if cleaned_sources is None:
            return offset + index
        return offset + (cleaned_sources[index] if index < len(cleaned_sources) else length)

    start, end = line.span
    return Line(line.text, [block_index(index) for index in line.sources], (boundary(start), boundary(end)),
                line.direction)
