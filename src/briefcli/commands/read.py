"""brief read: the article itself; with --summary, its summary sentences
marked in place (highlighted on a terminal, bold in Markdown, listed in JSON)."""

from __future__ import annotations

from typing import Any

from briefcli.commands.common import load_all, write_results
from briefcli.environment import Environment
from briefcli.model import Article, Summary
from briefcli.options import LoadOptions, OutputOptions
from briefcli.output.article import article_as_dict, article_as_markdown, article_page
from briefcli.output.page import Highlight, Page
from briefcli.summarize.options import SummaryOptions


def run_read(
    sources: list[str], load: LoadOptions, output: OutputOptions, env: Environment,
    summary: SummaryOptions | None = None,
) -> None:
    articles = load_all(sources, load, env)
    results = [(article, summary_of(article, summary)) for article in articles]

    def as_page(article: Article, summary: Summary | None) -> Page:
        highlights = summary_highlights(summary) + quotation_highlights(article, output, env)
        return article_page(article, highlights)

    write_results(
        results, output, env,
        as_dict=article_with_summary,
        as_markdown=lambda article, summary: article_as_markdown(article, summary_spans(summary)),
        as_page=as_page,
    )


def summary_of(article: Article, options: SummaryOptions | None) -> Summary | None:
    if options is None:
        return None
    from briefcli.summarize.summary import summarize

    return summarize(article, options)


def summary_spans(summary: Summary | None) -> list[tuple[int, int]]:
    return [(s.start, s.end) for s in summary.sentences] if summary else []


def summary_highlights(summary: Summary | None) -> tuple[Highlight, ...]:
    return tuple(Highlight(start, end, "summary") for start, end in summary_spans(summary))


def article_with_summary(article: Article, summary: Summary | None) -> dict[str, Any]:
    if summary is None:
        return article_as_dict(article)
    from briefcli.output.summary import summary_as_dict

    return {**article_as_dict(article), "summary": summary_as_dict(summary)}


def quotation_highlights(article: Article, output: OutputOptions, env: Environment) -> tuple[Highlight, ...]:
    """Each direct quotation in its speaker's colour, when colours will be shown."""
    if not env.use_color(output.color):
        return ()
    from briefcli.output.quotes import quotation_highlights as highlights_of
    from briefcli.quotes import find_quotations

    return highlights_of(find_quotations(article, indirect=False))
