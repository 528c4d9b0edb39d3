"""Fuzz brief: random inputs through every command and every format.

Inputs are random bytes, and random text (Arabic, French and English words,
combining marks, harakat, C0 and C1 controls, escape sequences, bidi
controls, quotation marks, Markdown and HTML pieces, character references)
written in UTF-8, UTF-16 or windows-1256, as text files, Markdown files and
HTML pages. Each goes through `brief read`, `brief read --summary`, `brief
summarize` and `brief quotes` in every format (text piped, visual and logical
on a terminal, json, jsonl, markdown), in process, with random options.

A run passes when it ends with status 0, 1 or 2 (an error: exactly one
`brief: ...` line) and its output holds no control character but newlines
(nor any of brief's own escapes, asked for with --color never; on a terminal,
brief's own marks and closed isolates around the values of the lines it
composes are allowed: tests/conftest.py's stray_controls). An exception
escaping brief is what a user would see as "internal error" (exit 70).

    python bench/fuzz.py                 # 2,000 inputs, seed 0
    python bench/fuzz.py -n 500 --seed 7 # another sample
    python bench/fuzz.py --processes 20  # and 20 of them as real processes
    python bench/fuzz.py --out DIR ...   # another folder for inputs (to run several at once)

Failing inputs are kept in bench/out/fuzz/ to reproduce them.
"""

from __future__ import annotations

import argparse
import io
import random
import re
import subprocess
import sys
import time
import traceback
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tests"))

from briefcli.cli import run  # noqa: E402
from briefcli.environment import Environment  # noqa: E402
from conftest import stray_controls  # noqa: E402

OUT = ROOT / "bench" / "out" / "fuzz"
WORDS = (
    "قال الوزير إن الخطة جاهزة وأضاف أن الحكومة ستعلن عن تفاصيلها مشيرا إلى المصدر ذاته حسب البيان "
    "le ministre a déclaré que le plan était prêt a-t-il ajouté selon l'AFP « nous sommes prêts » "
    "the minister said the plan was ready he added according to officials"
).split()
MARKS = ["\u064e", "\u0650", "\u0651", "\u0652", "\u064b", "\u0301", "\u0308", "\u0640", "\u200d", "\u200c"]
CONTROLS = ["\x1b[31m", "\x1b]0;x\x07", "\x1b]52;c;eA==\x07", "\x1b]8;;http://x/\x07", "\x1bP1$q\x1b\\",
            "\x9b2J", "\x07", "\x08", "\x00", "\x0b", "\x0c", "\r", "\t", "\x7f", "\x85", "\u2028", "\u2029"]
BIDI = ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069", "\u200e",
        "\u200f", "\u061c"]
PUNCTUATION = list(".!?؟،؛:,;…«»“”„‹›\"'()[]-—") + ["\n", "\n\n", "  ", " ", ". ", "، ", "\n# ", "*", "_", "`",
                                                     "> ", "- ", "1. "]
HTML = ["<p>", "</p>", "<div class='byline'>", "</div>", "<h1>", "</h1>", "<title>", "</title>", "<br>",
        "&#27;", "&#x9b;", "&#150;", "&amp;", "&nbsp;", "<script>x</script>", "<!-- c -->",
        "<meta charset='rot13'>", "<meta property='og:title' content='", "'>", "<div " + "a='v' " * 200 + ">"]
ENCODINGS = ["utf-8", "utf-8", "utf-8", "utf-16", "utf-16-le", "cp1256"]
SUFFIXES = [".txt", ".txt", ".md", ".html", ""]
OUTPUTS = {
    "text": ["--bidi", "off"],
    "visual": ["--bidi", "visual"],
    "logical": ["--bidi", "logical"],
    "json": ["--format", "json"],
    "jsonl": ["--format", "jsonl"],
    "markdown": ["--format", "markdown"],
}
COMMANDS = {
    "read": ["read"],
    "read --summary": ["read", "--summary"],
    "summarize": ["summarize"],
    "quotes": ["quotes"],
}


def random_text(rng: random.Random) -> str:
    pieces = []
    for _ in range(rng.randrange(0, 400)):
        kind = rng.random()
        if kind < 0.58:
            pieces.append(rng.choice(WORDS) + " ")
        elif kind < 0.66:
            pieces.append(rng.choice(MARKS))
        elif kind < 0.68:  # more would make most inputs binary data, refused as such
            pieces.append(rng.choice(CONTROLS))
        elif kind < 0.73:
            pieces.append(rng.choice(BIDI))
        elif kind < 0.93:
            pieces.append(rng.choice(PUNCTUATION))
        else:
            pieces.append(chr(rng.randrange(0x20, 0x3000)))
    return "".join(pieces)


def random_input(rng: random.Random) -> tuple[bytes, str]:
    """The bytes of an article and the suffix of its file name."""
    kind = rng.random()
    if kind < 0.15:
        return bytes(rng.randrange(256) for _ in range(rng.randrange(0, 3000))), rng.choice(SUFFIXES)
    text = random_text(rng)
    suffix = rng.choice(SUFFIXES)
    if kind < 0.4 or suffix == ".html":
        parts = text.split(" ")
        text = "".join(f"{rng.choice(HTML)}{part} " if rng.random() < 0.2 else f"{part} " for part in parts)
        text = f"<!DOCTYPE html><html><head><title>{rng.choice(WORDS)}</title></head><body>{text}</body></html>"
    encoding = rng.choice(ENCODINGS)
    data = text.encode(encoding, "surrogatepass" if encoding.startswith("utf") else "replace")
    if rng.random() < 0.1:  # cut anywhere, as a download that broke off
        data = data[: rng.randrange(len(data) + 1)]
    return data, suffix


def random_options(rng: random.Random, command: list[str]) -> list[str]:
    options = []
    if rng.random() < 0.2:
        options += ["--width", str(rng.choice([10, 11, 20, 33, 80, 1000]))]
    if rng.random() < 0.15:
        options += ["--direction", rng.choice(["rtl", "ltr"])]
    if rng.random() < 0.1:
        options += ["--no-shape"]
    if rng.random() < 0.1:
        options += ["--language", rng.choice(["ar", "fr", "en"])]
    if rng.random() < 0.05:
        options += ["--encoding", rng.choice(["utf-8", "cp1256", "utf-16", "latin-1", "rot13", "idna"])]
    if command[0] != "quotes" and (command[0] == "summarize" or "--summary" in command) and rng.random() < 0.3:
        options += rng.choice([["-n", "1"], ["--ratio", "0.5"], ["--words", "20"], ["-m", "lexrank"],
                               ["-m", "textrank"], ["-m", "lsa"], ["-m", "kl"]])
    if command[0] == "quotes" and rng.random() < 0.2:
        options += ["--no-indirect"]
    return options


def run_once(args: list[str], tty: bool) -> tuple[int | str, str, str]:
    """Status (or the exception that escaped), stdout and stderr of brief in process."""
    env = Environment(stdout=io.StringIO(), stderr=io.StringIO(), stdin=io.BytesIO(), stdout_isatty=tty,
                      environ={"TERM": "xterm"}, terminal_columns=80, terminal_lines=10_000)
    try:
        status: int | str = run(args, env)
    except BaseException as error:  # what main() would call an internal error
        status = f"{type(error).__name__}: {error}"
        env.stderr.write(traceback.format_exc())
    return status, env.stdout.getvalue(), env.stderr.getvalue()


def problem(status: int | str, stdout: str, stderr: str, tty: bool) -> str | None:
    if isinstance(status, str):
        return f"internal error ({status})"
    if status not in (0, 1, 2):
        return f"exit {status}"
    if status and not (stderr.startswith("brief: ") and stderr.count("\n") == 1):
        return "error not one brief: line"
    if status == 0 and stray_controls(stdout, terminal=tty):
        return "control character in the output"
    if "Traceback" in stdout + stderr:
        return "traceback"
    return None


def keep(out: Path, number: int, data: bytes, suffix: str, args: list[str], what: str, stderr: str) -> None:
    name = f"{number:05d}{suffix}"
    (out / name).write_bytes(data)
    with open(out / "failures.txt", "a", encoding="utf-8") as log:
        log.write(f"{name}\t{' '.join(args)}\t{what}\n{stderr}\n")


def reason(stderr: str, out: Path) -> str:
    """An error line with its file name and figures left out, to count its kind."""
    return re.sub(r"\d+", "N", stderr.removeprefix("brief: ").replace(str(out), "").split("\n")[0])[:70]


def fuzz(count: int, seed: int, out: Path) -> tuple[Counter, Counter, Counter, list[Path]]:
    rng = random.Random(seed)
    statuses: Counter = Counter()
    problems: Counter = Counter()
    reasons: Counter = Counter()
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for number in range(count):
        data, suffix = random_input(rng)
        path = out / f"input{suffix}"
        path.write_bytes(data)
        for command in COMMANDS.values():
            for output, output_args in OUTPUTS.items():
                args = [*command, str(path), *output_args, "--color", "never", "--no-pager",
                        *random_options(rng, command)]
                tty = output in ("visual", "logical")
                status, stdout, stderr = run_once(args, tty)
                statuses[status if isinstance(status, int) else "internal error"] += 1
                if status in (1, 2):
                    reasons[reason(stderr, out)] += 1
                found = problem(status, stdout, stderr, tty)
                if found:
                    problems[found] += 1
                    keep(out, number, data, suffix, args, found, stderr)
        if number < 50:
            kept = out / f"sample{number:02d}{suffix}"
            kept.write_bytes(data)
            paths.append(kept)
        if (number + 1) % 100 == 0:
            print(f"  ... {number + 1} inputs: {sum(statuses.values())} runs, {sum(problems.values())} problems",
                  flush=True)
    return statuses, problems, reasons, paths


def processes(paths: list[Path], count: int) -> Counter:
    """Some inputs as real processes: exit status and any traceback."""
    outcomes: Counter = Counter()
    for path in paths[:count]:
        for command in COMMANDS.values():
            run_ = subprocess.run([sys.executable, "-m", "briefcli", *command, str(path), "--format", "json"],
                                  capture_output=True, timeout=120)
            outcomes[run_.returncode] += 1
            if b"Traceback" in run_.stderr or run_.returncode not in (0, 1, 2):
                outcomes["problem"] += 1
    return outcomes


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("-n", "--inputs", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--processes", type=int, default=0, help="also run this many inputs as real processes")
    parser.add_argument("--out", type=Path, default=OUT, help="where inputs and failures are kept")
    options = parser.parse_args()
    (options.out / "failures.txt").unlink(missing_ok=True)
    start = time.monotonic()
    statuses, problems, reasons, paths = fuzz(options.inputs, options.seed, options.out)
    runs = sum(statuses.values())
    print(f"{options.inputs} inputs (seed {options.seed}), {runs} runs of brief "
          f"({len(COMMANDS)} commands x {len(OUTPUTS)} formats) in {time.monotonic() - start:.0f} s")
    for status, number in sorted(statuses.items(), key=str):
        print(f"  exit {status}: {number}")
    print("  most frequent errors:" + "".join(f"\n    {n:6}  {what}" for what, n in reasons.most_common(10)))
    print(f"  problems: {sum(problems.values())}" + "".join(f"\n    {what}: {n}" for what, n in problems.items()))
    if options.processes:
        outcomes = processes(paths, options.processes)
        print(f"as real processes ({min(options.processes, len(paths))} inputs x {len(COMMANDS)} commands): "
              + ", ".join(f"{key}: {value}" for key, value in sorted(outcomes.items(), key=str)))
    if problems:
        print(f"failing inputs: {options.out}/failures.txt")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
