"""Pieces of the methods that pick sentences one at a time (KL, SumBasic)."""

from __future__ import annotations

from typing import Any

import numpy

TIE = 1e-9  # values this close (relatively) are one value whose digits differ by summation order


def first_best(values: Any, remaining: Any, highest: bool, noise: float = 0.0) -> int:
    """The first remaining sentence whose value is the best, as sumy picks
    it, counting values equal up to rounding (relative, or below `noise`
    where the values are differences that can cancel to zero) as equal."""
    candidates = numpy.where(remaining, values, -numpy.inf if highest else numpy.inf)
    best = candidates.max() if highest else candidates.min()
    close = numpy.abs(candidates - best) <= max(TIE * abs(best), noise)
    return int(numpy.flatnonzero(close & remaining)[0])


def scores_of_picks(picks: list[int]) -> list[float]:
    """The first pick scores 1, the last 1/n: a higher score still means
    picked earlier."""
    n = len(picks)
    scores = [0.0] * n
    for rank, index in enumerate(picks):
        scores[index] = (n - rank) / n
    return scores
