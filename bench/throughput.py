"""Many articles: throughput, client memory and time to the first result.

    python bench/throughput.py [--articles 10000] [--small 150] [--repeat 3]
                               [--commands read summarize quotes] [--modes jobs1 jobs2 dask2]
                               [--parts speed first-line memory] [--dask-profile]

The EASC, BBC and OrangeSum articles (../shared/corpus, 753 files) repeated
to --articles, given to brief as a --files-from list, each command writing
--format jsonl to a file, as a real process, in each mode: `--jobs 1` (one
process), `--jobs 2` (two worker processes) and `dask2` (`--scheduler` on a
Dask LocalCluster of 2 worker processes, 1 thread each, started here on
127.0.0.1 and warmed up once, as a long-lived cluster would be; its workers'
statistical profiler is off, as the README advises for brief's workers,
unless --dask-profile).

speed: for each command and mode, articles per second (wall clock, start-up
included; the median of --repeat runs and their spread), the speed-up over
--jobs 1 and over the most one process could do (--jobs 1's articles per
CPU second), the CPU seconds of every process at work (brief, its workers,
the cluster) and per article, that CPU against --jobs 1's (the steadier
figures on a shared machine: on an idle 2-core machine two processes can
reach at most 2 / that ratio times --jobs 1), the client's peak RSS (the
brief process itself, from /proc's VmHWM; with --jobs 2 the largest
worker's too), and whether the output is byte for byte --jobs 1's.
first-line: the time from start to the first output line of an --articles
run read from a pipe (the goal: within 1 s), and the CPU seconds brief's
processes spent until then (what a loaded machine stretches).
memory: the peak RSS of --jobs 1 over --small articles (an even sample of
the three corpora) against --articles (the goal: at most 1.2 times).
Last, the goals of issue 12 side by side. The load average is printed with
each figure: the machine may be shared. A short run, one command and mode:
    python bench/throughput.py --commands quotes --modes jobs1 dask2 --parts speed --repeat 1
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
    times = own.cpu_times()
    return process_tree_cpu(own) + times.children_user + times.children_system


def process_tree_cpu(process) -> float:
    """CPU seconds of a running psutil process and its children still running."""
    import psutil

    total = 0.0
    for member in [process, *process.children(recursive=True)]:
        try:
            times = member.cpu_times()
        except psutil.Error:
            continue
        total += times.user + times.system
    return total


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


def first_line(command: str, listing: Path, mode: list[str]) -> tuple[float, float]:
    """Seconds from start to the first line on a pipe, and the CPU seconds
    brief's processes (the client and its worker processes) spent until
    then; the run is then stopped."""
    import psutil

    start = time.perf_counter()
    process = subprocess.Popen(brief_command(command, listing, mode), stdout=subprocess.PIPE,
                               stderr=subprocess.DEVNULL)
    assert process.stdout is not None
    process.stdout.readline()
    seconds = time.perf_counter() - start
    cpu = process_tree_cpu(psutil.Process(process.pid))
    process.kill()
    process.wait()
    return seconds, cpu


def load() -> str:
    return "load %.1f" % os.getloadavg()[0]


def spread(values: list[float]) -> str:
    return f"{statistics.median(values):7.0f} ({min(values):.0f}-{max(values):.0f})"


def start_cluster(profile: bool):
    """2 local worker processes of 1 thread. Without `profile`, their
    statistical profiler is off: it samples the stack of the running task
    every 10 ms, which for quotes' deep call stacks costs several per cent
    of the workers' CPU."""
    import dask
    from distributed import LocalCluster

    with dask.config.set({"distributed.worker.profile.enabled": profile}):  # the nannies pass it on
        return LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                            dashboard_address=None, silence_logs=logging.ERROR)


@dataclass
class Measured:
    """A command in a mode: median articles per second and CPU seconds, its output's digest."""

    rate: float
    cpu: float
    digest: str
    same: bool | None = None  # as --jobs 1's; None: --jobs 1 not measured


def ratio(value: float | None, base: float | None) -> str:
    return f"{value / base:.2f}" if value is not None and base else "-"


def row(args: argparse.Namespace, folder: Path, command: str, name: str, mode: list[str],
        measured: dict[tuple[str, str], Measured]) -> list[Run]:
    """Measure one command in one mode and print its line, against --jobs
    1's rate, output and one-core bound (the articles per CPU second it
    used: one process can go no faster, even alone on the machine, so the
    speed-up over it is a floor when other programs share the cores)."""
    listing = write_list(folder, args.articles)
    runs = [run_once(command, listing, mode, folder / f"out-{command}-{name}") for _ in range(args.repeat)]
    rates = [args.articles / run.seconds for run in runs]
    this = Measured(statistics.median(rates), statistics.median(run.cpu for run in runs), runs[0].digest)
    base = measured.get((command, "jobs1"), this if name == "jobs1" else None)
    if base is not None:
        this.same = all(run.digest == base.digest for run in runs)
    measured[command, name] = this
    bound = args.articles / base.cpu if base else None
    print(f"{command:10} {name:7} {spread(rates):>22} {ratio(this.rate, base and base.rate):>8} "
          f"{ratio(this.rate, bound):>8} {this.cpu:7.1f} {1000 * this.cpu / args.articles:8.2f} "
          f"{ratio(this.cpu, base and base.cpu):>8} "
          f"{max(r.client_kib for r in runs) / 1024:11.1f} {max(r.worker_kib for r in runs) / 1024:11.1f}"
          f"  {'-' if this.same is None else 'yes' if this.same else 'NO':4}  {load()}", flush=True)
    return runs


def first_lines(args: argparse.Namespace, folder: Path, command: str, name: str, mode: list[str],
                first: dict[tuple[str, str], float]) -> None:
    listing = write_list(folder, args.articles)
    times = [first_line(command, listing, mode) for _ in range(args.repeat)]
    first[command, name] = max(seconds for seconds, _ in times)
    print(f"{command:10} {name:7} {min(s for s, _ in times):6.2f}-{max(s for s, _ in times):.2f} s   "
          f"CPU {min(c for _, c in times):.2f}-{max(c for _, c in times):.2f} s  {load()}", flush=True)


def peak_of(args: argparse.Namespace, folder: Path, command: str, count: int) -> int:
    listing = write_list(folder, count)
    return max(run_once(command, listing, ["--jobs", "1"], folder / "out-memory").client_kib
               for _ in range(args.repeat))


def memory(args: argparse.Namespace, folder: Path, large_peaks: dict[str, int]) -> dict[str, float]:
    """--jobs 1's peak over --small articles against --articles (taken from
    the speed runs when they measured it); the ratios."""
    print(f"\npeak RSS of the client, --jobs 1: {args.small} articles against {args.articles}")
    ratios = {}
    for command in args.commands:
        small = peak_of(args, folder, command, args.small)
        large = large_peaks.get(command) or peak_of(args, folder, command, args.articles)
        ratios[command] = large / small
        print(f"{command:10} {small / 1024:7.1f} MiB {large / 1024:7.1f} MiB  ratio {large / small:.2f}  {load()}",
              flush=True)
    return ratios


def speed(args: argparse.Namespace, folder: Path, local: dict[str, list[str]],
          measured: dict[tuple[str, str], Measured], large_peaks: dict[str, int]) -> None:
    print(f"{args.articles} articles ({len(corpus_files())} files of EASC, BBC, OrangeSum, repeated), "
          f"--format jsonl, {args.repeat} runs each: articles/s median (min-max)")
    print(f"{'command':10} {'mode':7} {'articles/s':>22} {'x jobs1':>8} {'x 1 core':>8} {'CPU s':>7} "
          f"{'CPU ms/a':>8} {'CPU x j1':>8} {'client MiB':>11} {'worker MiB':>11}  same  load")
    for command in args.commands:
        for name, mode in local.items():
            runs = row(args, folder, command, name, mode, measured)
            if name == "jobs1":
                large_peaks[command] = max(run.client_kib for run in runs)


def warmed(folder: Path, command: str, mode: list[str]) -> list[str]:
    """`mode`, once the cluster's workers have run `command` (as a long-lived cluster would have)."""
    subprocess.run(brief_command(command, write_list(folder, 8), mode), capture_output=True)
    return mode


def goals(args: argparse.Namespace, measured: dict[tuple[str, str], Measured], first: dict[tuple[str, str], float],
          memory_ratios: dict[str, float]) -> None:
    """Issue 12's goals side by side: wall-clock ratios (trust them on an
    idle machine only), the CPU bound beside them (2 cores / CPU against
    --jobs 1's: what an idle machine allows), the output, the first line
    and the memory."""
    print(f"\ngoals (issue 12), {load()}: " + "  ".join(f"{command:>10}" for command in args.commands))
    lines = [
        ("jobs2 x jobs1 >= 1.8", lambda c: ratio(rate(measured, c, "jobs2"), rate(measured, c, "jobs1"))),
        ("  2 cores / CPU x jobs1", lambda c: cpu_bound(measured, c, "jobs2")),
        ("dask2 x jobs1 >= 1.6", lambda c: ratio(rate(measured, c, "dask2"), rate(measured, c, "jobs1"))),
        ("  2 cores / CPU x jobs1", lambda c: cpu_bound(measured, c, "dask2")),
        ("same output as jobs1", lambda c: same_output(measured, c)),
        ("first line <= 1 s, --jobs", lambda c: slowest_first(first, c, ("jobs1", "jobs2"))),
        ("  dask2 (client start)", lambda c: slowest_first(first, c, ("dask2",))),
        ("RSS large / small <= 1.2", lambda c: f"{memory_ratios[c]:.2f}" if c in memory_ratios else "-"),
    ]
    for label, figure in lines:
        print(f"{label:26} " + "  ".join(f"{figure(command):>10}" for command in args.commands))


def rate(measured: dict[tuple[str, str], Measured], command: str, mode: str) -> float | None:
    found = measured.get((command, mode))
    return found.rate if found else None


def cpu_bound(measured: dict[tuple[str, str], Measured], command: str, mode: str) -> str:
    """The most `mode` can reach on 2 idle cores, times --jobs 1: 2 over
    its CPU seconds against --jobs 1's."""
    base, this = measured.get((command, "jobs1")), measured.get((command, mode))
    return ratio(2 * base.cpu, this.cpu) if base and this else "-"


def slowest_first(first: dict[tuple[str, str], float], command: str, modes: tuple[str, ...]) -> str:
    times = [seconds for (c, mode), seconds in first.items() if c == command and mode in modes]
    return f"{max(times):.2f}" if times else "-"


def same_output(measured: dict[tuple[str, str], Measured], command: str) -> str:
    checked = [m.same for (c, _), m in measured.items() if c == command and m.same is not None]
    return "-" if not checked else "yes" if all(checked) else "NO"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--small", type=int, default=150)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--commands", nargs="+", default=["read", "summarize", "quotes"],
                        choices=["read", "summarize", "quotes"])
    parser.add_argument("--modes", nargs="+", default=["jobs1", "jobs2", "dask2"], choices=["jobs1", "jobs2", "dask2"])
    parser.add_argument("--parts", nargs="+", default=["speed", "first-line", "memory"],
                        choices=["speed", "first-line", "memory"])
    parser.add_argument("--dask-profile", action="store_true", help="keep the Dask workers' statistical profiler on")
    args = parser.parse_args()
    local = {name: mode for name, mode in {"jobs1": ["--jobs", "1"], "jobs2": ["--jobs", "2"]}.items()
             if name in args.modes}
    measured: dict[tuple[str, str], Measured] = {}
    large_peaks: dict[str, int] = {}  # --jobs 1's client, over --articles
    first: dict[tuple[str, str], float] = {}
    memory_ratios: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        if "speed" in args.parts:
            speed(args, folder, local, measured, large_peaks)
        if "first-line" in args.parts:
            print(f"\nfirst output line of a {args.articles}-article run: seconds from start, and CPU seconds of "
                  f"brief's processes until then (min-max of {args.repeat})")
            for command in args.commands:
                for mode_name, mode in local.items():
                    first_lines(args, folder, command, mode_name, mode, first)
        if "dask2" in args.modes and {"speed", "first-line"} & set(args.parts):
            with start_cluster(args.dask_profile) as cluster:  # only now: an idle cluster takes CPU too
                print(f"\nDask LocalCluster, 2 workers (profiler {'on' if args.dask_profile else 'off'})")
                for command in args.commands:
                    mode = warmed(folder, command, ["--scheduler", cluster.scheduler_address])
                    if "speed" in args.parts:
                        row(args, folder, command, "dask2", mode, measured)
                    if "first-line" in args.parts:
                        first_lines(args, folder, command, "dask2", mode, first)
        if "memory" in args.parts:
            memory_ratios = memory(args, folder, large_peaks)
    goals(args, measured, first, memory_ratios)


if __name__ == "__main__":
    main()
