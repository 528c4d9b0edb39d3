"""Reduction (sumy's ReductionSummarizer, after Adam Fabish), vectorized: a
sentence's score is the sum of its TextRank-style links to every other
sentence. sumy compares every word of every pair of sentences in Python."""

from __future__ import annotations

import numpy

from briefcli.summarize.document import Document
from briefcli.summarize.textrank import overlap_weights


def rate(document: Document) -> list[float]:
    if not len(document):
        return []
    weights = overlap_weights(document)
    lengths = numpy.array([len(terms) for terms in document.terms])
    both_single = (lengths[weights.rows] == 1) & (lengths[weights.cols] == 1)
    keep = (weights.rows != weights.cols) & ~both_single  # sumy's Reduction gives 0 where log|s1| + log|s2| is 0
    return weights.where(keep, weights.values).row_sums().tolist()
