"""--scheduler ADDRESS: the same Job on a Dask distributed cluster.

Inputs go to the workers in chunks (`Job.run_all`, which --jobs's worker
processes run too), a few chunks per worker thread out at once; the
client takes the outcomes back in input order and writes them, so its memory
stays bounded whatever the number of articles. The workers read the
articles themselves: a path must name the same file on them (a shared file
system; relative paths are made absolute here), URLs work anywhere, and
standard input and archive lines travel with their chunk. A chunk whose
worker died (Dask gives up with KilledWorker) is run again an article at a
time, so only the article that kills its worker is reported.
"""

from __future__ import annotations

from collections import deque
from itertools import islice
from typing import Any, Iterator

from briefcli.commands.inputs import Input
from briefcli.commands.work import Job, Outcome
from briefcli.errors import BriefError, MissingDependency

FIRST_CHUNK = 4  # articles in the first task: the first result comes at once
CHUNK = 64  # at most, once under way: a task's overhead (a few milliseconds) is then small
CHUNKS_PER_THREAD = 3  # out at once for each worker thread: none idles while the client writes
CONNECT_TIMEOUT = 10  # seconds


def chunks_of(items: Iterator[Input]) -> Iterator[list[Input]]:
    """The inputs in chunks of FIRST_CHUNK, then twice as many each time up to CHUNK."""
    located = (item.located() for item in items)
    size = FIRST_CHUNK
    while chunk := list(islice(located, size)):
        yield chunk
        size = min(CHUNK, size * 2)


def connect(address: str) -> Any:
    try:
        from distributed import Client
    except ImportError:
        raise MissingDependency("--scheduler", "brief[dask]") from None
    try:
        # direct_to_workers: results come from the workers, not through the scheduler
        return Client(address, timeout=CONNECT_TIMEOUT, set_as_default=False, direct_to_workers=True)
    except (OSError, TimeoutError, ValueError) as error:
        raise BriefError(f"cannot reach the Dask scheduler at {address} ({error})") from None


def outcomes_of(client: Any, job: Job, chunk: list[Input], future: Any) -> list[Outcome]:
    """The chunk's outcomes; when its worker died, each article's on its own."""
    from distributed import KilledWorker

    try:
        return future.result()
    except KilledWorker:
        if len(chunk) == 1:
            item = chunk[0]
            return [Outcome(item.source, error=f"{item.source}: the Dask worker reading it died", status=1)]
        singles = [client.submit(job.run_all, [item], pure=False) for item in chunk]
        return [outcome for item, single in zip(chunk, singles)
                for outcome in outcomes_of(client, job, [item], single)]


def streamed(client: Any, items: Iterator[Input], job: Job, address: str) -> Iterator[Outcome]:
    try:
        threads = max(2, sum(client.nthreads().values()))
        chunks = chunks_of(items)
        window = deque((chunk, client.submit(job.run_all, chunk, pure=False))
                       for chunk in islice(chunks, CHUNKS_PER_THREAD * threads))
        while window:
            chunk, future = window.popleft()
            for following in islice(chunks, 1):
                window.append((following, client.submit(job.run_all, following, pure=False)))
            yield from outcomes_of(client, job, chunk, future)
    except (OSError, TimeoutError) as error:
        raise BriefError(f"lost the Dask scheduler at {address} ({error})") from None
    finally:
        client.close()


def run_on_cluster(items: Iterator[Input], job: Job, address: str) -> Iterator[Outcome]:
    return streamed(connect(address), items, job, address)
