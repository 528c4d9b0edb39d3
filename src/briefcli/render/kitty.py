"""Lines for kitty: its shaper's reversal undone in advance.

kitty does no bidi of its own, but draws each run of cells through HarfBuzz.
A run is a stretch of cells drawn with one font: a space (kitty draws no
glyph for it) or a change of font (bold, a fallback font) ends it. HarfBuzz
takes a run's direction from the script of its first character that has one
(UAX #24: digits and punctuation have none) and draws a right-to-left run
reversed, its brackets mirrored. So a line in visual order would show every
Arabic word mirrored, and one in logical order would show the words in
left-to-right order. Writing the visual line with each run that kitty will
reverse reversed already (and its mirrored brackets put back) makes kitty
put it back: words in order, letters joined (brief's presentation forms,
lam-alef included), numbers and Latin in place. Harakat and other marks are
left out of those runs: kitty gives a run's glyphs their cells in
left-to-right order, so in a reversed run a letter that carries a mark
shifts its neighbours by a cell (letters lost). Seen on kitty 0.26 with
DejaVu Sans Mono, a font with Arabic letters. With a font that has none,
kitty takes the letters from a fallback font and so also ends runs where
punctuation or digits touch them; kitty's option `force_ltr yes` with
`--bidi visual` reads right whatever the font.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Mapping

from briefcli.render.cells import NOT_SINGLE, ZERO

OTHER_THAN_SPACE = "[^ \t\u2500-\u259f]"  # kitty draws spaces and box drawing apart from text
RUN = re.compile(OTHER_THAN_SPACE + "+")


class KittyLines:
    """Writes visual lines for kitty, with one engine's right-to-left scripts
    and mirror glyphs."""

    def __init__(self, rtl_script: re.Pattern[str], mirrors: Mapping[str, str]):
        self.rtl_script = rtl_script
        self.candidates = re.compile(f"{rtl_script.pattern}|[^\\W\\d_]")  # may belong to a script
        self.other_letter = re.compile(f"(?!{rtl_script.pattern})[^\\W\\d_]")
        self.rtl_run = re.compile(f"{OTHER_THAN_SPACE}*?{rtl_script.pattern}{OTHER_THAN_SPACE}*")
        self.mirrored = re.compile("[" + "".join(re.escape(char) for char in sorted(mirrors)) + "]")
        self.unmirrored = str.maketrans(dict(mirrors))

    def first_script_is_rtl(self, word: str) -> bool:
        """HarfBuzz's guess for a run: the direction of the first character
        that belongs to a script (a letter of a left-to-right script is a
        strong left-to-right one; the tatweel, a letter of no script, is
        passed over; Arabic-Indic digits are of the Arabic script)."""
        for match in self.candidates.finditer(word):
            if self.rtl_script.match(match.group()):
                return True
            if unicodedata.bidirectional(match.group()) == "L":
                return False
        return False

    def reversed_run(self, word: str) -> str:
        """A run as kitty must get it to show `word`: reversed, each mirrored
        character as it is stored (kitty's shaper mirrors it again)."""
        word = word[::-1]
        return word.translate(self.unmirrored) if self.mirrored.search(word) else word

    def line(self, text: str) -> tuple[str, list[int] | None]:
        """The visual line `text` as kitty must be given it, and, when marks
        were left out, the position in `text` of what each written cell
        shows (kitty keeps a cell's colours on the cell whatever glyph it
        draws there, so styles follow the visual order). A run kitty will
        reverse is written reversed, unless reversing it would make kitty
        leave it as it is (it ends with a left-to-right letter): nothing
        written can make such a run read right in one font."""
        if not self.rtl_script.search(text):
            return text, None
        if not self.other_letter.search(text) and not NOT_SINGLE.search(text):
            # the usual line: no other letters, no marks; every run with a right-to-left
            # character opens and closes with one, as far as the shaper can tell
            return self.rtl_run.sub(lambda run: self.reversed_run(run.group()), text), None
        dropped: list[int] = []

        def written(run: re.Match[str]) -> str:
            word = run.group()
            if not (self.first_script_is_rtl(word) and self.first_script_is_rtl(word[::-1])):
                return word
            if NOT_SINGLE.search(word):
                dropped.extend(run.start() + index for index, char in enumerate(word) if char in ZERO)
                word = "".join(char for char in word if char not in ZERO)
            return self.reversed_run(word)

        shown = RUN.sub(written, text)
        if not dropped:
            return shown, None
        gone = set(dropped)
        return shown, [index for index in range(len(text)) if index not in gone]
