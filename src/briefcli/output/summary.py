"""A summary as a page to read and Markdown (its JSON object is
`Summary.to_dict()`)."""

from __future__ import annotations

from briefcli.model import Article, Summary, SummarySentence
from briefcli.output.article import titled
from briefcli.output.labels import Phrase, joined, label, phrase, source_name, value
from briefcli.output.page import Block, Page


def score_note(sentence: SummarySentence, language: str) -> Phrase:
    return joined([phrase(language, "score", score=f"{sentence.score:.4g}"),
                   phrase(language, "position", index=sentence.index, paragraph=sentence.paragraph)])


def summary_header(article: Article, summary: Summary) -> Phrase:
    """Which sentences, of how many, by which method, from where."""
    language = article.language
    chosen = phrase(language, "summary", count=len(summary.sentences), total=len(article.sentences),
                    numbers=[sentence.index for sentence in summary.sentences])
    return joined([chosen, phrase(language, "method", method=summary.method),
                   value(source_name(article.source, language))])


def summary_page(article: Article, summary: Summary, scores: bool = False) -> Page:
    """On a terminal the title and a header (which sentences of how many, the
    method, the source); then one block per sentence, in article order; with
    `scores`, a note under each sentence."""
    blocks = titled(article, summary_header(article, summary))
    for sentence in summary.sentences:
        direction = article.paragraphs[sentence.paragraph - 1].direction
        blocks.append(Block(sentence.text, direction, "body"))
        if scores:
            note = score_note(sentence, article.language)
            blocks.append(Block(note.text, article.direction, "note", isolates=note.values, spaced=False))
    return Page(tuple(blocks), article.direction)


def summary_as_markdown(article: Article, summary: Summary, scores: bool = False) -> str:
    blocks = [f"# {article.title}"] if article.title else []
    blocks.append(f"*{label(article.language, 'summary_of', source=article.source, method=summary.method)}*")
    for sentence in summary.sentences:
        note = f" *({score_note(sentence, article.language).text})*" if scores else ""
        blocks.append(sentence.text + note)
    return "\n\n".join(blocks) + "\n"
