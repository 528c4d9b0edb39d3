"""brief summarize: the article's own best sentences, in article order."""

from __future__ import annotations

from briefcli.commands.common import load_all, write_structured
from briefcli.environment import Environment
from briefcli.options import LoadOptions, OutputOptions
from briefcli.output.page import write_page
from briefcli.output.summary import summary_as_dict, summary_as_markdown, summary_page
from briefcli.summarize.options import SummaryOptions
from briefcli.summarize.summary import summarize


def run_summarize(
    sources: list[str], load: LoadOptions, output: OutputOptions, options: SummaryOptions,
    scores: bool, env: Environment,
) -> None:
    articles = load_all(sources, load, env)
    summaries = [summarize(article, options) for article in articles]
    if write_structured(summaries, output.format, env, summary_as_dict):
        return
    if output.format == "markdown":
        env.stdout.write("\n".join(summary_as_markdown(a, s, scores) for a, s in zip(articles, summaries)))
        return
    for number, (article, summary) in enumerate(zip(articles, summaries)):
        if number:
            env.stdout.write("\n")
        write_page(summary_page(article, summary, scores), output, env)
