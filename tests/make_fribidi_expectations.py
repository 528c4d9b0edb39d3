"""Regenerate tests/data/fribidi_sample_lines.json: GNU FriBidi's visual line
for every logical line brief's visual layout makes of the sample article at
widths 40 and 80 (title, byline and paragraphs). Needs Debian's
libfribidi-bin; the test reads the stored file, so CI does not.

    python tests/make_fribidi_expectations.py
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from briefcli.load import load_article
from briefcli.options import LoadOptions
from briefcli.output.article import article_page
from briefcli.render.engine import load_engine
from briefcli.render.layout import LineLayout, LayoutOptions

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "seeds" / "000_290846f659525b14.txt"
EXPECTATIONS = ROOT / "tests" / "data" / "fribidi_sample_lines.json"
WIDTHS = (40, 80)
FRIBIDI = ["fribidi", "--nobreak", "--nopad", "--clean", "--reordernsm", "--rtl"]


def logical_lines(width: int) -> list[str]:
    """The logical text of each line brief makes of the sample at `width`."""
    engine = load_engine()
    layout = LineLayout(LayoutOptions(width), engine, engine)
    page = article_page(load_article(str(SAMPLE), LoadOptions(), None))
    return [
        block.text[line.span[0]:line.span[1]]
        for block in page.blocks if not block.terminal_only
        for line in layout.block(block.text, block.direction)
    ]


def fribidi(lines: list[str]) -> list[str]:
    output = subprocess.run(FRIBIDI, input="\n".join(lines) + "\n", capture_output=True, text=True,
                            encoding="utf-8", check=True).stdout
    return output.split("\n")[:len(lines)]


def main() -> None:
    version = subprocess.run(["fribidi", "--version"], capture_output=True, text=True).stdout.splitlines()[0]
    expectations = {"made_by": f"{' '.join(FRIBIDI)} ({version})", "widths": {}}
    for width in WIDTHS:
        lines = logical_lines(width)
        expectations["widths"][str(width)] = [
            {"logical": logical, "fribidi": visual} for logical, visual in zip(lines, fribidi(lines), strict=True)
        ]
    EXPECTATIONS.write_text(json.dumps(expectations, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {EXPECTATIONS}: " + ", ".join(
        f"{len(rows)} lines at width {width}" for width, rows in expectations["widths"].items()))


if __name__ == "__main__":
    main()
