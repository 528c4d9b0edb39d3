"""One article's work, from its Input to what brief writes for it: the one
function that runs in this process (--jobs 1), in worker processes (--jobs
N) and on a Dask cluster (--scheduler), so the three cannot drift.

A Job is picklable (plain option bundles and a command object). An Outcome
carries the command's result, or the one-line reason the article failed.
Here the result is written straight to standard output, JSON as it is made
(output.structured), so memory does not grow with the article; from another
process it comes back written out as text (or as a Page, when a terminal
renderer in the main process must lay it out), which travels lighter than
the objects.
"""

from __future__ import annotations

import dataclasses
import io
import os
from dataclasses import dataclass
from typing import Any, Protocol, TextIO

from briefcli.errors import INTERNAL_ERROR, BriefError, InputError, internal_error
from briefcli.commands.inputs import Input
from briefcli.load import article_from_raw, load_article
from briefcli.model import Article
from briefcli.options import LoadOptions
from briefcli.output.page import Page, page_as_text
from briefcli.output.structured import write_json


class Command(Protocol):
    """What a command makes of one article, and that result in each format
    (as_dict: its JSON object, long lists as model.Items)."""

    def result(self, article: Article) -> Any: ...
    def as_dict(self, result: Any) -> dict[str, Any]: ...
    def as_markdown(self, result: Any) -> str: ...
    def as_page(self, result: Any) -> Page: ...


@dataclass(frozen=True)
class Outcome:
    """`result`: the command's result, still to be written; `output`: a
    result already written out elsewhere (text, or a Page to lay out)."""

    source: str
    result: Any = None
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

    def write(self, result: Any, stream: TextIO) -> Page | None:
        """`result` written on `stream` in the job's form; in the page form,
        the Page to lay out instead."""
        if self.form in ("json", "jsonl"):
            indent = 2 if self.form == "json" else None
            write_json(self.command.as_dict(result), stream, indent, element=self.in_array)
        elif self.form == "markdown":
            stream.write(self.command.as_markdown(result))
        elif self.form == "text":
            stream.write(page_as_text(self.command.as_page(result)))
        else:
            return self.command.as_page(result)
        return None

    def written(self, result: Any) -> str | Page:
        """`result` written out as text (or its Page), to travel to another process."""
        text = io.StringIO()
        page = self.write(result, text)
        return page if page is not None else text.getvalue()

    def run(self, item: Input, elsewhere: bool = False) -> Outcome:
        """The outcome of one input; a failure is a line to report, never a
        raise. `elsewhere`: for another process, the result written out."""
        try:
            result = self.command.result(load_input(item, self.load))
            if elsewhere:
                return Outcome(item.source, output=self.written(result))
            return Outcome(item.source, result)
        except BriefError as error:
            return Outcome(item.source, error=str(error), status=error.exit_status)
        except Exception as error:  # a bug in brief: this article fails, the others go on
            if os.environ.get("BRIEF_DEBUG"):
                raise
            return Outcome(item.source, error=internal_error(error), status=INTERNAL_ERROR)

    def run_all(self, items: list[Input]) -> list[Outcome]:
        """The outcomes of a chunk of inputs, in a worker process or on a Dask worker."""
        return [self.run(item, elsewhere=True) for item in items]


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
