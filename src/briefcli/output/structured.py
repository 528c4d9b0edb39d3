"""Machine-readable forms of an article: JSON objects and Markdown."""

from __future__ import annotations

import json
from typing import Any

from briefcli.model import Article, Paragraph


def paragraph_as_dict(index: int, paragraph: Paragraph) -> dict[str, Any]:
    return {
        "index": index,
        "text": paragraph.text,
        "start": paragraph.start,
        "end": paragraph.end,
        "direction": paragraph.direction,
        "sentences": [
            {"text": s.text, "start": s.start, "end": s.end} for s in paragraph.sentences
        ],
    }


def article_as_dict(article: Article) -> dict[str, Any]:
    """The parsed article; offsets index `text`, the normalized text."""
    return {
        "source": article.source,
        "title": article.title,
        "byline": article.byline,
        "language": article.language,
        "direction": article.direction,
        **({"metadata": article.metadata} if article.metadata else {}),
        "text": article.text,
        "paragraphs": [paragraph_as_dict(i, p) for i, p in enumerate(article.paragraphs, 1)],
    }


def to_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2) + "\n"


def to_json_line(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False) + "\n"


def emphasized(paragraph: Paragraph, spans: list[tuple[int, int]]) -> str:
    """The paragraph's text with the parts in `spans` (article offsets) in bold."""
    text, offset = paragraph.text, paragraph.start
    for start, end in sorted(spans, reverse=True):
        if paragraph.start <= start < end <= paragraph.end:
            a, b = start - offset, end - offset
            text = f"{text[:a]}**{text[a:b]}**{text[b:]}"
    return text


def article_as_markdown(article: Article, bold: list[tuple[int, int]] | None = None) -> str:
    """The article in Markdown; the spans in `bold` (article offsets, such as
    summary sentences) in bold."""
    blocks = [f"# {article.title}"] if article.title else []
    if article.byline:
        blocks.append(f"*{article.byline}*")
    blocks += [emphasized(paragraph, bold or []) for paragraph in article.paragraphs]
    return "\n\n".join(blocks) + "\n"
