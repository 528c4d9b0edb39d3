"""--jobs N: articles worked on in N worker processes, written in input order.

Each worker is handed a chunk of inputs through its own pipe when it is
idle (so neither side can block the other on a full pipe) and sends back
one Outcome per input as soon as it has it. A worker that dies (a crash in a
C library, the out-of-memory killer, a signal) is reported as the error of
the article it was on; the rest of its chunk goes back in the queue and a
new worker takes its place. At most AHEAD articles per worker are out at
once (being worked on, or done and waiting for an earlier one), so memory
stays bounded however slow one article is.
"""

from __future__ import annotations

import multiprocessing
import signal
import sys
from collections import deque
from itertools import islice
from multiprocessing.connection import Connection, wait
from typing import Iterator

from briefcli.commands.inputs import Input
from briefcli.commands.work import Job, Outcome

CHUNK = 8  # inputs handed to a worker at a time
AHEAD = 64  # per worker: how far past the next article to write the work may run

Numbered = tuple[int, Input]


def serve(connection: Connection, job: Job) -> None:
    """A worker: run each input of each chunk received, send each outcome;
    stop at the end of the pipe. Ctrl-C is the main process's to handle."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    while True:
        try:
            chunk: list[Numbered] = connection.recv()
        except EOFError:
            return
        for index, item in chunk:
            connection.send((index, job.run(item)))


def start_method() -> multiprocessing.context.BaseContext:
    """fork on Linux (a worker starts with brief already imported); the
    platform's default (spawn) elsewhere, where fork is unsafe or missing."""
    return multiprocessing.get_context("fork" if sys.platform == "linux" else None)


class Worker:
    def __init__(self, context: multiprocessing.context.BaseContext, job: Job):
        self.connection, there = context.Pipe()
        self.process = context.Process(target=serve, args=(there, job), daemon=True)
        self.process.start()
        there.close()
        self.pending: deque[Numbered] = deque()  # sent, in the order it works on them

    def hand(self, chunk: list[Numbered]) -> None:
        self.pending.extend(chunk)
        self.connection.send(chunk)

    def received(self) -> Iterator[tuple[int, Outcome]]:
        """The outcomes that have arrived (all of them, once the process is dead)."""
        while self.connection.poll():
            try:
                index, outcome = self.connection.recv()
            except (EOFError, OSError):
                return
            self.pending.popleft()
            yield index, outcome

    def stop(self) -> None:
        self.connection.close()
        self.process.join(timeout=1)
        if self.process.is_alive():
            self.process.terminate()
            self.process.join()


def death(item: Input, exitcode: int | None) -> Outcome:
    if exitcode is not None and exitcode < 0:
        how = f"was killed by {signal.Signals(-exitcode).name}"
    else:
        how = f"exited with status {exitcode}"
    return Outcome(item.source, error=f"{item.source}: the worker process reading it {how}", status=1)


class Pool:
    """N workers, the inputs not yet handed out, and the outcomes not yet written."""

    def __init__(self, items: Iterator[Input], job: Job, jobs: int):
        self.context, self.job = start_method(), job
        self.workers = [Worker(self.context, job) for _ in range(jobs)]
        self.numbered = enumerate(items)
        self.retry: deque[Numbered] = deque()  # handed to a worker that died
        self.taken = 0  # inputs taken from `numbered`
        self.done: dict[int, Outcome] = {}
        self.written = 0  # outcomes given out, in order
        self.window = AHEAD * jobs

    def chunk(self) -> list[Numbered]:
        chunk = [self.retry.popleft() for _ in range(min(CHUNK, len(self.retry)))]
        room = min(CHUNK - len(chunk), self.written + self.window - self.taken)
        fresh = list(islice(self.numbered, max(0, room)))
        self.taken += len(fresh)
        return chunk + fresh

    def feed(self) -> None:
        for worker in self.workers:
            if not worker.pending:
                chunk = self.chunk()
                if not chunk:
                    return
                worker.hand(chunk)

    def collect(self) -> None:
        busy = [worker for worker in self.workers if worker.pending]
        ready = set(wait([w.connection for w in busy] + [w.process.sentinel for w in busy]))
        for worker in busy:
            if worker.connection in ready or worker.process.sentinel in ready:
                dead = not worker.process.is_alive()
                self.done.update(worker.received())
                if dead:
                    self.replace(worker)

    def replace(self, worker: Worker) -> None:
        if worker.pending:
            index, item = worker.pending.popleft()
            self.done[index] = death(item, worker.process.exitcode)
            self.retry.extendleft(reversed(worker.pending))
        worker.stop()
        self.workers[self.workers.index(worker)] = Worker(self.context, self.job)

    def outcomes(self) -> Iterator[Outcome]:
        try:
            while True:
                while self.written in self.done:
                    yield self.done.pop(self.written)
                    self.written += 1
                self.feed()
                if not any(worker.pending for worker in self.workers):
                    return
                self.collect()
        finally:
            for worker in self.workers:
                worker.stop()


def run_in_processes(items: Iterator[Input], job: Job, jobs: int) -> Iterator[Outcome]:
    return Pool(items, job, jobs).outcomes()
