"""The evaluation corpora in ../shared/corpus, read through brief's loader.

Every bench script resolves ../shared relative to the repository root and
reads the corpora in place (they are never copied into the repository).
"""

from __future__ import annotations

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


def easc() -> Corpus:
    base = CORPUS / "easc"
    items = []
    for path in sorted((base / "articles").glob("*.txt")):
        references = sorted((base / "summaries" / path.stem).glob("*.txt"))
        items.append(Item(path.stem, read_article(path, "ar"),
                          tuple(r.read_text(encoding="utf-8") for r in references)))
    return Corpus("EASC (ar)", "ar", tuple(items))


def bbc() -> Corpus:
    base = CORPUS / "bbc-news-summary"
    return Corpus("BBC News Summary (en)", "en", tuple(
        Item(path.stem, read_article(path, "en"),
             ((base / "summaries" / path.stem / "reference.txt").read_text(encoding="utf-8"),))
        for path in sorted((base / "articles").glob("*.txt"))
    ))


def orangesum() -> Corpus:
    base = CORPUS / "orangesum"
    return Corpus("OrangeSum (fr)", "fr", tuple(
        Item(path.stem, read_article(path, "fr"),
             ((base / "summaries" / path.stem / "abstract.txt").read_text(encoding="utf-8"),))
        for path in sorted((base / "articles").glob("*.txt"))
    ))


CORPORA = {"easc": easc, "bbc": bbc, "orangesum": orangesum}


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
