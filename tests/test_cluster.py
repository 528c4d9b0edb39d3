"""--scheduler: the same work on a Dask cluster, started here on 127.0.0.1
(two worker processes) and stopped at the end; the output is --jobs 1's."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import distributed  # the dask extra, which the README's test command installs
import pytest

from conftest import DATA, SEED


@pytest.fixture(scope="module")
def scheduler():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                  dashboard_address=None) as cluster:
        yield cluster.scheduler_address


def brief_in(folder, *args: str, environ: dict | None = None, stdin: bytes | None = None):
    return subprocess.run([sys.executable, "-m", "briefcli", *args], cwd=folder, input=stdin,
                          capture_output=True, timeout=300, env={**os.environ, **(environ or {})})


@pytest.fixture
def articles(tmp_path):
    """A folder of 40 articles (more than two chunks), one of them binary,
    and an archive of two; named relative to `tmp_path`, which the workers
    do not share as their working directory."""
    folder = tmp_path / "articles"
    folder.mkdir()
    for number in range(40):
        shutil.copy([SEED, DATA / "en_article.txt", DATA / "fr_article.txt"][number % 3], folder / f"{number:02d}.txt")
    (folder / "33.txt").write_bytes(b"\x00\x01" * 40)
    records = [{"id": "r1", "title": "Un titre", "text": (DATA / "fr_article.txt").read_text()},
               {"id": "r2", "text": SEED.read_text()}]
    (tmp_path / "wires.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records))
    return tmp_path


@pytest.mark.parametrize("command, format", [("summarize", "json"), ("quotes", "jsonl"), ("read", "text")])
def test_the_cluster_writes_what_one_process_writes(scheduler, articles, command, format):
    args = [command, "articles", "wires.jsonl", "-", "-f", format]
    stdin = (DATA / "en_article.txt").read_bytes()
    alone = brief_in(articles, *args, "--jobs", "1", stdin=stdin)
    on_cluster = brief_in(articles, *args, "--scheduler", scheduler, stdin=stdin)
    assert alone.returncode == 1 and alone.stderr.count(b"\n") == 1 and alone.stdout
    assert (on_cluster.stdout, on_cluster.stderr, on_cluster.returncode) == (
        alone.stdout, alone.stderr, alone.returncode)


def test_the_scheduler_can_come_from_the_environment(scheduler, articles):
    from_environment = brief_in(articles, "summarize", "wires.jsonl", "-f", "jsonl",
                                environ={"BRIEF_SCHEDULER": scheduler})
    assert from_environment.returncode == 0
    assert [json.loads(line)["id"] for line in from_environment.stdout.splitlines()] == ["r1", "r2"]
