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
from typing import Any, Callable, Iterable, Iterator, TextIO

from briefcli.safe import UNSAFE_BEYOND_C0

UNSAFE_IN_JSON = re.compile(f"[{UNSAFE_BEYOND_C0}]")
BLOCK = 1 << 16  # characters written at a time


class Items:
    """A JSON array whose items are made while it is written, by `make`,
    anew each time it is walked. Only write_json knows it (json.dumps does
    not): `list(items)` gives a plain list."""

    def __init__(self, make: Callable[[], Iterable[Any]]) -> None:
        self.make = make

    def __iter__(self) -> Iterator[Any]:
        return iter(self.make())


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


def write_json(value: Any, stream: TextIO, indent: int | None = 2) -> None:
    """`value` as JSON on `stream` (indented, or on one line with `indent`
    None), then a newline; the same text as json.dumps would make."""
    encoder = json.JSONEncoder(ensure_ascii=False, indent=indent)
    pending: list[str] = []
    size = 0
    for piece in encoder.iterencode(walkable(value)):
        pending.append(piece)
        size += len(piece)
        if size >= BLOCK:
            stream.write(inert("".join(pending)))
            pending, size = [], 0
    pending.append("\n")
    stream.write(inert("".join(pending)))
