"""brief quotes: the quotations of each article, grouped by speaker."""

from __future__ import annotations

from briefcli.commands.common import load_all, write_results
from briefcli.environment import Environment
from briefcli.options import LoadOptions, OutputOptions
from briefcli.output.quotes import quotation_as_dict, quotations_as_dict, quotes_as_markdown, quotes_page
from briefcli.output.structured import to_json
from briefcli.quotes import find_quotations


def run_quotes(sources: list[str], load: LoadOptions, output: OutputOptions, env: Environment,
               indirect: bool) -> None:
    articles = load_all(sources, load, env)
    results = [(article, find_quotations(article, indirect)) for article in articles]
    if output.format == "json" and len(results) == 1:
        # One article: the bare list that ../shared/gold/score_quotes.py reads.
        env.stdout.write(to_json([quotation_as_dict(q) for q in results[0][1]]))
        return
    write_results(
        results, output, env,
        as_dict=quotations_as_dict,
        as_markdown=quotes_as_markdown,
        as_page=quotes_page,
    )
