"""SumBasic (Nenkova & Vanderwende 2005) as sumy's SumBasicSummarizer
computes it, vectorized and on terms stemmed once (sumy re-stems every word
of every sentence, then rescans every sentence after each pick).

The sentence whose terms have the highest mean probability is picked; the
probability of each of its terms is then squared, once per occurrence.
"""

from __future__ import annotations

import numpy

from briefcli.summarize.document import Document
from briefcli.summarize.greedy import first_best, scores_of_picks
from briefcli.summarize.matrices import term_triples


def picks(document: Document) -> list[int]:
    triples = term_triples(document)
    cols, counts = triples.cols, triples.counts
    probability = triples.term_totals()
    probability /= max(probability.sum(), 1.0)
    lengths = triples.row_sums(counts)
    remaining = numpy.ones(triples.sentences, dtype=bool)
    chosen = []
    for _ in range(triples.sentences):
        totals = triples.row_sums(counts * probability[cols])
        means = numpy.divide(totals, lengths, out=numpy.zeros_like(totals), where=lengths > 0)
        best = first_best(means, remaining, highest=True)
        chosen.append(best)
        remaining[best] = False
        own = triples.of_row(best)
        probability[cols[own]] **= 2.0 ** counts[own]
    return chosen


def rate(document: Document) -> list[float]:
    return scores_of_picks(picks(document))
