"""The pages brief shows in a terminal: their words in the article's language,
lines it composes (headers, notes) that keep each part in its order, colours
that read on light and dark backgrounds, no italic Arabic, and a page that
is written as it is laid out."""

from __future__ import annotations

import fcntl
import itertools
import math
import os
import pty
import re
import signal
import struct
import subprocess
import sys
import termios
import time

import pytest

from briefcli.environment import Environment
from briefcli.output.labels import label, phrase, source_name
from briefcli.output.palette import BLACK, PALETTES, WHITE, contrast, linear, palette_for, xterm_rgb
from conftest import DATA, HAS_ICU, SEED, brief, needs_icu, plain

STYLED_RUN = re.compile(r"\x1b\[([0-9;]*)m([^\x1b]*)\x1b\[0m")
ARABIC_LETTER = re.compile("[\u0600-\u06ff\ufb50-\ufdff\ufe70-\ufefc]")
FSI, PDI = "\u2068", "\u2069"


def lab(rgb: tuple[int, int, int]) -> tuple[float, float, float]:
    """CIELAB (D65) of an sRGB colour."""
    red, green, blue = map(linear, rgb)
    x = (0.4124 * red + 0.3576 * green + 0.1805 * blue) / 0.95047
    y = 0.2126 * red + 0.7152 * green + 0.0722 * blue
    z = (0.0193 * red + 0.1192 * green + 0.9505 * blue) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116

    return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))


def codes(run_codes: str) -> list[str]:
    return run_codes.split(";") if run_codes else []


# colours

def test_contrast_is_computed_as_wcag_does():
    assert contrast(WHITE, BLACK) == pytest.approx(21)
    assert contrast(xterm_rgb(6), WHITE) == pytest.approx(1.98, abs=0.01)  # xterm's cyan, unreadable on white
    assert contrast(xterm_rgb(5), WHITE) == pytest.approx(4.69, abs=0.01)
    assert xterm_rgb(16) == (0, 0, 0) and xterm_rgb(231) == (255, 255, 255) and xterm_rgb(244) == (128, 128, 128)


@pytest.mark.parametrize("key", sorted(PALETTES))
def test_every_colour_reads_on_the_backgrounds_it_is_meant_for(key):
    palette = PALETTES[key]
    background, colors = key
    needed = 4.5 if background != "any" and colors == 256 else 3
    against = {"any": (WHITE, BLACK), "light": (WHITE,), "dark": (BLACK,)}[background]
    for index in palette.foregrounds():
        assert palette.colors == 256 or index < 16
        for ground in against:
            assert contrast(xterm_rgb(index), ground) >= needed, (key, index, ground)


@pytest.mark.parametrize("key", sorted(PALETTES))
def test_eight_speakers_are_told_apart(key):
    """Eight speakers: different colours far apart (CIELAB distance), or,
    once the colours run out, the same colours underlined."""
    palette = PALETTES[key]
    looks = [palette.speaker(number) for number in range(1, 9)]
    assert len(set(looks)) == 8
    distinct = {color for color, _ in looks}
    closest = min(math.dist(lab(xterm_rgb(a)), lab(xterm_rgb(b))) for a, b in itertools.combinations(distinct, 2))
    assert closest >= (25 if palette.colors == 256 else 15), key
    assert palette.quote not in distinct


def test_the_background_chooses_the_palette():
    assert Environment(environ={"COLORFGBG": "0;15"}).background == "light"
    assert Environment(environ={"COLORFGBG": "15;default;0"}).background == "dark"
    assert Environment(environ={"TERM": "linux"}).background == "dark"
    assert Environment(environ={"COLORFGBG": "default"}).background is None
    assert Environment(stdout_isatty=True, environ={"TERM": "xterm-kitty"}).background is None  # no real terminal
    assert palette_for("light", 256).name == "light" and palette_for(None, 8).colors == 16


def written_colours(result: str) -> set[int]:
    """The colour indices of every foreground escape code in `result`."""
    found = set()
    for run_codes, _ in STYLED_RUN.findall(result):
        parts = iter(codes(run_codes))
        for part in parts:
            if part == "38" and next(parts) == "5":
                found.add(int(next(parts)))
            elif 30 <= int(part) <= 37 or 90 <= int(part) <= 97:
                found.add(int(part) - 30 if int(part) < 90 else int(part) - 82)
    return found


@needs_icu
@pytest.mark.parametrize("environ, background", [
    ({"TERM": "xterm-256color"}, None),
    ({"TERM": "xterm"}, None),
    ({"TERM": "xterm-256color", "COLORFGBG": "0;15"}, "light"),
    ({"TERM": "xterm-256color", "COLORFGBG": "15;0"}, "dark"),
])
@pytest.mark.parametrize("command", ["read", "quotes", "summarize"])
def test_only_the_palettes_colours_are_written(environ, background, command):
    env = Environment(environ=environ)
    palette = palette_for(background, env.colors())
    result = brief(command, str(SEED), "--color", "always", tty=True, environ=environ).stdout
    shown = written_colours(result)
    assert shown and shown <= set(palette.foregrounds()), (shown, palette)


def answering_terminal(environ: dict, answer: bytes | None) -> tuple[bytes, bytes, int]:
    """Run `brief read` on a pseudo-terminal that answers each OSC 11 query
    with `answer` followed by a DA1 answer (None: hangs up when asked); what
    brief wrote (the query among it), its standard error and its status."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 80, 0, 0))
    process = subprocess.Popen(
        [sys.executable, "-m", "briefcli", "read", str(SEED), "--no-pager"],
        stdin=slave, stdout=slave, stderr=subprocess.PIPE, env={**os.environ, **environ},
        start_new_session=True, preexec_fn=lambda: fcntl.ioctl(0, termios.TIOCSCTTY, 0),
    )
    os.close(slave)
    written = b""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            chunk = os.read(master, 65536)
        except OSError:
            break
        if not chunk:
            break
        written += chunk
        if b"\x1b]11;?" in chunk:
            if answer is None:
                break
            os.write(master, answer + b"\x1b[?62;22c")
    os.close(master)
    status = process.wait(timeout=60)
    return written, process.stderr.read(), status


def xterm_environ() -> dict[str, str]:
    """This process's environment as xterm's, which answers OSC 11."""
    base = {key: value for key, value in os.environ.items()
            if key not in ("TMUX", "STY", "COLORFGBG", "VTE_VERSION", "KITTY_WINDOW_ID", "NO_COLOR")}
    return {**base, "TERM": "xterm-256color", "XTERM_VERSION": "XTerm(379)"}


@needs_icu
def test_a_terminal_that_says_its_background_is_white_gets_the_light_palette():
    light = palette_for("light", 256)
    environ = xterm_environ()
    os.environ.pop("COLORFGBG", None)
    written, errors, _ = answering_terminal(environ, b"\x1b]11;rgb:ffff/ffff/ffff\x1b\\")
    assert b"\x1b]11;?" in written and not errors
    assert f"38;5;{light.muted}m".encode() in written
    dark, _, _ = answering_terminal(environ, b"\x1b]11;rgb:0000/0000/0000\x07")
    assert f"38;5;{palette_for('dark', 256).muted}m".encode() in dark
    silent, _, _ = answering_terminal(environ, b"")  # a terminal that knows no OSC 11: DA1 alone, no wait
    assert f"38;5;{palette_for(None, 256).muted}m".encode() in silent


def test_a_terminal_hung_up_while_asked_its_background_stops_brief_as_sighup_does():
    """The settings cannot come back to a terminal that is gone; SIGHUP still
    ends brief with 129 and no error line (issue 11's signals)."""
    written, errors, status = answering_terminal(xterm_environ(), None)
    assert b"\x1b]11;?" in written
    assert status == 128 + signal.SIGHUP and not errors


# words and composed lines

def test_counts_agree_with_their_number():
    assert label("fr", "summary", count=1, total=10, numbers=[1]) == "1 phrase sur 10 : 1"
    assert label("fr", "summary", count=3, total=12, numbers=[1, 4, 7]) == "3 phrases sur 12 : 1, 4, 7"
    assert label("en", "summary", count=1, total=1, numbers=[1]) == "1 sentence of 1: 1"
    assert label("ar", "summary", count=1, total=10, numbers=[2]) == "جملة واحدة من أصل 10: 2"
    assert label("ar", "summary", count=3, total=12, numbers=[1, 4, 7]) == "3 جمل من أصل 12: 1، 4، 7"
    assert label("ar", "quotations", quotations=2) == "اقتباسان"
    assert label("ar", "quotations", quotations=15) == "15 اقتباسا"
    assert label("ar", "quotations", quotations=100) == "100 اقتباس"
    assert label("ar", "quotations", quotations=103) == "103 اقتباسات"  # the last part decides
    assert label("fr", "speakers", speakers=0) == "0 locuteur"
    assert label("en", "words", words=1) == "1 word"
    assert label("en", "words", words=3) == "3 words"
    assert label("fr", "words", words=1) == "1 mot" and label("fr", "words", words=2) == "2 mots"
    assert label("en", "summary", count=13, total=20, numbers=list(range(1, 14))).endswith("11, 12\u2026")


def test_text_values_are_marked_for_isolation():
    note = phrase("ar", "cue", cue="قال")
    assert note.text == "فعل القول: قال" and note.values == ((11, 14),)
    assert phrase("ar", "paragraph", paragraph=7).values == ()  # numbers flow with the words


def test_text_values_are_printable():
    """A value from outside (a name in the article, a file name) cannot drive the terminal."""
    note = phrase("en", "as", mention="Jane\x1b]0;title\x07 \u202eDoe")
    assert note.text == "as Jane\\x1b]0;title\\x07 \\u202eDoe"
    assert note.values == ((3, len(note.text)),)


def test_a_source_is_named_by_its_file_name_or_its_host_and_path():
    assert source_name("/home/someone/news/2024/article.txt", "en") == "article.txt"
    assert source_name("https://www.example.org/news/a.html?utm=1#top", "en") == "www.example.org/news/a.html"
    assert source_name("-", "fr") == "entrée standard"
    assert source_name("/tmp/evil\x1b[31m\u202e.txt", "en") == "evil\\x1b[31m\\u202e.txt"


@needs_icu
def test_the_summary_header_keeps_its_parts_in_order_on_an_arabic_page():
    """Which sentences of how many, the method, the file: the Latin file
    name no longer carries the numbers to its side."""
    result = brief("summarize", str(SEED), "-n", "2", "--width", "100", "--color", "never", tty=True,
                   environ={"TERM": "xterm-256color"})
    header = result.stdout.split("\n")[1]
    assert header == " " * (100 - len(header.strip())) + \
        "000_290846f659525b14.txt · lead-centrality ﺔﻘﻳﺮﻃ · 2 ،1 :12 ﻞﺻﺃ ﻦﻣ ﻥﺎﺘﻠﻤﺟ"
    logical = brief("summarize", str(SEED), "-n", "2", "--width", "100", "--bidi", "logical", "--color", "never",
                    tty=True, environ={"VTE_VERSION": "7006"}).stdout.split("\n")[1]
    assert logical == f"ﺟﻤﻠﺘﺎﻥ ﻣﻦ ﺃﺻﻞ 12: 1، 2 · ﻃﺮﻳﻘﺔ {FSI}lead-centrality{PDI} · {FSI}000_290846f659525b14.txt{PDI}"


def test_a_bare_terminal_gets_marks_only_and_each_counts_as_a_cell():
    """mlterm gives every bidi control a cell and draws isolates as boxes: it
    gets no isolate, only the marks a value needs ("000_...txt" after Arabic
    would split at its digits), each measured as a cell; a Latin speaker's
    name on an Arabic page is right-aligned with spaces (mlterm lays it out
    left to right)."""
    from briefcli.render.cells import cell_width

    for command in ("read", "summarize", "quotes"):
        result = brief(command, str(SEED), "--width", "100", "--color", "never", tty=True,
                       environ={"MLTERM": "3.9.0", "TERM": "mlterm"})
        assert result.status == 0 and not re.search("[\u202a-\u202e\u2066-\u2069]", result.stdout)
        rows = result.stdout.split("\n")
        assert all(cell_width(row) + len(re.findall("[\u200e\u200f]", row)) <= 100 for row in rows)
    header = brief("summarize", str(SEED), "--width", "100", "--color", "never", tty=True,
                   environ={"MLTERM": "3.9.0"}).stdout.split("\n")[1]
    assert header.endswith("ﻃﺮﻳﻘﺔ lead-centrality\u200f · \u200e000_290846f659525b14.txt\u200f")
    from briefcli.options import OutputOptions
    from briefcli.output.page import Block, Page, write_page

    env = Environment(stdout_isatty=True, environ={"MLTERM": "3.9.0"})
    page = Page((Block("Emmanuel Macron", "rtl", "speaker", isolates=((0, 15),)), Block("قال «نعم».", "rtl")), "rtl")
    write_page(page, OutputOptions(color="never", width=30), env)
    assert env.stdout.getvalue().split("\n")[0] == " " * 14 + "Emmanuel Macron\u200f"


@needs_icu
def test_a_negative_score_keeps_its_sign_before_its_digits():
    result = brief("summarize", str(DATA / "en_article.txt"), "--scores", "--width", "80", "--color", "never",
                   tty=True, environ={"TERM": "xterm-256color"})
    notes = [row for row in result.stdout.split("\n") if row.startswith("score ")]
    assert notes and all(re.fullmatch(r"score -?[0-9.e-]+ · sentence \d+, paragraph \d+", row) for row in notes)
    arabic = brief("summarize", str(SEED), "-m", "lexrank", "--scores", "--width", "80", "--color", "never",
                   tty=True, environ={"TERM": "xterm-256color"})
    scores = [row.strip() for row in arabic.stdout.split("\n") if "ﺔﺟﺭﺪﻟﺍ" in row]
    assert scores and all(re.search(r"· [0-9.e-]+ ﺔﺟﺭﺪﻟﺍ$", row) for row in scores)


# the quotes page

@needs_icu
def test_the_quotes_page_has_a_header_headings_and_plain_quotations():
    result = brief("quotes", str(SEED), "--width", "100", "--color", "always", tty=True,
                   environ={"TERM": "xterm-256color"})
    palette = palette_for(None, 256)
    rows = result.stdout.split("\n")
    assert plain(rows[0]).strip() == "ﻲﺗﺍﺭﺎﺒﺨﺘﺳﻻﺍﻭ ﻲﻨﻣﻷﺍ ﻥﻭﺎﻌﺘﻟﺍ ﺰﻳﺰﻌﺘﻟ ﺎﻜﻳﺮﻣﺃ ﻰﻟﺇ ﻲﺷﻮﻤﺣ ﺓﺭﺎﻳﺯ ﺕﻻﻻﺩ ﻩﺬﻫ"
    assert "\x1b[1m" in rows[0]
    assert plain(rows[1]).strip() == "000_290846f659525b14.txt · ﻥﺎﺛﺪﺤﺘﻣ · ﺎﺳﺎﺒﺘﻗﺍ 18"
    assert f"\x1b[38;5;{palette.muted}m" in rows[1]
    headings = [plain(row).strip() for row in rows if f"\x1b[1;38;5;{palette.speakers[0]}m" in row
                or f"\x1b[1;38;5;{palette.speakers[1]}m" in row]
    assert len(headings) == 2
    quotations = [row for row in rows if "“" in row or "”" in row]
    assert quotations and all("\x1b" not in row for row in quotations)  # plain, readable text
    notes = [row for row in rows if "ﻝﻮﻘﻟﺍ ﻞﻌﻓ" in row]
    assert notes and all(f"\x1b[38;5;{palette.muted}m" in row for row in notes)


@pytest.mark.parametrize("command, article", [
    ("quotes", DATA / "quotes-fr.txt"), ("quotes", SEED), ("summarize", SEED), ("read", SEED),
])
@pytest.mark.parametrize("bidi", ["visual", "logical"])
def test_no_italic_on_right_to_left_letters(command, article, bidi):
    if bidi == "visual" and not HAS_ICU:
        pytest.skip("visual mode needs ICU")
    result = brief(command, str(article), "--scores" if command == "summarize" else "--width=90",
                   "--bidi", bidi, "--color", "always", tty=True, environ={"TERM": "xterm-256color"}).stdout
    italic = [text for run_codes, text in STYLED_RUN.findall(result) if "3" in codes(run_codes)]
    assert not any(ARABIC_LETTER.search(text) for text in italic)
    if article == DATA / "quotes-fr.txt":
        assert italic  # Latin notes keep their italic


# without ICU

def without_icu(monkeypatch):
    monkeypatch.setitem(sys.modules, "icu", None)  # import icu now raises ImportError
    monkeypatch.delitem(sys.modules, "briefcli.render.icu_engine", raising=False)


@pytest.mark.parametrize("environ", [{"TERM": "xterm"}, {"TERM": "xterm-kitty"}, {"VTE_VERSION": "7006"}])
def test_without_icu_auto_falls_back_to_logical_order_with_a_hint(monkeypatch, environ):
    without_icu(monkeypatch)
    result = brief("read", str(SEED), "--width", "60", tty=True, environ=environ)
    assert result.status == 0 and "هذه دلالات زيارة حموشي" in result.stdout
    assert result.stderr.count("\n") == 1 and "pip install 'pyicu-wheels'" in result.stderr
    assert result.stderr.startswith("brief: ")


@pytest.mark.parametrize("command", ["read", "summarize", "quotes"])
def test_without_icu_a_page_with_no_right_to_left_text_needs_none(monkeypatch, command):
    without_icu(monkeypatch)
    for environ in ({"TERM": "xterm"}, {"TERM": "xterm-kitty"}, {"VTE_VERSION": "7006"}):
        result = brief(command, str(DATA / "en_article.txt"), "--width", "60", tty=True, environ=environ)
        assert result.status == 0 and result.stderr == "" and "tram" in result.stdout
    visual = brief("read", str(DATA / "en_article.txt"), "--bidi", "visual", tty=True)
    assert visual.status == 0 and visual.stderr == ""


# written as it is laid out

@needs_icu
def test_the_page_is_written_as_it_is_laid_out(monkeypatch):
    """The first lines reach the terminal before the last paragraph is laid
    out: nothing waits for the whole page."""
    from briefcli.render import layout

    laid_out = []
    original = layout.LineLayout.block

    def counting(self, text, direction, forced=False):
        laid_out.append(text)
        return original(self, text, direction, forced)

    class Screen:
        def __init__(self):
            self.seen_at: list[int] = []

        def write(self, text: str) -> None:
            self.seen_at.append(len(laid_out))

        def flush(self) -> None:
            pass

    monkeypatch.setattr(layout.LineLayout, "block", counting)
    screen = Screen()
    env = Environment(stdout=screen, stdout_isatty=True, environ={"TERM": "xterm-256color"},  # type: ignore
                      terminal_lines=10_000)
    from briefcli.cli import run

    assert run(["read", str(SEED), "--no-pager"], env) == 0
    assert screen.seen_at[0] < 5 and screen.seen_at[-1] == len(laid_out) > 10
