"""Segmentation: a laid-out article becomes the model, with every paragraph
and sentence pointing at its span in the article's normalized text.

The paragraphs are taken as the layout makes them and joined into the text
a block at a time; each is then split into sentences from its span of the
text and kept as offsets (model.Paragraphs), so no stage holds a string per
paragraph of a long article at once."""

from __future__ import annotations

from array import array
from typing import Iterable

from briefcli.language import SAMPLE_CHARS, detect_language, majority_direction, paragraph_direction
from briefcli.model import Article, Direction, Layout, Paragraphs
from briefcli.normalize import Joined
from briefcli.segment.sentences import split_sentences


def joined(head: list[str], paragraphs: Iterable[str]) -> tuple[str, array, array]:
    """The head lines and paragraphs joined by newlines, and where each
    paragraph starts and ends in that text."""
    body = Joined()
    starts, ends = array("Q"), array("Q")
    offset = len("\n".join(head)) + (1 if head else 0)
    for paragraph in paragraphs:
        starts.append(offset)
        offset += len(paragraph)
        ends.append(offset)
        offset += 1
        body.add(paragraph)
    return "\n".join(head + ([body.text()] if starts else [])), starts, ends


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
    text, starts, ends = joined(head, layout.paragraphs)
    sample = text[starts[0]:starts[0] + SAMPLE_CHARS] if starts else ""
    language = language or detect_language(sample or text)
    direction = direction or majority_direction(sample or text)
    paragraphs = Paragraphs(text)
    for start, end in zip(starts, ends):
        paragraph = text[start:end]
        spans = split_sentences(paragraph, language)
        paragraphs.add(start, end, paragraph_direction(paragraph, direction), ((start + a, start + b) for a, b in spans))
    return Article(
        source=source,
        text=text,
        title=layout.title,
        byline="\n".join(layout.byline) or None,
        language=language,
        direction=direction,
        paragraphs=paragraphs,
        metadata=metadata or {},
    )
