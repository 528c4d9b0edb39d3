"""Stop words: the lists sumy ships for Arabic, French and English, read
from sumy's data files without importing sumy, and normalised the way
words.py normalises words so that the two match."""

from __future__ import annotations

import functools
import importlib.util
from pathlib import Path

from briefcli.errors import MissingDependency
from briefcli.language import LANGUAGE_NAMES
from briefcli.summarize.words import word_tokens


def sumy_data_file(relative: str) -> Path:
    spec = importlib.util.find_spec("sumy")
    if spec is None or not spec.submodule_search_locations:
        raise MissingDependency("brief summarize", "sumy")
    return Path(next(iter(spec.submodule_search_locations))) / "data" / relative


@functools.lru_cache(maxsize=None)
def stop_words(language: str) -> frozenset[str]:
    """The stop words of `language` ('ar', 'fr', 'en'), normalised."""
    path = sumy_data_file(f"stopwords/{LANGUAGE_NAMES[language]}.txt")
    words = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        words.update(word_tokens(line, language))
    return frozenset(words)
