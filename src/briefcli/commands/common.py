"""Pieces every command shares: loading all articles first (so a bad one
stops the run before anything is written) and writing structured output."""

from __future__ import annotations

from typing import Any, Callable, Iterable

from briefcli.environment import Environment
from briefcli.load import load_article
from briefcli.model import Article
from briefcli.options import LoadOptions
from briefcli.output.structured import to_json, to_json_line


def load_all(sources: Iterable[str], options: LoadOptions, env: Environment) -> list[Article]:
    return [load_article(source, options, env.stdin) for source in sources]


def write_structured(
    items: list[Any], format: str, env: Environment, one: Callable[[Any], Any]
) -> bool:
    """Write `items` as json (an object for one, a list for several) or jsonl;
    False when `format` is neither."""
    if format == "json":
        values = [one(item) for item in items]
        env.stdout.write(to_json(values[0] if len(values) == 1 else values))
    elif format == "jsonl":
        for item in items:
            env.stdout.write(to_json_line(one(item)))
    else:
        return False
    return True
