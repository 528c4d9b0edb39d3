"""Pieces every command shares: loading all articles first (so a bad one
stops the run before anything is written) and writing each result in the
format asked for."""

from __future__ import annotations

from typing import Any, Callable, Sequence

from briefcli.environment import Environment
from briefcli.errors import UsageError
from briefcli.load import load_article
from briefcli.load.source import STDIN
from briefcli.model import Article
from briefcli.options import LoadOptions, OutputOptions
from briefcli.output.page import Page, write_page
from briefcli.output.structured import write_json

Result = Sequence[Any]  # what a command made of one article: (article, summary), ...


def load_all(sources: Sequence[str], options: LoadOptions, env: Environment) -> list[Article]:
    if sources.count(STDIN) > 1:
        # The second read would find standard input empty and call it so.
        raise UsageError(f"standard input can be read only once; give {STDIN} once")
    return [load_article(source, options, env.stdin) for source in sources]


def write_results(
    results: list[Result],
    output: OutputOptions,
    env: Environment,
    as_dict: Callable[..., Any],
    as_markdown: Callable[..., str],
    as_page: Callable[..., Page],
) -> None:
    """Each result as json (an object for one, a list for several), jsonl (a
    line each), markdown, or a page to read; the callables take a result's
    items as arguments."""
    if output.format == "json":
        values = [as_dict(*result) for result in results]
        write_json(values[0] if len(values) == 1 else values, env.stdout)
    elif output.format == "jsonl":
        for result in results:
            write_json(as_dict(*result), env.stdout, indent=None)
    elif output.format == "markdown":
        env.stdout.write("\n".join(as_markdown(*result) for result in results))
    else:
        for number, result in enumerate(results):
            if number:
                env.stdout.write("\n")
            write_page(as_page(*result), output, env)
