"""Many articles: streamed in input order, bad inputs reported and passed
over, directories, --files-from, JSON Lines archives, worker processes, and
the output's JSON objects and schemas."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from itertools import count
from pathlib import Path

import pytest

from briefcli.commands.inputs import Input
from briefcli.commands.read import Read
from briefcli.commands.work import Job
from briefcli.options import LoadOptions
from conftest import DATA, ROOT, SEED, brief, brief_process

EN, FR = DATA / "en_article.txt", DATA / "fr_article.txt"
SCHEMAS = ROOT / "src" / "briefcli" / "schemas"


def short_article(number: int) -> str:
    return f"Article {number}\n\nThe council met on day {number}. It voted, said the mayor.\n"


@pytest.fixture
def thousand(tmp_path: Path) -> Path:
    """1,000 short articles in a directory, the 500th of them binary."""
    folder = tmp_path / "many"
    folder.mkdir()
    for number in range(1000):
        data = short_article(number).encode() if number != 499 else b"\x00\x01\x02\x03" * 50
        (folder / f"{number:04d}.txt").write_bytes(data)
    return folder


def test_a_bad_file_among_a_thousand_is_one_error_line_and_exit_1(thousand):
    result = brief("summarize", str(thousand), "-f", "jsonl", "-n", "1", "--jobs", "1")
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(lines) == 999 and result.status == 1
    assert result.stderr == f"brief: {thousand / '0499.txt'} looks like a binary file, not an article\n"
    expected = [str(thousand / f"{n:04d}.txt") for n in range(1000) if n != 499]
    assert [line["source"] for line in lines] == expected


def test_fail_fast_stops_at_the_first_bad_input_and_keeps_the_array_whole(thousand):
    result = brief("read", str(thousand), "-f", "json", "--fail-fast", "--jobs", "1")
    assert result.status == 1 and result.stderr.count("\n") == 1
    assert len(json.loads(result.stdout)) == 499


def test_missing_file_among_others_names_it_and_the_rest_is_written(tmp_path):
    result = brief("quotes", str(SEED), str(tmp_path / "nope.txt"), str(FR), "-f", "json", "--jobs", "1")
    assert result.status == 1
    assert result.stderr == f"brief: {tmp_path / 'nope.txt'}: no such file\n"
    assert [item["source"] for item in json.loads(result.stdout)] == [str(SEED), str(FR)]


def test_options_an_article_cannot_take_stop_the_run_as_a_usage_error(tmp_path):
    long = tmp_path / "long.txt"
    long.write_text("Title\n\n" + " ".join(f"Sentence {n} is here." for n in range(2600)) + "\n")
    result = brief("summarize", str(EN), str(long), str(FR), "-m", "kl", "-f", "jsonl", "--jobs", "1")
    assert result.status == 2 and len(result.stdout.splitlines()) == 1
    assert result.stderr.startswith(f"brief: {long}: ") and result.stderr.count("\n") == 1


def test_one_article_is_an_object_several_an_array_even_of_one(tmp_path):
    one = json.loads(brief("summarize", str(EN), "-f", "json").stdout)
    assert one["source"] == str(EN)
    folder = tmp_path / "one"
    folder.mkdir()
    shutil.copy(EN, folder / "a.txt")
    [element] = json.loads(brief("summarize", str(folder), "-f", "json").stdout)
    assert element["sentences"] == one["sentences"]
    assert json.loads(brief("summarize", str(EN), str(FR), "-f", "json").stdout)[1]["language"] == "fr"


def test_json_array_is_what_json_dumps_writes():
    result = brief("read", str(EN), str(FR), "-f", "json", "--jobs", "1")
    objects = json.loads(result.stdout)
    assert result.stdout == json.dumps(objects, ensure_ascii=False, indent=2) + "\n"


def test_an_empty_directory_is_an_error_and_an_empty_array(tmp_path):
    result = brief("read", str(tmp_path), "-f", "json")
    assert result.status == 1 and result.stdout == "[]\n"
    assert "no article in it" in result.stderr and "--glob" in result.stderr


def test_directories_are_read_recursively_in_name_order_with_glob(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text(short_article(1))
    (tmp_path / "a.md").write_text(short_article(2))
    (tmp_path / "c.HTML").write_text(f"<html><body><article><p>{'Words here. ' * 20}</p></article></body></html>")
    (tmp_path / "notes.csv").write_text("a,b\n")
    (tmp_path / ".hidden.txt").write_text(short_article(3))
    sources = [json.loads(line)["source"] for line in
               brief("read", str(tmp_path), "-f", "jsonl").stdout.splitlines()]
    assert sources == [str(tmp_path / "a.md"), str(tmp_path / "b" / "z.txt"), str(tmp_path / "c.HTML")]
    sources = [json.loads(line)["source"] for line in
               brief("read", str(tmp_path), "-f", "jsonl", "--glob", "*.txt", "--glob", "*.csv").stdout.splitlines()]
    assert sources == [str(tmp_path / "b" / "z.txt"), str(tmp_path / "notes.csv")]


def test_files_from_a_file_and_from_standard_input(tmp_path):
    listing = tmp_path / "list"
    listing.write_text(f"{EN}\n\n{SEED}\r\n")
    expected = [str(EN), str(SEED)]
    result = brief("summarize", "--files-from", str(listing), "-f", "jsonl")
    assert [json.loads(line)["source"] for line in result.stdout.splitlines()] == expected
    result = brief("summarize", str(FR), "--files-from", "-", "-f", "jsonl", stdin=listing.read_bytes())
    assert [json.loads(line)["source"] for line in result.stdout.splitlines()] == [str(FR), *expected]


def test_files_from_that_cannot_be_read_stops_before_any_output(tmp_path):
    result = brief("read", str(EN), "--files-from", str(tmp_path / "missing"), "-f", "json")
    assert result.status == 1 and result.stdout == ""
    assert "cannot read the list of articles" in result.stderr


def test_a_list_or_an_archive_that_fails_part_way_is_one_error_after_what_was_read(tmp_path):
    """A closed standard input under --files-from -, and files whose reading
    fails (/proc/self/mem: an I/O error), are one error line each, in their
    place; never an internal error, and the JSON array stays whole."""
    closed = subprocess.run(["bash", "-c", f"{sys.executable} -m briefcli read {EN} --files-from - -f json <&-"],
                            capture_output=True, text=True, timeout=60)
    assert closed.returncode == 1, closed.stderr
    assert closed.stderr == "brief: -: cannot read the list of articles (standard input is closed)\n"
    assert [article["source"] for article in json.loads(closed.stdout)] == [str(EN)]
    archive = tmp_path / "failing.jsonl"
    archive.symlink_to("/proc/self/mem")
    for args, message in (((str(archive),), f"{archive}: cannot read it"),
                          (("--files-from", "/proc/self/mem"), "/proc/self/mem: cannot read the list of articles")):
        result = brief("read", str(EN), *args, "-f", "json")
        assert result.status == 1 and result.stderr == f"brief: {message} (Input/output error)\n"
        assert [article["source"] for article in json.loads(result.stdout)] == [str(EN)]


def test_standard_input_twice_counts_files_from_too():
    result = brief("read", "-", "--files-from", "-", stdin=b"x")
    assert result.status == 2 and "standard input can be read only once" in result.stderr


def test_a_json_lines_archive_is_an_article_a_line(tmp_path):
    archive = tmp_path / "wires.jsonl"
    records = [
        {"id": "a1", "title": "Tram line approved", "text": EN.read_text().split("\n", 2)[2], "url": "https://x/a1"},
        {"id": 2, "title": "Sans titre", "text": FR.read_text(), "language": "fr"},
    ]
    archive.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records[:1]) + "\n\nnot json\n"
                       + json.dumps(records[1], ensure_ascii=False) + "\n")
    result = brief("read", str(archive), "-f", "json")
    assert result.status == 1
    assert result.stderr.startswith(f"brief: {archive}:3: not a JSON object") and result.stderr.count("\n") == 1
    first, second = json.loads(result.stdout)
    assert (first["source"], first["id"], second["source"], second["id"]) == (
        f"{archive}:1", "a1", f"{archive}:4", "2")
    assert first["title"] == "Tram line approved" and first["metadata"] == {"url": "https://x/a1"}
    assert first["paragraphs"][0]["text"] == records[0]["text"].split("\n")[0]
    assert second["language"] == "fr" and second["title"] == "Sans titre"
    summary = json.loads(brief("summarize", str(archive), "-f", "jsonl").stdout.splitlines()[0])
    assert summary["id"] == "a1"


def test_an_archive_line_over_the_size_limit_is_refused_alone(tmp_path):
    archive = tmp_path / "big.jsonl"
    small = json.dumps({"id": "s", "text": "Some words here. And more."})
    archive.write_text(small + "\n" + json.dumps({"id": "b", "text": "word " * 400}) + "\n" + small + "\n")
    result = brief("read", str(archive), "-f", "jsonl", "--max-bytes", "500")
    assert [json.loads(line)["source"] for line in result.stdout.splitlines()] == [f"{archive}:1", f"{archive}:3"]
    assert result.stderr.startswith(f"brief: {archive}:2 is over the 500 bytes limit")


def test_no_article_reads_piped_standard_input(seed_text):
    piped = brief("summarize", "-n", "1", stdin=seed_text.encode())
    assert piped.status == 0 and piped.stdout == brief("summarize", str(SEED), "-n", "1").stdout
    at_terminal = brief("summarize")
    assert at_terminal.status == 2 and "missing ARTICLE" in at_terminal.stderr


def test_a_real_process_reads_piped_standard_input(seed_text):
    result = brief_process("quotes", "-f", "json", stdin=seed_text.encode())
    assert result.returncode == 0 and json.loads(result.stdout)["source"] == "<stdin>"


def test_the_first_result_comes_before_the_inputs_are_all_read():
    """Streaming: the run takes its inputs as it goes (the sequential path one
    at a time, worker processes a bounded window ahead)."""
    from briefcli.commands.parallel import AHEAD, CHUNK, run_in_processes

    job = Job(Read(), LoadOptions(), "jsonl")
    for run, bound in ((lambda items: (job.run(item) for item in items), 1),
                       (lambda items: run_in_processes(items, job, 2), AHEAD * 2 + CHUNK)):
        taken = count()
        items = (Input(str(EN)) for _ in iter(lambda: next(taken), 100_000))
        outcomes = run(items)
        first = next(outcomes)
        outcomes.close()
        # written here (a result) or in a worker (its text)
        written = first.output if first.output is not None else job.written(first.result)
        assert first.error is None and json.loads(written)["source"] == str(EN)
        assert next(taken) <= bound + 1


@pytest.mark.parametrize("format", ["json", "jsonl", "markdown", "text"])
def test_worker_processes_write_the_same_bytes(tmp_path, format):
    for number in range(40):
        shutil.copy([SEED, EN, FR][number % 3], tmp_path / f"{number:02d}.txt")
    (tmp_path / "17.txt").write_bytes(b"\x00" * 100)
    outputs = [brief_process("quotes", str(tmp_path), "-f", format, "--jobs", jobs) for jobs in ("1", "2", "3")]
    assert outputs[0].stdout and outputs[0].returncode == 1
    for output in outputs[1:]:
        assert (output.stdout, output.stderr, output.returncode) == (
            outputs[0].stdout, outputs[0].stderr, outputs[0].returncode)


KILLER = """
import os, signal, sys
from briefcli.commands import work

run = work.Job.run
def run_or_die(job, item, **options):
    if item.source.endswith("kill-me.txt"):
        os.kill(os.getpid(), signal.SIGKILL)
    return run(job, item, **options)
work.Job.run = run_or_die
from briefcli.cli import main
main(sys.argv[1:])
"""


def test_a_worker_that_dies_is_that_article_s_error(tmp_path):
    for number in range(30):
        shutil.copy(EN, tmp_path / f"{number:02d}.txt")
    shutil.copy(EN, tmp_path / "12-kill-me.txt")
    result = subprocess.run([sys.executable, "-c", KILLER, "summarize", str(tmp_path), "-f", "jsonl", "--jobs", "2"],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 1
    assert result.stderr == f"brief: {tmp_path / '12-kill-me.txt'}: the worker process reading it was killed by SIGKILL\n"
    assert len(result.stdout.splitlines()) == 30


def validator(command: str):
    from jsonschema import Draft202012Validator
    from referencing import Registry, Resource

    schemas = {path.name: json.loads(path.read_text()) for path in SCHEMAS.glob("*.schema.json")}
    registry = Registry().with_resources(
        (schema["$id"].rsplit("/", 1)[1], Resource.from_contents(schema)) for schema in schemas.values())
    return Draft202012Validator(schemas[f"{command}.schema.json"], registry=registry)


@pytest.mark.parametrize("command, options", [
    ("read", []), ("read", ["--summary", "-n", "2"]), ("summarize", ["--scores"]), ("quotes", []),
    ("quotes", ["--no-indirect"]),
])
def test_every_output_matches_its_shipped_schema(tmp_path, command, options):
    archive = tmp_path / "a.jsonl"
    archive.write_text(json.dumps({"id": "x", "title": "T", "text": FR.read_text()}) + "\n")
    html = ROOT / "seeds" / "000_290846f659525b14.html"
    check = validator(command)
    one = json.loads(brief(command, str(SEED), "-f", "json", *options).stdout)
    check.validate(one)
    several = json.loads(brief(command, str(SEED), str(html), str(archive), str(EN), "-f", "json", *options).stdout)
    assert isinstance(several, list) and len(several) == 4
    check.validate(several)
    for line in brief(command, str(SEED), str(archive), "-f", "jsonl", *options).stdout.splitlines():
        check.validate(json.loads(line))
    with pytest.raises(Exception):
        check.validate({**one, "unexpected": 1})


def test_the_schemas_ship_in_the_package():
    from importlib.resources import files

    names = {p.name for p in files("briefcli").joinpath("schemas").iterdir()}
    assert {"read.schema.json", "summarize.schema.json", "quotes.schema.json"} <= names


def test_bad_jobs_value_is_a_usage_error():
    assert brief("read", str(EN), "--jobs", "0").status == 2
    result = brief("read", str(EN), "--jobs", "2", "--scheduler", "tcp://127.0.0.1:1")
    assert result.status == 2 and "--jobs and --scheduler" in result.stderr


def test_an_unreachable_scheduler_is_one_line(tmp_path):
    result = brief_process("read", str(EN), "--scheduler", "tcp://127.0.0.1:9", timeout=120)
    assert result.returncode == 1 and result.stdout == b""
    assert result.stderr.startswith(b"brief: cannot reach the Dask scheduler at tcp://127.0.0.1:9")
    assert result.stderr.count(b"\n") == 1


def test_one_article_loads_no_multiprocessing():
    """The multiprocessing machinery is loaded only for several articles."""
    script = ("import sys\nfrom briefcli.cli import run\nfrom briefcli.environment import Environment\n"
              f"run(['read', {str(EN)!r}], Environment())\nprint('multiprocessing' in sys.modules)")
    loaded = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                            env={**os.environ, "BRIEF_SCHEDULER": ""})
    assert loaded.stdout.strip() == "False"


def test_workers_end_when_the_main_process_is_killed(tmp_path):
    for number in range(200):
        shutil.copy(SEED, tmp_path / f"{number:03d}.txt")
    process = subprocess.Popen([sys.executable, "-m", "briefcli", "quotes", str(tmp_path), "-f", "jsonl", "--jobs", "2"],
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    assert process.stdout is not None and process.stdout.readline()
    workers = Path(f"/proc/{process.pid}/task/{process.pid}/children").read_text().split()
    assert len(workers) == 2
    process.kill()
    process.wait()
    process.stdout.close()
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and any(map(running, workers)):
        time.sleep(0.1)
    assert not any(map(running, workers))


def running(pid: str) -> bool:
    """Whether the process exists and is not a zombie waiting to be reaped."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False
