"""Reordering conformance: Unicode's BidiCharacterTest.txt (15.0, as Debian's
unicode-data ships it; gzipped in tests/data) run through brief's engine interface. Every case without
explicit embeddings or overrides (LRE RLE LRO RLO PDF) must pass; the others
are counted. Run it as a script for the figures:

    python tests/test_render_conformance.py
"""

from __future__ import annotations

import gzip
import sys
from collections import Counter
from pathlib import Path

import pytest

BIDI_CHARACTER_TEST = Path(__file__).parent / "data" / "BidiCharacterTest.txt.gz"
EXPLICIT = set("\u202a\u202b\u202c\u202d\u202e")
DIRECTIONS = {"0": "ltr", "1": "rtl", "2": None}


def cases(path: Path = BIDI_CHARACTER_TEST):
    for number, line in enumerate(gzip.decompress(path.read_bytes()).decode("utf-8").splitlines(), 1):
        if line and not line.startswith("#"):
            fields = line.split(";")
            text = "".join(chr(int(code, 16)) for code in fields[0].split())
            yield number, text, fields


def passes(engine, text: str, fields: list[str]) -> bool:
    """Paragraph level, the level of every character not removed by X9, and
    the visual order of those characters (L1 and L2)."""
    paragraph = engine.paragraph(text, DIRECTIONS[fields[1]])
    levels = fields[3].split()
    order, line_levels = paragraph.line(0, len(text))
    return (
        paragraph.base_level == int(fields[2])
        and all(level == "x" or int(level) == line_levels[index] for index, level in enumerate(levels))
        and [index for index in order if levels[index] != "x"] == [int(index) for index in fields[4].split()]
    )


def results(engine) -> tuple[Counter, list[int]]:
    """Cases and passes by kind ('plain' or 'explicit'); the failing plain lines."""
    counts: Counter = Counter()
    failing = []
    for number, text, fields in cases():
        kind = "explicit" if EXPLICIT & set(text) else "plain"
        counts[kind] += 1
        if passes(engine, text, fields):
            counts[kind + " passed"] += 1
        elif kind == "plain":
            failing.append(number)
    return counts, failing


def file_version() -> str:
    return gzip.decompress(BIDI_CHARACTER_TEST.read_bytes()).decode("utf-8").splitlines()[0].lstrip("# ")


def test_every_case_without_explicit_embeddings_passes():
    pytest.importorskip("icu", reason="the engine needs ICU (pyicu-wheels)")
    from briefcli.render.engine import load_engine

    counts, failing = results(load_engine())
    assert counts["plain"] > 90000
    assert failing == [], f"lines {failing[:20]} of {BIDI_CHARACTER_TEST}"
    assert counts["explicit passed"] >= 60  # of 81: ICU's known gaps with overrides (see the report)


def main() -> None:
    from briefcli.render.engine import load_engine

    engine = load_engine()
    counts, _ = results(engine)
    print(f"{file_version()} through {engine.name}")
    for kind in ("plain", "explicit"):
        passed, total = counts[kind + " passed"], counts[kind]
        print(f"{kind:9} {passed:6} / {total:6} passed ({100 * passed / total:.3f} %)")


if __name__ == "__main__":
    sys.exit(main())
