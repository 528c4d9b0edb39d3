"""Peak memory of every command and format against brief's bound: 40 times
the input's size plus 100 MB.

Inputs of the shapes that cost most per byte: two-word paragraphs, one word
a line, one single paragraph, and the sample article repeated (real prose).
Each run is a fresh process; its peak resident memory is read from
getrusage when it exits.

    python bench/memory.py                    # 4 MB of each shape
    python bench/memory.py --megabytes 20 --shapes two-words one-word
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_290846f659525b14.txt"
OUT = ROOT / "bench" / "out" / "memory"
WORDS = ["قال", "الوزير", "le", "ministre", "said", "plan", "الخطة", "جاهزة"]
COMMANDS = {"read": ["read"], "summarize": ["summarize", "-m", "lead"], "quotes": ["quotes"]}
FORMATS = ["text", "json", "jsonl", "markdown"]
MEASURE = (
    "import atexit, resource, sys\n"
    "atexit.register(lambda: print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr))\n"
    "from briefcli.cli import main\nmain(sys.argv[1:])"
)


def lines_of(size: int, words_a_line: int) -> str:
    lines, total, number = [], 0, 0
    while total < size:
        line = " ".join(WORDS[(number * 7 + k * 3) % len(WORDS)] for k in range(words_a_line))
        lines.append(line)
        total += len(line.encode()) + 1
        number += 1
    return "\n".join(lines) + "\n"


def repeated_sample(size: int) -> str:
    paragraphs = SEED.read_text(encoding="utf-8").split("\n")[2:]
    text, copies = [], 0
    while sum(len(p.encode()) + 1 for p in text) < size:
        text += paragraphs
        copies += 1
    return "\n".join(text) + "\n"


SHAPES = {
    "two-words": lambda size: lines_of(size, 2),
    "one-word": lambda size: lines_of(size, 1),
    "one-paragraph": lambda size: lines_of(size, 2).replace("\n", " ").strip() + ".\n",
    "sample": repeated_sample,
}


def peak(args: list[str]) -> tuple[float, float, int]:
    """Peak resident MB, seconds and status of brief run with `args`."""
    start = time.monotonic()
    run = subprocess.run([sys.executable, "-c", MEASURE, *args], stdout=subprocess.DEVNULL,
                         stderr=subprocess.PIPE, text=True)
    return int(run.stderr.split()[-1]) / 1024, time.monotonic() - start, run.returncode


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--megabytes", type=float, default=4)
    parser.add_argument("--shapes", nargs="+", choices=list(SHAPES), default=list(SHAPES))
    options = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    size = int(options.megabytes * 1e6)
    over = 0
    print(f"{'shape':14} {'command':10} {'format':9} {'peak MB':>8} {'x input':>8} {'bound MB':>9} {'s':>6}")
    for shape in options.shapes:
        path = OUT / f"{shape}.txt"
        path.write_text(SHAPES[shape](size), encoding="utf-8")
        megabytes = path.stat().st_size / 1e6
        bound = 40 * megabytes + 100
        for command, args in COMMANDS.items():
            for output in FORMATS:
                used, seconds, status = peak([*args, str(path), "--format", output, "--max-bytes", str(size * 2)])
                over += used > bound
                mark = "" if status == 0 else f" (exit {status})"
                print(f"{shape:14} {command:10} {output:9} {used:8.0f} {used / megabytes:8.1f} {bound:9.0f} "
                      f"{seconds:6.1f}{mark}{'  OVER' if used > bound else ''}")
    print(f"{over} runs over the bound")
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
