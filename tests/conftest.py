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
ESCAPES = re.compile(r"\x1b\[[0-9;]*m")

HAS_ICU = True
try:
    import icu  # noqa: F401
except ImportError:
    HAS_ICU = False
needs_icu = pytest.mark.skipif(not HAS_ICU, reason="visual mode needs ICU (pyicu-wheels)")


def plain(text: str) -> str:
    """`text` without its style escape codes."""
    return ESCAPES.sub("", text)


@dataclass
class Result:
    status: int
    stdout: str
    stderr: str


def brief(*args: str, stdin: bytes = b"", tty: bool = False, environ: dict | None = None,
          columns: int = 80, lines: int = 24) -> Result:
    """Run brief in-process with a mock environment."""
    env = Environment(
        stdout=io.StringIO(), stderr=io.StringIO(), stdin=io.BytesIO(stdin),
        stdout_isatty=tty, environ=environ or {}, terminal_columns=columns, terminal_lines=lines,
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
