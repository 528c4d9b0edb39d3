"""brief quotes: the quotations of each article, grouped by speaker."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from briefcli.commands.common import run_command
from briefcli.environment import Environment
from briefcli.model import Article, ArticleQuotes
from briefcli.options import BatchOptions, LoadOptions, OutputOptions
from briefcli.output.page import Page
from briefcli.output.quotes import quotes_as_markdown, quotes_page

QuotesResult = tuple[Article, ArticleQuotes]


@dataclass(frozen=True)
class Quotes:
    """`indirect`: list indirect speech too."""

    indirect: bool = True

    def result(self, article: Article) -> QuotesResult:
        from briefcli.quotes import find_quotations

        return article, ArticleQuotes.of(article, find_quotations(article, self.indirect))

    def as_dict(self, result: QuotesResult) -> dict[str, Any]:
        return result[1].to_dict()

    def as_markdown(self, result: QuotesResult) -> str:
        return quotes_as_markdown(result[0], result[1].quotations)

    def as_page(self, result: QuotesResult) -> Page:
        return quotes_page(result[0], result[1].quotations)


def run_quotes(
    sources: list[str], load: LoadOptions, output: OutputOptions, env: Environment,
    batch: BatchOptions = BatchOptions(), indirect: bool = True,
) -> int:
    return run_command(Quotes(indirect), sources, load, output, env, batch)
