"""Where an article's bytes come from: a file or standard input (URLs: fetch.py).

Every failure is an InputError whose message names the path and what to do;
nothing here writes anywhere.
"""

from __future__ import annotations

import os
import re
import sys
from dataclasses import dataclass
from typing import BinaryIO

from briefcli.errors import InputError

STDIN = "-"
CHUNK = 1024 * 1024
URL_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*)://")
# A host name, a dot and a top-level domain of letters, then a path or nothing:
# www.site.com/page, hespress.com, news.example.org/2024/a.html; not a file
# name such as article.txt.
WEB_ADDRESS = re.compile(r"^(?:[\w-]+\.)+(?!(?:txt|text|md|markdown|mdown|mkd|html?|xhtml|json|xml|csv|pdf)(?:/|$))"
                         r"[^\W\d_]{2,}(?::\d+)?(?:/|$)", re.I)


def url_scheme(source: str) -> str | None:
    """The scheme of `source` when it is a URL (`https`, `ftp`...), else None."""
    match = URL_SCHEME.match(source)
    return match.group(1).lower() if match else None


@dataclass(frozen=True)
class RawArticle:
    """Undecoded bytes and what is known about them before decoding; `url`
    is where fetched bytes finally came from, after redirects."""

    source: str
    data: bytes
    declared_charset: str | None = None
    media_type: str | None = None
    url: str | None = None


def human_size(n: int) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n} {unit}" if unit == "bytes" else f"{n:.1f} {unit}"
        n /= 1024
    raise AssertionError("unreachable")


def too_large(source: str, size: int | None, limit: int) -> InputError:
    """The error for an article over --max-bytes; `size` when it is known
    (a file, a Content-Length), None when reading stopped at the limit."""
    what = f"is {human_size(size)}, over" if size is not None else "is over"
    return InputError(f"{source} {what} the {human_size(limit)} limit; pass --max-bytes to raise it")


def read_limited(stream: BinaryIO, source: str, limit: int) -> bytes:
    """At most `limit` bytes, read a chunk at a time: memory follows what the
    stream holds, not the limit."""
    parts, size = [], 0
    while size <= limit:
        chunk = stream.read(min(CHUNK, limit + 1 - size))
        if not chunk:
            break
        parts.append(chunk)
        size += len(chunk)
    if size > limit:
        raise too_large(source, None, limit)
    return b"".join(parts)


def read_stdin(limit: int, stream: BinaryIO | None = None) -> RawArticle:
    stream = stream if stream is not None else sys.stdin.buffer
    try:
        return RawArticle("<stdin>", read_limited(stream, "standard input", limit))
    except OSError as error:
        raise InputError(f"cannot read standard input ({error.strerror or error})") from None


def is_a_directory(path: str) -> InputError:
    return InputError(f"{path} is a directory; give the path of an article file")


def no_such_file(path: str) -> InputError:
    """"No such file", with the URL meant when the path reads as a web address."""
    if WEB_ADDRESS.match(path):
        return InputError(f"{path}: no such file; for the web page, give its URL: https://{path}")
    return InputError(f"{path}: no such file")


def read_file(path: str, limit: int) -> RawArticle:
    if not os.path.exists(path):
        raise no_such_file(path)
    if os.path.isdir(path):
        raise is_a_directory(path)
    try:
        size = os.path.getsize(path)
        if size > limit:
            raise too_large(path, size, limit)
        with open(path, "rb") as stream:
            data = read_limited(stream, path, limit)
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except IsADirectoryError:
        raise is_a_directory(path) from None
    except OSError as error:
        raise InputError(f"{path}: cannot read it ({error.strerror or error})") from None
    return RawArticle(path, data)


def read_source(source: str, limit: int, stdin: BinaryIO | None = None) -> RawArticle:
    if source == STDIN:
        return read_stdin(limit, stdin)
    return read_file(source, limit)
