"""The evaluation corpora in ../shared/corpus, read through brief's loader.

Every bench script resolves ../shared relative to the repository root and
reads the corpora in place (they are never copied into the repository).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

from briefcli.load import article_from_raw
from briefcli.load.source import RawArticle
from briefcli.model import Article
from briefcli.options import LoadOptions

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"


@dataclass(frozen=True)
class Item:
    id: str
    article: Article
    references: tuple[str, ...]

    @property
    def budget(self) -> int:
        """Its references' mean length in words."""
        return round(sum(len(r.split()) for r in self.references) / len(self.references))


@dataclass(frozen=True)
class Corpus:
    name: str
    language: str
    items: tuple[Item, ...]
    budget: int = 0  # the references' mean length in words: the summaries' word budget

    def __post_init__(self) -> None:
        if not self.budget:
            lengths = [len(r.split()) for item in self.items for r in item.references]
            object.__setattr__(self, "budget", round(sum(lengths) / len(lengths)))

    def first(self, count: int) -> Corpus:
        """The first `count` articles, with the whole corpus's budget."""
        return Corpus(self.name, self.language, self.items[:count], self.budget)


def article_from_text(source: str, text: str, language: str) -> Article:
    return article_from_raw(RawArticle(source, text.encode("utf-8")), LoadOptions(language=language))


def read_article(path: Path, language: str) -> Article:
    return article_from_text(str(path), path.read_text(encoding="utf-8"), language)


def corpus(folder: str, name: str, language: str, references: str = "*.txt") -> Corpus:
    """The corpus in CORPUS/`folder`: articles/<id>.txt, each with the
    reference summaries summaries/<id>/`references` (a glob pattern)."""
    base = CORPUS / folder
    return Corpus(name, language, tuple(
        Item(path.stem, read_article(path, language),
             tuple(r.read_text(encoding="utf-8") for r in sorted((base / "summaries" / path.stem).glob(references))))
        for path in sorted((base / "articles").glob("*.txt"))
    ))


CORPORA = {
    "easc": functools.partial(corpus, "easc", "EASC (ar)", "ar"),
    "bbc": functools.partial(corpus, "bbc-news-summary", "BBC News Summary (en)", "en", "reference.txt"),
    "orangesum": functools.partial(corpus, "orangesum", "OrangeSum (fr)", "fr", "abstract.txt"),
}


def long_arabic_article(sentences: int) -> Article:
    """An Arabic article of at least `sentences` sentences: EASC's articles
    one after another (repeated if need be), cut at a paragraph end."""
    paragraphs, count = [], 0
    paths = sorted((CORPUS / "easc" / "articles").glob("*.txt"))
    while count < sentences:
        for path in paths:
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip() and count < sentences:
                    article = article_from_text("line", line, "ar")
                    paragraphs.append(line)
                    count += len(article.sentences)
    return article_from_text(f"easc x {sentences}", "\n".join(paragraphs), "ar")
