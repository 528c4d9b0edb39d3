"""summarize(): an article's Summary by a method and a length."""

from __future__ import annotations

from briefcli.model import Article, Summary, SummarySentence
from briefcli.summarize.document import prepare
from briefcli.summarize.length import choose
from briefcli.summarize.methods import check_size, rater
from briefcli.summarize.options import SummaryOptions


DEFAULTS = SummaryOptions()


def summarize(article: Article, options: SummaryOptions = DEFAULTS) -> Summary:
    check_size(options.method, len(article.sentences))
    rate = rater(options.method)
    document = prepare(article)
    scores = rate(document)
    return Summary(
        source=article.source,
        language=article.language,
        method=options.method,
        id=article.id,
        sentences=tuple(
            SummarySentence(
                index=index + 1,
                paragraph=document.paragraphs[index] + 1,
                start=document.sentences[index].start,
                end=document.sentences[index].end,
                text=document.sentences[index].text,
                score=scores[index],
            )
            for index in choose(scores, document.lengths, options.length)
        ),
    )
