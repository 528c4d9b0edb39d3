"""A summary as a page to read, a JSON object and Markdown."""

from __future__ import annotations

from typing import Any

from briefcli.model import Article, Summary, SummarySentence
from briefcli.output.page import Block, Page


def score_note(sentence: SummarySentence) -> str:
    return f"score {sentence.score:.4g} · sentence {sentence.index}, paragraph {sentence.paragraph}"


def summary_page(article: Article, summary: Summary, scores: bool = False) -> Page:
    """A header (terminal only: source and method), then one block per
    sentence, in article order; with `scores`, a note under each sentence."""
    count = len(article.sentences)
    header = f"{article.source} · {summary.method} · {len(summary.sentences)} of {count} sentences"
    blocks = [Block(header, "ltr", "header", terminal_only=True)]
    for sentence in summary.sentences:
        direction = article.paragraphs[sentence.paragraph - 1].direction
        blocks.append(Block(sentence.text, direction, "body"))
        if scores:
            blocks.append(Block(score_note(sentence), "ltr", "note"))
    return Page(tuple(blocks), article.direction)


def summary_as_dict(summary: Summary) -> dict[str, Any]:
    """start and end index the article's normalized text (`brief read -f json`)."""
    return {
        "source": summary.source,
        "language": summary.language,
        "method": summary.method,
        "sentences": [
            {"index": s.index, "paragraph": s.paragraph, "start": s.start, "end": s.end,
             "text": s.text, "score": s.score}
            for s in summary.sentences
        ],
    }


def summary_as_markdown(article: Article, summary: Summary, scores: bool = False) -> str:
    blocks = [f"# {article.title}"] if article.title else []
    blocks.append(f"*Summary of {article.source} ({summary.method})*")
    for sentence in summary.sentences:
        blocks.append(sentence.text + (f" *({score_note(sentence)})*" if scores else ""))
    return "\n\n".join(blocks) + "\n"
