"""Reordering one wrapped line, with levels from its whole paragraph.

The engine gives the line's visual order after UAX #9 L1 and L2 (a number at
the start of a line can depend on the previous line, hence levels from the
paragraph). This module applies what a visual map leaves out:
L3, a base and its marks (more generally a grapheme cluster: a flag, an emoji
with its skin tone) stay in logical order inside a right-to-left run; and L4,
a mirrored character (parentheses, « ») at an odd level shows its mirror
glyph (“ ” are not Bidi_Mirrored and stay as they are).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from operator import itemgetter
from typing import Iterator, Mapping, Sequence

from briefcli.render.cells import NOT_SINGLE
from briefcli.render.engine import BidiParagraph
from briefcli.render.shaping import ARABIC_MARKS, MARK
from briefcli.render.spent import FORMATS, remove_spent
from briefcli.render.uba import OneLevel
from briefcli.render.wrap import Segmenter

# What may extend a grapheme cluster (a mark, a joiner, a skin tone, a flag's
# second letter) is not one cell wide: cells.NOT_SINGLE finds it (and wide
# characters, which make clusters of one).
CLUSTER_PART = NOT_SINGLE
MARK_RUN = re.compile(f"[{ARABIC_MARKS}]+")


class Reorderer:
    """Reorders lines with one engine's mirror glyphs and one segmenter's
    grapheme clusters."""

    def __init__(self, mirrors: Mapping[str, str], segmenter: Segmenter):
        self.mirrors = mirrors
        self.mirrored = re.compile("[" + "".join(re.escape(char) for char in sorted(mirrors)) + "]")
        self.segmenter = segmenter

    def lines(self, text: str, paragraph: BidiParagraph, spans: list[tuple[int, int]],
              all_single: bool = False) -> Iterator[tuple[str, Sequence[int]]]:
        """Each line text[start:end] in visual order, and for each of its
        characters the index in `text` it came from. What a paragraph does
        not hold (clusters, mirrored characters, spent controls) is not
        looked for in its lines; a text whose characters all take one cell
        (`all_single`) holds neither clusters nor controls."""
        clusters = not all_single
        mirrored = self.mirrored.search(text) is not None
        spent = not all_single and FORMATS.search(text) is not None
        if isinstance(paragraph, OneLevel) and all_single and not mirrored:  # the usual Arabic paragraph
            for start, end in spans:
                yield text[start:end][::-1], range(end - 1, start - 1, -1)
            return
        for start, end in spans:
            if start == end:
                yield "", []
                continue
            order, levels = paragraph.line(start, end)
            if clusters and CLUSTER_PART.search(text, start, end):
                order = clusters_kept(text, start, end, order, levels, self.segmenter)
            if isinstance(order, range):  # one direction: a slice, forwards or backwards
                visual = text[start:end] if order.step == 1 else text[start:end][::-1]
            else:
                visual = "".join(itemgetter(*order)(text))  # faster than a map over the indices
            if mirrored:
                visual = self.mirror(visual, order, levels, start)
            yield remove_spent(visual, order) if spent else (visual, order)

    def mirror(self, visual: str, order: Sequence[int], levels: Sequence[int], start: int) -> str:
        """L4: mirrored characters at odd levels take their mirror glyph."""
        swaps = [match.start() for match in self.mirrored.finditer(visual) if levels[order[match.start()] - start] % 2]
        if not swaps:
            return visual
        chars = list(visual)
        for index in swaps:
            chars[index] = self.mirrors[chars[index]]
        return "".join(chars)


def clusters_kept(text: str, start: int, end: int, order: Sequence[int], levels: Sequence[int],
                  segmenter: Segmenter) -> list[int]:
    """L3: `order` with each grapheme cluster that was reversed with its run
    back in logical order (base first, then its marks)."""
    kept = list(order)
    one_run = isinstance(order, range) and order.step == -1  # the whole line one right-to-left run
    position: dict[int, int] = {}
    for first, last in long_clusters(text, start, end, segmenter):
        if not reversed_at_odd_level(first, last, start, levels):
            continue
        if not one_run and not position:
            position = {index: visual for visual, index in enumerate(kept)}
        leftmost = end - last if one_run else position[last - 1]
        if kept[leftmost:leftmost + last - first] == list(range(last - 1, first - 1, -1)):
            kept[leftmost:leftmost + last - first] = range(first, last)
    return kept


def long_clusters(text: str, start: int, end: int, segmenter: Segmenter) -> Iterator[tuple[int, int]]:
    """The grapheme clusters of text[start:end] longer than one character.
    Where nothing but Arabic marks extends a cluster, a cluster is a letter
    and the marks after it (UAX #29 GB9) and no segmenter is needed;
    otherwise only the clusters that hold a cluster part are looked at."""
    parts = [part.start() for part in CLUSTER_PART.finditer(text, start, end)]
    if all(MARK.match(text, index) for index in parts):
        for run in MARK_RUN.finditer(text, start, end):
            if run.end() - max(start, run.start() - 1) > 1:
                yield max(start, run.start() - 1), run.end()
        return
    bounds = [start + boundary for boundary in (0, *segmenter.grapheme_breaks(text[start:end]))]
    done = start
    for index in parts:
        if index < done:
            continue
        cluster = bisect_right(bounds, index)
        first, done = bounds[cluster - 1], bounds[cluster]
        if done - first > 1:
            yield first, done


def reversed_at_odd_level(first: int, last: int, start: int, levels: Sequence[int]) -> bool:
    cluster_levels = set(levels[first - start:last - start])
    return len(cluster_levels) == 1 and cluster_levels.pop() % 2 == 1
