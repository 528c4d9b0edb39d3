"""The colours brief writes, chosen to read on the reader's background.

When the background is not known, every colour must read on white and on
black alike: at least 3:1 against both (WCAG's contrast ratio; its 4.5:1 for
body text cannot be had against both). When the terminal tells its
background (Environment.background), the colours are chosen for it: at least
4.5:1 with 256 colours, 3:1 with the 16 colours of a terminal that has no
more (few of xterm's 16 pass 4.5:1 on white). The figures are computed from
xterm's default colours, which almost every terminal shares for indices
16-255; the first 16 are often themed, which is why 256 colours are
preferred where the terminal has them. Speakers get colours far apart from
each other (CIELAB distance) and from the default text colours; after the
last colour they come round again, underlined.
"""

from __future__ import annotations

from dataclasses import dataclass

CUBE_LEVELS = (0, 95, 135, 175, 215, 255)
XTERM_16 = (
    (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
    (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255),
    (255, 255, 255),
)
WHITE = (255, 255, 255)
BLACK = (0, 0, 0)
RGB = tuple[int, int, int]


@dataclass(frozen=True)
class Palette:
    """Colour indices (xterm's 256): `speakers` in order of first
    quotation, `quote` for a quotation whose speaker is unknown, `muted` for
    what is said about the text (headers, notes): a grey, as not every
    terminal shows SGR's faint (xterm does not); None leaves it to faint."""

    name: str
    colors: int  # 16 or 256: what the terminal must show
    speakers: tuple[int, ...]
    quote: int
    muted: int | None = None

    def speaker(self, number: int) -> tuple[int, bool]:
        """Speaker `number` (from 1): a colour, and whether to underline it
        (once every colour has been used)."""
        index = (number - 1) % len(self.speakers)
        return self.speakers[index], (number - 1) // len(self.speakers) % 2 == 1

    def foregrounds(self) -> tuple[int, ...]:
        return (*self.speakers, self.quote, *([] if self.muted is None else [self.muted]))


PALETTES = {
    # background unknown: >= 3:1 against white and against black
    ("any", 256): Palette("any", 256, speakers=(32, 161, 28, 133, 166, 63, 137, 200), quote=30, muted=244),
    ("any", 16): Palette("any", 16, speakers=(5, 12, 1, 13, 9), quote=8),
    # background known: >= 4.5:1 against it (3:1 with 16 colours)
    ("light", 256): Palette("light", 256, speakers=(25, 160, 28, 127, 130, 55, 23, 58), quote=24, muted=243),
    ("light", 16): Palette("light", 16, speakers=(4, 1, 5, 12, 9), quote=8),
    ("dark", 256): Palette("dark", 256, speakers=(75, 203, 156, 219, 215, 105, 186, 211), quote=80, muted=245),
    ("dark", 16): Palette("dark", 16, speakers=(6, 3, 2, 13, 9), quote=12),
}


def palette_for(background: str | None, colors: int) -> Palette:
    """The palette for a "light" or "dark" background (None: unknown) on a
    terminal with `colors` colours (256, or 16 for fewer)."""
    return PALETTES[(background or "any", 256 if colors >= 256 else 16)]


def xterm_rgb(index: int) -> RGB:
    """The colour xterm shows by default for an index of its 256."""
    if index < 16:
        return XTERM_16[index]
    if index < 232:
        red, green, blue = (index - 16) // 36, (index - 16) // 6 % 6, (index - 16) % 6
        return CUBE_LEVELS[red], CUBE_LEVELS[green], CUBE_LEVELS[blue]
    grey = 8 + 10 * (index - 232)
    return grey, grey, grey


def linear(channel: int) -> float:
    value = channel / 255
    return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4


def luminance(rgb: RGB) -> float:
    """WCAG 2 relative luminance."""
    red, green, blue = map(linear, rgb)
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast(first: RGB, second: RGB) -> float:
    """WCAG 2 contrast ratio, from 1 to 21."""
    high, low = sorted((luminance(first), luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def is_light(rgb: RGB) -> bool:
    """Whether black text contrasts more with `rgb` than white text does."""
    return contrast(rgb, BLACK) > contrast(rgb, WHITE)
