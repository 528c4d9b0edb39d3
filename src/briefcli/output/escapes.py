"""Escape sequences that put a bidi-aware terminal in the state brief's
output needs, and always take it back (errors, Ctrl-C: try/finally).

VTE (>= 0.58) and mintty reorder text by themselves ("implicit mode"): for
visual output brief switches them to explicit mode (ESC[8l) and back
(ESC[8h). For logical output it sets the character path (SCP: ESC[2 k
right-to-left, ESC[1 k left-to-right) and restores the default (ESC[0 k).
Nothing is written to a pipe or inside tmux/screen (mode.py decides).
"""

from __future__ import annotations

import contextlib

from briefcli.environment import Environment
from briefcli.errors import ClosedPipe, OutputError
from briefcli.model import Direction
from briefcli.render.mode import Mode

EXPLICIT_MODE = "\x1b[8l"
IMPLICIT_MODE = "\x1b[8h"
CHARACTER_PATH = {"rtl": "\x1b[2 k", "ltr": "\x1b[1 k"}
DEFAULT_CHARACTER_PATH = "\x1b[0 k"


def bracket(mode: Mode, direction: Direction) -> tuple[str, str]:
    if mode.explicit:
        return EXPLICIT_MODE, IMPLICIT_MODE
    if mode.character_path:
        return CHARACTER_PATH[direction], DEFAULT_CHARACTER_PATH
    return "", ""


@contextlib.contextmanager
def terminal_state(mode: Mode, direction: Direction, env: Environment):
    before, after = bracket(mode, direction)
    if before:
        env.stdout.write(before)
        env.stdout.flush()
    try:
        yield
    finally:
        if after:  # best effort: the terminal may be gone (SIGHUP) or the pipe closed
            with contextlib.suppress(OSError, ValueError, OutputError, ClosedPipe):
                env.stdout.write(after)
                env.stdout.flush()
