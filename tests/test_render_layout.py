"""The visual pipeline stage by stage, and properties of whole layouts: every
line fits, right-to-left lines fill the width exactly, and every shown
character points back at its logical source."""

from __future__ import annotations

import re
from unicodedata import normalize

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

pytest.importorskip("icu", reason="the visual pipeline needs ICU (pyicu-wheels)")

from briefcli.render.align import PADDING  # noqa: E402
from briefcli.render.cells import Cells, cell_width  # noqa: E402
from briefcli.render.clean import clean  # noqa: E402
from briefcli.render.engine import load_engine  # noqa: E402
from briefcli.render.layout import LineLayout, LayoutOptions  # noqa: E402
from briefcli.render.shaping import shape  # noqa: E402
from briefcli.render.spent import SPENT  # noqa: E402
from briefcli.render.wrap import PlainSegmenter, wrap  # noqa: E402

ENGINE = load_engine()


def visual(text: str, width: int = 80, **options) -> list[str]:
    layout = LineLayout(LayoutOptions(width, **options), ENGINE, ENGINE)
    return [line.text for line in layout.block(text, "rtl")]


def codes(text: str) -> str:
    return " ".join(f"{ord(char):04X}" for char in text)


# shaping

def test_shaping_makes_lam_alef_and_maps_it_to_the_lam():
    shaped = shape("بلا شك لأن", ENGINE)
    assert codes(shaped.text) == "FE91 FEFC 0020 FEB7 FEDA 0020 FEF7 FEE5"
    assert shaped.sources == [0, 1, 3, 4, 5, 6, 7, 9]


def test_harakat_stay_combining_marks_even_inside_lam_alef():
    shaped = shape("لَّا مُحَمَّدٌ", ENGINE)
    assert codes(shaped.text) == "FEFB 064E 0651 0020 FEE3 064F FEA4 064E FEE4 064E 0651 FEAA 064C"
    assert shaped.sources == [0, 1, 2, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]
    assert cell_width(shaped.text) == 6


def test_no_allah_ligature_and_no_change_without_arabic():
    assert "\ufdf2" not in shape("الله أكبر", ENGINE).text
    assert shape("Hello (world)", ENGINE).text == "Hello (world)"


def test_icu_slip_on_rare_marks_is_undone():
    """ICU 77 shapes U+065C-065F as lam-alef forms; they must stay marks."""
    assert shape("ب\u065f", ENGINE).text[1] == "\u065f"


# cells and wrapping

def test_cells_count_marks_as_nothing_and_wide_characters_as_two():
    assert cell_width("مراقَب") == 5 and cell_width("中文") == 4 and cell_width("😀") == 2
    cells = Cells("aَ中b😀")
    assert [cells.width(0, end) for end in range(6)] == [0, 1, 1, 3, 4, 6]


@pytest.mark.parametrize("segmenter", [ENGINE, PlainSegmenter()], ids=["icu", "plain"])
def test_wrap_at_spaces_and_cut_long_words_between_graphemes(segmenter):
    text = "Hello world this is   a test abcdefghijklmnopqrstuvwxyz end"
    assert [text[a:b] for a, b in wrap(text, 10, segmenter)] == [
        "Hello", "world this", "is   a", "test", "abcdefghij", "klmnopqrst", "uvwxyz end"]
    marked = "اَلْعَرَبِيَّةُاَلْعَرَبِيَّةُ"
    pieces = [marked[a:b] for a, b in wrap(marked, 6, segmenter)]
    assert "".join(pieces) == marked and all(cell_width(piece) <= 6 for piece in pieces)
    assert not any(piece[0] in "\u064e\u064f\u0650\u0651\u0652" for piece in pieces)


# reordering

def test_mirroring_and_marks_after_their_base():
    assert visual("قال «نعم» (أمس)", shape=False)[0].strip() == "(سمأ) «معن» لاق"
    assert visual("مراقَب", shape=False)[0].strip() == "بقَارم"


def test_numbers_at_the_start_of_a_wrapped_line_use_the_paragraph_levels():
    """After an Arabic letter a date's parts are Arabic numbers (W2) and run
    right to left, also when the date starts the next line; alone, the same
    line would read left to right."""
    assert visual("كلمةطويلة 2024-06-13", width=10, shape=False) == [" ةليوطةملك", "13-06-2024"]
    assert visual("2024-06-13", width=10, shape=False) == ["2024-06-13"]


def test_emoji_flags_and_families_survive_right_to_left_runs():
    family = "\U0001f468\u200d\U0001f469\u200d\U0001f467"
    flag = "\U0001f1f2\U0001f1e6"
    [line] = visual(f"عائلة {family} علم {flag}", shape=False)
    assert family in line and flag in line and "👍🏽" in visual("جيد 👍🏽")[0]


def test_spent_format_characters_are_removed():
    [line] = visual("\u200fمرحبا\u200d\u00ad\ufeff عالم\u2067x\u2069")
    assert not SPENT.search(line)


def test_clean_maps_back_to_the_given_text():
    assert clean("a\tb\x1bc") == ("a bc", [0, 1, 2, 4])
    assert clean("e\u0301x\x07") == ("éx", [0, 2])


# whole layouts

PIECES = ["قال", "مراقَب", "لا", "لأن", "الله", "FBI", "2024", "-", "13", "١٢٣", "%", "(", ")", "«", "»",
          "“", "”", " ", " ", "  ", ".", "،", "😀", "中", "\u200f", "\u200d", "\u2067", "\u2069", "ءابى",
          "abcdefghijklmnopqrstuvwxyz", "\u064e", "\u0651"]
TEXT = st.lists(st.sampled_from(PIECES), min_size=1, max_size=40).map(lambda pieces: normalize("NFC", "".join(pieces)))


@settings(max_examples=300, deadline=None)
@given(TEXT, st.integers(min_value=10, max_value=40), st.sampled_from(["rtl", "ltr", None]),
       st.booleans())
def test_every_line_fits_and_points_back_at_its_text(text, width, direction, shaped):
    layout = LineLayout(LayoutOptions(width, shape=shaped, direction=direction), ENGINE, ENGINE)
    shown: list[int] = []
    for line in layout.block(text, "rtl"):
        assert cell_width(line.text) <= width
        if line.direction == "rtl":
            assert cell_width(line.text) == width
        sources = [source for source in line.sources if source != PADDING]
        assert len(line.sources) == len(line.text)
        assert all(line.span[0] <= source < line.span[1] for source in sources)
        shown.extend(sources)
    assert len(shown) == len(set(shown))
    missing = {text[index] for index in set(range(len(text))) - set(shown)}
    assert missing <= set(" \u200f\u200d\u2067\u2069\u0627\u0623")  # spaces at breaks, spent formats, alefs


# kitty

def kitty_shows(written: str, kitty) -> str:
    """What kitty 0.26 draws for a line: each run (between spaces) whose first
    character of a script is of a right-to-left one reversed and its
    mirrored characters mirrored, as its shaper (HarfBuzz) does."""
    def shown(run):
        word = run.group()
        if kitty.first_script_is_rtl(word):
            return word[::-1].translate(kitty.unmirrored)
        return word
    return re.sub("[^ ]+", shown, written)


def test_kitty_gets_each_run_its_shaper_reverses_reversed():
    from briefcli.render.kitty import KittyLines

    kitty = KittyLines(ENGINE.rtl_script, ENGINE.mirrors)
    visual = "  .ﻥﻷ ،(FBI) 14ﻭ 13 ١٢٣ CNNـﻟﺍ (ﺏﺮﻏ"
    written, shown = kitty.line(visual)
    # Arabic runs (Arabic-Indic digits too) come reversed, a bracket as it is stored (kitty's shaper
    # mirrors it); "،(FBI)" starts with a Latin letter and "13" with no script: as they are.
    # "CNNـﻟﺍ" ends with a Latin letter: nothing can be written for kitty to show it right in one
    # run, so it stays.
    assert written == "  ﻷﻥ. ،(FBI) ﻭ41 13 ٣٢١ CNNـﻟﺍ ﻏﺮﺏ)"
    assert shown is None  # styles follow what each cell shows: the cells did not move
    assert kitty_shows(written, kitty) == visual


def test_kitty_shows_the_visual_lines():
    kitty_layout = LineLayout(LayoutOptions(40, kitty=True), ENGINE, ENGINE)
    visual_layout = LineLayout(LayoutOptions(40), ENGINE, ENGINE)
    text = "قال (غرب ابقيق) و«نعم» يومي 13 و14 يونيو (FBI)، ١٢٣ [أمس] 50% لأن."
    for written, visual in zip(kitty_layout.block(text, "rtl"), visual_layout.block(text, "rtl"), strict=True):
        assert kitty_shows(written.text, kitty_layout.kitty) == visual.text


def test_kitty_runs_lose_their_marks():
    from briefcli.render.kitty import KittyLines

    visual = "ﺔﻤّﻈﻨﻤﻟﺍ"
    written, shown = KittyLines(ENGINE.rtl_script, ENGINE.mirrors).line(visual)
    assert written == "ﺍﻟﻤﻨﻈﻤﺔ" and shown == [0, 1, 3, 4, 5, 6, 7]
