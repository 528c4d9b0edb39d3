"""Removing format characters that did their job (spec step 7).

Marks and embeddings steered the reordering, ZWJ/ZWNJ the shaping, the soft
hyphen and U+FEFF nothing a terminal should see; after reordering they would
only be drawn as boxes or counted differently by terminals. A ZWJ between
two emoji still has work to do (it makes one family of 👨‍👩‍👧) and stays.
The bidi controls and invisible characters are the ones the loader removes
(normalize.py); pages built by commands may still hold them.
"""

from __future__ import annotations

import re
from typing import Sequence

from briefcli.normalize import BIDI_CONTROLS, INVISIBLE

ZWNJ = "\u200c"
ZWJ = "\u200d"
EMOJI = "\u2600-\u27bf\ufe0f\U0001f000-\U0001faff"
FORMATS = re.compile(f"[{BIDI_CONTROLS}{INVISIBLE}{ZWNJ}{ZWJ}]")
SPENT = re.compile(f"[{BIDI_CONTROLS}{INVISIBLE}{ZWNJ}]|(?<![{EMOJI}]){ZWJ}|{ZWJ}(?![{EMOJI}])")


def remove_spent(text: str, sources: Sequence[int]) -> tuple[str, Sequence[int]]:
    """`text` without its spent format characters, and the matching sources."""
    if not FORMATS.search(text):
        return text, sources
    spent = {match.start() for match in SPENT.finditer(text)}
    kept = [index for index in range(len(text)) if index not in spent]
    return "".join(text[index] for index in kept), [sources[index] for index in kept]
