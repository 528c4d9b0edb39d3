"""What else was measured for the default method, against LEAD.

    python bench/default_alternatives.py          # EASC, BBC and OrangeSum
    python bench/default_alternatives.py easc

Every line is one way of choosing sentences, scored with bench/rouge.py's
protocol (budget: the references' mean length; sentences by rank, in article
order, cut to the budget) and printed as its mean gain over LEAD, R-1 / R-2
(x100), per corpus. The default (lead_centrality.py: log((1 + t)/(i + 1)) +
0.2 z, z the standardised summed cosine) comes first; the others change one
thing in it or replace it. The last line is an oracle that ranks sentences
by their own unigram precision against the references: what any ranking of
whole sentences could gain at most.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from typing import Any, Callable

import numpy

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from corpora import CORPORA, Item  # noqa: E402
from rouge_metric import Scores, cut_to_budget, rouge_tokens, score  # noqa: E402

from briefcli.summarize import lead_centrality  # noqa: E402
from briefcli.summarize.document import Document, prepare  # noqa: E402
from briefcli.summarize.length import ranking  # noqa: E402
from briefcli.summarize.lexrank import cosines, link_matrix, power_method  # noqa: E402
from briefcli.summarize.lexrank_lead import title_share  # noqa: E402

z = lead_centrality.standardized


class Sentences:
    """One article as the alternatives need it."""

    def __init__(self, item: Item) -> None:
        self.item = item
        self.document: Document = prepare(item.article)
        n = self.n = len(self.document)
        similarities = cosines(self.document)
        self.cosine = numpy.zeros((n, n))
        self.cosine[similarities.rows, similarities.cols] = similarities.values
        self.position = numpy.arange(n)
        self.prior = numpy.log1p(title_share(self.document)) - numpy.log1p(self.position)
        self.central = lead_centrality.centrality(self.document)
        self.lexrank = power_method(link_matrix(similarities)) if n else numpy.zeros(0)


def by_rank(sentences: Sentences, scores: Any) -> list[int]:
    taken, words = [], 0
    for index in ranking(list(scores)):
        if words >= sentences.item.budget:
            break
        taken.append(index)
        words += sentences.document.lengths[index]
    return taken


def skipping(sentences: Sentences, scores: Any) -> list[int]:
    """By rank, but a sentence that would overflow the budget is passed over
    for later ones that fit; the first passed over fills what is left."""
    taken, words, passed = [], 0, []
    budget = sentences.item.budget
    for index in ranking(list(scores)):
        if words >= budget:
            break
        if words + sentences.document.lengths[index] <= budget:
            taken.append(index)
            words += sentences.document.lengths[index]
        else:
            passed.append(index)
    return taken + passed[:1] if words < budget else taken


def personalised_pagerank(matrix: Any, prior: Any, follow: float) -> Any:
    vector = prior
    for _ in range(1000):
        following = (1 - follow) * prior + follow * matrix.T @ vector
        if numpy.abs(following - vector).sum() < 1e-12:
            return following
        vector = following
    return vector


def biased_lexrank(power: float, follow: float, weighted: bool) -> Callable[[Sentences], Any]:
    """lexrank_lead.py's walk with another prior (i + 1)^-power, another
    follow probability, and LexRank's thresholded links or the cosines."""
    def scores(s: Sentences) -> Any:
        links = s.cosine.copy() if weighted else (s.cosine > 0.1).astype(float)
        numpy.fill_diagonal(links, 0 if weighted else links.diagonal())
        degrees = links.sum(1)
        degrees[degrees == 0] = 1
        prior = (1 + title_share(s.document)) / (s.position + 1.0) ** power
        return personalised_pagerank(links / degrees[:, None], prior / prior.sum(), follow)
    return scores


def mmr(redundancy: float) -> Callable[[Sentences], Any]:
    """The default's scores, each pick penalised by its highest cosine with
    the sentences already picked (maximal marginal relevance)."""
    def scores(s: Sentences) -> Any:
        relevance = s.prior + lead_centrality.WEIGHT * z(s.central)
        order, penalty, left = numpy.zeros(s.n), numpy.zeros(s.n), numpy.ones(s.n, bool)
        off_diagonal = s.cosine - numpy.diag(s.cosine.diagonal())
        for step in range(s.n):
            pick = int(numpy.argmax(numpy.where(left, relevance - redundancy * penalty, -numpy.inf)))
            order[pick], left[pick] = s.n - step, False
            penalty = numpy.maximum(penalty, off_diagonal[pick])
        return order
    return scores


def coverage(saturation: float, picks: int = 40) -> Callable[[Sentences], Any]:
    """Lin & Bilmes' coverage with the default's prior: a pick's gain is how
    much it adds to sum_k min(its cover of sentence k, saturation x all the
    article's cover of k), standardised like the default's centrality."""
    def scores(s: Sentences) -> Any:
        cap = saturation * s.cosine.sum(0)
        first = numpy.minimum(s.cosine, cap).sum(1)
        mean, spread = first.mean(), first.std() or 1.0
        covered, order, left = numpy.zeros(s.n), s.prior.copy(), numpy.ones(s.n, bool)
        for step in range(min(picks, s.n)):
            gain = numpy.minimum(covered + s.cosine, cap).sum(1) - numpy.minimum(covered, cap).sum()
            value = s.prior + lead_centrality.WEIGHT * (gain - mean) / spread
            pick = int(numpy.argmax(numpy.where(left, value, -numpy.inf)))
            order[pick], left[pick] = 2 * s.n - step, False
            covered += s.cosine[pick]
        return order
    return scores


def bigram_spread(s: Sentences) -> Any:
    """Mean share of the other sentences that hold each of the sentence's
    word bigrams (stop words included): what a reference drawn from the
    article's sentences would likely share with it."""
    bigrams = [list(zip(words, words[1:])) for words in (rouge_tokens(x.text) for x in s.document.sentences)]
    frequency = Counter(b for pairs in bigrams for b in set(pairs))
    return numpy.array([numpy.mean([(frequency[b] - 1) / max(s.n - 1, 1) for b in pairs]) if pairs else 0.0
                        for pairs in bigrams])


def oracle(s: Sentences) -> Any:
    references = [Counter(rouge_tokens(r)) for r in s.item.references]
    precision = []
    for sentence in s.document.sentences:
        words = Counter(rouge_tokens(sentence.text))
        total = max(sum(words.values()), 1)
        precision.append(numpy.mean([sum((words & r).values()) / total for r in references]))
    return numpy.array(precision)


def shifted(weight: float, centrality: Callable[[Sentences], Any] = lambda s: s.central) -> Callable:
    return lambda s: s.prior + weight * z(centrality(s))


ALTERNATIVES: list[tuple[str, Callable[[Sentences], Any], Callable]] = [
    ("default: log prior + 0.2 z(summed cosine)", shifted(0.2), by_rank),
    ("lead", lambda s: -s.position.astype(float), by_rank),
    ("default, skipping what overflows the budget", shifted(0.2), skipping),
    ("lead, skipping what overflows the budget", lambda s: -s.position.astype(float), skipping),
    ("0.2 z(LexRank's stationary score)", shifted(0.2, lambda s: s.lexrank), by_rank),
    ("0.2 z(bigram spread)", shifted(0.2, bigram_spread), by_rank),
    ("0.1 z(summed cosine) + 0.1 z(bigram spread)",
     lambda s: s.prior + 0.1 * z(s.central) + 0.1 * z(bigram_spread(s)), by_rank),
    ("default + MMR, redundancy 0.25", mmr(0.25), by_rank),
    ("default + MMR, redundancy 1", mmr(1.0), by_rank),
    ("coverage saturated at 0.1 of the article's", coverage(0.1), by_rank),
    ("coverage saturated at 0.5 of the article's", coverage(0.5), by_rank),
]
for power in (0.5, 1.0):
    for follow in (0.3, 0.5, 0.85):
        name = f"PageRank, prior (i+1)^-{power:g}, follow {follow:g}"
        ALTERNATIVES.append((name + (" (lexrank-lead)" if (power, follow) == (0.5, 0.5) else ""),
                             biased_lexrank(power, follow, False), by_rank))
    ALTERNATIVES.append((f"PageRank on cosines, prior (i+1)^-{power:g}, follow 0.3",
                         biased_lexrank(power, 0.3, True), by_rank))
ALTERNATIVES.append(("oracle: each sentence's precision against the references", oracle, by_rank))


def score_item(item: Item) -> list[Scores]:
    sentences = Sentences(item)
    texts = [s.text for s in sentences.document.sentences]
    results = []
    for _, scores, fill in ALTERNATIVES:
        chosen = sorted(fill(sentences, scores(sentences))) if sentences.n else []
        results.append(score(cut_to_budget(" ".join(texts[i] for i in chosen), item.budget), item.references))
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpora", nargs="*", metavar="CORPUS", default=["easc", "bbc", "orangesum"])
    parser.add_argument("--jobs", type=int, default=os.cpu_count())
    args = parser.parse_args()
    columns = []
    for name in args.corpora:
        if name not in CORPORA:
            parser.error(f"no corpus named {name}")
        with ProcessPoolExecutor(args.jobs) as pool:
            per_item = list(pool.map(score_item, CORPORA[name]().items, chunksize=4))
        lead = ALTERNATIVES.index(next(a for a in ALTERNATIVES if a[0] == "lead"))
        column = []
        for k in range(len(ALTERNATIVES)):
            gains = [(r[k].r1 - r[lead].r1, r[k].r2 - r[lead].r2) for r in per_item]
            column.append(f"{100 * numpy.mean([g[0] for g in gains]):+6.2f} /{100 * numpy.mean([g[1] for g in gains]):+6.2f}")
        columns.append((name, column))
    print("gain over LEAD, R-1 / R-2 (x100), bench/rouge.py's protocol")
    print(f"{'':<62}" + "".join(f"{name:>16}" for name, _ in columns))
    for k, (label, _, _) in enumerate(ALTERNATIVES):
        print(f"{label:<62}" + "".join(f"{column[k]:>16}" for _, column in columns))


if __name__ == "__main__":
    main()
