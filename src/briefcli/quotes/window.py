"""The words of one paragraph as speaker search reads them: tokens with
their offsets, the quotations' marks, and where clauses break."""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import TYPE_CHECKING

from briefcli.quotes.words import Token

if TYPE_CHECKING:
    from briefcli.quotes.language import Language

CLAUSE_MARKS = frozenset(",\u060c;\u061b:.!?\u061f()[]\u2014\u2013\"\u201c\u201d\u201e\u00ab\u00bb\u2039\u203a")
SEGMENT_MARKS = ",\u060c;\u061b:\u2014\u2013"


@dataclass
class Window:
    """The words of one paragraph with what speaker search needs to know."""

    text: str
    tokens: list[Token]
    language: Language
    quotes: list[tuple[int, int]]  # (open mark, close mark) offsets of the quotations, in order
    start: int  # where the paragraph starts
    end: int  # where it ends

    def __post_init__(self) -> None:
        self.opens = [o for o, _ in self.quotes]
        self.closes = [c for _, c in self.quotes]
        self.starts = [t.start for t in self.tokens]

    def token_at(self, offset: int) -> int:
        """Index of the first token that starts at or after `offset`."""
        return bisect.bisect_left(self.starts, offset)

    def opens_between(self, start: int, end: int) -> list[int]:
        return self.opens[bisect.bisect_left(self.opens, start):bisect.bisect_left(self.opens, end)]

    def closes_between(self, start: int, end: int) -> list[int]:
        return self.closes[bisect.bisect_left(self.closes, start):bisect.bisect_left(self.closes, end)]

    def gap(self, index: int) -> str:
        """The characters before token `index`, back to the previous token
        (for `index` past the last token: the paragraph's tail)."""
        previous = self.tokens[index - 1].end if index > 0 else self.start
        following = self.tokens[index].start if index < len(self.tokens) else self.end
        return self.text[previous:following]

    def breaks_before(self, index: int) -> bool:
        gap = self.gap(index)
        if 0 < index < len(self.tokens) and gap.strip() == "." and self.abbreviation(self.tokens[index - 1]):
            return False
        return any(c in CLAUSE_MARKS for c in gap)

    def sentence_end(self, index: int) -> bool:
        """A full stop, a question or an exclamation mark before token
        `index` (one the splitter kept, as in "13 octobre.L'agence")."""
        gap = self.gap(index)
        return any(c in ".!?\u061f" for c in gap) and not (gap.strip() == "." and self.abbreviation(self.tokens[index - 1]))

    def abbreviation(self, token: Token) -> bool:
        """Mr. Sen. J. U.S.: a dot that ends no clause."""
        return token.folded in self.language.honorifics or (token.text[:1].isupper() and len(token.text) <= 2)

    def past_parentheses(self, index: int) -> int:
        """Past "(BRGM)" after "Selon le Bureau de recherches géologiques et
        minières": the index of the token after the parentheses that open
        before token `index`, else `index`."""
        if index >= len(self.tokens) or "(" not in self.gap(index):
            return index
        while index < len(self.tokens) and ")" not in self.gap(index):
            index += 1
        return index

    def quoted(self, index: int) -> bool:
        if index >= len(self.tokens):
            return False
        position = self.tokens[index].start
        k = bisect.bisect_left(self.opens, position) - 1
        return k >= 0 and position < self.closes[k]

    def past_glued_title(self, index: int) -> int:
        """Past a subheading in marks glued to the sentence it heads
        ("Je lui demande de me pardonner"L'actrice âgée de 30 ans a accusé):
        the index of the token after the closing mark when a capital
        follows it with no space; else `index`."""
        if not self.quoted(index):
            return index
        close = self.closes[bisect.bisect_left(self.opens, self.tokens[index].start) - 1]
        after = self.token_at(close + 1)
        return after if after < len(self.tokens) and self.tokens[after].start == close + 1 \
            and self.tokens[after].text[:1].isupper() else index

    def segments(self, start: int, end: int) -> list[list[Token]]:
        """The words from `start` to `end` cut at commas, without the words in
        parentheses (Rep. Gwen Moore (D-Wis.))."""
        out: list[list[Token]] = [[]]
        depth = 0
        for index in range(start, end):
            gap = self.gap(index)
            depth = max(0, depth + gap.count("(") - gap.count(")"))
            if depth:
                continue
            if index > start and (any(c in SEGMENT_MARKS for c in gap) or self.sentence_end(index)):
                out.append([])
            out[-1].append(self.tokens[index])
        return [segment for segment in out if segment]
