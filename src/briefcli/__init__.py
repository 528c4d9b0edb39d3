"""brief: read news articles in a terminal, Arabic first, French and English too.

As a library (see briefcli.library): read_article, article_from_bytes,
article_from_text, summarize_article, find_quotes and render, loaded on first
use so that `import briefcli` (and the command line's start-up) stays light.
"""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"
__all__ = ["read_article", "article_from_bytes", "article_from_text", "summarize_article", "find_quotes",
           "render"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from briefcli import library

        return getattr(library, name)
    raise AttributeError(f"module 'briefcli' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])
