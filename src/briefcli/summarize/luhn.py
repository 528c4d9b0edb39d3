"""Luhn (1958) through sumy's LuhnSummarizer, on brief's terms.

sumy re-stems every word while rating and looks each one up in a tuple of
significant words; here the words are stems already (sumy's null stemmer
only lower-cases them) and the significant words are a set.
"""

from __future__ import annotations

from briefcli.summarize.document import Document
from briefcli.summarize.sumy_adapter import sumy_ratings


def rate(document: Document) -> list[float]:
    from sumy.summarizers.luhn import LuhnSummarizer

    class SetLuhnSummarizer(LuhnSummarizer):
        def _get_significant_words(self, words):
            return frozenset(super()._get_significant_words(words))

    return sumy_ratings(SetLuhnSummarizer(), document)
