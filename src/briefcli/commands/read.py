"""brief read: the article itself."""

from __future__ import annotations

from briefcli.commands.common import load_all, write_structured
from briefcli.environment import Environment
from briefcli.options import LoadOptions, OutputOptions
from briefcli.output.plain import article_as_text
from briefcli.output.structured import article_as_dict, article_as_markdown


def run_read(sources: list[str], load: LoadOptions, output: OutputOptions, env: Environment) -> None:
    articles = load_all(sources, load, env)
    if write_structured(articles, output.format, env, article_as_dict):
        return
    render = article_as_markdown if output.format == "markdown" else article_as_text
    env.stdout.write("\n".join(render(article) for article in articles))
