"""Asking the terminal for its background colour (OSC 11), safely.

The question goes to the controlling terminal (/dev/tty) followed by a
Primary Device Attributes request (DA1, `ESC [ c`), which every terminal
answers: a terminal that does not know OSC 11 answers DA1 alone, so brief
stops waiting at once instead of at the timeout, and no late answer is left
to appear at the shell's prompt. Never asked from the background (reading
the terminal there would stop brief) nor when there is no terminal; the
terminal's settings are always restored.
"""

from __future__ import annotations

import contextlib
import os
import re
import select
import termios
import time

from briefcli.output.palette import is_light

QUERY = b"\x1b]11;?\x1b\\\x1b[c"
DEVICE_ATTRIBUTES = re.compile(rb"\x1b\[\?[0-9;]*c")
BACKGROUND = re.compile(rb"\x1b\]11;rgb:([0-9a-fA-F]{1,4})/([0-9a-fA-F]{1,4})/([0-9a-fA-F]{1,4})(?:\x07|\x1b\\)")
TIMEOUT = 0.25  # seconds: a local terminal answers within a few milliseconds
LONGEST_ANSWER = 256


def query_background(timeout: float = TIMEOUT, tty: str = "/dev/tty") -> str | None:
    """'light' or 'dark' as the terminal answers, None when it does not."""
    try:
        fd = os.open(tty, os.O_RDWR | os.O_NOCTTY)
    except OSError:
        return None
    try:
        if os.tcgetpgrp(fd) != os.getpgrp():
            return None
        with uncooked(fd):
            os.write(fd, QUERY)
            answer = read_answer(fd, timeout)
    except (OSError, termios.error):
        return None
    finally:
        os.close(fd)
    return background_of(answer)


@contextlib.contextmanager
def uncooked(fd: int):
    """No echo and no line buffering while the answer arrives (Ctrl-C still
    interrupts); the previous settings come back whatever happens, best
    effort: a terminal hung up meanwhile (SIGHUP) takes no settings, and the
    signal must still stop brief, not be lost in that failure."""
    saved = termios.tcgetattr(fd)
    changed = termios.tcgetattr(fd)
    changed[3] &= ~(termios.ICANON | termios.ECHO)
    changed[6][termios.VMIN] = 0
    changed[6][termios.VTIME] = 0
    termios.tcsetattr(fd, termios.TCSANOW, changed)
    try:
        yield
    finally:
        with contextlib.suppress(OSError, termios.error):
            termios.tcsetattr(fd, termios.TCSANOW, saved)


def read_answer(fd: int, timeout: float) -> bytes:
    """What the terminal sends until its DA1 answer, or the timeout."""
    answer = b""
    deadline = time.monotonic() + timeout
    while not DEVICE_ATTRIBUTES.search(answer) and len(answer) < LONGEST_ANSWER:
        left = deadline - time.monotonic()
        if left <= 0 or not select.select([fd], [], [], left)[0]:
            break
        answer += os.read(fd, LONGEST_ANSWER)
    return answer


def background_of(answer: bytes) -> str | None:
    """'light' or 'dark' from an OSC 11 answer (`rgb:RRRR/GGGG/BBBB`, 1 to 4
    hex digits a channel)."""
    match = BACKGROUND.search(answer)
    if not match:
        return None
    rgb = tuple(round(int(channel, 16) * 255 / (16 ** len(channel) - 1)) for channel in match.groups())
    return "light" if is_light(rgb) else "dark"  # type: ignore[arg-type]
