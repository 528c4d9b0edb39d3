"""Sparse sentence matrices in numpy, shared by the vectorized algorithms.

A document's terms become triples (sentence, term, count), one per distinct
term of a sentence: the nonzero cells of a sparse sentences-by-terms matrix
X. Sentence-by-sentence matrices (X·Xᵀ and what is made of it) keep only
their nonzero cells, the pairs of sentences that share a term, so their cost
follows the overlap between sentences, not the square of their number.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, replace
from typing import Any, Callable

import numpy

from briefcli.errors import InputError
from briefcli.summarize.document import Document

MOST_PAIRS = 20_000_000  # pairs of (sentence, term) that share a term: about 1 GB of work arrays


def sums(indices: Any, weights: Any, size: int) -> Any:
    """weights summed by index, as floats even when there is nothing to sum."""
    return numpy.bincount(indices, weights=weights, minlength=size).astype(float, copy=False)


@dataclass(frozen=True)
class TermTriples:
    rows: Any  # sentence of each triple
    cols: Any  # term id of each triple
    counts: Any  # occurrences of the term in the sentence
    sentences: int
    vocabulary: int

    def row_sums(self, values: Any) -> Any:
        return sums(self.rows, values, self.sentences)

    def row_maxima(self, values: Any) -> Any:
        maxima = numpy.zeros(self.sentences)
        numpy.maximum.at(maxima, self.rows, values)
        return maxima

    def document_frequency(self) -> Any:
        return numpy.bincount(self.cols, minlength=self.vocabulary)

    def term_totals(self) -> Any:
        """Occurrences of each term in the document."""
        return sums(self.cols, self.counts, self.vocabulary)

    @functools.cached_property
    def row_starts(self) -> Any:
        return numpy.searchsorted(self.rows, numpy.arange(self.sentences + 1))

    def of_row(self, row: int) -> slice:
        """The triples of sentence `row` (triples are in sentence order)."""
        return slice(int(self.row_starts[row]), int(self.row_starts[row + 1]))

    @functools.cached_property
    def by_term(self) -> tuple[Any, Any]:
        order = numpy.argsort(self.cols, kind="stable")
        return order, numpy.searchsorted(self.cols[order], numpy.arange(self.vocabulary + 1))

    def of_terms(self, terms: Any) -> Any:
        """The triples of every term in `terms`."""
        order, starts = self.by_term
        return numpy.concatenate([order[starts[t]:starts[t + 1]] for t in terms] or [order[:0]])


def term_triples(document: Document) -> TermTriples:
    """One triple per distinct term of a sentence: sentences in order, each
    one's terms in the order they first appear in it."""
    terms = document.terms
    vocabulary = len(terms.vocabulary)
    ids = numpy.array(terms.ids, dtype=numpy.intp)
    rows = numpy.repeat(numpy.arange(len(terms), dtype=numpy.intp), numpy.diff(numpy.array(terms.ends, dtype=numpy.intp), prepend=0))
    cells, first, counts = numpy.unique(rows * vocabulary + ids, return_index=True, return_counts=True)
    order = numpy.argsort(first)
    return TermTriples(
        cells[order] // max(vocabulary, 1), cells[order] % max(vocabulary, 1), counts[order].astype(float),
        len(document), vocabulary,
    )


@dataclass(frozen=True)
class SentenceMatrix:
    """A sparse sentences-by-sentences matrix: its nonzero cells, each once."""

    rows: Any
    cols: Any
    values: Any
    size: int

    def where(self, keep: Any, values: Any) -> SentenceMatrix:
        return SentenceMatrix(self.rows[keep], self.cols[keep], values[keep], self.size)

    def with_values(self, values: Any) -> SentenceMatrix:
        return replace(self, values=values)

    def diagonal(self) -> Any:
        on = self.rows == self.cols
        return sums(self.rows[on], self.values[on], self.size)

    def row_sums(self) -> Any:
        return sums(self.rows, self.values, self.size)

    def transposed_times(self, vector: Any) -> Any:
        """Mᵀ·vector."""
        return sums(self.cols, self.values * vector[self.rows], self.size)


def sentence_products(triples: TermTriples, values: Any) -> SentenceMatrix:
    """X·Xᵀ for X holding `values` at the triples: each term adds
    values[a]·values[b] for every pair (a, b) of its triples."""
    n = triples.sentences
    order = numpy.argsort(triples.cols, kind="stable")
    cols, rows, weights = triples.cols[order], triples.rows[order], values[order]
    frequency = numpy.bincount(cols, minlength=triples.vocabulary)[cols]
    if int(frequency.sum()) > MOST_PAIRS:
        raise InputError(
            f"this article is too long for a graph of its sentences ({len(triples.rows)} sentence terms "
            f"shared {int(frequency.sum())} times); use --method lead"
        )
    first = numpy.repeat(numpy.arange(len(cols)), frequency)  # each triple once per triple of its term
    offsets = numpy.arange(len(first)) - numpy.repeat(numpy.cumsum(frequency) - frequency, frequency)
    second = numpy.repeat(numpy.searchsorted(cols, cols), frequency) + offsets  # ... paired with each of them
    cells, position = numpy.unique(rows[first] * n + rows[second], return_inverse=True)
    values = sums(position, weights[first] * weights[second], len(cells))
    return SentenceMatrix(cells // n, cells % n, values, n)


def until_stable(step: Callable[[Any], Any], size: int, epsilon: float) -> Any:
    """The power method's loop as sumy runs it: from the uniform vector, apply
    `step` until the vector moves by less than `epsilon` (Euclidean); a step
    that returns None stops it where it is."""
    vector = numpy.full(size, 1.0 / size)
    change = 1.0
    while change > epsilon:
        following = step(vector)
        if following is None:
            return vector
        change = numpy.linalg.norm(following - vector)
        vector = following
    return vector
