"""Memory stays bounded: JSON is written as it is made, the model keeps a
few dozen bytes per paragraph, and what a run costs grows with its input by
well under 40 times the input's size (the bound brief keeps: 40 times plus
100 MB; bench/memory.py measures every command and format)."""

from __future__ import annotations

import io
import json
import subprocess
import sys

import pytest

from briefcli.model import Items
from briefcli.output.structured import write_json


@pytest.mark.parametrize("indent", [2, None])
def test_streamed_json_is_the_json_json_dumps_writes(indent):
    value = {
        "source": "a\u009bb\u202e.txt", "n": 3, "x": 0.5, "none": None, "yes": True, "empty": [], "nothing": {},
        "paragraphs": Items(lambda: ({"index": i, "text": f"فقرة {i}", "sentences": [{"start": i}]} for i in range(3))),
        "no paragraphs": Items(lambda: iter(())),
        "nested": [{"deep": Items(lambda: iter([1, [2, 3]]))}],
    }
    plain = {
        **value, "paragraphs": [{"index": i, "text": f"فقرة {i}", "sentences": [{"start": i}]} for i in range(3)],
        "no paragraphs": [], "nested": [{"deep": [1, [2, 3]]}],
    }
    written = io.StringIO()
    write_json(value, written, indent=indent)
    expected = json.dumps(plain, ensure_ascii=False, indent=indent).replace("\u009b", "\\u009b")
    assert written.getvalue() == expected.replace("\u202e", "\\u202e") + "\n"
    assert json.loads(written.getvalue()) == plain


def test_elements_of_an_array_are_written_one_step_in():
    """Several articles' JSON array, element by element, is the array json.dumps writes."""
    values = [{"text": "a\nb", "list": [1, {"deep": None}]}, {"paragraphs": Items(lambda: iter([1, 2]))}, {}]
    written = io.StringIO()
    for number, value in enumerate(values):
        written.write(",\n" if number else "[\n")
        write_json(value, written, element=True)
    written.write("\n]\n")
    plain = [values[0], {"paragraphs": [1, 2]}, {}]
    assert written.getvalue() == json.dumps(plain, ensure_ascii=False, indent=2) + "\n"


def test_items_are_made_while_written_not_before():
    made = []

    def make():
        for number in range(5):
            made.append(number)
            yield {"number": number}

    class Watch(io.StringIO):
        def write(self, text: str) -> int:
            seen.append((len(made), text))
            return super().write(text)

    seen: list = []
    write_json({"items": Items(make)}, Watch())
    assert made == [0, 0, 1, 2, 3, 4]  # once to see whether the array is empty, then as written


def peak_megabytes(args: list[str]) -> float:
    """The peak resident memory of brief run with `args`, in MB."""
    code = (
        "import atexit, resource, sys\n"
        "atexit.register(lambda: print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr))\n"
        f"from briefcli.cli import main\nmain({args!r})"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    return int(run.stderr.split()[-1]) / 1024


def short_paragraphs(path, size: int) -> str:
    """`size` bytes of two-word paragraphs, Arabic and French: the shape that costs most per byte."""
    words = ["قال", "الوزير", "le", "ministre", "الخطة", "prête"]
    lines = [f"{words[i % 6]} {words[(i * 7 + 1) % 6]}" for i in range(size // 12)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return str(path)


@pytest.mark.parametrize("args, copies", [
    (("read", "-f", "json"), 1), (("read", "-f", "jsonl"), 1), (("read",), 1), (("quotes", "-f", "json"), 1),
    (("read", "-f", "json", "--jobs", "1"), 2),  # an array of two: each element written as it is made
])
def test_memory_grows_with_the_input_by_well_under_40_times(tmp_path, args, copies):
    small, large = 100_000, 1_000_000
    small_peak = peak_megabytes([*args, *[short_paragraphs(tmp_path / "small.txt", small)] * copies])
    large_peak = peak_megabytes([*args, *[short_paragraphs(tmp_path / "large.txt", large)] * copies])
    assert large_peak - small_peak <= 40 * (large - small) / 1e6, (small_peak, large_peak)
