"""The article as the algorithms see it: brief's own sentences, each with
its content terms (stems of the words that are not stop words)."""

from __future__ import annotations

from dataclasses import dataclass

from briefcli.model import Article, Sentence
from briefcli.summarize.stemmers import document_stemmer
from briefcli.summarize.stopwords import stop_words
from briefcli.summarize.words import word_tokens


@dataclass(frozen=True)
class Document:
    language: str
    sentences: tuple[Sentence, ...]
    paragraphs: tuple[int, ...]  # the paragraph (0 = first) of each sentence
    terms: tuple[tuple[str, ...], ...]  # content terms of each sentence, in order
    title: tuple[str, ...]  # content terms of the title
    lengths: tuple[int, ...]  # words of each sentence, as a reader counts them

    def __len__(self) -> int:
        return len(self.sentences)


def content_terms(text: str, language: str, stops: frozenset[str], stem) -> tuple[str, ...]:
    return tuple(stem(word) for word in word_tokens(text, language) if word not in stops)


def prepare(article: Article, stemmer: str | None = None) -> Document:
    """The Document of `article`; `stemmer` names another stemmer than the
    one measured best for the article's language (see stemmers.py)."""
    language = article.language
    stops = stop_words(language)
    stem = document_stemmer(language, stemmer)
    pairs = [(number, s) for number, p in enumerate(article.paragraphs) for s in p.sentences]
    return Document(
        language=language,
        sentences=tuple(s for _, s in pairs),
        paragraphs=tuple(number for number, _ in pairs),
        terms=tuple(content_terms(s.text, language, stops, stem) for _, s in pairs),
        title=content_terms(article.title or "", language, stops, stem),
        lengths=tuple(len(s.text.split()) for _, s in pairs),
    )
