"""Edmundson (1969) through sumy's EdmundsonSummarizer, on brief's terms.

sumy's cue method needs lists of bonus and stigma words, which no language
brief serves has (sumy's defaults are Czech); brief uses Edmundson's key
method in its place, with the document's own terms as candidates (the key
words are then the terms at least half as frequent as the most frequent
one), beside the title and location methods, all weighted 1.
"""

from __future__ import annotations

from briefcli.summarize.document import Document
from briefcli.summarize.stopwords import stop_words
from briefcli.summarize.sumy_adapter import sumy_ratings


def rate(document: Document) -> list[float]:
    from sumy.summarizers.edmundson import EdmundsonSummarizer

    summarizer = EdmundsonSummarizer(cue_weight=0.0, key_weight=1.0, title_weight=1.0, location_weight=1.0)
    summarizer.bonus_words = {term for terms in document.terms for term in terms} or {""}
    summarizer.null_words = stop_words(document.language)
    return sumy_ratings(summarizer, document)
