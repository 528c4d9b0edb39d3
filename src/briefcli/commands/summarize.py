"""brief summarize: the article's own best sentences, in article order."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from briefcli.commands.common import run_command
from briefcli.environment import Environment
from briefcli.model import Article, Summary
from briefcli.options import BatchOptions, LoadOptions, OutputOptions
from briefcli.output.page import Page
from briefcli.output.summary import summary_as_markdown, summary_page
from briefcli.summarize.options import SummaryOptions

SummaryResult = tuple[Article, Summary]


@dataclass(frozen=True)
class Summarize:
    options: SummaryOptions = SummaryOptions()
    scores: bool = False

    def result(self, article: Article) -> SummaryResult:
        from briefcli.summarize.summary import summarize

        return article, summarize(article, self.options)

    def as_dict(self, result: SummaryResult) -> dict[str, Any]:
        return result[1].to_dict()

    def as_markdown(self, result: SummaryResult) -> str:
        return summary_as_markdown(*result, self.scores)

    def as_page(self, result: SummaryResult) -> Page:
        return summary_page(*result, self.scores)


def run_summarize(
    sources: list[str], load: LoadOptions, output: OutputOptions, env: Environment,
    batch: BatchOptions = BatchOptions(), options: SummaryOptions = SummaryOptions(), scores: bool = False,
) -> int:
    return run_command(Summarize(options, scores), sources, load, output, env, batch)
