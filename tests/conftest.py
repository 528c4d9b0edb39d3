"""Shared fixtures: the sample article, and brief run in-process with a mock
Environment (as httpie's tests do) or as a real process."""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from briefcli.cli import run
from briefcli.environment import Environment

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_290846f659525b14.txt"
SEED_HTML = SEED.with_suffix(".html")  # the same article as a web page
DATA = ROOT / "tests" / "data"
SHARED = ROOT.parent / "shared"
ESCAPES = re.compile(r"\x1b\[[0-9;]*m")  # brief's own styles (SGR)
# What may not reach a terminal: C0 but newline, DEL, C1, bidi controls.
NOT_FOR_A_TERMINAL = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]")
# brief's own layout of the lines it composes on a terminal (output/terminal.py):
# values isolated (LRI, RLI, FSI ... PDI, closed on their line) or set apart by marks.
ISOLATE = re.compile("[\u2066-\u2068]([^\u2066-\u2069\n]*)\u2069")
MARKS = re.compile("[\u200e\u200f]")

HAS_ICU = True
try:
    import icu  # noqa: F401
except ImportError:
    HAS_ICU = False
needs_icu = pytest.mark.skipif(not HAS_ICU, reason="visual mode needs ICU (pyicu-wheels)")


def plain(text: str) -> str:
    """`text` without its style escape codes."""
    return ESCAPES.sub("", text)


def stray_controls(output: str, terminal: bool = False) -> list[str]:
    """The characters of brief's output that could drive a terminal or
    reorder a line, brief's own styles left aside; for a terminal, brief's own
    layout too: marks, and isolates closed on their line (innermost first).
    An isolate left open, an override, an embedding or ALM is stray."""
    text = plain(output)
    while terminal and ISOLATE.search(text):
        text = ISOLATE.sub(r"\1", text)
    if terminal:
        text = MARKS.sub("", text)
    return NOT_FOR_A_TERMINAL.findall(text)


@dataclass
class Result:
    status: int
    stdout: str
    stderr: str


def brief(*args: str, stdin: bytes | None = None, tty: bool = False, environ: dict | None = None,
          columns: int = 80, lines: int = 24) -> Result:
    """Run brief in-process with a mock environment; standard input is a
    terminal unless `stdin` gives what is piped in."""
    env = Environment(
        stdout=io.StringIO(), stderr=io.StringIO(), stdin=io.BytesIO(stdin or b""),
        stdout_isatty=tty, stdin_isatty=stdin is None, environ=environ or {}, terminal_columns=columns, terminal_lines=lines,
    )
    status = run(list(args), env)
    return Result(status, env.stdout.getvalue(), env.stderr.getvalue())


def brief_process(*args: str, stdin: bytes | None = None, environ: dict | None = None,
                  timeout: float = 60) -> subprocess.CompletedProcess:
    """Run brief as a real process, the way a user does."""
    full_env = {**os.environ, **(environ or {})}
    return subprocess.run(
        [sys.executable, "-m", "briefcli", *args], input=stdin, capture_output=True,
        env=full_env, timeout=timeout,
    )


@pytest.fixture
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")
