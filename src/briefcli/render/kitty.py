"""Lines for kitty: its shaper's reversal undone in advance.

kitty does no bidi of its own, but draws each run of cells through HarfBuzz.
A run is a stretch of cells drawn with one font: a space (kitty draws no
glyph for it) or a change of font (bold, a fallback font) ends it. HarfBuzz
takes a run's direction from the script of its first character that has one
(UAX #24: digits and punctuation have none) and draws a right-to-left run
reversed. So a line in visual order would show every Arabic word mirrored,
and one in logical order would show the words in left-to-right order. Writing the visual line with each run that kitty will
reverse reversed already makes kitty put it back: words in order, letters
joined (brief's presentation forms, lam-alef included), numbers and Latin in
place. Harakat and other marks are left out of those runs: kitty gives a
run's glyphs their cells in left-to-right order, so in a reversed run a
letter that carries a mark shifts its neighbours by a cell (letters lost).
Seen on kitty 0.26 with DejaVu Sans Mono, a font with Arabic letters.
With a font that has none, kitty takes the letters from a fallback font and
so also ends runs where punctuation or digits touch them; kitty's option
`force_ltr yes` with `--bidi visual` reads right whatever the font.
"""

from __future__ import annotations

import re
import unicodedata

from briefcli.render.cells import ZERO

RUN = re.compile("[^ \t\u2500-\u259f]+")  # kitty draws spaces and box drawing apart from text


def first_script_is_rtl(chars, rtl_script: re.Pattern[str]) -> bool:
    """HarfBuzz's guess for a run: the direction of the first character that
    belongs to a script (letters, and digits of a script: Arabic-Indic)."""
    for char in chars:
        if rtl_script.match(char):
            return True
        if unicodedata.bidirectional(char) == "L":
            return False
    return False


def reversed_run(text: str, sources: list[int]) -> tuple[str, list[int]]:
    """The run reversed, without its zero-width characters (marks), and the
    sources of what each cell will show: kitty keeps a cell's colours on the
    cell, whatever glyph it draws there, so styles follow the visual order."""
    kept = [index for index in range(len(text)) if text[index] not in ZERO]
    return "".join(map(text.__getitem__, reversed(kept))), [sources[index] for index in kept]


def for_kitty(text: str, sources: list[int], rtl_script: re.Pattern[str]) -> tuple[str, list[int]]:
    """The visual line `text` as kitty must be given it, and the source of
    what each of its cells shows. A run kitty will reverse is written
    reversed, unless reversing it would make kitty leave it as it is (it ends
    with a left-to-right letter): nothing written can make such a run read
    right in one font."""
    if not rtl_script.search(text):
        return text, sources
    pieces: list[str] = []
    shown: list[int] = []
    done = 0
    for run in RUN.finditer(text):
        start, end = run.span()
        word = run.group()
        if first_script_is_rtl(word, rtl_script) and first_script_is_rtl(reversed(word), rtl_script):
            written, written_sources = reversed_run(word, sources[start:end])
            pieces += [text[done:start], written]
            shown += sources[done:start] + written_sources
            done = end
    if not done:
        return text, sources
    pieces.append(text[done:])
    shown += sources[done:]
    return "".join(pieces), shown
