"""Segmentation: a laid-out article becomes the model, with every paragraph
and sentence pointing at its span in the article's normalized text."""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefcli.language import detect_language, majority_direction, paragraph_direction
from briefcli.model import Article, Direction, Paragraph, Sentence
from briefcli.segment.sentences import split_sentences

if TYPE_CHECKING:  # load imports segment: a run-time import back would be circular
    from briefcli.load.layout import Layout


def make_paragraph(text: str, start: int, direction: Direction, language: str) -> Paragraph:
    sentences = tuple(
        Sentence(text[a:b], start + a, start + b) for a, b in split_sentences(text, language)
    )
    return Paragraph(text, start, start + len(text), paragraph_direction(text, direction), sentences)


def segment(
    source: str,
    layout: Layout,
    language: str | None = None,
    metadata: dict[str, str] | None = None,
) -> Article:
    """The Article for `layout`; `language` forces the language."""
    head = ([layout.title] if layout.title else []) + list(layout.byline)
    text = "\n".join(head + list(layout.paragraphs))
    body = "\n".join(layout.paragraphs)
    language = language or detect_language(body or text)
    direction = majority_direction(body or text)
    paragraphs, start = [], len("\n".join(head)) + (1 if head else 0)
    for paragraph in layout.paragraphs:
        paragraphs.append(make_paragraph(paragraph, start, direction, language))
        start += len(paragraph) + 1
    return Article(
        source=source,
        text=text,
        title=layout.title,
        byline="\n".join(layout.byline) or None,
        language=language,
        direction=direction,
        paragraphs=tuple(paragraphs),
        metadata=metadata or {},
    )
