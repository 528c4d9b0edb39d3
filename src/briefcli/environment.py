"""The one home of the terminal facts: streams, whether stdout is a terminal,
its size, the environment variables, the colour policy, how many colours it
shows and whether its background is light or dark.

Built once by the CLI with `Environment.from_system()`; tests build their own
with `Environment(...)` and read what was written from `stdout`.
"""

from __future__ import annotations

import contextlib
import errno
import functools
import io
import os
import shutil
import signal
import sys
from dataclasses import dataclass, field
from typing import Any, BinaryIO, Callable, Mapping, TextIO

from briefcli.errors import ClosedPipe, OutputError
from briefcli.options import MIN_WIDTH

READING_MEASURE = 100
TERMINAL_PROGRAMS = {"mintty": "mintty", "Apple_Terminal": "apple", "iTerm.app": "iterm", "WezTerm": "wezterm"}
# Emulators that show xterm's 256 colours whatever $TERM says (xterm itself
# says TERM=xterm), and those that answer an OSC 11 query for their background.
COLORS_256 = {"xterm", "vte", "mintty", "konsole", "mlterm", "apple", "iterm", "wezterm", "kitty", "alacritty", "foot"}
ANSWER_BACKGROUND = {"xterm", "vte", "mintty", "konsole", "mlterm", "iterm", "wezterm", "kitty", "alacritty", "foot"}


class Output:
    """Standard output as brief writes to it: a write or flush that fails (a
    full disk, a closed descriptor) is an OutputError, which names why; a
    closed pipe is a ClosedPipe (the reader has all it wanted). None stands
    for a standard output that was closed before brief started."""

    def __init__(self, stream: TextIO | None) -> None:
        self.stream = stream

    def guarded(self, action: Callable[[TextIO], Any]) -> Any:
        if self.stream is None:
            raise OutputError("cannot write the result: standard output is closed")
        try:
            return action(self.stream)
        except BrokenPipeError:
            raise ClosedPipe() from None
        except (OSError, ValueError) as error:
            reason = getattr(error, "strerror", None) or error
            raise OutputError(f"cannot write the result to standard output ({reason})") from None

    def write(self, text: str) -> int:
        return self.guarded(lambda stream: stream.write(text))

    def flush(self) -> None:
        self.guarded(lambda stream: stream.flush())

    def isatty(self) -> bool:
        return self.stream is not None and self.stream.isatty()

    def __getattr__(self, name: str) -> Any:
        return getattr(self.stream, name)


class ClosedInput(io.RawIOBase):
    """Standard input closed before brief started (`<&-`)."""

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        raise OSError(errno.EBADF, "standard input is closed")


def stop_signals() -> list[signal.Signals]:
    """The signals that stop a run as Ctrl-C does: SIGTERM and SIGHUP, where
    the system has them."""
    return [getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name)]


def utf8_output(stream: TextIO | None) -> None:
    """Write UTF-8 whatever the locale; a stream that cannot change keeps its own."""
    if stream is not None and hasattr(stream, "reconfigure"):
        with contextlib.suppress(OSError, ValueError):
            stream.reconfigure(encoding="utf-8", errors="replace")


@dataclass
class Environment:
    stdout: TextIO = field(default_factory=io.StringIO)
    stderr: TextIO = field(default_factory=io.StringIO)
    stdin: BinaryIO = field(default_factory=io.BytesIO)
    stdout_isatty: bool = False
    stdin_isatty: bool = True  # False: input is piped in (brief reads it when no ARTICLE is given)
    environ: Mapping[str, str] = field(default_factory=dict)
    terminal_columns: int = 80
    terminal_lines: int = 24

    @classmethod
    def from_system(cls) -> Environment:
        for stream in (sys.stdout, sys.stderr):
            utf8_output(stream)
        size = shutil.get_terminal_size((80, 24))
        stdout = Output(sys.stdout)
        return cls(
            stdout=stdout,  # type: ignore[arg-type]
            stderr=sys.stderr or io.StringIO(),  # closed: nowhere to say anything
            stdin=sys.stdin.buffer if sys.stdin is not None else io.BufferedReader(ClosedInput()),
            stdout_isatty=stdout.isatty(),
            stdin_isatty=sys.stdin is None or sys.stdin.isatty(),  # closed: nothing is piped in
            environ=os.environ,
            terminal_columns=size.columns,
            terminal_lines=size.lines,
        )

    def use_color(self, policy: str = "auto") -> bool:
        """--color always|never wins; then NO_COLOR, then FORCE_COLOR; then
        colour only on a terminal that is not `dumb`."""
        if policy != "auto":
            return policy == "always"
        if self.environ.get("NO_COLOR"):
            return False
        if self.environ.get("FORCE_COLOR"):
            return True
        return self.stdout_isatty and self.environ.get("TERM") != "dumb"

    def width(self, requested: int | None = None) -> int:
        """Columns to lay text out in: --width (checked by OutputOptions), else
        the terminal's, capped at a comfortable reading measure."""
        if requested is not None:
            return requested
        return max(MIN_WIDTH, min(self.terminal_columns, READING_MEASURE))

    def multiplexer(self) -> str | None:
        """'tmux' or 'screen' when stdout goes through one (they hide the
        outer terminal and swallow its private escape sequences)."""
        term = self.environ.get("TERM", "")
        if self.environ.get("TMUX") or term.startswith("tmux"):
            return "tmux"
        if self.environ.get("STY") or term.startswith("screen"):
            return "screen"
        return None

    def vte_version(self) -> int | None:
        """VTE's version as it encodes it ($VTE_VERSION: 7006 is 0.70.6)."""
        try:
            return int(self.environ.get("VTE_VERSION", ""))
        except ValueError:
            return None

    def terminal_program(self) -> str | None:
        """The terminal emulator as far as the environment tells: 'vte',
        'mintty', 'konsole', 'mlterm', 'apple', 'kitty', or None. Inside tmux
        or screen this is the outer terminal the variables were inherited from."""
        if self.vte_version() is not None:
            return "vte"
        program = TERMINAL_PROGRAMS.get(self.environ.get("TERM_PROGRAM", ""))
        if program:
            return program
        if self.environ.get("KONSOLE_VERSION"):
            return "konsole"
        if self.environ.get("MLTERM"):
            return "mlterm"
        if self.environ.get("KITTY_WINDOW_ID") or self.environ.get("TERM") == "xterm-kitty":
            return "kitty"
        return self.other_program()

    def other_program(self) -> str | None:
        """Emulators that matter for colours only: 'xterm', 'alacritty', 'foot'."""
        term = self.environ.get("TERM", "")
        if self.environ.get("ALACRITTY_WINDOW_ID") or self.environ.get("ALACRITTY_LOG") or term == "alacritty":
            return "alacritty"
        if term.startswith("foot"):
            return "foot"
        if self.environ.get("XTERM_VERSION"):
            return "xterm"
        return None

    def colors(self) -> int:
        """256 when the terminal shows xterm's 256 colours, else 16. Inside
        tmux or screen their $TERM says what they pass on."""
        term = self.environ.get("TERM", "")
        if "256color" in term or self.environ.get("COLORTERM") in ("truecolor", "24bit"):
            return 256
        return 256 if not self.multiplexer() and self.terminal_program() in COLORS_256 else 16

    @functools.cached_property
    def background(self) -> str | None:
        """'light' or 'dark' when the terminal says so: $COLORFGBG (set by
        Konsole, rxvt and their kin), the Linux console (always dark), or, on a
        terminal known to answer it, an OSC 11 query; None when unknown."""
        said = colorfgbg_background(self.environ.get("COLORFGBG", ""))
        if said or self.environ.get("TERM") == "linux":
            return said or "dark"
        fileno = self.stdout_fileno()
        if fileno is None or not os.isatty(fileno) or self.multiplexer():
            return None
        if self.terminal_program() not in ANSWER_BACKGROUND:
            return None
        from briefcli.terminal_query import query_background

        return query_background()

    def stdout_fileno(self) -> int | None:
        """stdout's file descriptor when it has one (a pager can inherit it)."""
        try:
            return self.stdout.fileno()
        except (AttributeError, OSError, ValueError):
            return None


def colorfgbg_background(value: str) -> str | None:
    """$COLORFGBG is "fg;bg" (or "fg;default;bg"): the background's index
    among the 16 colours, light or dark as xterm's default colour is."""
    from briefcli.output.palette import XTERM_16, is_light

    background = value.rsplit(";", 1)[-1] if ";" in value else ""
    if not background.isdigit() or int(background) >= len(XTERM_16):
        return None
    return "light" if is_light(XTERM_16[int(background)]) else "dark"
