"""LSA as sumy computes it, in closed form.

sumy's LsaSummarizer fills a terms-by-sentences matrix A with 0.4 + 0.6·tf/max
(0.4 also where a term is absent, when the sentence has any term), takes its
SVD A = UΣVᵀ, and rates sentence j by sqrt(Σₖ σₖ² Vⱼₖ²) over all its
dimensions (REDUCTION_RATIO is 1). That sum is (AᵀA)ⱼⱼ, so the rating is the
norm of A's column j: computed here directly, without the SVD of a
terms-by-sentences matrix and without sumy's Python loop over its every cell.
"""

from __future__ import annotations

import numpy

from briefcli.summarize.document import Document
from briefcli.summarize.matrices import term_triples

SMOOTH = 0.4


def rate(document: Document) -> list[float]:
    triples = term_triples(document)
    present = SMOOTH + (1.0 - SMOOTH) * triples.counts / triples.row_maxima(triples.counts)[triples.rows]
    distinct = triples.row_sums(numpy.ones_like(present))
    # sumy's vocabulary counts the title's terms too
    vocabulary = len({term for terms in document.terms for term in terms}.union(document.title))
    squares = triples.row_sums(present * present) + SMOOTH**2 * (vocabulary - distinct)
    squares[distinct == 0] = 0.0
    return numpy.sqrt(squares).tolist()
