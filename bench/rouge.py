"""ROUGE of every summarization method, as sumy ships it and through brief.

    python bench/rouge.py                 # EASC, BBC and OrangeSum
    python bench/rouge.py easc --limit 20 # a quick look

Protocol (issue 4): the word budget is the mean length of the article's
references (123 words on average on EASC; --fixed-budget uses the corpus's
mean for every article instead); sentences are taken by rank until the budget
is reached, put in article order and the text cut to the budget; ROUGE-1/2/L
F1 is averaged over the references, after Arabic orthographic normalisation
(bench/rouge_metric.py). "sumy" is what a sumy user gets: sumy's own parser,
sentence splitter, tokenizer, stemmer and stop words for the language, the
summarizers built as sumy's command line builds them. "brief" is brief
summarize: brief's sentences and terms, brief's implementations. LEAD takes
the first sentences (sumy's, or brief's).
"""

from __future__ import annotations

import argparse
import os
import sys
import warnings
from concurrent.futures import ProcessPoolExecutor
from typing import Any, Callable

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from corpora import CORPORA, Corpus, Item  # noqa: E402
from rouge_metric import Scores, cut_to_budget, score  # noqa: E402

from briefcli.language import LANGUAGE_NAMES  # noqa: E402
from briefcli.summarize.document import prepare  # noqa: E402
from briefcli.summarize.length import Length, choose  # noqa: E402
from briefcli.summarize.methods import DEFAULT_METHOD, METHODS, rater  # noqa: E402
from briefcli.summarize.stemmers import STEMMERS  # noqa: E402

SUMY_CLASSES = {
    "lexrank": "lex_rank.LexRankSummarizer",
    "textrank": "text_rank.TextRankSummarizer",
    "lsa": "lsa.LsaSummarizer",
    "luhn": "luhn.LuhnSummarizer",
    "edmundson": "edmundson.EdmundsonSummarizer",
    "kl": "kl.KLSummarizer",
    "sumbasic": "sum_basic.SumBasicSummarizer",
    "reduction": "reduction.ReductionSummarizer",
}
System = Callable[[Item, str, int], str]


def budget_summary(texts: list[str], scores: list[float], budget: int) -> str:
    """Sentences by rank until `budget` words, in article order, cut to it."""
    lengths = tuple(len(text.split()) for text in texts)
    chosen = choose(scores, lengths, Length(words=budget))
    return cut_to_budget(" ".join(texts[i] for i in chosen), budget)


STEMMER: list[str | None] = [None]  # --stemmer: another stemmer than brief's for the article's language


def through_brief(item: Item, method: str, budget: int) -> str:
    document = prepare(item.article, STEMMER[0])
    return budget_summary([s.text for s in document.sentences], rater(method)(document), budget)


def sumy_summarizer(method: str, language: str, parser: Any) -> Any:
    import importlib

    from sumy.nlp.stemmers import Stemmer
    from sumy.utils import get_stop_words

    module, name = SUMY_CLASSES[method].split(".")
    summarizer = getattr(importlib.import_module(f"sumy.summarizers.{module}"), name)(Stemmer(language))
    if method == "edmundson":
        summarizer.null_words = get_stop_words(language)
        summarizer.bonus_words = parser.significant_words
        summarizer.stigma_words = parser.stigma_words
    else:
        summarizer.stop_words = get_stop_words(language)
    return summarizer


def as_sumy_ships_it(item: Item, method: str, budget: int) -> str:
    from sumy.nlp.tokenizers import Tokenizer
    from sumy.parsers.plaintext import PlaintextParser

    language = LANGUAGE_NAMES[item.article.language]
    with open(item.article.source, encoding="utf-8") as file:
        parser = PlaintextParser.from_string(file.read(), Tokenizer(language))
    sentences = parser.document.sentences
    texts = [str(s) for s in sentences]
    if method == "lead":
        return budget_summary(texts, [-float(i) for i in range(len(texts))], budget)
    ratings = [0.0] * len(texts)

    def record_all(infos: list[Any]) -> list[Any]:
        for info in infos:
            ratings[info.order] = float(info.rating)
        return infos

    sumy_summarizer(method, language, parser)(parser.document, record_all)
    return budget_summary(texts, ratings, budget)


SYSTEMS: dict[str, System] = {"sumy": as_sumy_ships_it, "brief": through_brief}


def score_item(job: tuple[Item, list[str], list[str], int | None, str | None, float]) -> dict[tuple[str, str], Scores | str]:
    item, systems, methods, fixed_budget, STEMMER[0], scale = job
    budget = max(1, round((fixed_budget or item.budget) * scale))
    warnings.filterwarnings("ignore")
    results: dict[tuple[str, str], Scores | str] = {}
    for system in systems:
        for method in methods:
            if system == "sumy" and method not in SUMY_CLASSES and method != "lead":
                continue
            try:
                summary = SYSTEMS[system](item, method, budget)
            except Exception as error:  # sumy's failures are part of what is measured
                results[system, method] = f"{type(error).__name__}: {str(error).splitlines()[0][:80]}"
                continue
            results[system, method] = score(summary, item.references)
    return results


def evaluate(corpus: Corpus, systems: list[str], methods: list[str], jobs: int, fixed: bool,
             stemmer: str | None = None, scale: float = 1.0) -> list[dict]:
    work = [(item, systems, methods, corpus.budget if fixed else None, stemmer, scale) for item in corpus.items]
    with ProcessPoolExecutor(jobs) as pool:
        return list(pool.map(score_item, work, chunksize=4))


def report(corpus: Corpus, systems: list[str], methods: list[str], per_item: list[dict], fixed: bool) -> None:
    references = len(corpus.items[0].references)
    budget = f"{corpus.budget} words" if fixed else f"its references' mean length (mean {corpus.budget} words)"
    print(f"\n{corpus.name}: {len(corpus.items)} articles, {references} reference(s) each, "
          f"budget {budget}; ROUGE F1 x100")
    header = " | ".join(f"{system + (' as shipped' if system == 'sumy' else ''):^23}" for system in systems)
    print(f"{'method':<26}| {header}")
    print(f"{'':<26}| " + " | ".join(f"{'R-1':>7}{'R-2':>8}{'R-L':>8}" for _ in systems))
    for method in methods:
        cells = []
        for system in systems:
            if (system, method) not in per_item[0]:
                cells.append(f"{'(not in sumy)':>23}")
                continue
            results = [r[system, method] for r in per_item]
            failures = [r for r in results if isinstance(r, str)]
            if len(failures) == len(results):
                cells.append(f"{'fails':>23}")
                continue
            mean = Scores.mean([r if isinstance(r, Scores) else Scores(0, 0, 0) for r in results])
            mark = f"*{len(failures)}" if failures else ""
            cells.append(f"{100 * mean.r1:7.1f}{100 * mean.r2:8.1f}{100 * mean.rl:8.1f}{mark}".ljust(23))
        default = " (default)" if method == DEFAULT_METHOD else ""
        print(f"{method + default:<26}| " + " | ".join(cells))
    for system in systems:
        failures: dict[str, list[str]] = {}
        for method in methods:
            for result in {r.get((system, method)) for r in per_item}:
                if isinstance(result, str):
                    failures.setdefault(result, []).append(method)
        for message, failed in failures.items():
            count = sum(isinstance(r.get((system, failed[0])), str) for r in per_item)
            print(f"  {system} ({', '.join(failed)}) failed on {count} article(s), scored 0: {message}")

def gain_over_lead(per_item: list[dict], method: str, samples: int = 2000) -> str:
    """brief's `method` minus brief's LEAD, per article, with a paired
    bootstrap's 90% interval."""
    import random

    pairs = [(r["brief", method], r["brief", "lead"]) for r in per_item]
    if any(isinstance(a, str) or isinstance(b, str) for a, b in pairs):
        return ""
    differences = [(a.r1 - b.r1, a.r2 - b.r2) for a, b in pairs]
    draw = random.Random(0)
    means = []
    for _ in range(samples):
        sample = [draw.choice(differences) for _ in differences]
        means.append((sum(d[0] for d in sample) / len(sample), sum(d[1] for d in sample) / len(sample)))
    parts = []
    for k, name in ((0, "R-1"), (1, "R-2")):
        ordered = sorted(m[k] for m in means)
        mean = sum(d[k] for d in differences) / len(differences)
        low, high = ordered[int(0.05 * samples)], ordered[int(0.95 * samples) - 1]
        parts.append(f"{name} {100 * mean:+.2f} [{100 * low:+.2f}, {100 * high:+.2f}]")
    return f"  brief {method} minus LEAD, per article (90% paired bootstrap): " + ", ".join(parts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpora", nargs="*", metavar="CORPUS", help=f"some of {', '.join(CORPORA)} (default: all)")
    parser.add_argument("--methods", default=",".join(METHODS))
    parser.add_argument("--systems", default="sumy,brief")
    parser.add_argument("--limit", type=int, help="only the first N articles of each corpus")
    parser.add_argument("--jobs", type=int, default=os.cpu_count())
    parser.add_argument("--fixed-budget", action="store_true", help="the corpus's mean budget for every article")
    parser.add_argument("--budget-scale", type=float, default=1.0, metavar="F",
                        help="every budget times F (a method that is general should not need one length)")
    parser.add_argument("--stemmer", choices=list(STEMMERS), help="brief with this stemmer (default: the measured best)")
    args = parser.parse_args()
    methods, systems = args.methods.split(","), args.systems.split(",")
    unknown = set(args.corpora) - set(CORPORA)
    if unknown:
        parser.error(f"no corpus named {', '.join(sorted(unknown))}")
    for name in args.corpora or CORPORA:
        corpus = CORPORA[name]()
        if args.limit:
            corpus = corpus.first(args.limit)
        per_item = evaluate(corpus, systems, methods, args.jobs, args.fixed_budget, args.stemmer, args.budget_scale)
        if args.budget_scale != 1:
            print(f"\n(every budget times {args.budget_scale:g})", end="")
        if args.stemmer:
            print(f"\n(brief with the {args.stemmer} stemmer)", end="")
        report(corpus, systems, methods, per_item, args.fixed_budget)
        if "brief" in systems and "lead" in methods and DEFAULT_METHOD in methods:
            print(gain_over_lead(per_item, DEFAULT_METHOD))


if __name__ == "__main__":
    main()
