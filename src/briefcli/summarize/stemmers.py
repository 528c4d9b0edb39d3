"""Stemmers: one stem per distinct word, whatever was stemmed before.

`document_stemmer(language)` gives a function that stems each distinct word
once and remembers it for the rest of the document, so no algorithm stems a
token twice, and a stemmer's state can never make a word's stem depend on
the word stemmed before it (NLTK's Snowball ArabicStemmer does: it never
resets one of its flags).
"""

from __future__ import annotations

from typing import Callable

from briefcli.errors import MissingDependency
from briefcli.language import LANGUAGE_NAMES

Stem = Callable[[str], str]


def snowball(language: str) -> Stem:
    """The Snowball project's own stemmer (PyStemmer's C code when it is
    installed, snowballstemmer's Python otherwise); no data files."""
    try:
        import snowballstemmer
    except ImportError as error:
        raise MissingDependency("brief summarize", "snowballstemmer") from error
    return snowballstemmer.stemmer(LANGUAGE_NAMES[language]).stemWord


def isri(language: str) -> Stem:
    from nltk.stem.isri import ISRIStemmer

    return ISRIStemmer().stem


def nltk_snowball(language: str) -> Stem:
    from nltk.stem.snowball import SnowballStemmer

    stemmer = SnowballStemmer(LANGUAGE_NAMES[language]).stemmer

    def stem(word: str) -> str:
        for flag in [name for name in vars(stemmer) if name.endswith("_success")]:
            setattr(stemmer, flag, False)
        return stemmer.stem(word)

    return stem


def unstemmed(language: str) -> Stem:
    return str


STEMMERS: dict[str, Callable[[str], Stem]] = {
    "snowball": snowball, "isri": isri, "nltk-snowball": nltk_snowball, "none": unstemmed,
}
BEST = {"ar": "none", "fr": "snowball", "en": "snowball"}  # measured: see the README


def document_stemmer(language: str, name: str | None = None) -> Stem:
    """A stemmer for one document: each distinct word stemmed once."""
    stem = STEMMERS[name or BEST[language]](language)
    stems: dict[str, str] = {}

    def stem_once(word: str) -> str:
        found = stems.get(word)
        if found is None:
            found = stems[word] = stem(word)
        return found

    return stem_once
