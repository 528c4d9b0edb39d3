"""Arabic orthographic normalisation, for matching words only.

Writers and annotators spell the same word with or without harakat, with a
tatweel, with a hamza on its alef or a bare alef, with a final ى or ي, ة or ه
(EASC's own summaries drop most hamzas of the articles they copy). Matching
words therefore compares normalised forms; the text shown is never changed.
"""

from __future__ import annotations

import re

MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")  # harakat, Quranic marks, tatweel
LETTERS = str.maketrans({
    "\u0623": "\u0627",  # أ
    "\u0625": "\u0627",  # إ
    "\u0622": "\u0627",  # آ
    "\u0671": "\u0627",  # ٱ
    "\u0649": "\u064a",  # ى -> ي
    "\u0629": "\u0647",  # ة -> ه
})


def normalize_arabic(text: str) -> str:
    """`text` without harakat and tatweel, with أ إ آ ٱ as ا, ى as ي and ة as ه."""
    return MARKS.sub("", text).translate(LETTERS)
