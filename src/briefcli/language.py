"""Language and direction, from the text alone and cheaply.

Arabic is told by its script; French from English by their commonest
function words. Direction follows UAX #9 P2/P3: the first strong character.
"""

from __future__ import annotations

import re
import unicodedata

from briefcli.model import Direction

# The languages' English names, as sumy, Snowball and NLTK name their data.
LANGUAGE_NAMES = {"ar": "arabic", "fr": "french", "en": "english"}
RTL_CLASSES = {"R", "AL"}
SAMPLE_CHARS = 20000
WORD = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)?")
FUNCTION_WORDS = {
    "fr": set(
        "le la les un une des du de et est sont dans pour sur avec par qui que ne pas "
        "au aux ce cette ces il elle ils elles nous vous se sa son ses leur leurs été "
        "mais ou où plus très selon après avant entre sous être avoir fait a ont".split()
    ),
    "en": set(
        "the a an and of to in is are was were for on with by that this these those "
        "it its he she they we you his her their from at as be been has have had "
        "but or not which who will would said after before".split()
    ),
}


def is_arabic_letter(char: str) -> bool:
    """A letter of the Arabic script, in any of its blocks (bidi class AL)."""
    return unicodedata.bidirectional(char) == "AL" and char.isalpha()


def detect_language(text: str) -> str:
    """'ar', 'fr' or 'en': the closest of the languages brief serves."""
    sample = text[:SAMPLE_CHARS]
    letters = [c for c in sample if c.isalpha()]
    if not letters:
        return "en"
    if sum(map(is_arabic_letter, letters)) > 0.3 * len(letters):
        return "ar"
    words = [w.lower() for w in WORD.findall(sample)]
    scores = {lang: sum(w in vocab for w in words) for lang, vocab in FUNCTION_WORDS.items()}
    accents = sum(1 for c in sample if c in "éèêàçùâîôûëïœ")
    scores["fr"] += accents // 4
    return max(("en", "fr"), key=lambda lang: scores[lang])


def first_strong(text: str) -> Direction | None:
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind == "L":
            return "ltr"
        if kind in RTL_CLASSES:
            return "rtl"
    return None


def majority_direction(text: str) -> Direction:
    rtl = ltr = 0
    for char in text[:SAMPLE_CHARS]:
        kind = unicodedata.bidirectional(char)
        rtl += kind in RTL_CLASSES
        ltr += kind == "L"
    return "rtl" if rtl > ltr else "ltr"


def paragraph_direction(text: str, fallback: Direction) -> Direction:
    return first_strong(text) or fallback
