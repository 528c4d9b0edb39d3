"""The cases of docs/rtl-examples.json (a copy in tests/data) and GNU
FriBidi's lines for the sample article (tests/data/fribidi_sample_lines.json,
made by tests/make_fribidi_expectations.py)."""

from __future__ import annotations

import json

import pytest

from conftest import DATA, SEED

pytest.importorskip("icu", reason="the visual pipeline needs ICU (pyicu-wheels)")

from briefcli.load import load_article  # noqa: E402
from briefcli.options import LoadOptions  # noqa: E402
from briefcli.output.article import article_page  # noqa: E402
from briefcli.render.align import PADDING  # noqa: E402
from briefcli.render.cells import cell_width  # noqa: E402
from briefcli.render.engine import load_engine  # noqa: E402
from briefcli.render.layout import LineLayout, LayoutOptions  # noqa: E402

EXAMPLES = json.loads((DATA / "rtl-examples.json").read_text(encoding="utf-8"))
FRIBIDI = json.loads((DATA / "fribidi_sample_lines.json").read_text(encoding="utf-8"))
ENGINE = load_engine()


def lines_of(case: dict, width: int, shape: bool = True) -> list[str]:
    direction = "rtl" if case["base"] == "R" else "ltr"
    layout = LineLayout(LayoutOptions(width, shape=shape, direction=direction), ENGINE, ENGINE)
    return [line.text for line in layout.block(case["logical"], direction)]


def from_codes(codes: str) -> str:
    return "".join(chr(int(code, 16)) for code in codes.split())


@pytest.mark.parametrize("case", EXAMPLES, ids=[case["name"][:3].strip() for case in EXAMPLES])
def test_rtl_examples(case):
    assert from_codes(case["logical_cps"]) == case["logical"]
    [shaped] = lines_of(case, 40)
    [unshaped] = lines_of(case, 40, shape=False)
    assert shaped.lstrip(" ") == from_codes(case["visual_shaped_cps"]) == case["visual_shaped"]
    assert unshaped.lstrip(" ") == from_codes(case["visual_unshaped_cps"]) == case["visual_unshaped"]
    expected = case["right_aligned_w20"]
    lines = lines_of(case, 20)
    if cell_width(expected) <= 20:
        assert lines == [expected]
    else:
        # R3 is 23 cells: its "right_aligned_w20" cannot be a line of width 20.
        # brief wraps it in logical order: the last word goes to the next line.
        last_word, _, rest = expected.partition(" ")
        assert lines == [rest.rjust(20), last_word.rjust(20)]
        assert lines_of(case, 23) == [expected]
    if case["base"] == "R":
        assert all(cell_width(line) == 20 for line in lines)


def sample_lines(width: int) -> list[tuple[str, str]]:
    """(logical text, visual text without its padding) of every line of the
    sample article at `width`."""
    layout = LineLayout(LayoutOptions(width), ENGINE, ENGINE)
    page = article_page(load_article(str(SEED), LoadOptions(), None))
    out = []
    for block in page.blocks:
        if block.terminal_only:
            continue
        for line in layout.block(block.text, block.direction):
            shown = "".join(char for char, source in zip(line.text, line.sources, strict=True) if source != PADDING)
            out.append((block.text[line.span[0]:line.span[1]], shown))
            assert cell_width(line.text) == width
    return out


def fribidi_equivalent(text: str) -> str:
    """FriBidi writes U+0621 where ICU may write U+FE80, and may leave U+FEFF
    fillers after lam-alef: both are accepted."""
    return text.replace("\ufe80", "\u0621").replace("\ufeff", "")


@pytest.mark.parametrize("width", [40, 80])
def test_sample_lines_equal_fribidi(width):
    expected = FRIBIDI["widths"][str(width)]
    ours = sample_lines(width)
    assert [logical for logical, _ in ours] == [row["logical"] for row in expected]
    for (logical, visual), row in zip(ours, expected, strict=True):
        assert fribidi_equivalent(visual) == fribidi_equivalent(row["fribidi"]), logical
