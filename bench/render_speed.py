"""How much CPU brief spends laying Arabic out for a terminal.

Builds 1 MB of Arabic (UTF-8) from the EASC articles in ../shared/corpus (or
the sample article repeated when the corpus is absent), writes it to a file,
then runs `brief read FILE` as a user does, each way several times, and
prints the CPU time (user + system, the least and the median of the runs) of
the whole process and its ratio to `--bidi off` (each round runs every way
once, one after the other, so a ratio is taken under the same load; the
median of those ratios):
  off                   the logical text (what a pipe gets)
  visual                visual order into a file (layout, no styles)
  visual, terminal      visual order onto a pseudo-terminal, with colours
                        (quotations coloured by speaker, as `brief read` shows them)
  logical, terminal     logical order onto a pseudo-terminal (mlterm, Konsole)
  kitty, terminal       visual order as kitty needs it
The terminal runs also find the article's quotations (for their colours),
which `--bidi off` does not need, so they are shown apart. Then the
visual pipeline alone, in process (render/: shape, wrap, reorder, align).

    python bench/render_speed.py [--megabytes 1] [--width 80] [--repeat 5]
"""

from __future__ import annotations

import argparse
import os
import pty
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from briefcli.render.engine import load_engine  # noqa: E402
from briefcli.render.layout import LayoutOptions, LineLayout  # noqa: E402

EASC = ROOT.parent / "shared" / "corpus" / "easc" / "articles"
SAMPLE = ROOT / "seeds" / "000_290846f659525b14.txt"
# The terminal's variables are set per run; bytecode is written and used, as
# an installed brief has it (pip compiles it): without it every run would
# also compile brief's modules, more of them for a terminal than for a pipe.
LEFT_OUT = ("TMUX", "STY", "TERM_PROGRAM", "VTE_VERSION", "KONSOLE_VERSION", "MLTERM", "KITTY_WINDOW_ID",
            "BRIEF_BIDI", "BRIEF_PAGER", "NO_COLOR", "FORCE_COLOR", "COLORFGBG", "XTERM_VERSION",
            "PYTHONDONTWRITEBYTECODE")


def arabic_paragraphs(size: int) -> tuple[list[str], str]:
    files = sorted(EASC.glob("*.txt")) if EASC.is_dir() else []
    source = f"EASC ({EASC})" if files else f"the sample article repeated ({SAMPLE.name})"
    texts = [path.read_text(encoding="utf-8") for path in files] or [SAMPLE.read_text(encoding="utf-8")]
    paragraphs: list[str] = []
    total = 0
    while total < size:
        for text in texts:
            for paragraph in text.split("\n"):
                paragraph = paragraph.strip()
                if paragraph and total < size:
                    paragraphs.append(paragraph)
                    total += len(paragraph.encode("utf-8")) + 1
    return paragraphs, source


def drain(fd: int) -> None:
    while True:
        try:
            if not os.read(fd, 1 << 16):
                return
        except OSError:
            return


def cpu_of_run(args: list[str], environ: dict[str, str], terminal: bool) -> float:
    """User + system CPU seconds of one `brief` process."""
    command = [sys.executable, "-m", "briefcli", *args]
    if not terminal:
        with open(os.devnull, "wb") as sink:
            process = subprocess.Popen(command, stdout=sink, env=environ)
    else:
        master, slave = pty.openpty()
        process = subprocess.Popen(command, stdout=slave, stdin=subprocess.DEVNULL, env=environ)
        os.close(slave)
        reader = threading.Thread(target=drain, args=(master,), daemon=True)
        reader.start()
    _, status, usage = os.wait4(process.pid, 0)
    if terminal:
        reader.join(timeout=10)
        os.close(master)
    if status:
        raise SystemExit(f"brief {' '.join(args)} failed ({status})")
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--megabytes", type=float, default=1.0)
    parser.add_argument("--width", type=int, default=80)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    paragraphs, source = arabic_paragraphs(int(args.megabytes * 1_000_000))
    base = {key: value for key, value in os.environ.items() if key not in LEFT_OUT}
    xterm = {**base, "TERM": "xterm-256color"}
    with tempfile.TemporaryDirectory() as folder:
        article = Path(folder) / "big.txt"
        article.write_text("\n".join(paragraphs) + "\n", encoding="utf-8")
        megabytes = article.stat().st_size / 1_000_000
        read = ["read", str(article), "--no-pager", "--width", str(args.width)]
        runs = {
            "off": (read + ["--bidi", "off"], base, False),
            "visual": (read + ["--bidi", "visual"], base, False),
            "visual, terminal": (read, xterm, True),
            "logical, terminal": (read + ["--bidi", "logical"], xterm, True),
            "kitty, terminal": (read, {**base, "TERM": "xterm-kitty"}, True),
            "off, terminal": (read + ["--bidi", "off"], xterm, True),
        }
        times: dict[str, list[float]] = {name: [] for name in runs}
        for arguments, environ, terminal in runs.values():  # a first run writes the bytecode
            cpu_of_run(arguments, environ, terminal)
        for _ in range(args.repeat):  # interleaved, so that the machine's load falls on all alike
            for name, (arguments, environ, terminal) in runs.items():
                times[name].append(cpu_of_run(arguments, environ, terminal))
    print(f"{megabytes:.2f} MB of Arabic in {len(paragraphs)} paragraphs from {source}; width {args.width}; "
          f"CPU seconds of the whole process in {args.repeat} rounds")
    print(f"{'':22}{'least':>8}{'median':>8}{'x off':>8}")
    for name, values in times.items():
        reference = times["off, terminal" if name.endswith("terminal") else "off"]
        ratios = [value / base for value, base in zip(values, reference)]
        print(f"{name:22}{min(values):8.2f}{statistics.median(values):8.2f}{statistics.median(ratios):8.2f}")
    print("x off: the median, over the rounds, of the run's CPU over that of `--bidi off` in the same round "
          "(onto the same pseudo-terminal for terminal runs, which also find the quotations)")

    engine = load_engine()
    layout = LineLayout(LayoutOptions(args.width), engine, engine)
    start = time.process_time()
    lines = sum(len(layout.block(text, "rtl")) for text in paragraphs)
    seconds = time.process_time() - start
    print(f"visual pipeline alone ({engine.name}): {lines} lines in {seconds:.2f} s, {megabytes / seconds:.2f} MB/s")


if __name__ == "__main__":
    main()
