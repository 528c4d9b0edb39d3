"""Quotations as a page to read and Markdown (their JSON object is
`ArticleQuotes.to_dict()`)."""

from __future__ import annotations

from briefcli.model import Article, Quotation
from briefcli.output.article import titled
from briefcli.output.labels import Phrase, joined, label, phrase, source_name, value
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


def describe(quotation: Quotation, language: str) -> Phrase:
    """Cue, paragraph, kind and the mention used here, in `language`."""
    parts = [phrase(language, "cue", cue=quotation.cue) if quotation.cue else phrase(language, "no_cue"),
             phrase(language, "paragraph", paragraph=quotation.paragraph),
             phrase(language, quotation.subtype)]
    if quotation.mode == "indirect":
        parts.append(phrase(language, "indirect"))
    if quotation.speaker_mention and quotation.speaker_mention != quotation.speaker:
        parts.append(phrase(language, "as", mention=quotation.speaker_mention))
    return joined(parts)


def quotes_header(article: Article, quotations: Quotations, speakers: int) -> Phrase:
    language = article.language
    return joined([phrase(language, "quotations", quotations=len(quotations)),
                   phrase(language, "speakers", speakers=speakers),
                   value(source_name(article.source, language))])


def quotes_page(article: Article, quotations: Quotations) -> Page:
    """On a terminal the title and a header (how many quotations, how many
    speakers, the source); then each speaker's canonical name as a heading in
    their colour, followed by their quotations as plain text, each with a
    note (cue, paragraph, kind)."""
    language, direction = article.language, article.direction
    groups = by_speaker(quotations, language)
    known = sum(1 for group in groups if group[1][0].speaker)
    blocks = titled(article, quotes_header(article, quotations, known))
    if not quotations:
        blocks.append(Block(label(language, "no_quotations"), direction, "note"))
    marks = MARKS.get(language, DEFAULT_MARKS)
    for speaker, group in groups:
        style = speaker_style(group[0])
        blocks.append(Block(speaker, direction, "speaker", (Highlight(0, len(speaker), style),),
                            isolates=((0, len(speaker)),)))
        for number, quotation in enumerate(group):
            opening, closing = marks if quotation.mode == "direct" else ("", "")
            blocks.append(Block(f"{opening}{quotation.text}{closing}", direction, "quotation", spaced=number > 0))
            note = describe(quotation, language)
            blocks.append(Block(note.text, direction, "note", isolates=note.values, spaced=False))
    return Page(tuple(blocks), direction)


def quotes_as_markdown(article: Article, quotations: Quotations) -> str:
    lines = [f"# {article.title or printable(article.source)}", ""]
    for speaker, group in by_speaker(quotations, article.language):
        lines += [f"## {speaker}", ""]
        for quotation in group:
            lines += [f"> {quotation.text}", "", f"*{describe(quotation, article.language).text}*", ""]
    return "\n".join(lines)
