"""Extractive summaries: the article's own best sentences, in article order.

article -> Document (document.py: brief's sentences, normalised words, stop
words out, each distinct word stemmed once) -> scores (one module per
method, see methods.py) -> the sentences a Length takes (length.py) ->
Summary (model.py).
"""

from __future__ import annotations

from briefcli.model import Article, Summary, SummarySentence
from briefcli.summarize.document import prepare
from briefcli.summarize.length import Length, choose
from briefcli.summarize.methods import DEFAULT_METHOD, rater

__all__ = ["DEFAULT_METHOD", "Length", "summarize"]


def summarize(article: Article, method: str = DEFAULT_METHOD, length: Length = Length()) -> Summary:
    rate = rater(method)
    document = prepare(article)
    scores = rate(document)
    chosen = choose(scores, document.lengths, length)
    return Summary(
        source=article.source,
        language=article.language,
        method=method,
        sentences=tuple(
            SummarySentence(
                index=index + 1,
                paragraph=document.paragraphs[index] + 1,
                start=document.sentences[index].start,
                end=document.sentences[index].end,
                text=document.sentences[index].text,
                score=scores[index],
            )
            for index in chosen
        ),
    )
