"""Check brief's layout heuristics (title, byline, re-flow) on the corpora.

    python bench/layout_check.py [--show N]

Per corpus (EASC: Arabic, many files hard-wrapped; BBC: headline then
blank-line paragraphs; OrangeSum: one line), it prints how many articles got
a title and a byline, paragraphs per article, and the suspicious places:
- cut: a paragraph that does not end like a sentence (., !, ?, ؟, …, :, a
  closing quotation mark or bracket) followed by one that starts with a
  lower-case letter, a digit or, in Arabic, a word that continues a sentence
  (a preposition, a relative pronoun): a paragraph broken in mid-sentence;
- open: paragraphs other than the last that do not end like a sentence
  (headings and list items do this too: a figure to compare, not a count of
  errors).
For BBC, where the structure is known, it also counts articles whose title
is not the headline or whose paragraphs are not the file's blocks.
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
from itertools import pairwise
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from briefcli.load import load_article  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus"
CORPORA = {
    "easc": CORPUS / "easc" / "articles",
    "bbc": CORPUS / "bbc-news-summary" / "articles",
    "orangesum": CORPUS / "orangesum" / "articles",
}
ENDS_LIKE_SENTENCE = re.compile(r"[.!?\u061f\u2026:;\u061b\"'\u201d\u00bb)\]]\s*$")
ARABIC_CONTINUATIONS = set(
    "من إلى على عن في التي الذي الذين اللذين اللتين بين حتى مع لدى عند أو ثم".split()
)


def starts_as_continuation(text: str) -> bool:
    first = text.split()[0] if text.split() else ""
    return first[:1].islower() or first[:1].isdigit() or first in ARABIC_CONTINUATIONS


def cut_places(paragraphs: list[str]) -> list[tuple[str, str]]:
    return [
        (before, after)
        for before, after in pairwise(paragraphs)
        if not ENDS_LIKE_SENTENCE.search(before) and starts_as_continuation(after)
    ]


def bbc_expected(path: Path) -> tuple[str, list[str]]:
    blocks = [b.strip() for b in path.read_text(encoding="utf-8").split("\n\n") if b.strip()]
    return blocks[0], [" ".join(b.split()) for b in blocks[1:]]


def check(name: str, folder: Path, show: int) -> None:
    paths = sorted(folder.glob("*.txt"))
    titles = bylines = 0
    counts, cuts, mismatched, open_ends = [], [], [], 0
    for path in paths:
        article = load_article(str(path))
        titles += article.title is not None
        bylines += article.byline is not None
        paragraphs = [p.text for p in article.paragraphs]
        counts.append(len(paragraphs))
        cuts += [(path.name, before, after) for before, after in cut_places(paragraphs)]
        open_ends += sum(not ENDS_LIKE_SENTENCE.search(p) for p in paragraphs[:-1])
        if name == "bbc":
            headline, blocks = bbc_expected(path)
            if article.title != headline or paragraphs != blocks:
                mismatched.append((path.name, article.title, headline, len(paragraphs), len(blocks)))
    print(f"== {name}: {len(paths)} articles; title {titles}, byline {bylines}; paragraphs per "
          f"article: mean {statistics.mean(counts):.1f}, median {statistics.median(counts)}, "
          f"min {min(counts)}, max {max(counts)}; suspicious cuts {len(cuts)}; open ends "
          f"{open_ends} of {sum(counts) - len(counts)}")
    if name == "bbc":
        print(f"   BBC structure: {len(paths) - len(mismatched)} of {len(paths)} articles with the "
              f"headline as title and the file's blocks as paragraphs")
        for file, title, headline, got, want in mismatched[:show]:
            print(f"   {file}: title {title!r} (headline {headline!r}), {got} paragraphs, {want} blocks")
    for file, before, after in cuts[:show]:
        print(f"   cut in {file}: …{before[-60:]!r} | {after[:60]!r}…")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", type=int, default=10, help="suspicious places shown per corpus")
    args = parser.parse_args()
    for name, folder in CORPORA.items():
        if folder.is_dir():
            check(name, folder, args.show)
        else:
            print(f"== {name}: no {folder}")


if __name__ == "__main__":
    main()
