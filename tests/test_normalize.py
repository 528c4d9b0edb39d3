"""Character-level cleaning and Markdown inline marks, on inputs that once went wrong."""

from __future__ import annotations

from briefcli.load.markdown import strip_inline
from briefcli.normalize import clean_text


def test_controls_become_spaces_newlines_or_nothing():
    assert clean_text("a\tb\x1b[31mc\u202ed\x0be\x0cf\x85g\r\nh\x7f\x9fi\ufeffj\u00adk\x00") == (
        "a b[31mcd\ne\nf\ng\nhijk"
    )


def test_nfc_line_by_line_keeps_the_lines():
    decomposed = "e\u0301te\u0301\n\u0627\u0654\u0645\u0631\n\nok"
    assert clean_text(decomposed) == "\u00e9t\u00e9\n\u0623\u0645\u0631\n\nok"


def test_markdown_inline_marks():
    text = (
        "**a *b* c** and *d* and __e__ and _f_ and ~~g~~ and `h` and [i](http://x) "
        "![j](k.png) [l][1] <https://m.org> <b>n</b> \\*o\\* snake_case_word"
    )
    assert strip_inline(text) == (
        "a b c and d and e and f and g and h and i j l https://m.org n *o* snake_case_word"
    )


def test_unmatched_inline_marks_are_left_alone():
    text = "a [ b _c ~~d ![ e **f (g " * 200
    assert strip_inline(text) == text
