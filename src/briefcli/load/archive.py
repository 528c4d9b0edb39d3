"""Articles kept as JSON Lines: one object a line, as archives and crawls
store them: {"id", "title", "text", "url"?, "language"?}.

`records` reads such a file a line at a time (a line over the size limit is
refused by itself and skipped, so memory stays bounded whatever the file);
`article_from_record` makes one line an Article, its source `FILE:LINE` and
its `id` the record's.
"""

from __future__ import annotations

import dataclasses
import json
from typing import BinaryIO, Iterator

from briefcli.errors import InputError
from briefcli.load import layout_of_text
from briefcli.load.layout import lay_out
from briefcli.load.source import too_large
from briefcli.model import Article
from briefcli.normalize import clean_text
from briefcli.options import LANGUAGES, LoadOptions
from briefcli.segment import segment

ARCHIVE_SUFFIXES = (".jsonl", ".ndjson")


def is_archive(path: str) -> bool:
    return path.lower().endswith(ARCHIVE_SUFFIXES)


def records(stream: BinaryIO, name: str, limit: int) -> Iterator[tuple[str, bytes | InputError]]:
    """(source, line) for each non-blank line of `stream`, `source` being
    `name:NUMBER`; a line longer than `limit` bytes comes as its error."""
    number = 0
    while True:
        line = stream.readline(limit + 1)
        if not line:
            return
        number += 1
        source = f"{name}:{number}"
        if len(line) > limit and not line.endswith(b"\n"):
            yield source, too_large(source, None, limit)
            skip_rest_of_line(stream, limit)
        elif line.strip():
            yield source, line


def skip_rest_of_line(stream: BinaryIO, chunk: int) -> None:
    while True:
        piece = stream.readline(chunk)
        if not piece or piece.endswith(b"\n"):
            return


def text_field(record: dict, name: str, source: str, required: bool = False) -> str | None:
    value = record.get(name)
    if value is None and not required:
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool) and name == "id":
        return str(value)
    if not isinstance(value, str):
        raise InputError(f"{source}: the record's {name!r} must be a string")
    return value


def parse_record(line: bytes, source: str) -> dict:
    try:
        record = json.loads(line)
    except (ValueError, RecursionError) as error:
        raise InputError(f"{source}: not a JSON object ({error})") from None
    if not isinstance(record, dict):
        raise InputError(f"{source}: not a JSON object with the article's text")
    return record


def article_from_parts(
    source: str, text: str, title: str | None = None, language: str | None = None,
    metadata: dict[str, str] | None = None, id: str | None = None,
) -> Article:
    """An article given as its text and, apart, its title: the text is then
    all body; without a title, the title is found in the text as in a file."""
    text = clean_text(text)
    title = " ".join(clean_text(title or "").split()) or None
    layout = lay_out(text.split("\n"), title) if title else layout_of_text(text, source)
    if not layout.paragraphs and not layout.title:
        raise InputError(f"{source} is empty: there is no text to read")
    return dataclasses.replace(segment(source, layout, language, metadata), id=id)


def article_from_record(line: bytes, source: str, options: LoadOptions) -> Article:
    """The article of one archive line; an unknown `language` is detected instead."""
    record = parse_record(line, source)
    text = text_field(record, "text", source, required=True) or ""
    language = options.language or (record.get("language") if record.get("language") in LANGUAGES else None)
    url = text_field(record, "url", source)
    return article_from_parts(source, text, text_field(record, "title", source), language,
                              {"url": url} if url else None, text_field(record, "id", source))
