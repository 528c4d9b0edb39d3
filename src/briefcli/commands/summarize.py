"""brief summarize: the article's own best sentences, in article order."""

from __future__ import annotations

from briefcli.commands.common import load_all, write_results
from briefcli.environment import Environment
from briefcli.options import LoadOptions, OutputOptions
from briefcli.output.summary import summary_as_dict, summary_as_markdown, summary_page
from briefcli.summarize.options import SummaryOptions
from briefcli.summarize.summary import summarize


def run_summarize(
    sources: list[str], load: LoadOptions, output: OutputOptions, env: Environment,
    options: SummaryOptions, scores: bool,
) -> None:
    articles = load_all(sources, load, env)
    results = [(article, summarize(article, options)) for article in articles]
    write_results(
        results, output, env,
        as_dict=lambda article, summary: summary_as_dict(summary),
        as_markdown=lambda article, summary: summary_as_markdown(article, summary, scores),
        as_page=lambda article, summary: summary_page(article, summary, scores),
    )
