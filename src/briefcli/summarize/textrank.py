"""TextRank (Mihalcea & Tarau 2004), vectorized: the same scores as sumy's
TextRankSummarizer on the same terms, without its loop over every pair of
sentences (where half the time goes to `numpy.isclose`).

Two sentences are linked by the number of terms they share, counted with
repetition, over log|s1| + log|s2|; the scores are PageRank's (damping 0.85,
the random jump spread over all n sentences) on the row-normalised weights,
by the power method stopped at a change below 1e-4.
"""

from __future__ import annotations

from typing import Any

import numpy

from briefcli.summarize.document import Document
from briefcli.summarize.matrices import SentenceMatrix, sentence_products, term_triples, until_stable

DAMPING = 0.85
EPSILON = 1e-4
ZERO_DIVISION_PREVENTION = 1e-7


def overlap_weights(document: Document) -> SentenceMatrix:
    """Shared terms over the sum of the log lengths, for every pair that
    shares a term; when both sentences have one term, the shared count."""
    triples = term_triples(document)
    shared = sentence_products(triples, triples.counts)
    logs = numpy.log(numpy.maximum(triples.row_sums(triples.counts), 1.0))
    norms = logs[shared.rows] + logs[shared.cols]
    both_single = norms == 0
    return shared.with_values(
        numpy.where(both_single, shared.values, shared.values / numpy.where(both_single, 1.0, norms))
    )


def power_method(weights: SentenceMatrix, damping: float = DAMPING, epsilon: float = EPSILON) -> Any:
    """sumy's iteration on (1 - d)/n + d·W/(row sums of W), without building
    that dense matrix."""
    n = weights.size
    normalised = weights.with_values(weights.values / (weights.row_sums() + ZERO_DIVISION_PREVENTION)[weights.rows])

    def step(vector: Any) -> Any:
        return (1.0 - damping) / n * vector.sum() + damping * normalised.transposed_times(vector)

    return until_stable(step, n, epsilon)


def rate(document: Document) -> list[float]:
    if not len(document):
        return []
    return power_method(overlap_weights(document)).tolist()
