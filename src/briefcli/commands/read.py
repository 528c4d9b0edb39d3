"""brief read: the article itself; with --summary, its summary sentences
marked in place (highlighted on a terminal, bold in Markdown, listed in JSON)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from briefcli.commands.common import run_command
from briefcli.environment import Environment
from briefcli.model import Article, Summary
from briefcli.options import BatchOptions, LoadOptions, OutputOptions
from briefcli.output.article import article_as_markdown, article_page
from briefcli.output.page import Highlight, Page
from briefcli.summarize.options import SummaryOptions

ReadResult = tuple[Article, "Summary | None"]


@dataclass(frozen=True)
class Read:
    """`summary`: the summary to mark, if any; `coloured`: whether pages show
    each quotation in its speaker's colour (only when colours will be shown)."""

    summary: SummaryOptions | None = None
    coloured: bool = False

    def result(self, article: Article) -> ReadResult:
        return article, summary_of(article, self.summary)

    def as_dict(self, result: ReadResult) -> dict[str, Any]:
        article, summary = result
        if summary is None:
            return article.to_dict(lazy=True)
        return {**article.to_dict(lazy=True), "summary": summary.to_dict()}

    def as_markdown(self, result: ReadResult) -> str:
        article, summary = result
        return article_as_markdown(article, summary_spans(summary))

    def as_page(self, result: ReadResult) -> Page:
        article, summary = result
        quotations = quotation_highlights(article) if self.coloured else ()
        return article_page(article, summary_highlights(summary) + quotations)


def run_read(
    sources: list[str], load: LoadOptions, output: OutputOptions, env: Environment,
    batch: BatchOptions = BatchOptions(), summary: SummaryOptions | None = None,
) -> int:
    return run_command(Read(summary, env.use_color(output.color)), sources, load, output, env, batch)


def summary_of(article: Article, options: SummaryOptions | None) -> Summary | None:
    if options is None:
        return None
    from briefcli.summarize.summary import summarize

    return summarize(article, options)


def summary_spans(summary: Summary | None) -> list[tuple[int, int]]:
    return [(s.start, s.end) for s in summary.sentences] if summary else []


def summary_highlights(summary: Summary | None) -> tuple[Highlight, ...]:
    return tuple(Highlight(start, end, "summary") for start, end in summary_spans(summary))


def quotation_highlights(article: Article) -> tuple[Highlight, ...]:
    """Each direct quotation in its speaker's colour."""
    from briefcli.output.quotes import quotation_highlights as highlights_of
    from briefcli.quotes import find_quotations

    return highlights_of(find_quotations(article, indirect=False))
