"""What every command shares: going over its articles as a stream and
writing each result, in input order, as soon as it is ready.

Each article is loaded, processed and written in turn (here, in worker
processes with --jobs, or on a Dask cluster with --scheduler), so memory
stays flat and the first result appears at once. A bad input is one
`brief: SOURCE: reason` line on stderr; the others are still written and the
exit status is 1 at the end (--fail-fast stops at the first). For several
articles `--format json` writes one JSON array, element by element.
"""

from __future__ import annotations

import os
from typing import BinaryIO, Iterator

from briefcli.commands.inputs import Input, check_stdin_use, expand, open_list, several
from briefcli.commands.work import Command, Job, Outcome
from briefcli.environment import Environment
from briefcli.errors import UsageError
from briefcli.load.source import STDIN
from briefcli.options import BatchOptions, LoadOptions, OutputOptions
from briefcli.output.page import write_page
from briefcli.safe import error_line


def run_command(
    command: Command, sources: list[str], load: LoadOptions, output: OutputOptions, env: Environment,
    batch: BatchOptions,
) -> int:
    """Run `command` over every article `sources` and --files-from stand for;
    the exit status."""
    sources = given_sources(sources, batch, env)
    many = several(sources, batch)
    listing = open_list(batch.files_from, env.stdin) if batch.files_from else None
    job = Job(command, load, form(output, env), in_array=many and output.format == "json")
    outcomes = run_job(expand(sources, listing, batch, load, env.stdin), job, batch, env, many)
    try:
        return write_outcomes(outcomes, Writer(job, output, env), env, many, batch.fail_fast)
    finally:
        outcomes.close()
        close_listing(listing, env.stdin)


def given_sources(sources: list[str], batch: BatchOptions, env: Environment) -> list[str]:
    """The ARTICLEs; none, with input piped in and no --files-from, is `-`."""
    check_stdin_use(sources, batch)
    if sources or batch.files_from:
        return sources
    if env.stdin_isatty:
        raise UsageError("missing ARTICLE: give files, directories, URLs, or - to read standard input")
    return [STDIN]


def close_listing(listing: BinaryIO | None, stdin: BinaryIO) -> None:
    if listing is not None and listing is not stdin:
        listing.close()


def form(output: OutputOptions, env: Environment) -> str:
    """What a Job makes of each result: the format asked for; for text, plain
    text unless a terminal renderer must lay out a Page here."""
    if output.format != "text":
        return output.format
    from briefcli.render.mode import choose_mode

    return "text" if choose_mode(output.bidi, env).name == "off" else "page"


def cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def run_job(items: Iterator[Input], job: Job, batch: BatchOptions, env: Environment, many: bool) -> Iterator[Outcome]:
    """Each item's outcome, in order: on the Dask cluster at --scheduler (or
    $BRIEF_SCHEDULER unless --jobs is given), in --jobs worker processes (by
    default one per core for several articles), or here."""
    scheduler = batch.scheduler or (env.environ.get("BRIEF_SCHEDULER") if batch.jobs is None else None)
    if scheduler:
        from briefcli.commands.cluster import run_on_cluster

        return run_on_cluster(items, job, scheduler)
    jobs = batch.jobs or (cores() if many else 1)
    if jobs > 1:
        from briefcli.commands.parallel import run_in_processes

        return run_in_processes(items, job, jobs)
    return (job.run(item) for item in items)


def error_of(outcome: Outcome, many: bool) -> str:
    """The line for a failed article; among several, it names the article."""
    if many and outcome.source not in (outcome.error or ""):
        return f"{outcome.source}: {outcome.error}"
    return outcome.error or ""


class Writer:
    """Writes results one after another with what goes between them: a JSON
    array's brackets and commas, a blank line between pages."""

    def __init__(self, job: Job, output: OutputOptions, env: Environment):
        self.job, self.output, self.env, self.count = job, output, env, 0

    def write(self, outcome: Outcome) -> None:
        stdout, first = self.env.stdout, self.count == 0
        if self.job.in_array:
            stdout.write("[\n" if first else ",\n")
        elif not first and self.job.form in ("markdown", "text", "page"):
            stdout.write("\n")
        made = outcome.output if outcome.output is not None else self.job.write(outcome.result, stdout)
        if isinstance(made, str):
            stdout.write(made)
        elif made is not None:
            write_page(made, self.output, self.env)
        stdout.flush()
        self.count += 1

    def close(self) -> None:
        if self.job.in_array:
            self.env.stdout.write("\n]\n" if self.count else "[]\n")


def write_outcomes(
    outcomes: Iterator[Outcome], writer: Writer, env: Environment, many: bool, fail_fast: bool,
) -> int:
    """Write every result in order and report every failure; the exit status:
    0, or the worst failure's. A usage error (an option no article can
    satisfy) stops the run, as every failure does with --fail-fast."""
    status = 0
    for outcome in outcomes:
        if outcome.error is None:
            writer.write(outcome)
            continue
        env.stderr.write(error_line(error_of(outcome, many)))
        env.stderr.flush()
        status = max(status, outcome.status)
        if fail_fast or outcome.status == UsageError.exit_status:
            break
    writer.close()
    return status
