"""Words with their offsets, and the folded forms cue lexicons are matched on.

Folding makes spelling variants meet: case, Latin accents, Arabic short
vowels and tatweel, the hamza carriers (أ إ آ ؤ ئ lose their hamza), ى to ي
and ة to ه. The dotless skeleton (rasm) goes further and forgets the dots of
Arabic letters: a misplaced dot (مشبرا for مشيرا) is the commonest Arabic
typo, and the skeleton sees through it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

WORD = re.compile(r"[\w\u0610-\u061a\u064b-\u065f\u0670\u0640]+")
ARABIC_FINALS = str.maketrans({"\u0649": "\u064a", "\u0629": "\u0647"})
SKELETON = str.maketrans({
    **dict.fromkeys("\u0628\u062a\u062b\u0646\u064a", "\u066e"),  # ب ت ث ن ي: one tooth
    **dict.fromkeys("\u062c\u062e", "\u062d"),  # ج خ -> ح
    "\u0630": "\u062f", "\u0632": "\u0631", "\u0634": "\u0633", "\u0636": "\u0635",
    "\u0638": "\u0637", "\u063a": "\u0639", "\u0642": "\u0641",
})


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    start: int
    end: int
    folded: str


@lru_cache(maxsize=16384)  # a few MB, full after a hundred articles: memory stays flat over thousands
def fold(word: str) -> str:
    """The form lexicons are matched on: lower case, no accents or Arabic
    vowels, no tatweel, hamza carriers to their bare letter, ى→ي, ة→ه."""
    decomposed = unicodedata.normalize("NFD", word.lower())
    bare = "".join(c for c in decomposed if unicodedata.category(c) != "Mn" and c != "\u0640")
    return bare.translate(ARABIC_FINALS)


def skeleton(folded: str) -> str:
    """The dotless skeleton of a folded Arabic word."""
    return folded.translate(SKELETON)


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """The words of `text[start:end]` with offsets into `text`."""
    return [Token(m.group(), m.start(), m.end(), fold(m.group()))
            for m in WORD.finditer(text, start, len(text) if end is None else end)]


def fold_phrase(phrase: str) -> tuple[str, ...]:
    return tuple(fold(word) for word in WORD.findall(phrase))


def deletions(word: str) -> set[str]:
    """Every form of `word` with one letter left out."""
    return {word[:i] + word[i + 1:] for i in range(len(word))}

