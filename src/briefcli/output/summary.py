"""A summary as a page to read and Markdown (its JSON object is
`Summary.to_dict()`)."""

from __future__ import annotations

from briefcli.model import Article, Summary, SummarySentence
from briefcli.output.labels import label
from briefcli.output.page import Block, Page


def score_note(sentence: SummarySentence, language: str) -> str:
    return label(language, "score", score=f"{sentence.score:.4g}", index=sentence.index,
                 paragraph=sentence.paragraph)


def summary_page(article: Article, summary: Summary, scores: bool = False) -> Page:
    """A header (terminal only: source and method), then one block per
    sentence, in article order; with `scores`, a note under each sentence."""
    header = label(article.language, "summary", source=article.source, method=summary.method,
                   count=len(summary.sentences), total=len(article.sentences))
    blocks = [Block(header, article.direction, "header", terminal_only=True)]
    for sentence in summary.sentences:
        direction = article.paragraphs[sentence.paragraph - 1].direction
        blocks.append(Block(sentence.text, direction, "body"))
        if scores:
            blocks.append(Block(score_note(sentence, article.language), article.direction, "note"))
    return Page(tuple(blocks), article.direction)


def summary_as_markdown(article: Article, summary: Summary, scores: bool = False) -> str:
    blocks = [f"# {article.title}"] if article.title else []
    blocks.append(f"*{label(article.language, 'summary_of', source=article.source, method=summary.method)}*")
    for sentence in summary.sentences:
        note = f" *({score_note(sentence, article.language)})*" if scores else ""
        blocks.append(sentence.text + note)
    return "\n\n".join(blocks) + "\n"
