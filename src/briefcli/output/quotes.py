"""Quotations as a page to read and Markdown (their JSON object is
`ArticleQuotes.to_dict()`)."""

from __future__ import annotations

from briefcli.model import Article, Quotation
from briefcli.output.labels import label
from briefcli.output.page import Block, Highlight, Page
from briefcli.safe import printable

MARKS = {"fr": ("\u00ab\u00a0", "\u00a0\u00bb")}
DEFAULT_MARKS = ("\u201c", "\u201d")
Quotations = tuple[Quotation, ...]


def speaker_style(quotation: Quotation) -> str:
    """"speaker-N", stable per canonical speaker (numbered in order of their
    first quotation), or "quote" when the speaker is unknown."""
    return f"speaker-{quotation.speaker_index}" if quotation.speaker_index else "quote"


def quotation_highlights(quotations: Quotations) -> tuple[Highlight, ...]:
    """Each quotation as a highlight in article offsets, in its speaker's style."""
    return tuple(Highlight(q.start, q.end, speaker_style(q)) for q in quotations)


def by_speaker(quotations: Quotations, language: str) -> list[tuple[str, list[Quotation]]]:
    """Quotations grouped by canonical speaker, in order of first quotation;
    the unknown speaker last."""
    unknown = label(language, "unknown_speaker")
    groups: dict[str, list[Quotation]] = {}
    for quotation in quotations:
        groups.setdefault(quotation.speaker or unknown, []).append(quotation)
    return sorted(groups.items(), key=lambda item: item[0] == unknown)


def describe(quotation: Quotation, language: str) -> str:
    """Cue, paragraph, kind and the mention used here, in `language`."""
    parts = [label(language, "cue", cue=quotation.cue) if quotation.cue else label(language, "no_cue"),
             label(language, "paragraph", paragraph=quotation.paragraph),
             label(language, quotation.subtype)]
    if quotation.mode == "indirect":
        parts.append(label(language, "indirect"))
    if quotation.speaker_mention and quotation.speaker_mention != quotation.speaker:
        parts.append(label(language, "as", mention=quotation.speaker_mention))
    return " \u00b7 ".join(parts)


def quotes_page(article: Article, quotations: Quotations, with_source: bool = False) -> Page:
    """Each speaker's canonical name as a heading, then their quotations,
    each with its cue and paragraph."""
    language, direction = article.language, article.direction
    blocks = [Block(printable(article.source), "ltr", "header", terminal_only=True)] if with_source else []
    if not quotations:
        blocks.append(Block(label(language, "no_quotations"), direction, "note"))
    marks = MARKS.get(language, DEFAULT_MARKS)
    for speaker, group in by_speaker(quotations, language):
        blocks.append(Block(speaker, direction, "header"))
        for quotation in group:
            opening, closing = marks if quotation.mode == "direct" else ("", "")
            shown = f"{opening}{quotation.text}{closing}"
            style = speaker_style(quotation)
            blocks.append(Block(shown, direction, "body", (Highlight(0, len(shown), style),)))
            blocks.append(Block(describe(quotation, language), direction, "note"))
    return Page(tuple(blocks), direction)


def quotes_as_markdown(article: Article, quotations: Quotations) -> str:
    lines = [f"# {article.title or printable(article.source)}", ""]
    for speaker, group in by_speaker(quotations, article.language):
        lines += [f"## {speaker}", ""]
        for quotation in group:
            lines += [f"> {quotation.text}", "", f"*{describe(quotation, article.language)}*", ""]
    return "\n".join(lines)
