"""brief read: the article itself."""

from __future__ import annotations

from briefcli.commands.common import load_all, write_structured
from briefcli.environment import Environment
from briefcli.options import LoadOptions, OutputOptions
from briefcli.model import Article
from briefcli.output.page import Highlight, article_page, write_page
from briefcli.output.structured import article_as_dict, article_as_markdown
from briefcli.summarize.options import SummaryOptions


def summary_highlights(article: Article, summary: SummaryOptions | None) -> tuple[Highlight, ...]:
    if summary is None:
        return ()
    from briefcli.summarize.summary import summarize

    return tuple(Highlight(s.start, s.end, "summary") for s in summarize(article, summary).sentences)


def run_read(
    sources: list[str], load: LoadOptions, output: OutputOptions, env: Environment,
    summary: SummaryOptions | None = None,
) -> None:
    articles = load_all(sources, load, env)
    if write_structured(articles, output.format, env, article_as_dict):
        return
    if output.format == "markdown":
        env.stdout.write("\n".join(article_as_markdown(article) for article in articles))
        return
    for number, article in enumerate(articles):
        if number:
            env.stdout.write("\n")
        highlights = summary_highlights(article, summary) + quotation_highlights(article, output, env)
        write_page(article_page(article, highlights), output, env)


def quotation_highlights(article: Article, output: OutputOptions, env: Environment) -> tuple[Highlight, ...]:
    """Each quotation in its speaker's colour, when colours will be shown."""
    if not env.use_color(output.color):
        return ()
    from briefcli.quotes.highlights import article_highlights

    return article_highlights(article)
