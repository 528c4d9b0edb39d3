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


METHODS = {
    method.name: method
    for method in (
        Method("lexrank-lead", "lexrank_lead", "LexRank biased toward the lead (the default)"),
        Method("lead", "lead", "the first sentences"),
        Method("lexrank", "lexrank", "LexRank centrality (vectorized, same choices as sumy's)"),
        Method("textrank", "textrank", "TextRank centrality (vectorized, same choices as sumy's)"),
        Method("lsa", "lsa", "sumy's LSA rating, in closed form"),
        Method("luhn", "luhn", "Luhn's significant-word clusters (sumy)"),
        Method("edmundson", "edmundson", "Edmundson's title and location methods (sumy)"),
        Method("kl", "kl", "KL-Sum, greedy (same choices as sumy's, in O(n·terms))"),
        Method("sumbasic", "sumbasic", "SumBasic, greedy (same choices as sumy's, vectorized)"),
        Method("reduction", "reduction", "Reduction: sum of TextRank links (vectorized)"),
    )
}
DEFAULT_METHOD = "lexrank-lead"


def check_method(name: str) -> str:
    if name not in METHODS:
        raise UsageError(f"--method takes one of {', '.join(METHODS)}, not {name!r}")
    return name


def rater(name: str) -> Callable[[Document], list[float]]:
    module = importlib.import_module(f"briefcli.summarize.{METHODS[check_method(name)].module}")
    return module.rate
