"""What a command reads: its ARTICLEs and --files-from, expanded lazily into
one Input per article, in order.

A directory gives its files matching the patterns (--glob), recursively, in
name order, hidden names left out; a JSON Lines archive (`.jsonl`) gives
each of its lines; `-` gives standard input, read here once. Whatever cannot
be listed or opened comes as an Input that carries its error, in its place,
so a run reports it and goes on. Nothing is read ahead: memory stays flat
however many articles there are.
"""

from __future__ import annotations

import fnmatch
import os
from dataclasses import dataclass
from itertools import chain
from typing import BinaryIO, Iterator

from briefcli.errors import BriefError, InputError, UsageError
from briefcli.load.archive import is_archive, records
from briefcli.load.source import STDIN, RawArticle, read_stdin, url_scheme
from briefcli.options import BatchOptions, LoadOptions

MAX_LISTED_NAME = 65536  # bytes of one line of --files-from


@dataclass(frozen=True)
class Input:
    """One article to read. `source` names it in the output and in errors;
    `path` is where to read it when that differs (an absolute path for
    workers elsewhere); `raw` holds bytes already read (standard input),
    `record` a line of an archive, `error` why it cannot be read at all."""

    source: str
    path: str | None = None
    raw: RawArticle | None = None
    record: bytes | None = None
    error: str | None = None

    def located(self) -> Input:
        """This input with the absolute path of a relative file, for workers
        that do not share this process's working directory."""
        if self.raw or self.record or self.error or url_scheme(self.source):
            return self
        return Input(self.source, os.path.abspath(self.path or self.source))


def several(sources: list[str], batch: BatchOptions) -> bool:
    """Whether the ARTICLEs may stand for more than one article: the output
    is then a JSON array and the default is one worker per core."""
    if batch.files_from or len(sources) > 1:
        return True
    if not sources:
        return False
    source = sources[0]
    return source != STDIN and not url_scheme(source) and (os.path.isdir(source) or is_archive(source))


def check_stdin_use(sources: list[str], batch: BatchOptions) -> None:
    uses = sources.count(STDIN) + (batch.files_from == STDIN)
    if uses > 1:
        # The second read would find standard input empty and call it so.
        raise UsageError(f"standard input can be read only once; give {STDIN} once")


def matches(name: str, patterns: tuple[str, ...]) -> bool:
    return any(fnmatch.fnmatchcase(name.lower(), pattern.lower()) for pattern in patterns)


def walk(directory: str, patterns: tuple[str, ...], load: LoadOptions) -> Iterator[Input]:
    """The matching files under `directory`, depth first in name order; an
    error when there is none."""
    found = False
    for item in files_under(directory, patterns, load):
        found = True
        yield item
    if not found:
        yield Input(directory, error=f"{directory} is a directory with no article in it "
                                     f"(no file named {' or '.join(patterns)}; see --glob)")


def files_under(directory: str, patterns: tuple[str, ...], load: LoadOptions) -> Iterator[Input]:
    """A stack of listings, not recursion, however deep the tree."""
    stack: list[Iterator[os.DirEntry[str] | Input]] = [listing(directory)]
    while stack:
        entry = next(stack[-1], None)
        if entry is None:
            stack.pop()
        elif isinstance(entry, Input):
            yield entry
        elif entry.is_dir():
            stack.append(listing(entry.path))
        elif matches(entry.name, patterns):
            yield from file_inputs(entry.path, load)


def listing(folder: str) -> Iterator[os.DirEntry[str] | Input]:
    """A folder's entries in name order, hidden ones left out; or the Input
    that says why it cannot be listed."""
    try:
        with os.scandir(folder) as entries:
            names = sorted((e for e in entries if not e.name.startswith(".")), key=lambda e: e.name)
    except OSError as error:
        yield Input(folder, error=f"{folder}: cannot list it ({error.strerror or error})")
        return
    yield from names


def cannot_read(name: str, what: str, error: OSError) -> str:
    return f"{name}: cannot read {what} ({error.strerror or error})"


def archive_inputs(path: str, load: LoadOptions) -> Iterator[Input]:
    """Each line of the archive at `path`; one that cannot be read further
    (a failing disk) ends with the Input that says why."""
    try:
        with open(path, "rb") as stream:
            for source, line in records(stream, path, load.max_bytes):
                if isinstance(line, BriefError):
                    yield Input(source, error=str(line))
                else:
                    yield Input(source, record=line)
    except OSError as error:
        yield Input(path, error=cannot_read(path, "it", error))


def file_inputs(path: str, load: LoadOptions) -> Iterator[Input]:
    if is_archive(path) and os.path.isfile(path):
        yield from archive_inputs(path, load)
    else:
        yield Input(path)


def stdin_input(load: LoadOptions, stdin: BinaryIO) -> Input:
    try:
        return Input("<stdin>", raw=read_stdin(load.max_bytes, stdin))
    except BriefError as error:
        return Input("<stdin>", error=str(error))


def inputs_of(source: str, batch: BatchOptions, load: LoadOptions, stdin: BinaryIO) -> Iterator[Input]:
    if source == STDIN:
        yield stdin_input(load, stdin)
    elif url_scheme(source):
        yield Input(source)
    elif os.path.isdir(source):
        yield from walk(source, batch.patterns, load)
    else:
        yield from file_inputs(source, load)


def open_list(name: str, stdin: BinaryIO) -> BinaryIO:
    """The --files-from file, opened before anything is written."""
    if name == STDIN:
        return stdin
    try:
        return open(name, "rb")
    except OSError as error:
        raise InputError(cannot_read(name, "the list of articles", error)) from None


def listed(stream: BinaryIO, name: str) -> Iterator[str | Input]:
    """The paths and URLs of the --files-from list `name`, one a line, blank
    lines skipped; a list that cannot be read further (a closed standard
    input, a failing disk) ends with the Input that says why."""
    try:
        while line := stream.readline(MAX_LISTED_NAME):
            entry = line.rstrip(b"\r\n").decode("utf-8", "surrogateescape")
            if entry.strip():
                yield entry
    except OSError as error:
        yield Input(name, error=cannot_read(name, "the list of articles", error))


def expand(sources: list[str], listing: BinaryIO | None, batch: BatchOptions, load: LoadOptions,
           stdin: BinaryIO) -> Iterator[Input]:
    """Every article the ARTICLEs and the --files-from `listing` stand for, in order."""
    named = chain(sources, listed(listing, batch.files_from)) if listing and batch.files_from else sources
    for source in named:
        if isinstance(source, Input):
            yield source
        else:
            yield from inputs_of(source, batch, load, stdin)
