"""LexRank (Erkan & Radev 2004), vectorized: the same scores as sumy's
LexRankSummarizer on the same terms, without its pure-Python loop over every
pair of sentences (which also recomputes both norms for every pair).

Sentences are tf·idf vectors (tf = count / the sentence's highest count, idf =
log(n / (1 + df))); two sentences are linked when their cosine exceeds 0.1;
the scores are the power method's stationary vector of the row-normalised
link matrix, stopped as sumy stops it (change below 0.1).
"""

from __future__ import annotations

from typing import Any

import numpy

from briefcli.summarize.document import Document
from briefcli.summarize.matrices import SentenceMatrix, sentence_products, term_triples, until_stable

THRESHOLD = 0.1
EPSILON = 0.1


def cosines(document: Document) -> SentenceMatrix:
    """The idf-modified cosine of every pair of sentences that share a term."""
    triples = term_triples(document)
    n = triples.sentences
    idf = numpy.log(n / (1.0 + triples.document_frequency()))
    weights = triples.counts / triples.row_maxima(triples.counts)[triples.rows] * idf[triples.cols]
    products = sentence_products(triples, weights)
    norms = numpy.sqrt(products.diagonal())
    scale = norms[products.rows] * norms[products.cols]
    return products.with_values(
        numpy.divide(products.values, scale, out=numpy.zeros_like(scale), where=scale > 0)
    )


def link_matrix(similarities: SentenceMatrix, threshold: float = THRESHOLD) -> SentenceMatrix:
    links = similarities.where(similarities.values > threshold, numpy.ones_like(similarities.values))
    degrees = links.row_sums()
    degrees[degrees == 0] = 1
    return links.with_values(1.0 / degrees[links.rows])


def power_method(matrix: SentenceMatrix, epsilon: float = EPSILON) -> Any:
    """sumy's iteration: multiply by the transposed matrix and normalise."""

    def step(vector: Any) -> Any:
        following = matrix.transposed_times(vector)
        norm = numpy.linalg.norm(following)
        return following / norm if norm else None

    return until_stable(step, matrix.size, epsilon)


def rate(document: Document) -> list[float]:
    if not len(document):
        return []
    return power_method(link_matrix(cosines(document))).tolist()
