"""brief quotes: the quotations of each article, grouped by speaker."""

from __future__ import annotations

from typing import Any

from briefcli.commands.common import load_all, write_structured
from briefcli.environment import Environment
from briefcli.model import Article, Quotation
from briefcli.options import LoadOptions, OutputOptions
from briefcli.output.page import Block, Highlight, Page, write_page
from briefcli.output.structured import to_json
from briefcli.quotes import find_quotations
from briefcli.quotes.highlights import speaker_style

FIELDS = ("mode", "subtype", "text", "start", "end", "speaker", "speaker_mention", "cue", "paragraph")
UNKNOWN = "(speaker unknown)"
MARKS = {"fr": ("\u00ab\u00a0", "\u00a0\u00bb")}
DEFAULT_MARKS = ("\u201c", "\u201d")


def quotation_as_dict(quotation: Quotation) -> dict[str, Any]:
    return {name: getattr(quotation, name) for name in FIELDS}


def run_quotes(sources: list[str], indirect: bool, load: LoadOptions, output: OutputOptions,
               env: Environment) -> None:
    articles = load_all(sources, load, env)
    results = [(article, find_quotations(article, indirect)) for article in articles]
    if output.format == "json" and len(results) == 1:
        env.stdout.write(to_json([quotation_as_dict(q) for q in results[0][1]]))
        return
    as_dict = lambda result: {"source": result[0].source,  # noqa: E731
                              "quotes": [quotation_as_dict(q) for q in result[1]]}
    if write_structured(results, output.format, env, as_dict):
        return
    if output.format == "markdown":
        env.stdout.write("\n".join(quotes_as_markdown(*result) for result in results))
        return
    for number, (article, quotations) in enumerate(results):
        if number:
            env.stdout.write("\n")
        write_page(quotes_page(article, quotations, len(results) > 1), output, env)


def by_speaker(quotations: tuple[Quotation, ...]) -> list[tuple[str, list[Quotation]]]:
    """Quotations grouped by canonical speaker, in order of first quotation;
    the unknown speaker last."""
    groups: dict[str, list[Quotation]] = {}
    for quotation in quotations:
        groups.setdefault(quotation.speaker or UNKNOWN, []).append(quotation)
    return sorted(groups.items(), key=lambda item: item[0] == UNKNOWN)


def describe(quotation: Quotation) -> str:
    parts = [f"cue: {quotation.cue}" if quotation.cue else "no cue",
             f"paragraph {quotation.paragraph}", quotation.subtype]
    if quotation.mode == "indirect":
        parts.append("indirect")
    if quotation.speaker_mention and quotation.speaker_mention != quotation.speaker:
        parts.append(f"as {quotation.speaker_mention}")
    return " \u00b7 ".join(parts)


def quotes_page(article: Article, quotations: tuple[Quotation, ...], with_source: bool = False) -> Page:
    """Each speaker's canonical name as a heading, then their quotations,
    each with its cue and paragraph."""
    direction = article.direction
    blocks = [Block(article.source, "ltr", "header", terminal_only=True)] if with_source else []
    if not quotations:
        blocks.append(Block("no quotations", "ltr", "note"))
    for speaker, group in by_speaker(quotations):
        blocks.append(Block(speaker, direction, "header"))
        for quotation in group:
            marks = MARKS.get(article.language, DEFAULT_MARKS)
            opening, closing = marks if quotation.mode == "direct" else ("", "")
            shown = f"{opening}{quotation.text}{closing}"
            style = speaker_style(quotation)
            blocks.append(Block(shown, direction, "body", (Highlight(0, len(shown), style),)))
            blocks.append(Block(describe(quotation), "ltr", "note"))
    return Page(tuple(blocks), direction)


def quotes_as_markdown(article: Article, quotations: tuple[Quotation, ...]) -> str:
    lines = [f"# {article.title or article.source}", ""]
    for speaker, group in by_speaker(quotations):
        lines += [f"## {speaker}", ""]
        for quotation in group:
            lines += [f"> {quotation.text}", "", f"*{describe(quotation)}*", ""]
    return "\n".join(lines)
