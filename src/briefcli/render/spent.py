"""Removing format characters that did their job (spec step 7).

Marks and embeddings steered the reordering, ZWJ/ZWNJ the shaping, the soft
hyphen and U+FEFF nothing a terminal should see; after reordering they would
only be drawn as boxes or counted differently by terminals. A ZWJ between
two emoji still has work to do (it makes one family of 👨‍👩‍👧) and stays.
"""

from __future__ import annotations

import re

EMOJI = "\u2600-\u27bf\ufe0f\U0001f000-\U0001faff"
FORMATS = re.compile("[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069\u200c\u200d\u00ad\ufeff]")
SPENT = re.compile(
    "[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069\u200c\u00ad\ufeff]"
    f"|(?<![{EMOJI}])\u200d|\u200d(?![{EMOJI}])"
)


def remove_spent(text: str, sources: list[int]) -> tuple[str, list[int]]:
    """`text` without its spent format characters, and the matching sources."""
    if not FORMATS.search(text):
        return text, sources
    spent = {match.start() for match in SPENT.finditer(text)}
    kept = [index for index in range(len(text)) if index not in spent]
    return "".join(text[index] for index in kept), [sources[index] for index in kept]
