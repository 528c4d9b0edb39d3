"""Option bundles shared by every command. Plain values: the CLI fills them,
the core reads them, tests build them directly."""

from __future__ import annotations

from dataclasses import dataclass

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
DEFAULT_TIMEOUT = 15.0
LANGUAGES = ("ar", "fr", "en")


@dataclass(frozen=True)
class LoadOptions:
    """How to read an article: where bytes become an Article."""

    encoding: str | None = None
    max_bytes: int = DEFAULT_MAX_BYTES
    language: str | None = None
    timeout: float = DEFAULT_TIMEOUT


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
