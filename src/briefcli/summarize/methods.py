"""The methods `brief summarize --method` offers: each is a module of this
package with `rate(document) -> scores`, imported only when it is asked for
(so sumy, NLTK and numpy load only for the methods that need them)."""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable

from briefcli.errors import UsageError

if TYPE_CHECKING:
    from briefcli.summarize.document import Document


@dataclass(frozen=True)
class Method:
    name: str
    module: str
    summary: str
    most_sentences: int | None = None  # greedy methods take time in the square of the sentences


GREEDY_LIMIT = 2500  # about 2 s for kl on 2 cores


METHODS = {
    method.name: method
    for method in (
        Method("lead-centrality", "lead_centrality", "the lead, close calls decided by centrality (the default)"),
        Method("lexrank-lead", "lexrank_lead", "LexRank biased toward the lead and the title"),
        Method("lead", "lead", "the first sentences"),
        Method("lexrank", "lexrank", "LexRank centrality (vectorized, same choices as sumy's)"),
        Method("textrank", "textrank", "TextRank centrality (vectorized, same choices as sumy's)"),
        Method("lsa", "lsa", "sumy's LSA rating, in closed form"),
        Method("luhn", "luhn", "Luhn's significant-word clusters (sumy)"),
        Method("edmundson", "edmundson", "Edmundson's title and location methods (sumy)"),
        Method("kl", "kl", "KL-Sum, greedy (same choices as sumy's, in O(n·terms))", GREEDY_LIMIT),
        Method("sumbasic", "sumbasic", "SumBasic, greedy (same choices as sumy's, vectorized)", GREEDY_LIMIT),
        Method("reduction", "reduction", "Reduction: sum of TextRank links (vectorized)"),
    )
}
DEFAULT_METHOD = "lead-centrality"


def check_method(name: str) -> str:
    if name not in METHODS:
        raise UsageError(f"--method takes one of {', '.join(METHODS)}, not {name!r}")
    return name


def check_size(name: str, sentences: int) -> None:
    limit = METHODS[name].most_sentences
    if limit is not None and sentences > limit:
        raise UsageError(
            f"--method {name} picks sentences one at a time and takes at most {limit} sentences; "
            f"this article has {sentences}: use --method {DEFAULT_METHOD} or textrank"
        )


def rater(name: str) -> Callable[[Document], list[float]]:
    module = importlib.import_module(f"briefcli.summarize.{METHODS[check_method(name)].module}")
    return module.rate
