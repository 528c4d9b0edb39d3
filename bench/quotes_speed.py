#!/usr/bin/env python3
"""How fast brief quotes is: CPU time of `brief quotes` in a fresh process on
the sample (Arabic) and the test articles (French, English), and time and
peak memory on articles of 1.25, 2.5 and 5 MB (the sample repeated; one huge
paragraph of it; a French quotation with an incise every sentence), to show
that both grow linearly.

usage: python bench/quotes_speed.py
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "seeds" / "000_290846f659525b14.txt"
ARTICLES = [("ar", SAMPLE), ("fr", ROOT / "tests" / "data" / "fr_article.txt"),
            ("en", ROOT / "tests" / "data" / "en_article.txt")]
RUNS = 3
SIZES = (1_250_000, 2_500_000, 5_000_000)


def run(path: Path) -> tuple[float, float]:
    """CPU seconds (user + system) and peak memory (MB) of one `brief quotes`."""
    process = subprocess.Popen([sys.executable, "-m", "briefcli", "quotes", str(path), "--format", "json",
                                "--max-bytes", "60000000"], stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode:
        sys.exit(f"brief quotes {path} failed")
    return usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def big_articles(folder: Path) -> list[tuple[str, int, Path]]:
    """(shape, size, path) for each shape and size."""
    sample = SAMPLE.read_text(encoding="utf-8")
    body = "\n".join(sample.split("\n")[2:])
    incise = "« Nous avançons pas à pas sur ce dossier, a-t-il ajouté, et nous tiendrons nos engagements. » "
    shapes = {
        "sample repeated": lambda size: sample + ("\n" + body) * (size // len(body.encode())),
        "one paragraph": lambda size: "عنوان\n\n" + (body.replace("\n", " ") + " ") * (size // len(body.encode())),
        "French incises": lambda size: "Titre\n\nLe ministre Paul Durand était à Lyon. "
                                       + incise * (size // len(incise.encode())),
    }
    out = []
    for shape, make in shapes.items():
        for size in SIZES:
            path = folder / f"{shape.replace(' ', '-')}-{size}.txt"
            path.write_text(make(size), encoding="utf-8")
            out.append((shape, size, path))
    return out


def main() -> None:
    print("brief quotes in a fresh process, CPU seconds (user + system), best of", RUNS)
    for language, path in ARTICLES:
        best = min(run(path)[0] for _ in range(RUNS))
        print(f"  {language}  {path.relative_to(ROOT)}: {best:.2f} s")
    print("\nlarge articles: CPU seconds and peak memory (MB), and per MB")
    with tempfile.TemporaryDirectory() as folder:
        for shape, size, path in big_articles(Path(folder)):
            cpu, memory = run(path)
            megabytes = os.path.getsize(path) / 1e6
            print(f"  {shape:16} {megabytes:5.2f} MB: {cpu:6.1f} s {memory:7.0f} MB"
                  f"   ({cpu / megabytes:.1f} s/MB, {memory / megabytes:.0f} MB/MB)")


if __name__ == "__main__":
    main()
