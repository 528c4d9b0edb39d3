"""Cross-validation of the default method's one parameter, and what it gains.

    python bench/crossvalidate.py             # EASC, then OrangeSum
    python bench/crossvalidate.py easc

lead_centrality.py scores a sentence log((1 + t)/(i + 1)) + w * z (its
position, the title clue and its standardised centrality). For each weight w
of a grid, every article is summarized with the protocol of bench/rouge.py
(budget: the references' mean length, sentences by rank, cut to it). Then w
is chosen on the odd-numbered articles (1st, 3rd, ... in the corpus's order;
for EASC the odd ids) by mean R-1 + R-2, and measured on the even-numbered
ones, and the other way round; the two measured halves are also pooled, so
every article is scored by a w chosen without it. The gains over LEAD come
with a paired bootstrap's 90% interval, as in bench/rouge.py. The whole
curve over w is printed too, to show how flat or sharp the choice is.

The log of the position was itself chosen among other shapes while the
method was designed, looking at all of EASC. So the same halving is done
again choosing the shape too, among Box-Cox transforms of the position
(i + 1)^a: a = -0.5 is 1/sqrt(i + 1), lexrank_lead.py's prior, a = 0 the log,
a = 1 the position itself; that figure is the one free of every choice.
"""

from __future__ import annotations

import argparse
import os
import sys
from concurrent.futures import ProcessPoolExecutor

import numpy

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from corpora import CORPORA, Item  # noqa: E402
from rouge import budget_summary, gain_over_lead  # noqa: E402
from rouge_metric import Scores, score  # noqa: E402

from briefcli.summarize import lead, lead_centrality  # noqa: E402
from briefcli.summarize.document import Document, prepare  # noqa: E402
from briefcli.summarize.lexrank_lead import title_share  # noqa: E402

GRID = (0.0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5)
SHAPES = (-0.5, -0.25, 0.0, 0.25, 0.5, 1.0)
BRIEF = "brief"  # the system's key in bench/rouge.py's per-article results


def weighted(weight: float, shape: float = 0.0) -> str:
    return f"w={weight:g}" if shape == 0 else f"a={shape:g},w={weight:g}"


def shaped_rate(document: Document, weight: float, shape: float) -> list[float]:
    """lead_centrality.rate with the position's log replaced by its Box-Cox
    transform ((i + 1)^a - 1)/a."""
    if shape == 0:
        return lead_centrality.rate(document, weight)
    n = len(document)
    prior = numpy.log1p(title_share(document)) - ((numpy.arange(n) + 1.0) ** shape - 1) / shape
    return (prior + weight * lead_centrality.standardized(lead_centrality.centrality(document))).tolist()


def score_item(item: Item) -> dict[tuple[str, str], Scores]:
    """LEAD's and every (shape, weight)'s ROUGE on one article."""
    document = prepare(item.article)
    texts = [s.text for s in document.sentences]
    results = {(BRIEF, "lead"): score(budget_summary(texts, lead.rate(document), item.budget), item.references)}
    for shape in SHAPES:
        for weight in GRID:
            summary = budget_summary(texts, shaped_rate(document, weight, shape), item.budget)
            results[BRIEF, weighted(weight, shape)] = score(summary, item.references)
    return results


def merit(per_item: list[dict], method: str) -> float:
    return sum(r[BRIEF, method].r1 + r[BRIEF, method].r2 for r in per_item)


def gain(per_item: list[dict], method: str) -> str:
    n = len(per_item)
    return (f"{100 * sum(r[BRIEF, method].r1 - r[BRIEF, 'lead'].r1 for r in per_item) / n:+.2f} / "
            f"{100 * sum(r[BRIEF, method].r2 - r[BRIEF, 'lead'].r2 for r in per_item) / n:+.2f}")


def crossvalidate(per_item: list[dict], candidates: list[str]) -> None:
    halves = {"odd": per_item[0::2], "even": per_item[1::2]}
    pooled = []
    for chosen_on, measured_on in (("odd", "even"), ("even", "odd")):
        best = max(candidates, key=lambda method: merit(halves[chosen_on], method))
        measured = [{(BRIEF, "chosen"): r[BRIEF, best], (BRIEF, "lead"): r[BRIEF, "lead"]}
                    for r in halves[measured_on]]
        pooled += measured
        print(f"  chosen on the {chosen_on}-numbered articles: {best}; on the {len(measured)} "
              f"{measured_on}-numbered: {mean_line(measured, 'chosen')} (LEAD {mean_line(measured, 'lead')})")
        print("  " + gain_over_lead(measured, "chosen"))
    print(f"  both halves, each measured with the choice made on the other: {mean_line(pooled, 'chosen')}")
    print("  " + gain_over_lead(pooled, "chosen"))


def mean_line(per_item: list[dict], method: str) -> str:
    mean = Scores.mean([r[BRIEF, method] for r in per_item])
    return f"R-1/R-2/R-L {100 * mean.r1:.2f} / {100 * mean.r2:.2f} / {100 * mean.rl:.2f}"


def report(name: str, per_item: list[dict]) -> None:
    print(f"\n{name}: {len(per_item)} articles; LEAD {mean_line(per_item, 'lead')}")
    print("the whole corpus: gain over LEAD, R-1 / R-2, by weight w (columns) and shape a (rows; a = 0 is the log)")
    print(" " * 8 + "".join(f"{weighted(weight):>15}" for weight in GRID))
    for shape in SHAPES:
        print(f"a={shape:<6g}" + "".join(f"{gain(per_item, weighted(weight, shape)):>15}" for weight in GRID))
    print("w chosen on one half, the log of the position fixed:")
    crossvalidate(per_item, [weighted(weight) for weight in GRID])
    print("the shape a and w both chosen on one half:")
    crossvalidate(per_item, [weighted(weight, shape) for shape in SHAPES for weight in GRID])
    default = weighted(lead_centrality.WEIGHT)
    print(f"the whole corpus with the default {default}: {mean_line(per_item, default)}")
    print(gain_over_lead(per_item, default))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpora", nargs="*", metavar="CORPUS", default=["easc", "orangesum"],
                        help=f"some of {', '.join(CORPORA)} (default: easc orangesum)")
    parser.add_argument("--jobs", type=int, default=os.cpu_count())
    args = parser.parse_args()
    for name in args.corpora:
        if name not in CORPORA:
            parser.error(f"no corpus named {name}")
        corpus = CORPORA[name]()
        with ProcessPoolExecutor(args.jobs) as pool:
            per_item = list(pool.map(score_item, corpus.items, chunksize=4))
        report(corpus.name, per_item)


if __name__ == "__main__":
    main()
