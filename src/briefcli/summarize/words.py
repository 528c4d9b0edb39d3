"""Word tokens for matching: lower-cased runs of letters, Arabic normalised.

Digits, punctuation and one-letter tokens (the l' and d' of French elision,
the s of an English possessive) are left out, as sumy's tokenizer leaves out
everything that does not start with a letter.
"""

from __future__ import annotations

import re

from briefcli.summarize.arabic import normalize_arabic

WORD = re.compile(r"[^\W\d_]{2,}")


def normalize_word_text(text: str, language: str) -> str:
    text = text.lower()
    return normalize_arabic(text) if language == "ar" else text


def word_tokens(text: str, language: str) -> list[str]:
    """The words of `text`, normalised for matching, in order."""
    return WORD.findall(normalize_word_text(text, language))
