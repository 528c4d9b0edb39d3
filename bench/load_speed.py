"""Loading stays linear: time `brief read --format json` on large articles.

    python bench/load_speed.py [--mb 19] [--big-mb 50] [--repeat 1] [--keep DIR]

Builds each kind of large article at half and at full size (--mb) in a
temporary folder, runs brief on it as a real process (its output thrown
away) and prints wall-clock seconds (the best of --repeat runs), MB/s and
the ratio full/half, then the same for CPU seconds, the steadier figure on a
shared machine: a ratio about 2 means linear, 4 quadratic. Then one --big-mb file with --max-bytes raised, and the
default 20 MB limit refusing a file over it.

Kinds: the sample article repeated (one paragraph a line), the EASC articles
repeated, the sample hard-wrapped at 70 columns with blank lines between
paragraphs, hard-wrapped with indented paragraphs and no blank line (as EASC's
092.txt), every closing quotation mark removed, the whole body as one
paragraph without closing quotation marks, and Markdown full of unmatched
inline marks.
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import textwrap
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "seeds" / "000_290846f659525b14.txt"
EASC = ROOT.parent / "shared" / "corpus" / "easc" / "articles"
MB = 1024 * 1024


def sample_lines() -> list[str]:
    return SAMPLE.read_text(encoding="utf-8").split("\n")


def repeated(unit: str, size: int, head: str = "") -> str:
    """`head` then `unit` repeated up to about `size` bytes."""
    count = max(1, (size - len(head.encode())) // len(unit.encode()))
    return head + unit * count


def sample_repeated(size: int) -> str:
    return repeated("\n".join(sample_lines()) + "\n", size)


def easc_repeated(size: int) -> str:
    texts = [path.read_text(encoding="utf-8") for path in sorted(EASC.glob("*.txt"))]
    return repeated("\n".join(texts) + "\n", size)


def wrapped_blank_lines(size: int) -> str:
    lines = sample_lines()
    unit = "\n\n".join("\n".join(textwrap.wrap(p, 70)) for p in lines[2:]) + "\n\n"
    return repeated(unit, size, "\n".join(lines[:2]) + "\n\n")


def wrapped_indented(size: int) -> str:
    lines = sample_lines()
    unit = "".join(" " + "\n".join(textwrap.wrap(p, 70)) + "\n" for p in lines[2:])
    return repeated(unit, size, "\n".join(lines[:2]) + "\n")


def unbalanced_quotes(size: int) -> str:
    return sample_repeated(size).replace("\u201d", "")


def one_paragraph(size: int) -> str:
    body = " ".join(sample_lines()[2:]).replace("\u201d", "") + " "
    return repeated(body, size)


def markdown_unmatched(size: int) -> str:
    unit = "Le ministre [a dit _que **le plan ~~est (prêt `selon lui. " * 20 + "\n\n"
    return repeated(unit, size, "# Un titre\n\n")


KINDS: dict[str, Callable[[int], str]] = {
    "sample": sample_repeated,
    "easc": easc_repeated,
    "wrapped+blank": wrapped_blank_lines,
    "wrapped+indent": wrapped_indented,
    "unbalanced": unbalanced_quotes,
    "one-paragraph": one_paragraph,
    "markdown": markdown_unmatched,
}


def child_cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_brief(path: Path, *options: str, repeat: int = 1) -> tuple[float, float, int, str]:
    """Wall and CPU seconds (the best of `repeat` runs), exit status and the
    last line of stderr of brief reading `path`. CPU time is the steadier
    figure on a machine that other work shares."""
    command = [sys.executable, "-m", "briefcli", "read", "--format", "json", *options, str(path)]
    wall = cpu = float("inf")
    for _ in range(repeat):
        began, began_cpu = time.perf_counter(), child_cpu_seconds()
        done = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        wall = min(wall, time.perf_counter() - began)
        cpu = min(cpu, child_cpu_seconds() - began_cpu)
    return wall, cpu, done.returncode, (done.stderr.strip().splitlines() or [""])[-1]


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=19, help="full size of each kind (19)")
    parser.add_argument("--big-mb", type=float, default=50, help="size of the big file (50)")
    parser.add_argument("--repeat", type=int, default=1, help="runs per file, best kept (1)")
    parser.add_argument("--keep", type=Path, help="write the files here and keep them")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="brief-load-"))
    folder.mkdir(parents=True, exist_ok=True)
    full = int(args.mb * MB)
    print(f"{'kind':<15} {'MB':>6} {'half s':>7} {'full s':>7} {'MB/s':>6} {'full/half':>9}"
          f"  {'cpu: half':>9} {'full':>6} {'full/half':>9}")
    for name, make in KINDS.items():
        if name == "easc" and not EASC.is_dir():
            print(f"{name:<15} (no ../shared/corpus/easc)")
            continue
        half_path = write(folder, f"{name}-half.txt", make(full // 2))
        full_text = make(full)
        suffix = ".md" if name == "markdown" else ".txt"
        full_path = write(folder, f"{name}-full{suffix}", full_text)
        half_path = half_path.rename(half_path.with_suffix(suffix))
        half_s, half_cpu, status_half, _ = run_brief(half_path, repeat=args.repeat)
        full_s, full_cpu, status_full, error = run_brief(full_path, repeat=args.repeat)
        size = full_path.stat().st_size / MB
        failed = f"  exit {status_half}/{status_full}: {error}" if status_half or status_full else ""
        print(f"{name:<15} {size:6.1f} {half_s:7.2f} {full_s:7.2f} {size / full_s:6.2f} "
              f"{full_s / half_s:9.2f}  {half_cpu:9.2f} {full_cpu:6.2f} {full_cpu / half_cpu:9.2f}"
              f"{failed}")
    big = write(folder, "big.txt", sample_repeated(int(args.big_mb * MB)))
    big_mb = big.stat().st_size / MB
    raised = str(int((args.big_mb + 1) * MB))
    seconds, cpu, status, error = run_brief(big, "--max-bytes", raised, repeat=args.repeat)
    print(f"\n{big_mb:.1f} MB with --max-bytes raised: {seconds:.2f} s ({cpu:.2f} s CPU), "
          f"{big_mb / seconds:.2f} MB/s, exit {status} {error}")
    seconds, _, status, error = run_brief(big)
    print(f"{big_mb:.1f} MB without --max-bytes (limit 20 MB): exit {status} "
          f"in {seconds:.2f} s: {error}")
    if not args.keep:
        for path in folder.iterdir():
            path.unlink()
        folder.rmdir()


if __name__ == "__main__":
    main()
