"""--jobs N: articles worked on in N worker processes, written in input order.

Each worker is handed a chunk of inputs through its own pipe when it is
idle (so neither side can block the other on a full pipe) and sends back
the chunk's outcomes in one message (a message per article costs the main
process more than the writing). When a worker dies (a crash in a C library,
the out-of-memory killer, a signal), a new one takes its place and the
articles of its chunk are handed out again one at a time, so the one that
kills its worker is found and reported as that article's error. At most
AHEAD articles per worker are out at once (being worked on, or done and
waiting for an earlier one), so memory stays bounded however slow one
article is.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import signal
import sys
from collections import deque
from itertools import islice
from multiprocessing.connection import Connection, wait
from typing import Iterator

from briefcli.commands.inputs import Input
from briefcli.commands.work import Job, Outcome
from briefcli.environment import stop_signals

FIRST_CHUNK = 1  # inputs handed to a worker at first: the first result comes at once
CHUNK = 16  # at most, once under way (chunks double in size up to it)
AHEAD = 64  # per worker: how far past the next article to write the work may run
STOP_WAIT = 1.0  # seconds a worker told to stop has to finish its article
PARENT_CHECK = 1.0  # seconds between a waiting worker's checks that the main process lives

Numbered = tuple[int, Input]


def serve(connection: Connection, job: Job, not_mine: list[Connection]) -> None:
    """A worker: run each input of each chunk received, send each outcome;
    stop when told (None), at the end of the pipe, or when the main process
    is gone. Ctrl-C is the main process's to handle; SIGTERM and SIGHUP end
    a worker outright (a forked one inherits the main process's handlers,
    which unwind brief's run). `not_mine` are the main process's ends of
    the pipes, which a forked worker holds copies of: closed, so that when
    the main process dies its workers' pipes break instead of waiting on
    each other for ever."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    for number in stop_signals():
        signal.signal(number, signal.SIG_DFL)
    for end in not_mine:
        end.close()
    with contextlib.suppress(OSError):  # the main process closed the pipe: it is ending
        answer(connection, job)


def answer(connection: Connection, job: Job) -> None:
    parent = multiprocessing.parent_process()
    while True:
        while not connection.poll(PARENT_CHECK):
            if parent is not None and not parent.is_alive():
                return
        try:
            chunk: list[Numbered] | None = connection.recv()
        except EOFError:
            return
        if chunk is None:
            return
        connection.send(job.run_all([item for _, item in chunk]))


def start_method() -> multiprocessing.context.BaseContext:
    """fork on Linux (a worker starts with brief already imported); the
    platform's default (spawn) elsewhere, where fork is unsafe or missing."""
    return multiprocessing.get_context("fork" if sys.platform == "linux" else None)


class Worker:
    def __init__(self, context: multiprocessing.context.BaseContext, job: Job, others: list[Worker]):
        self.connection, there = context.Pipe()
        not_mine = [self.connection, *(other.connection for other in others)]
        self.process = context.Process(target=serve, args=(there, job, not_mine), daemon=True)
        self.process.start()
        there.close()
        self.pending: list[Numbered] = []  # the chunk it works on

    def hand(self, chunk: list[Numbered]) -> None:
        """Send it `chunk`; a worker found dead here is replaced in `Pool.collect`."""
        self.pending = chunk
        with contextlib.suppress(OSError):
            self.connection.send(chunk)

    def received(self) -> Iterator[tuple[int, Outcome]]:
        """The outcomes of its chunk, once they have arrived."""
        if not self.connection.poll():
            return
        try:
            outcomes = self.connection.recv()
        except (EOFError, OSError):
            return
        indices = [index for index, _ in self.pending]
        self.pending = []
        yield from zip(indices, outcomes)

    def stop(self) -> None:
        """Tell the worker to end (a forked worker holds copies of the other
        pipes' ends, so the end of a pipe is not a reliable signal); one that
        is still busy is terminated."""
        with contextlib.suppress(OSError):
            self.connection.send(None)
        self.connection.close()

    def join(self) -> None:
        self.process.join(timeout=STOP_WAIT)
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
        self.workers: list[Worker] = []
        for _ in range(jobs):
            self.workers.append(Worker(self.context, job, self.workers))
        self.numbered = enumerate(items)
        self.suspects: deque[Numbered] = deque()  # in a chunk whose worker died
        self.taken = 0  # inputs taken from `numbered`
        self.done: dict[int, Outcome] = {}
        self.written = 0  # outcomes given out, in order
        self.window = AHEAD * jobs
        self.size = FIRST_CHUNK

    def chunk(self) -> list[Numbered]:
        if self.suspects:
            return [self.suspects.popleft()]
        room = min(self.size, self.written + self.window - self.taken)
        fresh = list(islice(self.numbered, max(0, room)))
        self.taken += len(fresh)
        self.size = min(CHUNK, self.size * 2)
        return fresh

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
        if len(worker.pending) == 1:
            index, item = worker.pending[0]
            self.done[index] = death(item, worker.process.exitcode)
        else:
            self.suspects.extend(worker.pending)
        worker.stop()
        worker.join()
        others = [other for other in self.workers if other is not worker]
        self.workers[self.workers.index(worker)] = Worker(self.context, self.job, others)

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
            for worker in self.workers:
                worker.join()


def run_in_processes(items: Iterator[Input], job: Job, jobs: int) -> Iterator[Outcome]:
    return Pool(items, job, jobs).outcomes()
