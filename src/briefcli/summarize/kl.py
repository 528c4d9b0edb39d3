"""KL-Sum (Haghighi & Vanderwende 2009) as sumy's KLSummarizer computes it,
without sumy's cubic loop.

Sentences are added one at a time, each time the one whose union with the
summary so far gives the smallest Σ p(w)·log(p(w)/q(w)) over the words w of
that union, p being the document's word distribution and q the union's.
sumy recounts the summary and the candidate for every candidate at every
step. Here each (sentence, term) pair keeps its share of that sum, and a
pick updates only the pairs of the terms it adds to the summary.
"""

from __future__ import annotations

from typing import Any

import numpy

from briefcli.summarize.document import Document
from briefcli.summarize.greedy import first_best, scores_of_picks
from briefcli.summarize.matrices import TermTriples, term_triples

CANCELLATION = 1e-12  # a divergence is a sum of terms of both signs: below this, it is zero


def shares(triples: TermTriples, p: Any, summary: Any, which: Any) -> tuple[Any, Any]:
    """For the triples `which`: each one's term in Σ p·log(p/q) (before the
    log of the union's length) and its probability mass when the term is
    new to the summary."""
    terms, counts = triples.cols[which], triples.counts[which]
    old = summary[terms]
    known = old > 0
    share = numpy.where(
        known,
        p[terms] * (numpy.log(numpy.where(known, old, 1.0)) - numpy.log(old + counts)),
        p[terms] * (numpy.log(p[terms]) - numpy.log(counts)),
    )
    return share, numpy.where(known, 0.0, p[terms])


def picks(document: Document) -> list[int]:
    triples = term_triples(document)
    counts = triples.term_totals()
    p = counts / max(counts.sum(), 1.0)
    lengths = triples.row_sums(triples.counts)
    summary = numpy.zeros(triples.vocabulary)
    summary_length = 0.0
    share, new_mass = shares(triples, p, summary, slice(None))
    remaining = numpy.ones(triples.sentences, dtype=bool)
    chosen = []
    for _ in range(triples.sentences):
        in_summary = numpy.flatnonzero(summary)
        base = numpy.sum(p[in_summary] * (numpy.log(p[in_summary]) - numpy.log(summary[in_summary])))
        mass = p[in_summary].sum() + triples.row_sums(new_mass)
        total = numpy.maximum(summary_length + lengths, 1.0)
        divergence = base + triples.row_sums(share) + numpy.where(mass > 0, mass * numpy.log(total), 0.0)
        best = first_best(divergence, remaining, highest=False, noise=CANCELLATION)
        chosen.append(best)
        remaining[best] = False
        own = triples.of_row(best)
        summary[triples.cols[own]] += triples.counts[own]
        summary_length += lengths[best]
        changed = triples.of_terms(triples.cols[own])
        share[changed], new_mass[changed] = shares(triples, p, summary, changed)
    return chosen


def rate(document: Document) -> list[float]:
    return scores_of_picks(picks(document))
