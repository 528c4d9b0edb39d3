"""JSON text as brief writes it: characters as they are (not \\u escapes),
an indented document for --format json, one line per result for jsonl.

Except the characters that could drive a terminal or reorder a line: JSON
escapes C0 controls itself; DEL, C1 controls, bidi controls, line and
paragraph separators and lone surrogates (a file name's undecodable bytes) are
written as \\u escapes too. The strings are unchanged for a program that
parses the JSON; a terminal shown it raw gets nothing but text.

Written as it is made: a long article's paragraphs (`Items`) become JSON one
at a time, and the text goes out in blocks, so memory does not grow with the
size of the JSON."""

from __future__ import annotations

import json
import re
from typing import Any, Iterator, TextIO

from briefcli.model import Items
from briefcli.safe import UNSAFE_BEYOND_C0

UNSAFE_IN_JSON = re.compile(f"[{UNSAFE_BEYOND_C0}]")
BLOCK = 1 << 16  # characters written at a time


class WalkedItems(list):
    """Items as JSONEncoder.iterencode walks a list: by truth, then by
    iteration (never the C encoder, which reads a list's storage directly:
    iterencode uses it only for json.dumps without indent)."""

    def __init__(self, items: Items) -> None:
        super().__init__()
        self.items = items

    def __bool__(self) -> bool:
        return next(iter(self.items), self) is not self

    def __iter__(self) -> Iterator[Any]:
        return iter(self.items)


def walkable(value: Any) -> Any:
    """`value` with every Items made a WalkedItems (containers copied, shallowly)."""
    if isinstance(value, Items):
        return WalkedItems(value)
    if isinstance(value, dict):
        return {key: walkable(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [walkable(item) for item in value]
    return value


def unicode_escape(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


def inert(text: str) -> str:
    return UNSAFE_IN_JSON.sub(unicode_escape, text)


def write_json(value: Any, stream: TextIO, indent: int | None = 2, element: bool = False) -> None:
    """`value` as JSON on `stream` (indented, or on one line with `indent`
    None), then a newline; the same text as json.dumps would make. An
    `element` of an array being written is indented one step further and
    ends without the newline: the array's comma or bracket follows it."""
    encoder = json.JSONEncoder(ensure_ascii=False, indent=indent)
    margin = " " * (indent or 0) if element else ""

    def write(text: str) -> None:
        # JSON strings escape their newlines: each newline here starts a line of the layout
        stream.write(inert(text).replace("\n", "\n" + margin) if margin else inert(text))

    pending, size = [margin], 0
    for piece in encoder.iterencode(walkable(value)):
        pending.append(piece)
        size += len(piece)
        if size >= BLOCK:
            write("".join(pending))
            pending, size = [], 0
    if not element:
        pending.append("\n")
    write("".join(pending))
