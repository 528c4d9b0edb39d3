"""Paging a rendered page on a terminal: $BRIEF_PAGER, $PAGER or less.

Only when stdout is a terminal with a file descriptor the pager can inherit,
and the page is taller than the terminal (or --pager). The page comes line by
line as it is laid out: one screenful is held to decide, then lines go on to
the pager or the terminal as they come. less gets LESS=FRX (raw colours, quit
at once if the page fits, no screen clearing) and UTF-8 unless the reader set
their own. A pager that cannot start or exits with an error (127: command not
found) leaves the page to be written directly: the output is never lost (what
went to the pager is kept until it ends). One stopped by a signal was
interrupted by the reader.
"""

from __future__ import annotations

import contextlib
import signal
import threading
from itertools import chain, islice
from typing import IO, Iterable, Iterator

from briefcli.environment import Environment

DEFAULT_PAGER = "less -R"
NO_PAGER = {"", "cat"}


def pager_command(env: Environment) -> str:
    for name in ("BRIEF_PAGER", "PAGER"):
        if name in env.environ:
            return env.environ[name].strip()
    return DEFAULT_PAGER


def may_page(requested: bool | None, env: Environment) -> bool:
    if requested is False or not env.stdout_isatty or env.stdout_fileno() is None:
        return False
    return pager_command(env) not in NO_PAGER


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


def page(lines: Iterator[str], env: Environment) -> Iterable[str] | None:
    """Show the lines through the pager; None when it showed them, else the
    lines it failed to show (all of them). A pager still running when brief
    is stopped (SIGTERM) is ended with it."""
    import subprocess

    env.stdout.flush()
    try:
        process = subprocess.Popen(
            pager_command(env), shell=True, stdin=subprocess.PIPE, stdout=env.stdout_fileno(),
            env=pager_environment(env),
        )
    except OSError:
        return lines
    assert process.stdin
    sent: list[str] = []
    try:
        with interrupts_left_to_the_pager():
            feed(process.stdin, lines, sent)
            process.wait()
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    return None if process.returncode <= 0 else chain(sent, lines)


def feed(pipe: IO[bytes], lines: Iterator[str], sent: list[str]) -> None:
    """Each line into the pager's pipe as it comes (kept in `sent`), until
    the lines end or the pager stops reading."""
    try:
        for line in lines:
            sent.append(line)
            pipe.write(line.encode("utf-8") + b"\n")
        pipe.flush()
    except BrokenPipeError:  # the reader quit before the end, or the pager never started
        pass
    with contextlib.suppress(BrokenPipeError):
        pipe.close()


def write_lines(lines: Iterable[str], env: Environment) -> None:
    for line in lines:
        env.stdout.write(line + "\n")


def write_paged(lines: Iterable[str], requested: bool | None, env: Environment) -> None:
    """Each line as it comes: through the pager when the page turns out
    taller than the terminal (or --pager), else straight to stdout."""
    lines = iter(lines)
    if not may_page(requested, env):
        write_lines(lines, env)
        return
    head = [] if requested else list(islice(lines, env.terminal_lines + 1))
    if len(head) <= env.terminal_lines and not requested:
        write_lines(head, env)
        return
    unshown = page(chain(head, lines), env)
    if unshown is not None:
        write_lines(unshown, env)
