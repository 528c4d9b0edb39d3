"""brief read on terminals: the mode each terminal gets, the VTE bracket on a
real pseudo-terminal, what tmux keeps on screen, paging, article text that
looks like markup, and life without ICU."""

from __future__ import annotations

import fcntl
import os
import pty
import re
import shutil
import struct
import subprocess
import sys
import termios
import time
import uuid
from dataclasses import replace

import pytest

from briefcli.environment import Environment
from briefcli.errors import InputError
from briefcli.render.mode import Mode, choose_mode
from conftest import SEED, brief, needs_icu, plain

TERMINAL_VARIABLES = ("TMUX", "STY", "TERM", "TERM_PROGRAM", "VTE_VERSION", "KONSOLE_VERSION", "MLTERM",
                      "KITTY_WINDOW_ID", "BRIEF_BIDI", "BRIEF_PAGER", "PAGER", "NO_COLOR", "FORCE_COLOR",
                      "COLUMNS", "LINES")
EXPLICIT, IMPLICIT = "\x1b[8l", "\x1b[8h"


def cells(text: str) -> int:
    from briefcli.render.cells import cell_width

    return cell_width(text)


# choosing the mode

@pytest.mark.parametrize("environ, expected", [
    ({"TERM": "xterm-256color"}, Mode("visual")),
    ({"VTE_VERSION": "7006"}, Mode("visual", explicit=True)),
    ({"VTE_VERSION": "5202"}, Mode("visual")),  # VTE before 0.58 does no bidi
    ({"TERM_PROGRAM": "mintty"}, Mode("visual", explicit=True)),
    ({"KONSOLE_VERSION": "230401"}, Mode("logical", bare=True)),
    ({"MLTERM": "3.9.3"}, Mode("logical", bare=True)),
    ({"TERM_PROGRAM": "Apple_Terminal"}, Mode("logical", bare=True)),
    ({"TERM": "xterm-kitty"}, Mode("visual", kitty=True)),
    ({"KITTY_WINDOW_ID": "1", "TERM": "xterm-256color"}, Mode("visual", kitty=True)),
    ({"TMUX": "/tmp/tmux-0/default,1,0"}, Mode("visual")),
    ({"TMUX": "/tmp/x,1,0", "VTE_VERSION": "7006"}, Mode("logical", isolate=True)),
    ({"TMUX": "/tmp/x,1,0", "KITTY_WINDOW_ID": "1", "TERM": "tmux-256color"}, Mode("visual", kitty=True)),
    ({"STY": "1.pts-0.host", "KONSOLE_VERSION": "230401"}, Mode("logical", bare=True)),
    ({"TERM": "screen-256color", "TERM_PROGRAM": "mintty"}, Mode("visual")),
])
def test_auto_mode_per_terminal(environ, expected):
    assert choose_mode(None, Environment(stdout_isatty=True, environ=environ)) == replace(expected, auto=True)


def test_kitty_gets_plain_visual_order_when_asked_for_it():
    """`--bidi visual` (or $BRIEF_BIDI) in kitty is for `force_ltr yes`."""
    kitty = {"TERM": "xterm-kitty"}
    assert choose_mode("visual", Environment(stdout_isatty=True, environ=kitty)) == Mode("visual")
    assert choose_mode(None, Environment(stdout_isatty=True, environ={**kitty, "BRIEF_BIDI": "visual"})) == \
        Mode("visual")


def test_flag_beats_environment_beats_detection():
    vte = {"VTE_VERSION": "7006"}
    assert choose_mode(None, Environment(stdout_isatty=True, environ={**vte, "BRIEF_BIDI": "logical"})) == \
        Mode("logical", character_path=True)
    assert choose_mode("off", Environment(stdout_isatty=True, environ={**vte, "BRIEF_BIDI": "visual"})).name == "off"
    assert choose_mode(None, Environment(stdout_isatty=False, environ={"BRIEF_BIDI": "visual"})).name == "off"
    assert choose_mode("visual", Environment(stdout_isatty=False, environ=vte)) == Mode("visual")


def test_bad_brief_bidi_is_a_usage_error():
    result = brief("read", str(SEED), tty=True, environ={"BRIEF_BIDI": "sideways"})
    assert result.status == 2 and result.stderr.startswith("brief: BRIEF_BIDI takes one of")


def test_piped_output_is_the_logical_text_whatever_the_terminal(seed_text):
    environ = {"VTE_VERSION": "7006", "BRIEF_BIDI": "visual", "FORCE_COLOR": "1"}
    assert brief("read", str(SEED), environ=environ).stdout == "\n\n".join(seed_text.split("\n")) + "\n"


# rendering in process

@needs_icu
def test_vte_output_is_bracketed_in_explicit_mode_and_tmux_output_is_not():
    vte = brief("read", str(SEED), tty=True, environ={"VTE_VERSION": "7006"}, columns=80)
    assert vte.status == 0 and vte.stdout.startswith(EXPLICIT) and vte.stdout.endswith(IMPLICIT)
    tmux = brief("read", str(SEED), tty=True, environ={"VTE_VERSION": "7006", "TMUX": "/tmp/t,1,0"})
    assert EXPLICIT not in tmux.stdout and IMPLICIT not in tmux.stdout


@needs_icu
@pytest.mark.parametrize("failure", [KeyboardInterrupt, InputError])
def test_the_bracket_is_closed_on_interrupt_and_error(monkeypatch, failure):
    import briefcli.output.terminal as terminal

    def fail(*args):
        raise failure("failed while writing")

    monkeypatch.setattr(terminal, "write_paged", fail)
    result = brief("read", str(SEED), tty=True, environ={"VTE_VERSION": "7006"})
    assert result.stdout == EXPLICIT + IMPLICIT and result.status != 0


@needs_icu
@pytest.mark.parametrize("width", [40, 57, 80])
def test_every_rtl_line_is_exactly_the_width(width):
    result = brief("read", str(SEED), "--width", str(width), tty=True, columns=120, environ={"TERM": "xterm"})
    lines = [line for line in plain(result.stdout).split("\n") if line.strip()]
    assert lines and all(cells(line) == width for line in lines)


@needs_icu
def test_markup_and_emoji_in_an_article_reach_the_screen(tmp_path):
    """rich never parses article text: the left-to-right paragraph shows every
    piece as written, the right-to-left one exactly as the layout made it."""
    from briefcli.render.engine import load_engine
    from briefcli.render.layout import LineLayout, LayoutOptions

    arabic = "قال [bold] و[red]x[/red] :smile: 😀 ثم"
    article = tmp_path / "a.md"
    article.write_text(f"Markup test\n\nThis line has [bold] and [red]x[/red] and :smile: and 😀 in it.\n{arabic}\n",
                       encoding="utf-8")
    for bidi in ("visual", "logical"):
        screen = plain(brief("read", str(article), "--bidi", bidi, "--color", "always", tty=True).stdout)
        [english] = [row for row in screen.split("\n") if row.startswith("This line")]
        for piece in ("[bold]", "[red]x[/red]", ":smile:", "😀"):
            assert piece in english, (bidi, piece)
        engine = load_engine()
        layout = LineLayout(LayoutOptions(80, visual=bidi == "visual"), engine, engine)
        [line] = layout.block(arabic, "rtl")
        assert line.text in screen.split("\n")
    assert "[bold]" in line.text and "😀" in line.text


def sgr_color(index: int) -> str:
    """The escape code that selects colour `index` of xterm's 256."""
    if index < 8:
        return f"3{index}"
    return f"9{index - 8}" if index < 16 else f"38;5;{index}"


@needs_icu
def test_quotations_are_coloured_in_body_text_only():
    from briefcli.output.palette import palette_for

    quote = sgr_color(palette_for(None, 256).quote)
    result = brief("read", str(SEED), "--color", "always", "--width", "80", tty=True,
                   environ={"TERM": "xterm-256color"})
    coloured = re.findall(f"\x1b\\[{quote}m([^\x1b]*)", result.stdout)
    assert coloured and "\u201d" in "".join(coloured) and "\u201c" in "".join(coloured)
    assert "\x1b[" + quote not in brief("read", str(SEED), "--color", "never", tty=True).stdout


@needs_icu
def test_no_style_escape_with_color_never_or_into_a_file():
    never = brief("read", str(SEED), "--color", "never", tty=True, environ={"TERM": "xterm"})
    into_a_file = brief("read", str(SEED), "--bidi", "visual")
    assert never.status == into_a_file.status == 0
    assert "\x1b" not in never.stdout and "\x1b" not in into_a_file.stdout
    assert plain(brief("read", str(SEED), "--bidi", "visual", "--color", "always").stdout) == into_a_file.stdout


@needs_icu
def test_no_color_keeps_bold_and_dim_on_a_terminal():
    out = brief("read", str(SEED), tty=True, environ={"TERM": "xterm", "NO_COLOR": "1"}).stdout
    assert "\x1b[1m" in out and "\x1b[2m" in out
    assert not re.search(r"\x1b\[(?:[0-9;]*;)?3[0-7]m", out)


@needs_icu
def test_highlights_of_a_page_take_their_palette_through_the_index_map():
    from briefcli.options import OutputOptions
    from briefcli.output.page import Block, Highlight, Page, write_page
    from briefcli.output.palette import palette_for

    palette = palette_for(None, 16)  # TERM=xterm without $XTERM_VERSION: 16 colours
    text = "لا تقل «نعم» الآن"
    page = Page((Block(text, "rtl", highlights=(Highlight(0, 2, "speaker-1"), Highlight(7, 12, "summary"),
                                                 Highlight(13, 17, "no-such-style"))),), "rtl")
    env = Environment(stdout_isatty=True, environ={"TERM": "xterm"})
    write_page(page, OutputOptions(color="always", width=20), env)
    out = env.stdout.getvalue()
    # the lam-alef cell takes the lam's style (speaker 1)
    assert f"\x1b[{sgr_color(palette.speaker(1)[0])}m\ufefb" in out
    # the summary (bold) over a quotation
    assert re.search(f"\x1b\\[1;{sgr_color(palette.quote)}m[^\x1b]*\u00ab", out)
    assert "\x1b[4m" in out  # an unknown style name still shows


@needs_icu
def test_english_pages_are_left_aligned(tmp_path):
    article = tmp_path / "en.txt"
    article.write_text("A title\n\n" + "The council said the plan would go ahead. " * 8 + "\n", encoding="utf-8")
    lines = plain(brief("read", str(article), "--width", "40", tty=True).stdout).split("\n")
    body = [line for line in lines if line.strip()]
    assert body[0] == "64 words · 1 min read" and body[1] == "A title"
    assert all(not line.startswith(" ") and cells(line) <= 40 for line in body)


# exactly what each terminal gets: 6 words, "13 و14", "(FBI)،" and a lam-alef
TINY = "قال يومي 13 و14 (FBI)، لأن.\n"
HEADER_VISUAL = "      ﻦﻣ ﺓﺪﺣﺍﻭ ﺔﻘﻴﻗﺩ · ﺕﺎﻤﻠﻛ 6\n                       ﺓءﺍﺮﻘﻟﺍ\n\n"
BODY_VISUAL = "    .ﻥﻷ ،(FBI) 14ﻭ 13 ﻲﻣﻮﻳ ﻝﺎﻗ\n"
LOGICAL = "6 ﻛﻠﻤﺎﺕ · ﺩﻗﻴﻘﺔ ﻭﺍﺣﺪﺓ ﻣﻦ\nﺍﻟﻘﺮﺍءﺓ\n\nﻗﺎﻝ ﻳﻮﻣﻲ 13 ﻭ14 (FBI)، ﻷﻥ.\n"


@needs_icu
@pytest.mark.parametrize("environ, expected", [
    ({"TERM": "xterm", "XTERM_VERSION": "XTerm(379)"}, HEADER_VISUAL + BODY_VISUAL),
    ({"TERM": "alacritty"}, HEADER_VISUAL + BODY_VISUAL),
    ({"VTE_VERSION": "7006", "TERM": "xterm-256color"}, EXPLICIT + HEADER_VISUAL + BODY_VISUAL + IMPLICIT),
    # tmux in front of VTE: logical lines, padded and isolated, the RLI never at column 0
    ({"TMUX": "/tmp/t,1,0", "VTE_VERSION": "7006", "TERM": "screen"},
     "      \u20676 ﻛﻠﻤﺎﺕ · ﺩﻗﻴﻘﺔ ﻭﺍﺣﺪﺓ ﻣﻦ\u2069\n                       \u2067ﺍﻟﻘﺮﺍءﺓ\u2069\n\n"
     "    \u2067ﻗﺎﻝ ﻳﻮﻣﻲ 13 ﻭ14 (FBI)، ﻷﻥ.\u2069\n"),
    ({"MLTERM": "3.9.0", "TERM": "xterm"}, LOGICAL),
    ({"KONSOLE_VERSION": "230401", "TERM": "xterm-256color"}, LOGICAL),
    # kitty: visual order, each run kitty's shaper will reverse written reversed ("14و" as "و41")
    ({"TERM": "xterm-kitty"},
     "      ﻣﻦ ﻭﺍﺣﺪﺓ ﺩﻗﻴﻘﺔ · ﻛﻠﻤﺎﺕ 6\n                       ﺍﻟﻘﺮﺍءﺓ\n\n    ﻷﻥ. ،(FBI) ﻭ41 13 ﻳﻮﻣﻲ ﻗﺎﻝ\n"),
])
def test_the_bytes_each_terminal_gets(tmp_path, environ, expected):
    article = tmp_path / "tiny.txt"
    article.write_text(TINY, encoding="utf-8")
    result = brief("read", str(article), "--width", "30", "--color", "never", tty=True, environ=environ)
    assert result.stdout == expected and result.status == 0


def test_logical_and_off_work_without_icu_and_visual_says_how_to_get_it(monkeypatch, seed_text):
    monkeypatch.setitem(sys.modules, "icu", None)  # import icu now raises ImportError
    monkeypatch.delitem(sys.modules, "briefcli.render.icu_engine", raising=False)
    visual = brief("read", str(SEED), "--bidi", "visual", tty=True)
    assert visual.status == 1 and visual.stdout == ""
    assert visual.stderr.count("\n") == 1 and "pip install 'pyicu-wheels'" in visual.stderr
    assert "--bidi logical" in visual.stderr
    logical = brief("read", str(SEED), "--bidi", "logical", "--width", "60", tty=True)
    assert logical.status == 0 and "هذه دلالات زيارة" in logical.stdout
    assert all(cells(line) <= 60 for line in plain(logical.stdout).split("\n"))
    off = brief("read", str(SEED), "--bidi", "off", tty=True)
    assert off.stdout == "\n\n".join(seed_text.split("\n")) + "\n"


# a real pseudo-terminal

def run_on_pty(*args: str, environ: dict, columns: int = 80, lines: int = 24, timeout: float = 60) -> str:
    """Run brief with stdout on a new pseudo-terminal of the given size."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", lines, columns, 0, 0))
    base = {key: value for key, value in os.environ.items() if key not in TERMINAL_VARIABLES}
    process = subprocess.Popen([sys.executable, "-m", "briefcli", *args], stdin=subprocess.DEVNULL,
                               stdout=slave, stderr=subprocess.PIPE, env={**base, **environ})
    os.close(slave)
    chunks = []
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            chunk = os.read(master, 65536)
        except OSError:  # EIO: every writer closed the terminal
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(master)
    process.wait(timeout=timeout)
    assert process.returncode == 0, process.stderr.read()
    return b"".join(chunks).decode("utf-8").replace("\r\n", "\n")


@needs_icu
def test_vte_bracket_on_a_real_pseudo_terminal():
    screen = run_on_pty("read", str(SEED), "--no-pager", environ={"VTE_VERSION": "7006", "TERM": "xterm"})
    assert screen.startswith(EXPLICIT) and screen.endswith(IMPLICIT)
    assert "\ufee3" in screen  # shaped Arabic
    inside_tmux = run_on_pty("read", str(SEED), "--no-pager",
                             environ={"VTE_VERSION": "7006", "TMUX": "/tmp/t,1,0", "TERM": "screen"})
    assert EXPLICIT not in inside_tmux and IMPLICIT not in inside_tmux


@needs_icu
def test_a_tall_page_goes_through_the_pager_and_a_failing_pager_loses_nothing():
    pager = f"{sys.executable} -c \"import sys; sys.stdout.write('PAGED:' + sys.stdin.read())\""
    paged = run_on_pty("read", str(SEED), environ={"VTE_VERSION": "7006", "BRIEF_PAGER": pager, "TERM": "xterm"})
    assert paged.startswith(EXPLICIT + "PAGED:") and paged.endswith(IMPLICIT)
    direct = run_on_pty("read", str(SEED), "--no-pager", environ={"TERM": "xterm"})
    broken = run_on_pty("read", str(SEED), environ={"BRIEF_PAGER": "/nonexistent/pager", "TERM": "xterm"})
    assert broken == direct and "ﻲﻨﻣﻷﺍ" in broken
    short = run_on_pty("read", str(SEED), environ={"BRIEF_PAGER": pager, "TERM": "xterm"}, lines=500)
    assert "PAGED:" not in short
    forced = run_on_pty("read", str(SEED), "--pager", environ={"BRIEF_PAGER": pager, "TERM": "xterm"}, lines=500)
    assert forced.startswith("PAGED:")


# what a terminal keeps: tmux at a known width

def rows_in_tmux(width: int, outer: dict[str, str]) -> list[str]:
    """What tmux shows of `brief read SEED` in a pane `width` columns wide,
    started from a terminal whose variables are `outer`: capture-pane's rows,
    zero-width characters (isolates) included where tmux kept them."""
    socket = f"brief-test-{uuid.uuid4().hex[:8]}"
    base = {key: value for key, value in os.environ.items() if key not in TERMINAL_VARIABLES}
    environ = {**base, **outer, "LC_ALL": "C.UTF-8"}
    command = f"{sys.executable} -m briefcli read {SEED} --no-pager --color never; echo __END__; sleep 60"
    tmux = ["tmux", "-u", "-L", socket, "-f", "/dev/null"]
    subprocess.run([*tmux, "new-session", "-d", "-x", str(width), "-y", "150", command],
                   env=environ, check=True, timeout=30)
    try:
        for _ in range(150):
            rows = subprocess.run([*tmux, "capture-pane", "-p"], env=environ, capture_output=True,
                                  text=True, check=True).stdout.split("\n")
            if "__END__" in rows:
                break
            time.sleep(0.2)
    finally:
        subprocess.run([*tmux, "kill-server"], env=environ, timeout=30)
    return rows[:rows.index("__END__")]


needs_tmux = pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed (apt-get install tmux)")


@needs_icu
@needs_tmux
def test_lines_of_exactly_the_width_do_not_wrap_in_tmux():
    width = 60
    expected = plain(brief("read", str(SEED), "--bidi", "visual", "--width", str(width),
                           "--color", "never").stdout).rstrip("\n").split("\n")
    assert max(cells(line) for line in expected) == width
    shown = rows_in_tmux(width, {"TERM": "xterm-256color"})
    assert [row.rstrip() for row in shown] == [line.rstrip() for line in expected]
    assert len(shown) > 80 and all(cells(row) == width for row in shown if row.strip())


@needs_icu
@needs_tmux
def test_behind_tmux_every_right_to_left_line_keeps_its_isolate():
    """tmux drops a zero-width character written at column 0: a line that
    filled the width would lose its RLI and VTE would lay it out left to
    right. Every line keeps at least a cell of padding before its RLI."""
    width = 50
    shown = [row for row in rows_in_tmux(width, {"TERM": "xterm-256color", "VTE_VERSION": "7006"}) if row.strip()]
    rule = "\u2500" * width
    assert len(shown) > 80 and rule in shown
    text_rows = [row for row in shown if row != rule]
    assert all(row.startswith(" ") and "\u2067" in row and row.endswith("\u2069") for row in text_rows)
    assert all(cells(row) == width for row in text_rows)
    assert max(len(row) - len(row.lstrip(" ")) for row in text_rows) >= 1
    assert min(len(row) - len(row.lstrip(" ")) for row in text_rows) == 1  # some lines are as long as can be


def test_forced_logical_mode_on_vte_sets_the_character_path():
    result = brief("read", str(SEED), "--bidi", "logical", tty=True, environ={"VTE_VERSION": "7006"})
    assert result.stdout.startswith("\x1b[2 k") and result.stdout.endswith("\x1b[0 k")
    assert EXPLICIT not in result.stdout


@needs_icu
def test_direction_and_shaping_flags():
    ltr = plain(brief("read", str(SEED), "--direction", "ltr", "--width", "50", tty=True).stdout)
    rows = [row for row in ltr.split("\n") if row.strip()]
    assert all(not row.startswith(" ") for row in rows)
    unshaped = plain(brief("read", str(SEED), "--no-shape", tty=True).stdout)
    assert not re.search("[\ufb50-\ufeff]", unshaped) and "يشومح" in unshaped  # حموشي reversed, unjoined
    shaped = plain(brief("read", str(SEED), tty=True).stdout)
    assert "\ufee3" in shaped and "يشومح" not in shaped


def test_pager_gets_utf8_and_quit_if_one_screen_unless_the_reader_said_otherwise():
    from briefcli.output.pager import pager_command, pager_environment

    assert pager_command(Environment()) == "less -R"
    assert pager_command(Environment(environ={"PAGER": "more", "BRIEF_PAGER": "most"})) == "most"
    assert pager_environment(Environment())["LESS"] == "FRX"
    assert pager_environment(Environment(environ={"LESS": "S"}))["LESS"] == "S"
    assert pager_environment(Environment())["LESSCHARSET"] == "utf-8"
