"""brief: read news articles in a terminal, Arabic first, French and English too.

As a library (see briefcli.library): read_article, article_from_bytes,
article_from_text, summarize_article, find_quotes and render_article, loaded on
first use so that `import briefcli` (and the command line's start-up) stays light.
(They are not named after the subpackages, load, summarize, quotes, render: once
imported, a subpackage takes its name's place in this module.)
"""

from __future__ import annotations

__version__ = "0.1.0"
__all__ = ["read_article", "article_from_bytes", "article_from_text", "summarize_article", "find_quotes",
           "render_article"]


def __getattr__(name: str) -> object:
    if name in __all__:
        from briefcli import library

        return getattr(library, name)
    raise AttributeError(f"module 'briefcli' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])
