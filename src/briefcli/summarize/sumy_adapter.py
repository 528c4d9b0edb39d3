"""brief's Document as sumy's document model, and sumy's ratings back.

sumy gets brief's own sentences (never its splitter) and brief's terms as
their words, already normalised, stop-word-free and stemmed: a summarizer
built with sumy's null stemmer and no stop words then works on exactly the
terms brief's own algorithms use, and stems nothing again. The title, when
there is one, is the document's heading (Edmundson's title and location
methods read it).
"""

from __future__ import annotations

import itertools
from typing import Any, Callable

from briefcli.summarize.document import Document


class KnownWords:
    """A sumy tokenizer for one sentence whose words are already known."""

    __slots__ = ("words",)

    def __init__(self, words: tuple[str, ...]):
        self.words = words

    def to_words(self, text: str) -> tuple[str, ...]:
        return self.words


def sumy_document(document: Document) -> Any:
    from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence

    rows = zip(document.paragraphs, document.sentences, document.terms, strict=True)
    paragraphs = [
        [Sentence(sentence.text, KnownWords(terms)) for _, sentence, terms in group]
        for _, group in itertools.groupby(rows, key=lambda row: row[0])
    ] or [[]]
    if document.title:
        paragraphs[0].insert(0, Sentence(" ".join(document.title), KnownWords(document.title), is_heading=True))
    return ObjectDocumentModel(Paragraph(p) for p in paragraphs)


def sumy_ratings(summarizer: Callable[[Any, Any], Any], document: Document) -> list[float]:
    """The rating `summarizer` gives each sentence of `document`, in order.

    sumy's summarizers end by sorting (sentence, order, rating) triples and
    asking the length for the best of them; a length that records them all
    gives every sentence's rating by its position."""
    ratings = [0.0] * len(document)

    def record_all(infos: list[Any]) -> list[Any]:
        for info in infos:
            ratings[info.order] = float(info.rating)
        return infos

    if len(document):
        summarizer(sumy_document(document), record_all)
    return ratings
