"""Peak memory of every command and format against brief's bound: 40 times
the input's size plus 100 MB.

Inputs of the shapes that cost most per byte, the many-tiny-paragraph ones
(two words a paragraph, one word a line, one character a line, words set
apart by blank lines, text hard-wrapped in very short lines, a Markdown list),
then one single paragraph and the sample article repeated (real prose).
Formats: text piped (plain), text as a terminal gets it (--bidi visual and
logical with colours, forced into the pipe, or with --tty on a
pseudo-terminal), json, jsonl and markdown. Each run is a fresh process; its
peak resident memory is read from getrusage when it exits.

    python bench/memory.py                              # 11 and 20 MB of every shape
    python bench/memory.py --megabytes 2 --shapes one-word --commands read --jobs 2
"""

from __future__ import annotations

import argparse
import os
import pty
import subprocess
import sys
import textwrap
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_290846f659525b14.txt"
OUT = ROOT / "bench" / "out" / "memory"
WORDS = ["قال", "الوزير", "le", "ministre", "said", "plan", "الخطة", "جاهزة"]
CHARACTERS = "قالوزيرlemnistrpb"
COMMANDS = {
    "read": ["read"], "summarize": ["summarize"], "summarize-lead": ["summarize", "-m", "lead"], "quotes": ["quotes"],
}
FORMATS = {
    "text": ["--format", "text"],
    "visual": ["--format", "text", "--bidi", "visual", "--color", "always", "--no-pager"],
    "logical": ["--format", "text", "--bidi", "logical", "--color", "always", "--no-pager"],
    "json": ["--format", "json"], "jsonl": ["--format", "jsonl"], "markdown": ["--format", "markdown"],
}
TERMINAL_FORMATS = ("visual", "logical")
MEASURE = (
    "import atexit, resource, sys\n"
    "atexit.register(lambda: print('peak', resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr))\n"
    "from briefcli.cli import main\nmain(sys.argv[1:])"
)


def lines_of(size: int, words_a_line: int, separator: str = "\n") -> str:
    lines, total, number = [], 0, 0
    while total < size:
        line = " ".join(WORDS[(number * 7 + k * 3) % len(WORDS)] for k in range(words_a_line))
        lines.append(line)
        total += len((line + separator).encode())
        number += 1
    return separator.join(lines) + "\n"


def characters(size: int) -> str:
    """One letter a line, Arabic and Latin."""
    lines, total, number = [], 0, 0
    while total < size:
        lines.append(CHARACTERS[number * 5 % len(CHARACTERS)])
        total += len(lines[-1].encode()) + 1
        number += 1
    return "\n".join(lines) + "\n"


def repeated_sample(size: int, width: int | None = None) -> str:
    """The sample's paragraphs again and again; with `width`, each hard-wrapped at that many columns."""
    paragraphs = SEED.read_text(encoding="utf-8").split("\n")[2:]
    if width:
        paragraphs = ["\n".join(textwrap.wrap(p, width)) for p in paragraphs if p]
    text, total = [], 0
    while total < size:
        for paragraph in paragraphs:
            text.append(paragraph)
            total += len(paragraph.encode()) + 1
    return "\n".join(text) + "\n"


def markdown_list(size: int) -> str:
    return "# قائمة\n\n" + "".join(f"- {line}\n" for line in lines_of(size, 2).split("\n")[:-1])


SHAPES = {
    "two-words": lambda size: lines_of(size, 2),
    "one-word": lambda size: lines_of(size, 1),
    "one-char": characters,
    "blank-lines": lambda size: lines_of(size, 1, "\n\n"),
    "wrapped": lambda size: repeated_sample(size, 12),
    "markdown-list": markdown_list,
    "one-paragraph": lambda size: lines_of(size, 2).replace("\n", " ").strip() + ".\n",
    "sample": repeated_sample,
}


def run_on_terminal(command: list[str]) -> tuple[int, str]:
    """Status and stderr of `command` writing to a pseudo-terminal (read and dropped)."""
    main, side = pty.openpty()
    process = subprocess.Popen(command, stdout=side, stderr=subprocess.PIPE, text=True,
                               env={**os.environ, "COLUMNS": "80", "LINES": "24", "TERM": "xterm-256color"})
    os.close(side)
    try:
        while os.read(main, 1 << 16):
            pass
    except OSError:  # EIO: the terminal's other side is closed
        pass
    finally:
        os.close(main)
    return process.wait(), process.stderr.read()


def peak(args: list[str], tty: bool) -> tuple[float, float, int]:
    """Peak resident MB, seconds and status of brief run with `args`."""
    start = time.monotonic()
    command = [sys.executable, "-c", MEASURE, *args]
    if tty:
        status, stderr = run_on_terminal(command)
    else:
        run = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        status, stderr = run.returncode, run.stderr
    lines = [line for line in stderr.splitlines() if line.startswith("peak ")]
    used = int(lines[-1].split()[1]) / 1024 if lines else float("nan")
    return used, time.monotonic() - start, status


def input_file(shape: str, size: int) -> Path:
    path = OUT / f"{shape}-{size}.{'md' if shape == 'markdown-list' else 'txt'}"
    if not path.exists():
        path.write_text(SHAPES[shape](size), encoding="utf-8")
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--megabytes", type=float, nargs="+", default=[11, 20])
    parser.add_argument("--shapes", nargs="+", choices=list(SHAPES), default=list(SHAPES))
    parser.add_argument("--commands", nargs="+", choices=list(COMMANDS), default=list(COMMANDS))
    parser.add_argument("--formats", nargs="+", choices=list(FORMATS), default=list(FORMATS))
    parser.add_argument("--tty", action="store_true", help="write the terminal formats to a pseudo-terminal")
    parser.add_argument("--jobs", type=int, default=1, help="runs at a time")
    options = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    runs = []
    for megabytes in options.megabytes:
        size = int(megabytes * 1e6)
        for shape in options.shapes:
            path = input_file(shape, size)
            for command in options.commands:
                for output in options.formats:
                    args = [*COMMANDS[command], str(path), *FORMATS[output], "--max-bytes", str(size * 2)]
                    runs.append((shape, command, output, path, args, options.tty and output in TERMINAL_FORMATS))
    print(f"{'shape':14} {'command':15} {'format':9} {'MB in':>6} {'peak MB':>8} {'bound MB':>9} {'ratio':>6} "
          f"{'x input':>8} {'s':>6}", flush=True)
    over = 0
    with ThreadPoolExecutor(options.jobs) as pool:
        results = pool.map(lambda run: peak(run[4], run[5]), runs)
        for (shape, command, output, path, _, _), (used, seconds, status) in zip(runs, results):
            megabytes = path.stat().st_size / 1e6
            bound = 40 * megabytes + 100
            over += not used <= bound
            mark = "" if status == 0 else f" (exit {status})"
            print(f"{shape:14} {command:15} {output:9} {megabytes:6.1f} {used:8.0f} {bound:9.0f} "
                  f"{used / bound:6.2f} {used / megabytes:8.1f} {seconds:6.1f}{mark}"
                  f"{'' if used <= bound else '  OVER'}", flush=True)
    print(f"{over} of {len(runs)} runs over the bound")
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
