"""Strings from outside are printed inert: one line, no control reaches the terminal."""

from conftest import brief

from briefcli.safe import printable


def test_controls_and_bidi_controls_are_shown_escaped():
    assert printable("a\x1b]0;PWNED\x07b") == "a\\x1b]0;PWNED\\x07b"
    assert printable("x\u202ey\u2066") == "x\\u202ey\\u2066"
    assert printable("one\ntwo\rthree\x9b") == "one\\x0atwo\\x0dthree\\x9b"


def test_ordinary_text_is_unchanged():
    text = "هذه دلالات زيارة « Café » 13 و14 (FBI)، 😀"
    assert printable(text) == text


def test_an_error_naming_a_hostile_file_stays_one_inert_line(tmp_path):
    name = "x\x1b[2J\nbrief: forged\u202e.txt"
    result = brief("read", str(tmp_path / name))
    assert result.status == 1
    assert result.stderr.count("\n") == 1
    assert "\x1b" not in result.stderr and "\u202e" not in result.stderr
    assert result.stderr.startswith("brief: ") and "\\x1b[2J\\x0abrief: forged\\u202e.txt" in result.stderr
