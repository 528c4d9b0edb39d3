"""How well brief takes the article out of an HTML page, against baselines.

Scores every page of ../shared/corpus/html-pages (see its README):

* readability/ (47 pages) and newspaper/ (1, Arabic): word F1. The words of a
  text are its \\w+ tokens (Unicode, case kept); precision and recall count the
  words two texts share as multisets; F1 per page, then the mean over pages.
  The expected text is expected.html's text (read as UTF-8) or expected.txt.
* trafilatura/ (64): segment F1 exactly as in trafilatura's own evaluation
  (tests/comparison.py, evaluate_result): a "with" segment found verbatim in
  the output is a true positive, missing a false negative; a "without" segment
  found is a false positive, absent a true negative. The counts are added up
  over all pages, then precision = tp/(tp+fp), recall = tp/(tp+fn), F1 their
  harmonic mean. No output counts every "with" as missed.
* title accuracy: the extracted title equals expected-metadata.json's title
  (both NFC, white space collapsed), over the readability pages that have one;
  byline and direction agreement likewise where the metadata gives them.

brief's output is the Article's paragraphs joined by newlines (title and
byline are scored apart); the baselines' is their main text. Baselines:
trafilatura with the settings brief uses (the issue's figures came from
these), trafilatura's defaults (comments kept), and readability-lxml when
installed (pip install -e '.[bench]').

Run: python bench/html_extraction.py [--pages] [--only brief]
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "html-pages"
sys.path.insert(0, str(ROOT / "src"))

WORD = re.compile(r"\w+")
ARABIC_PAGES = {"newspaper/arabic_article", "trafilatura/assabah.com.tn.article.html"}


@dataclass
class Output:
    text: str
    title: str | None = None
    byline: str | None = None
    direction: str | None = None


@dataclass
class Page:
    name: str
    path: Path
    kind: str  # "words" or "segments"
    expected_text: str = ""
    with_segments: list[str] = field(default_factory=list)
    without_segments: list[str] = field(default_factory=list)
    metadata: dict = field(default_factory=dict)
    language: str | None = None


def tidy(text: str | None) -> str:
    return " ".join(unicodedata.normalize("NFC", text or "").split())


def html_text(path: Path) -> str:
    import lxml.html

    return lxml.html.fromstring(path.read_text(encoding="utf-8")).text_content()


def load_pages() -> list[Page]:
    pages = []
    for folder in sorted((CORPUS / "readability").iterdir()):
        metadata = json.loads((folder / "expected-metadata.json").read_text(encoding="utf-8"))
        pages.append(Page(
            f"readability/{folder.name}", folder / "source.html", "words",
            expected_text=html_text(folder / "expected.html"), metadata=metadata,
            language=(metadata.get("lang") or "en")[:2],
        ))
    folder = CORPUS / "newspaper" / "arabic_article"
    pages.append(Page(
        "newspaper/arabic_article", folder / "source.html", "words",
        expected_text=(folder / "expected.txt").read_text(encoding="utf-8"), language="ar",
    ))
    annotations = json.loads((CORPUS / "trafilatura" / "annotations.json").read_text(encoding="utf-8"))
    for name, item in sorted(annotations.items()):
        pages.append(Page(
            f"trafilatura/{name}", CORPUS / "trafilatura" / "html" / name, "segments",
            with_segments=item["with"], without_segments=item["without"], language=item["lang"],
        ))
    return pages


def word_f1(got: str, expected: str) -> float:
    got_words, expected_words = Counter(WORD.findall(got)), Counter(WORD.findall(expected))
    shared = sum((got_words & expected_words).values())
    if not shared:
        return 0.0
    precision = shared / sum(got_words.values())
    recall = shared / sum(expected_words.values())
    return 2 * precision * recall / (precision + recall)


def segment_counts(got: str | None, page: Page) -> Counter:
    counts: Counter = Counter()
    for segment in page.with_segments:
        counts["tp" if got and segment in got else "fn"] += 1
    for segment in page.without_segments:
        counts["fp" if got and segment in got else "tn"] += 1
    return counts


def segment_scores(counts: Counter) -> tuple[float, float, float]:
    tp, fp, fn = counts["tp"], counts["fp"], counts["fn"]
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


# --- the systems -----------------------------------------------------------

def run_brief(path: Path) -> Output:
    from briefcli.errors import BriefError
    from briefcli.load import load_article

    try:
        article = load_article(str(path))
    except BriefError:
        return Output("")
    return Output("\n".join(p.text for p in article.paragraphs), article.title, article.byline,
                  article.direction)


def trafilatura_run(**settings) -> Callable[[Path], Output]:
    def run(path: Path) -> Output:
        from trafilatura import bare_extraction

        document = bare_extraction(path.read_bytes(), with_metadata=True, **settings)
        if document is None:
            return Output("")
        return Output(document.text or "", document.title, document.author)

    return run


def run_readability(path: Path) -> Output:
    """readability-lxml on the page decoded as brief decodes it (the 0.8
    releases, which the bench extra keeps, fail on undeclared bytes)."""
    import lxml.html
    from readability import Document

    from briefcli.load.decode import decode
    from briefcli.load.html import meta_charset
    from briefcli.load.source import RawArticle

    data = path.read_bytes()
    document = Document(decode(RawArticle(str(path), data), None, meta_charset(data)))
    text = lxml.html.fromstring(document.summary()).text_content()
    return Output(text, document.short_title())


run_readability.finds_bylines = False  # type: ignore[attr-defined]


def systems(only: str | None) -> dict[str, Callable[[Path], Output]]:
    found = {
        "brief": run_brief,
        "trafilatura (brief's settings)": trafilatura_run(
            include_comments=False, date_extraction_params={"extensive_search": False}),
        "trafilatura (defaults)": trafilatura_run(),
    }
    try:
        import readability  # noqa: F401

        found["readability-lxml"] = run_readability
    except ImportError:
        print("readability-lxml is not installed (pip install -e '.[bench]'): left out\n")
    return {name: run for name, run in found.items() if only is None or name == only}


# --- scoring ---------------------------------------------------------------

@dataclass
class Scores:
    words: dict[str, float] = field(default_factory=dict)
    segments: dict[str, Counter] = field(default_factory=dict)
    titles: list[bool] = field(default_factory=list)
    bylines: list[bool] = field(default_factory=list)
    directions: list[bool] = field(default_factory=list)
    seconds: list[float] = field(default_factory=list)


def score(run: Callable[[Path], Output], pages: list[Page], log) -> Scores:
    scores = Scores()
    for page in pages:
        start = time.perf_counter()
        output = run(page.path)
        scores.seconds.append(time.perf_counter() - start)
        if page.kind == "words":
            scores.words[page.name] = word_f1(output.text, page.expected_text)
            log(f"  {page.name:55} word F1 {scores.words[page.name]:.3f}")
        else:
            scores.segments[page.name] = segment_counts(output.text, page)
            c = scores.segments[page.name]
            log(f"  {page.name:55} with {c['tp']}/{c['tp'] + c['fn']}  without kept out {c['tn']}/{c['tn'] + c['fp']}")
        expected = page.metadata
        if expected.get("title"):
            scores.titles.append(tidy(output.title) == tidy(expected["title"]))
        if expected.get("byline") and getattr(run, "finds_bylines", True):
            got, want = tidy(output.byline).casefold(), tidy(expected["byline"]).casefold()
            scores.bylines.append(bool(got) and (got in want or want in got))
        if expected.get("dir") and output.direction:
            scores.directions.append(output.direction == expected["dir"])
    return scores


def mean(values) -> float:
    values = list(values)
    return sum(values) / len(values) if values else float("nan")


def share(flags: list[bool]) -> str:
    return f"{sum(flags)}/{len(flags)} = {mean(flags):.3f}" if flags else "-"


def rows(scores: Scores, pages: list[Page]) -> dict[str, str]:
    def words(selected):
        return f"{mean(scores.words[p.name] for p in selected):.3f} ({len(selected)})"

    def segments(selected):
        total = sum((scores.segments[p.name] for p in selected), Counter())
        precision, recall, f1 = segment_scores(total)
        return f"{f1:.3f} (P {precision:.3f} R {recall:.3f}, {len(selected)})"

    readability = [p for p in pages if p.name.startswith("readability/")]
    full_text = [p for p in pages if p.kind == "words"]
    segmented = [p for p in pages if p.kind == "segments"]
    arabic_words = [p for p in full_text if p.name in ARABIC_PAGES]
    arabic_segments = [p for p in segmented if p.name in ARABIC_PAGES]
    french = [p for p in segmented if p.language == "fr"]
    return {
        "word F1, readability pages": words(readability),
        "word F1, all full-text pages": words(full_text),
        "word F1, Arabic (newspaper)": words(arabic_words),
        "segment F1, trafilatura pages": segments(segmented),
        "segment F1, French trafilatura pages": segments(french),
        "segment F1, Arabic (assabah)": segments(arabic_segments),
        "title accuracy (readability)": share(scores.titles),
        "byline agreement (readability)": share(scores.bylines),
        "direction agreement (dir given)": share(scores.directions),
        "median ms per page": f"{1000 * statistics.median(scores.seconds):.1f}",
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", action="store_true", help="print every page's score")
    parser.add_argument("--only", help="score one system (e.g. brief)")
    arguments = parser.parse_args()
    if not CORPUS.is_dir():
        sys.exit(f"no corpus at {CORPUS}")
    pages = load_pages()
    table = {}
    for name, run in systems(arguments.only).items():
        run(pages[0].path)  # warm up: imports are not the page's cost
        if arguments.pages:
            print(name)
        table[name] = rows(score(run, pages, print if arguments.pages else lambda _: None), pages)
    names = list(table)
    width = max(len(key) for key in next(iter(table.values())))
    print(f"{len(pages)} pages from {CORPUS}\n")
    print(" " * width + "  " + "  ".join(f"{name:>38}" for name in names))
    for key in next(iter(table.values())):
        print(f"{key:<{width}}  " + "  ".join(f"{table[name][key]:>38}" for name in names))


if __name__ == "__main__":
    main()
