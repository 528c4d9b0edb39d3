"""Segmentation: a laid-out article becomes the model, with every paragraph
and sentence pointing at its span in the article's normalized text."""

from __future__ import annotations

from briefcli.language import detect_language, majority_direction, paragraph_direction
from briefcli.model import Article, Direction, Layout, Paragraph, Sentence
from briefcli.segment.sentences import split_sentences


def make_paragraph(text: str, start: int, direction: Direction, language: str) -> Paragraph:
    """The paragraph at `start`; a sentence that begins or ends with it shares
    its offset objects (most paragraphs of a long article are one sentence)."""
    end = start + len(text)
    sentences = tuple(
        Sentence(text[a:b], start + a if a else start, end if b == len(text) else start + b)
        for a, b in split_sentences(text, language)
    )
    return Paragraph(text, start, end, paragraph_direction(text, direction), sentences)


def segment(
    source: str,
    layout: Layout,
    language: str | None = None,
    metadata: dict[str, str] | None = None,
    direction: Direction | None = None,
) -> Article:
    """The Article for `layout`; `language` and `direction` force the article's
    language and base direction (a paragraph still takes its own direction
    from its first strong character, falling back to the article's)."""
    head = ([layout.title] if layout.title else []) + list(layout.byline)
    text = "\n".join(head + list(layout.paragraphs))
    body = "\n".join(layout.paragraphs)
    language = language or detect_language(body or text)
    direction = direction or majority_direction(body or text)
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
