"""Quotations as highlights of the article: each speaker a colour of its own.

`brief read` shows them; the style "speaker-N" is stable per canonical
speaker (numbered in order of their first quotation) and "quote" marks a
quotation whose speaker is unknown.
"""

from __future__ import annotations

from briefcli.model import Article, Quotation
from briefcli.output.page import Highlight


def speaker_style(quotation: Quotation) -> str:
    return f"speaker-{quotation.speaker_index}" if quotation.speaker_index else "quote"


def quotation_highlights(quotations: tuple[Quotation, ...]) -> tuple[Highlight, ...]:
    """Highlights in article offsets, one per quotation."""
    return tuple(Highlight(q.start, q.end, speaker_style(q)) for q in quotations)


def article_highlights(article: Article) -> tuple[Highlight, ...]:
    """The quotations of `article`, direct ones only, as highlights."""
    from briefcli.quotes import find_quotations

    return quotation_highlights(tuple(q for q in find_quotations(article, indirect=False)))
