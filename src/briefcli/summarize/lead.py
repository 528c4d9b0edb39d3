"""LEAD: the article's first sentences, the baseline every method must beat."""

from __future__ import annotations

from briefcli.summarize.document import Document


def rate(document: Document) -> list[float]:
    n = len(document)
    return [(n - index) / n for index in range(n)]
