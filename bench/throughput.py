"""Many articles: throughput, client memory and time to the first result.

    python bench/throughput.py [--articles 10000] [--small 150] [--repeat 3]
                               [--commands read summarize quotes] [--modes jobs1 jobs2 dask2]

The EASC, BBC and OrangeSum articles (../shared/corpus, 753 files) repeated
to --articles, given to brief as a --files-from list, each command writing
--format jsonl to a file, as a real process, in each mode: `--jobs 1` (one
process), `--jobs 2` (two worker processes) and `dask2` (`--scheduler` on a
Dask LocalCluster of 2 worker processes, 1 thread each, started here on
127.0.0.1 and warmed up once, as a long-lived cluster would be). For each it
prints articles per second (wall clock, start-up included; the median of
--repeat runs and their spread), the speed-up over --jobs 1 and over the
most one process could do (--jobs 1's articles per CPU second), the CPU seconds
of every process at work (brief, its workers, the cluster: the steadier
figure on a shared machine), the client's
peak RSS (the brief process itself, from /proc's VmHWM; with --jobs 2 the
largest worker's too), and whether the output is byte for byte --jobs 1's.
Then the peak RSS of --jobs 1 over --small articles (an even sample of the
three corpora) against --articles (the goal: at most 1.2 times), and the time from start to the first output
line of an --articles run (the goal: within 1 s; measured apart, reading a
pipe, so the main runs write to a file undisturbed). The load average is
printed with each figure: the machine may be shared.
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import logging
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
FOLDERS = ("easc", "bbc-news-summary", "orangesum")
POLL = 0.05  # seconds between looks at the client's peak memory


def corpus_files() -> list[Path]:
    return [path for folder in FOLDERS for path in sorted((CORPUS / folder / "articles").glob("*.txt"))]


def write_list(folder: Path, count: int) -> Path:
    """The corpus files repeated to `count`; fewer than there are files: an
    even sample of all three corpora (so of all three languages)."""
    listing = folder / f"list-{count}"
    files = corpus_files()
    chosen = itertools.islice(itertools.cycle(files[::max(1, len(files) // count)]), count)
    listing.write_text("".join(f"{path}\n" for path in chosen), encoding="utf-8")
    return listing


def peak_kib(pid: int) -> int:
    """The process's peak resident set (VmHWM), in KiB; 0 once it is gone."""
    try:
        with open(f"/proc/{pid}/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def children_of(pid: int) -> list[int]:
    try:
        with open(f"/proc/{pid}/task/{pid}/children") as listing:
            return [int(child) for child in listing.read().split()]
    except OSError:
        return []


@dataclass
class Run:
    seconds: float
    cpu: float
    client_kib: int
    worker_kib: int
    digest: str
    status: int


def cpu_seconds() -> float:
    """CPU time of this process (with a LocalCluster: its scheduler and
    nannies), of its waited-for children (brief and the workers it reaped)
    and of the cluster's worker processes still running."""
    import psutil

    own = psutil.Process()
    times = [own.cpu_times()]
    for child in own.children(recursive=True):
        try:
            times.append(child.cpu_times())
        except psutil.Error:
            pass
    return sum(t.user + t.system for t in times) + sum(getattr(times[0], f) for f in ("children_user", "children_system"))


def brief_command(command: str, listing: Path, mode: list[str]) -> list[str]:
    return [sys.executable, "-m", "briefcli", command, "--files-from", str(listing), "-f", "jsonl", *mode]


def run_once(command: str, listing: Path, mode: list[str], output: Path) -> Run:
    cpu, start = cpu_seconds(), time.perf_counter()
    with open(output, "wb") as sink:
        process = subprocess.Popen(brief_command(command, listing, mode), stdout=sink, stderr=subprocess.PIPE)
        client = worker = 0
        while process.poll() is None:
            client = max(client, peak_kib(process.pid))
            worker = max([worker, *(peak_kib(child) for child in children_of(process.pid))])
            time.sleep(POLL)
        seconds = time.perf_counter() - start
    cpu = cpu_seconds() - cpu
    errors = process.stderr.read().decode() if process.stderr else ""
    if errors:
        print(f"    stderr: {errors[:300]}", file=sys.stderr)
    digest = hashlib.sha256(output.read_bytes()).hexdigest()
    return Run(seconds, cpu, client, worker, digest, process.returncode)


def first_line_seconds(command: str, listing: Path, mode: list[str]) -> float:
    """From start to the first line on a pipe; the run is then stopped."""
    start = time.perf_counter()
    process = subprocess.Popen(brief_command(command, listing, mode), stdout=subprocess.PIPE,
                               stderr=subprocess.DEVNULL)
    assert process.stdout is not None
    process.stdout.readline()
    seconds = time.perf_counter() - start
    process.kill()
    process.wait()
    return seconds


def load() -> str:
    return "load %.1f" % os.getloadavg()[0]


def spread(values: list[float]) -> str:
    return f"{statistics.median(values):7.0f} ({min(values):.0f}-{max(values):.0f})"


def start_cluster():
    from distributed import LocalCluster

    return LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                        dashboard_address=None, silence_logs=logging.ERROR)


def row(args: argparse.Namespace, folder: Path, command: str, name: str, mode: list[str],
        baselines: dict[str, tuple[float, float, str]]) -> list[Run]:
    """Measure one command in one mode and print its line. --jobs 1's rate
    and output are the baseline of the others; so is its one-core bound,
    the articles per CPU second it used: one process can go no faster, even
    alone on the machine, so the speed-up over it is a floor when other
    programs share the cores."""
    listing = write_list(folder, args.articles)
    runs = [run_once(command, listing, mode, folder / f"out-{command}-{name}") for _ in range(args.repeat)]
    rate, cpu = (statistics.median(args.articles / run.seconds for run in runs),
                 statistics.median(run.cpu for run in runs))
    baseline, bound, reference = baselines.setdefault(command, (rate, args.articles / cpu, runs[0].digest))
    same = all(run.digest == reference for run in runs)
    print(f"{command:10} {name:7} {spread([args.articles / run.seconds for run in runs]):>22} "
          f"{rate / baseline:8.2f} {rate / bound:8.2f} {cpu:7.1f} "
          f"{max(r.client_kib for r in runs) / 1024:11.1f} {max(r.worker_kib for r in runs) / 1024:11.1f}"
          f"  {'yes' if same else 'NO'}   {load()}", flush=True)
    return runs


def first_lines(args: argparse.Namespace, folder: Path, command: str, mode: list[str]) -> str:
    times = [first_line_seconds(command, write_list(folder, args.articles), mode) for _ in range(args.repeat)]
    return f"{min(times):.3f}-{max(times):.3f}  {load()}"


def peak_of(args: argparse.Namespace, folder: Path, command: str, count: int) -> int:
    listing = write_list(folder, count)
    return max(run_once(command, listing, ["--jobs", "1"], folder / "out-memory").client_kib
               for _ in range(args.repeat))


def memory(args: argparse.Namespace, folder: Path, large_peaks: dict[str, int]) -> None:
    """--jobs 1's peak over --small articles against --articles (taken from
    the throughput runs when they measured it)."""
    print(f"\npeak RSS of the client, --jobs 1: {args.small} articles against {args.articles}")
    for command in args.commands:
        small = peak_of(args, folder, command, args.small)
        large = large_peaks.get(command) or peak_of(args, folder, command, args.articles)
        print(f"{command:10} {small / 1024:7.1f} MiB {large / 1024:7.1f} MiB  ratio {large / small:.2f}  {load()}",
              flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--small", type=int, default=150)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--commands", nargs="+", default=["read", "summarize", "quotes"])
    parser.add_argument("--modes", nargs="+", default=["jobs1", "jobs2", "dask2"])
    args = parser.parse_args()
    local = {name: mode for name, mode in {"jobs1": ["--jobs", "1"], "jobs2": ["--jobs", "2"]}.items()
             if name in args.modes}
    baselines: dict[str, tuple[float, float, str]] = {}
    large_peaks: dict[str, int] = {}  # --jobs 1's client, over --articles
    first: dict[tuple[str, str], str] = {}
    print(f"{args.articles} articles ({len(corpus_files())} files of EASC, BBC, OrangeSum, repeated), "
          f"--format jsonl, {args.repeat} runs each: articles/s median (min-max)")
    print(f"{'command':10} {'mode':7} {'articles/s':>22} {'x jobs1':>8} {'x 1 core':>8} {'CPU s':>7} {'client MiB':>11} "
          f"{'worker MiB':>11}  same  load")
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        for command in args.commands:
            for mode_name, mode in local.items():
                runs = row(args, folder, command, mode_name, mode, baselines)
                if mode_name == "jobs1":
                    large_peaks[command] = max(run.client_kib for run in runs)
                first[command, mode_name] = first_lines(args, folder, command, mode)
        if "dask2" in args.modes:
            with start_cluster() as cluster:  # only now: an idle cluster takes CPU too
                mode = ["--scheduler", cluster.scheduler_address]
                for command in args.commands:
                    subprocess.run(brief_command(command, write_list(folder, 8), mode), capture_output=True)
                    row(args, folder, command, "dask2", mode, baselines)
                    first[command, "dask2"] = first_lines(args, folder, command, mode)
        memory(args, folder, large_peaks)
    print(f"\nfirst output line of a {args.articles}-article run, seconds from start (min-max of {args.repeat})")
    for (command, mode_name), figures in first.items():
        print(f"{command:10} {mode_name:7} {figures}")


if __name__ == "__main__":
    main()
