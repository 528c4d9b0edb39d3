"""One article's work, from its Input to the text brief writes for it: the
one function that runs in this process (--jobs 1), in worker processes
(--jobs N) and on a Dask cluster (--scheduler), so the three cannot drift.

A Job is picklable (plain option bundles and a command object); an Outcome
carries what to write (text, or a Page when a terminal renderer in the main
process must lay it out) or the one-line reason the article failed.
"""

from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass
from typing import Any, Protocol

from briefcli.errors import BriefError, InputError
from briefcli.commands.inputs import Input
from briefcli.load import article_from_raw, load_article
from briefcli.model import Article
from briefcli.options import LoadOptions
from briefcli.output.page import Page, page_as_text
from briefcli.output.structured import to_json, to_json_line

INTERNAL_ERROR = 70


class Command(Protocol):
    """What a command makes of one article, and that result in each format."""

    def result(self, article: Article) -> Any: ...
    def as_dict(self, result: Any) -> dict[str, Any]: ...
    def as_markdown(self, result: Any) -> str: ...
    def as_page(self, result: Any) -> Page: ...


@dataclass(frozen=True)
class Outcome:
    source: str
    output: str | Page | None = None
    error: str | None = None
    status: int = 0


@dataclass(frozen=True)
class Job:
    """`form` is json, jsonl, markdown, text (plain logical text) or page (a
    Page for the terminal renderer); `in_array`: json objects are elements of
    the array brief writes for several articles (indented one step more)."""

    command: Command
    load: LoadOptions
    form: str
    in_array: bool = False

    def written(self, result: Any) -> str | Page:
        if self.form == "json":
            text = to_json(self.command.as_dict(result))
            return "  " + text[:-1].replace("\n", "\n  ") if self.in_array else text
        if self.form == "jsonl":
            return to_json_line(self.command.as_dict(result))
        if self.form == "markdown":
            return self.command.as_markdown(result)
        page = self.command.as_page(result)
        return page if self.form == "page" else page_as_text(page)

    def run(self, item: Input) -> Outcome:
        """The outcome of one input; a failure is a line to report, never a raise."""
        try:
            return Outcome(item.source, self.written(self.command.result(load_input(item, self.load))))
        except BriefError as error:
            return Outcome(item.source, error=str(error), status=error.exit_status)
        except Exception as error:  # a bug in brief: this article fails, the others go on
            if os.environ.get("BRIEF_DEBUG"):
                raise
            message = f"internal error: {type(error).__name__}: {error} (set BRIEF_DEBUG=1 for details)"
            return Outcome(item.source, error=message, status=INTERNAL_ERROR)

    def run_all(self, items: list[Input]) -> list[Outcome]:
        return [self.run(item) for item in items]


def load_input(item: Input, options: LoadOptions) -> Article:
    if item.error:
        raise InputError(item.error)
    if item.raw is not None:
        return article_from_raw(item.raw, options)
    if item.record is not None:
        from briefcli.load.archive import article_from_record

        return article_from_record(item.record, item.source, options)
    if item.path is None:
        return load_article(item.source, options)
    try:
        return renamed(load_article(item.path, options), item.source)
    except InputError as error:
        raise InputError(str(error).replace(item.path, item.source)) from None


def renamed(article: Article, source: str) -> Article:
    return dataclasses.replace(article, source=source)
