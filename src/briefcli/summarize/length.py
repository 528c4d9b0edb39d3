"""How long a summary is, and which sentences it takes.

Sentences are ranked by score (equal scores, to ten significant digits, in
article order, so that rounding noise never reorders them), then taken by
rank: N of them, a ratio of the article's, or until a word budget is met.
"""

from __future__ import annotations

from dataclasses import dataclass

from briefcli.errors import UsageError

DEFAULT_SENTENCES = 3


@dataclass(frozen=True)
class Length:
    """One of: a number of sentences (DEFAULT_SENTENCES when none is given),
    a share of the article's sentences, or a word budget."""

    sentences: int | None = None
    ratio: float | None = None
    words: int | None = None

    def __post_init__(self) -> None:
        given = [name for name, value in (("-n", self.sentences), ("--ratio", self.ratio), ("--words", self.words))
                 if value is not None]
        if len(given) > 1:
            raise UsageError(f"give one of -n, --ratio and --words, not {' and '.join(given)}")
        if self.sentences is not None and self.sentences < 1:
            raise UsageError(f"-n (--sentences) takes a number of sentences, at least 1, not {self.sentences}")
        if self.ratio is not None and not 0 < self.ratio <= 1:
            raise UsageError(f"--ratio takes a share of the sentences above 0 and at most 1, not {self.ratio}")
        if self.words is not None and self.words < 1:
            raise UsageError(f"--words takes a number of words, at least 1, not {self.words}")


def ranking(scores: list[float]) -> list[int]:
    """Sentence indices, best first; ties in article order."""
    rounded = [float(f"{score:.10g}") for score in scores]
    return sorted(range(len(scores)), key=lambda index: -rounded[index])


def choose(scores: list[float], lengths: tuple[int, ...], length: Length) -> list[int]:
    """The indices of the sentences a summary of `length` takes, in article order."""
    ranked = ranking(scores)
    if length.words is not None:
        taken, words = [], 0
        for index in ranked:
            if words >= length.words:
                break
            taken.append(index)
            words += lengths[index]
        return sorted(taken)
    if length.ratio is not None:
        count = max(1, round(len(scores) * length.ratio))
    else:
        count = length.sentences or DEFAULT_SENTENCES
    return sorted(ranked[:count])
