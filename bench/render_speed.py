"""How fast brief renders Arabic for a terminal, next to writing it raw.

Builds 1 MB of Arabic (UTF-8) from the EASC articles in ../shared/corpus
(or the sample article repeated when the corpus is absent), then times, on
the same page:
  raw      writing its logical text unrendered (what a pipe gets),
  layout   the visual pipeline alone (render/: shape, wrap, reorder, align),
  terminal the whole terminal page: layout, styles and rich, written out.
Prints MB/s (of logical UTF-8 input) for each and the ratios to raw.

    python bench/render_speed.py [--megabytes 1] [--width 80] [--repeat 3]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from briefcli.environment import Environment  # noqa: E402
from briefcli.options import OutputOptions  # noqa: E402
from briefcli.output.page import Block, Page, page_as_text  # noqa: E402
from briefcli.output.terminal import layout_for, write_terminal_page  # noqa: E402
from briefcli.render.mode import Mode  # noqa: E402

EASC = ROOT.parent / "shared" / "corpus" / "easc" / "articles"
SAMPLE = ROOT / "seeds" / "000_290846f659525b14.txt"


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
                    total += len(paragraph.encode("utf-8")) + 2
    return paragraphs, source


def timed(action, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--megabytes", type=float, default=1.0)
    parser.add_argument("--width", type=int, default=80)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    paragraphs, source = arabic_paragraphs(int(args.megabytes * 1_000_000))
    page = Page(tuple(Block(text, "rtl") for text in paragraphs), "rtl")
    megabytes = len(page_as_text(page).encode("utf-8")) / 1_000_000
    output = OutputOptions(width=args.width, color="always", pager=False)
    devnull = open(os.devnull, "w", encoding="utf-8")
    env = Environment(stdout=devnull, stdout_isatty=True, environ={"TERM": "xterm"}, terminal_columns=args.width)
    layout = layout_for(output, env, Mode("visual"))

    def raw():
        devnull.write(page_as_text(page))
        devnull.flush()

    def pipeline():
        for block in page.blocks:
            layout.block(block.text, block.direction)

    def terminal():
        write_terminal_page(page, output, env, Mode("visual"))

    results = {name: timed(action, args.repeat) for name, action in
               (("raw", raw), ("layout", pipeline), ("terminal", terminal))}
    print(f"{megabytes:.2f} MB of Arabic in {len(paragraphs)} paragraphs from {source}; "
          f"width {args.width}; {layout.engine.name}; median of {args.repeat}")
    print(f"{'':10}{'seconds':>10}{'MB/s':>10}{'x raw':>10}")
    for name, seconds in results.items():
        print(f"{name:10}{seconds:10.3f}{megabytes / seconds:10.2f}{seconds / results['raw']:10.0f}")


if __name__ == "__main__":
    main()
