"""Edmundson (1969) through sumy's EdmundsonSummarizer, on brief's terms:
its title method (title terms in the sentence) and location method (first
and last paragraphs, first and last sentences of a paragraph), weighted 1.

sumy's cue and key methods rate sentences by lists of bonus and stigma words,
which no language brief serves has (sumy falls back on Czech words); the key
method fed the document's own frequent terms instead measured worse on all
three corpora (it favours long sentences), so both are left out.
"""

from __future__ import annotations

from briefcli.summarize.document import Document
from briefcli.summarize.stopwords import stop_words
from briefcli.summarize.sumy_adapter import sumy_ratings


def rate(document: Document) -> list[float]:
    from sumy.summarizers.edmundson import EdmundsonSummarizer

    summarizer = EdmundsonSummarizer(cue_weight=0.0, key_weight=0.0, title_weight=1.0, location_weight=1.0)
    summarizer.null_words = stop_words(document.language)
    return sumy_ratings(summarizer, document)
