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

import pytest

from briefcli.environment import Environment
from briefcli.errors import InputError
from briefcli.render.mode import Mode, choose_mode
from conftest import SEED, brief

HAS_ICU = True
try:
    import icu  # noqa: F401
except ImportError:
    HAS_ICU = False
needs_icu = pytest.mark.skipif(not HAS_ICU, reason="visual mode needs ICU (pyicu-wheels)")

ESCAPES = re.compile(r"\x1b\[[0-9;]*m")
TERMINAL_VARIABLES = ("TMUX", "STY", "TERM", "TERM_PROGRAM", "VTE_VERSION", "KONSOLE_VERSION", "MLTERM",
                      "KITTY_WINDOW_ID", "BRIEF_BIDI", "BRIEF_PAGER", "PAGER", "NO_COLOR", "FORCE_COLOR",
                      "COLUMNS", "LINES")
EXPLICIT, IMPLICIT = "\x1b[8l", "\x1b[8h"


def plain(text: str) -> str:
    return ESCAPES.sub("", text)


def cells(text: str) -> int:
    from briefcli.render.cells import cell_width

    return cell_width(text)


# choosing the mode

@pytest.mark.parametrize("environ, expected", [
    ({"TERM": "xterm-256color"}, Mode("visual")),
    ({"VTE_VERSION": "7006"}, Mode("visual", explicit=True)),
    ({"VTE_VERSION": "5202"}, Mode("visual")),  # VTE before 0.58 does no bidi
    ({"TERM_PROGRAM": "mintty"}, Mode("visual", explicit=True)),
    ({"KONSOLE_VERSION": "230401"}, Mode("logical")),
    ({"MLTERM": "3.9.3"}, Mode("logical")),
    ({"TERM_PROGRAM": "Apple_Terminal"}, Mode("logical")),
    ({"TERM": "xterm-kitty"}, Mode("logical")),
    ({"TMUX": "/tmp/tmux-0/default,1,0"}, Mode("visual")),
    ({"TMUX": "/tmp/x,1,0", "VTE_VERSION": "7006"}, Mode("logical", isolate=True)),
    ({"STY": "1.pts-0.host", "KONSOLE_VERSION": "230401"}, Mode("logical", isolate=True)),
    ({"TERM": "screen-256color", "TERM_PROGRAM": "mintty"}, Mode("visual")),
])
def test_auto_mode_per_terminal(environ, expected):
    assert choose_mode(None, Environment(stdout_isatty=True, environ=environ)) == expected


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


@needs_icu
def test_quotations_are_coloured_in_body_text_only():
    result = brief("read", str(SEED), "--color", "always", "--width", "80", tty=True)
    green = re.findall(r"\x1b\[32m([^\x1b]*)", result.stdout)
    assert green and "\u201d" in "".join(green) and "\u201c" in "".join(green)
    assert brief("read", str(SEED), "--color", "never", tty=True).stdout.count("\x1b[32m") == 0


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

    text = "لا تقل «نعم» الآن"
    page = Page((Block(text, "rtl", highlights=(Highlight(0, 2, "speaker-1"), Highlight(7, 12, "summary"),
                                                 Highlight(13, 17, "no-such-style"))),), "rtl")
    env = Environment(stdout_isatty=True, environ={"TERM": "xterm"})
    write_page(page, OutputOptions(color="always", width=20), env)
    out = env.stdout.getvalue()
    assert "\x1b[35m\ufefb" in out  # the lam-alef cell takes the lam's style (speaker-1: magenta)
    assert re.search("\x1b\\[1;32m[^\x1b]*\u00ab", out)  # summary (bold) over a quotation (green)
    assert "\x1b[4m" in out  # an unknown style name still shows


@needs_icu
def test_english_pages_are_left_aligned(tmp_path):
    article = tmp_path / "en.txt"
    article.write_text("A title\n\n" + "The council said the plan would go ahead. " * 8 + "\n", encoding="utf-8")
    lines = plain(brief("read", str(article), "--width", "40", tty=True).stdout).split("\n")
    body = [line for line in lines if line.strip()]
    assert body[0] == "64 words · 1 min read" and body[1] == "A title"
    assert all(not line.startswith(" ") and cells(line) <= 40 for line in body)


def test_logical_mode_for_kitty_and_isolates_behind_tmux():
    kitty = plain(brief("read", str(SEED), "--width", "40", tty=True, environ={"TERM": "xterm-kitty"}).stdout)
    lines = [line for line in kitty.split("\n") if line.strip()]
    assert "هذه دلالات زيارة حموشي" in lines[1] and all(cells(line) <= 40 for line in lines)
    tmux = plain(brief("read", str(SEED), "--width", "40", tty=True,
                       environ={"TMUX": "/tmp/t,1,0", "KONSOLE_VERSION": "230401"}).stdout)
    isolated = [line for line in tmux.split("\n") if line.strip()]
    assert all(line.endswith("\u2069") and "\u2067" in line and cells(line) == 40 for line in isolated[:3])


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

@needs_icu
@pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed (apt-get install tmux)")
def test_lines_of_exactly_the_width_do_not_wrap_in_tmux():
    width = 60
    expected = plain(brief("read", str(SEED), "--bidi", "visual", "--width", str(width),
                           "--color", "never").stdout).rstrip("\n").split("\n")
    assert max(cells(line) for line in expected) == width
    socket = f"brief-test-{uuid.uuid4().hex[:8]}"
    base = {key: value for key, value in os.environ.items() if key not in TERMINAL_VARIABLES}
    environ = {**base, "LC_ALL": "C.UTF-8", "TERM": "xterm-256color"}
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
    shown = rows[:rows.index("__END__")]
    assert [row.rstrip() for row in shown] == [line.rstrip() for line in expected]
    assert len(shown) > 80 and all(cells(row) == width for row in shown if row.strip())


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
