"""Option bundles shared by every command. Plain values: the CLI fills them,
the core reads them, tests build them directly. Each bundle checks its values
when it is made, so a bad option stops a run before any article is read."""

from __future__ import annotations

import math
from dataclasses import dataclass

from briefcli.errors import UsageError

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
MAX_MAX_BYTES = 1024 ** 4  # 1 TB: beyond any article, within every integer brief hands the system
DEFAULT_TIMEOUT = 15.0
MIN_TIMEOUT, MAX_TIMEOUT = 0.01, 24 * 3600.0
LANGUAGES = ("ar", "fr", "en")
FORMATS = ("text", "json", "jsonl", "markdown")
COLOR_CHOICES = ("auto", "always", "never")
BIDI_CHOICES = ("auto", "visual", "logical", "off")
DIRECTIONS = ("auto", "rtl", "ltr")
MIN_WIDTH = 10
MAX_WIDTH = 1000


def check_choice(option: str, value: str, choices: tuple[str, ...]) -> str:
    """`value` when it is one of `choices`; a usage error naming `option` otherwise."""
    if value not in choices:
        raise UsageError(f"{option} takes one of {', '.join(choices)}, not {value!r}")
    return value


@dataclass(frozen=True)
class LoadOptions:
    """How to read an article: where bytes become an Article. `language`,
    when given, is stored lower-cased."""

    encoding: str | None = None
    max_bytes: int = DEFAULT_MAX_BYTES
    language: str | None = None
    timeout: float = DEFAULT_TIMEOUT

    def __post_init__(self) -> None:
        if self.language:
            object.__setattr__(self, "language", check_choice("--language", self.language.lower(), LANGUAGES))
        if not 1 <= self.max_bytes <= MAX_MAX_BYTES:
            raise UsageError(f"--max-bytes takes a number of bytes from 1 to {MAX_MAX_BYTES} (1 TB), not {self.max_bytes}")
        if not (math.isfinite(self.timeout) and MIN_TIMEOUT <= self.timeout <= MAX_TIMEOUT):
            raise UsageError(f"--timeout takes seconds from {MIN_TIMEOUT:g} to {MAX_TIMEOUT:g} (a day), not {self.timeout:g}")


@dataclass(frozen=True)
class OutputOptions:
    """How to write a result: format, width, colour and terminal handling."""

    format: str = "text"
    width: int | None = None
    color: str = "auto"
    bidi: str | None = None
    direction: str = "auto"
    shape: bool = True
    pager: bool | None = None

    def __post_init__(self) -> None:
        check_choice("--format", self.format, FORMATS)
        check_choice("--color", self.color, COLOR_CHOICES)
        if self.bidi is not None:
            check_choice("--bidi", self.bidi, BIDI_CHOICES)
        check_choice("--direction", self.direction, DIRECTIONS)
        if self.width is not None and not MIN_WIDTH <= self.width <= MAX_WIDTH:
            raise UsageError(f"--width takes a number of columns from {MIN_WIDTH} to {MAX_WIDTH}, not {self.width}")


ARTICLE_PATTERNS = ("*.txt", "*.md", "*.html", "*.htm")
MAX_JOBS = 1024  # worker processes: beyond any machine's cores, within what a system lets one user start


@dataclass(frozen=True)
class BatchOptions:
    """How to go over many articles: which files of a directory (`patterns`,
    matched against file names), a file listing articles (`files_from`, `-`
    for standard input), whether the first bad input stops the run, how many
    worker processes (`jobs`, None: one per core when there are several
    articles) and the address of a Dask scheduler to run on instead."""

    patterns: tuple[str, ...] = ARTICLE_PATTERNS
    files_from: str | None = None
    fail_fast: bool = False
    jobs: int | None = None
    scheduler: str | None = None

    def __post_init__(self) -> None:
        if self.jobs is not None and not 1 <= self.jobs <= MAX_JOBS:
            raise UsageError(f"--jobs takes a number of worker processes from 1 to {MAX_JOBS}, not {self.jobs}")
        if self.jobs is not None and self.scheduler:
            raise UsageError("--jobs and --scheduler do not go together: the cluster's workers do the work")
