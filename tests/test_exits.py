"""How brief ends: every bad option or stream is one `brief:` line with exit
1 or 2, never an internal error or a traceback; closed pipes end quietly
with 0; SIGTERM and SIGHUP put the terminal back as Ctrl-C does; Ctrl-C
reaches the pager."""

from __future__ import annotations

import fcntl
import os
import pty
import signal
import struct
import subprocess
import sys
import termios
import time

import pytest

from conftest import SEED, brief

EXPLICIT, IMPLICIT = b"\x1b[8l", b"\x1b[8h"
TERMINAL_VARIABLES = ("TMUX", "STY", "TERM", "TERM_PROGRAM", "VTE_VERSION", "KONSOLE_VERSION", "MLTERM",
                      "KITTY_WINDOW_ID", "BRIEF_BIDI", "BRIEF_PAGER", "PAGER", "NO_COLOR", "FORCE_COLOR",
                      "COLUMNS", "LINES")


def one_line(result, status: int) -> None:
    assert result.status == status, result
    assert result.stderr.startswith("brief: ") and result.stderr.count("\n") == 1, result.stderr


@pytest.mark.parametrize("args", [
    ("--timeout", "nan"), ("--timeout", "inf"), ("--timeout", "1e10"), ("--timeout", "-1"),
    ("--max-bytes", str(2 ** 70)), ("--max-bytes", "0"),
    ("--width", "10000"), ("--width", "5"), ("--jobs", "0"), ("--jobs", "100000"),
    ("--encoding", "rot13"), ("--encoding", "base64"), ("--encoding", "undefined"), ("--encoding", "klingon"),
    ("--encoding", "punycode"),
])
def test_options_out_of_range_are_usage_errors(args):
    one_line(brief("read", str(SEED), *args), 2)


def test_a_large_max_bytes_reads_only_what_there_is():
    result = brief("read", str(SEED), "--max-bytes", str(2 ** 40))
    assert result.status == 0 and result.stdout


def test_a_text_codec_that_refuses_the_bytes_is_an_input_error(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(b"xn--a")  # IDNA refuses it with a bare UnicodeError
    one_line(brief("read", str(path), "--encoding", "idna"), 1)


def shell(command: str, timeout: float = 60) -> subprocess.CompletedProcess:
    """`command` in bash, with `brief` standing for this Python's brief."""
    brief_command = f"{sys.executable} -m briefcli"
    return subprocess.run(["bash", "-c", command.replace("brief ", brief_command + " ")],
                          capture_output=True, text=True, errors="replace", timeout=timeout)


def test_a_full_disk_is_one_line():
    result = shell(f"brief read {SEED} > /dev/full")
    assert result.returncode == 1 and result.stderr == "brief: cannot write the result to standard output " \
                                                       "(No space left on device)\n", result.stderr


@pytest.mark.parametrize("command, message", [
    (f"brief read {SEED} >&-", "brief: cannot write the result: standard output is closed\n"),
    ("brief read - <&-", "brief: cannot read standard input (standard input is closed)\n"),
    (f"brief read {SEED} --format json <&- >&-", "brief: cannot write the result: standard output is closed\n"),
])
def test_closed_standard_streams_are_one_line(command, message):
    result = shell(command)
    assert result.returncode == 1 and result.stderr == message, result.stderr


@pytest.mark.parametrize("reader", ["true", "head -1", "head -c 10"])
@pytest.mark.parametrize("args", [("read",), ("read", "--format", "json"), ("quotes",), ("--help",)])
def test_a_reader_that_leaves_early_ends_brief_quietly(reader, args):
    article = () if args == ("--help",) else (str(SEED),)
    result = shell(f"brief {' '.join(args)} {' '.join(article)} | {reader}; exit ${{PIPESTATUS[0]}}")
    assert result.returncode == 0 and result.stderr == "", result.stderr


def many_articles(tmp_path, count: int = 200) -> str:
    """A --files-from list of `count` articles."""
    listing = tmp_path / "list.txt"
    listing.write_text(f"{SEED}\n" * count, encoding="utf-8")
    return str(listing)


@pytest.mark.parametrize("reader", ["true", "head -1"])
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_reader_that_leaves_early_ends_many_articles_quietly(tmp_path, reader, jobs):
    command = f"brief read --files-from {many_articles(tmp_path)} -f jsonl --jobs {jobs} | {reader}"
    result = shell(f"{command}; exit ${{PIPESTATUS[0]}}")
    assert result.returncode == 0 and result.stderr == "", result.stderr


@pytest.mark.parametrize("signal_number", [signal.SIGTERM, signal.SIGHUP])
@pytest.mark.parametrize("whom", ["brief", "its process group"])
def test_a_signal_stops_worker_processes_too(tmp_path, signal_number, whom):
    """brief blocked writing many articles (nobody reads yet) with worker
    processes ends with 128 + the signal's number, as one process does, and
    no worker is left behind or prints a traceback, whether the signal
    reached brief alone (kill) or every process of the job (a hang-up)."""
    process = subprocess.Popen(
        [sys.executable, "-m", "briefcli", "read", "--files-from", many_articles(tmp_path, 2000), "-f", "jsonl",
         "--jobs", "2"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
    time.sleep(3)  # the pipe is full: brief and its workers wait
    if whom == "brief":
        process.send_signal(signal_number)
    else:
        os.killpg(process.pid, signal_number)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 128 + signal_number
    assert b"Traceback" not in stderr, stderr.decode()
    time.sleep(2)  # STOP_WAIT for a worker still busy
    with pytest.raises(ProcessLookupError):
        os.killpg(process.pid, 0)


def long_arabic_article(tmp_path) -> str:
    paragraphs = SEED.read_text(encoding="utf-8").split("\n")[2:]
    path = tmp_path / "long.txt"
    path.write_text("\n".join(paragraphs * 20), encoding="utf-8")
    return str(path)


def start_on_pty(args: list[str], environ: dict) -> tuple[subprocess.Popen, int]:
    """brief writing to a new pseudo-terminal (80x24) that nobody reads yet,
    in a process group of its own (as a shell's foreground job)."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    base = {key: value for key, value in os.environ.items() if key not in TERMINAL_VARIABLES}
    process = subprocess.Popen([sys.executable, "-m", "briefcli", *args], stdin=subprocess.DEVNULL,
                               stdout=slave, stderr=subprocess.PIPE, env={**base, "TERM": "xterm", **environ},
                               start_new_session=True)
    os.close(slave)
    return process, master


def read_until(master: int, wanted: bytes, timeout: float = 60) -> bytes:
    seen = b""
    deadline = time.monotonic() + timeout
    while wanted not in seen and time.monotonic() < deadline:
        seen += os.read(master, 4096)
    assert wanted in seen
    return seen


def drain(master: int, process: subprocess.Popen) -> bytes:
    chunks = []
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:  # EIO: the last writer closed the terminal
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(master)
    process.wait(timeout=30)
    return b"".join(chunks)


@pytest.mark.parametrize("signal_number", [signal.SIGTERM, signal.SIGHUP, signal.SIGINT])
def test_a_signal_while_writing_puts_the_terminal_back(tmp_path, signal_number):
    """brief blocked writing a long page to a VTE terminal (nobody reads it)
    is stopped: the explicit mode it set is ended before it exits."""
    process, master = start_on_pty(["read", long_arabic_article(tmp_path), "--no-pager"], {"VTE_VERSION": "7006"})
    seen = read_until(master, EXPLICIT)
    time.sleep(1.5)  # brief fills the terminal's buffer and blocks
    process.send_signal(signal_number)
    screen = seen + drain(master, process)
    assert screen.endswith(IMPLICIT), screen[-80:]
    assert process.returncode == 128 + signal_number
    assert b"Traceback" not in process.stderr.read()


def test_ctrl_c_reaches_the_pager(tmp_path):
    process, master = start_on_pty(["read", str(SEED), "--pager"], {"BRIEF_PAGER": "sleep 30"})
    time.sleep(2)  # the pager has started
    started = time.monotonic()
    os.killpg(process.pid, signal.SIGINT)  # Ctrl-C goes to the whole foreground job
    drain(master, process)
    assert time.monotonic() - started < 10
