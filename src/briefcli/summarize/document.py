"""The article as the algorithms see it: brief's own sentences, each with
its content terms (stems of the words that are not stop words).

Kept as arrays: an article of millions of one-word sentences costs a few
bytes a sentence here (a term's number, a length, a paragraph's number), not
a tuple and a list of strings each."""

from __future__ import annotations

from array import array
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Callable

from briefcli.model import Article, MadeOnDemand, Sentence
from briefcli.summarize.stemmers import document_stemmer
from briefcli.summarize.stopwords import stop_words
from briefcli.summarize.words import word_tokens


class Terms(MadeOnDemand[tuple[str, ...]]):
    """The content terms of each sentence, in order: `ids` holds every
    sentence's terms as numbers into `vocabulary` (numbered in order of first
    appearance), sentence i's from `ends[i - 1]` (0 for the first) to `ends[i]`."""

    __slots__ = ("vocabulary", "ids", "ends")

    def __init__(self) -> None:
        self.vocabulary: list[str] = []
        self.ids = array("I")
        self.ends = array("Q")

    def __len__(self) -> int:
        return len(self.ends)

    def made(self, sentence: int) -> tuple[str, ...]:
        start = self.ends[sentence - 1] if sentence else 0
        return tuple(map(self.vocabulary.__getitem__, self.ids[start:self.ends[sentence]]))


@dataclass(frozen=True)
class Document:
    language: str
    sentences: Sequence[Sentence]
    paragraphs: Sequence[int]  # the paragraph (0 = first) of each sentence
    terms: Terms  # content terms of each sentence, in order
    title: tuple[str, ...]  # content terms of the title
    lengths: Sequence[int]  # words of each sentence, as a reader counts them

    def __len__(self) -> int:
        return len(self.sentences)


def content_terms(text: str, language: str, stops: frozenset[str], stem: Callable[[str], str]) -> tuple[str, ...]:
    return tuple(stem(word) for word in word_tokens(text, language) if word not in stops)


def prepare(article: Article, stemmer: str | None = None) -> Document:
    """The Document of `article`; `stemmer` names another stemmer than the
    one measured best for the article's language (see stemmers.py)."""
    language = article.language
    stops = stop_words(language)
    stem = document_stemmer(language, stemmer)
    terms, numbers = Terms(), {}  # numbers: each term's in terms.vocabulary
    paragraphs, lengths = array("Q"), array("Q")
    for number, paragraph in enumerate(article.paragraphs):
        for sentence in paragraph.sentences:
            for term in content_terms(sentence.text, language, stops, stem):
                if term not in numbers:
                    numbers[term] = len(terms.vocabulary)
                    terms.vocabulary.append(term)
                terms.ids.append(numbers[term])
            terms.ends.append(len(terms.ids))
            paragraphs.append(number)
            lengths.append(len(sentence.text.split()))
    return Document(
        language=language,
        sentences=article.sentences,
        paragraphs=paragraphs,
        terms=terms,
        title=content_terms(article.title or "", language, stops, stem),
        lengths=lengths,
    )
