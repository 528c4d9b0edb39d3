"""Output: results written in the format asked for.

`text` is plain logical text here; on a terminal the renderer (terminal.py,
the only place besides the CLI that imports rich) takes over.
"""

from __future__ import annotations

from briefcli.errors import UsageError

FORMATS = ("text", "json", "jsonl", "markdown")


def check_format(name: str, allowed: tuple[str, ...] = FORMATS) -> str:
    if name not in allowed:
        raise UsageError(f"--format takes one of {', '.join(allowed)}, not {name!r}")
    return name
