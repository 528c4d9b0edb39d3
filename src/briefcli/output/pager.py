"""Paging a rendered page on a terminal: $BRIEF_PAGER, $PAGER or less.

Only when stdout is a terminal with a file descriptor the pager can inherit,
and the page is taller than the terminal (or --pager). less gets LESS=FRX
(raw colours, quit at once if the page fits, no screen clearing) and UTF-8
unless the reader set their own. A pager that cannot start or exits with an
error (127: command not found) leaves the page to be written directly: the
output is never lost. One stopped by a signal was interrupted by the reader.
"""

from __future__ import annotations

import contextlib
import signal
import subprocess
import threading

from briefcli.environment import Environment

DEFAULT_PAGER = "less -R"
NO_PAGER = {"", "cat"}


def pager_command(env: Environment) -> str:
    for name in ("BRIEF_PAGER", "PAGER"):
        if name in env.environ:
            return env.environ[name].strip()
    return DEFAULT_PAGER


def should_page(requested: bool | None, line_count: int, env: Environment) -> bool:
    if requested is False or not env.stdout_isatty or env.stdout_fileno() is None:
        return False
    if pager_command(env) in NO_PAGER:
        return False
    return requested is True or line_count > env.terminal_lines


def pager_environment(env: Environment) -> dict[str, str]:
    environ = dict(env.environ)
    environ.setdefault("LESS", "FRX")
    environ.setdefault("LESSCHARSET", "utf-8")
    return environ


@contextlib.contextmanager
def interrupts_left_to_the_pager():
    """Ctrl-C while paging belongs to the pager (less uses it), not to brief.
    Entered once the pager has started: a pager started while brief ignores
    SIGINT would inherit that and never hear Ctrl-C (`sleep 30` as a pager)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def page(text: str, env: Environment) -> bool:
    """Show `text` through the pager; False when the pager failed. A pager
    still running when brief is stopped (SIGTERM) is ended with it."""
    env.stdout.flush()
    try:
        process = subprocess.Popen(
            pager_command(env), shell=True, stdin=subprocess.PIPE, stdout=env.stdout_fileno(),
            env=pager_environment(env),
        )
    except OSError:
        return False
    try:
        with interrupts_left_to_the_pager():
            process.communicate(text.encode("utf-8"))
    except BrokenPipeError:  # the reader quit before the end
        process.wait()
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    return process.returncode <= 0


def write_paged(text: str, requested: bool | None, env: Environment) -> None:
    if should_page(requested, text.count("\n"), env) and page(text, env):
        return
    env.stdout.write(text)
