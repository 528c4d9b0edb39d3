"""Styles and their escape codes (ECMA-48 Select Graphic Rendition).

A style says what it sets and leaves the rest (None) to whatever it is laid
over. Colours are indices of xterm's 256: 0-7 and 8-15 have codes of their
own (30-37, 90-97), the rest are written 38;5;N. Small and exact on purpose:
brief writes these few codes for every styled run of a long page.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, fields, replace

RESET = "\x1b[0m"


@dataclass(frozen=True)
class Style:
    bold: bool | None = None
    dim: bool | None = None
    italic: bool | None = None
    underline: bool | None = None
    color: int | None = None

    def __add__(self, other: Style) -> Style:
        """`other` laid over this style: what it sets wins."""
        changes = {field.name: getattr(other, field.name) for field in fields(other)
                   if getattr(other, field.name) is not None}
        return replace(self, **changes)

    def without_color(self) -> Style:
        return replace(self, color=None)

    @functools.cached_property
    def codes(self) -> str:
        """The parameters of the escape code, "" for a style that sets nothing."""
        numbers = [code for code, on in (("1", self.bold), ("2", self.dim), ("3", self.italic),
                                          ("4", self.underline)) if on]
        if self.color is not None:
            numbers.append(color_code(self.color))
        return ";".join(numbers)

    def around(self, text: str) -> str:
        """`text` in this style, the terminal's default after it."""
        codes = self.codes
        return f"\x1b[{codes}m{text}{RESET}" if codes and text else text


def color_code(index: int) -> str:
    if index < 8:
        return str(30 + index)
    if index < 16:
        return str(90 + index - 8)
    return f"38;5;{index}"
