"""What `brief summarize` and `brief read --summary` are asked for: the
method and the length, checked when they are made (so a bad option stops a
run before any article is read). Plain values; no heavy import."""

from __future__ import annotations

from dataclasses import dataclass, field

from briefcli.summarize.length import Length
from briefcli.summarize.methods import DEFAULT_METHOD, check_method


@dataclass(frozen=True)
class SummaryOptions:
    method: str = DEFAULT_METHOD
    sentences: int | None = None  # None: the default number
    ratio: float | None = None
    words: int | None = None
    length: Length = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        check_method(self.method)
        object.__setattr__(self, "length", Length(self.sentences, self.ratio, self.words))
