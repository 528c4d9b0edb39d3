"""The command line: a thin skin over the core.

It parses options into the shared bundles (LoadOptions, OutputOptions,
SummaryOptions, BatchOptions), builds the Environment once, calls the
command and returns its exit status. Every BriefError becomes one `brief:
...` line on stderr; usage errors exit 2, Ctrl-C 130, SIGTERM and SIGHUP
128 + their number, and a closed pipe ends quietly with 0.
"""

from __future__ import annotations

import contextlib
import functools
import inspect
import os
import re
import signal
import sys
from enum import Enum
from typing import Annotated, Any, Callable, Optional, get_type_hints

import click
import typer

from briefcli import __version__
from briefcli.environment import Environment, stop_signals
from briefcli.errors import INTERNAL_ERROR, BriefError, ClosedPipe, OutputError, UsageError, internal_error
from briefcli.safe import error_line
from briefcli.options import (
    BIDI_CHOICES, COLOR_CHOICES, DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT, DIRECTIONS, FORMATS, LANGUAGES,
    ARTICLE_PATTERNS, MAX_JOBS, BatchOptions, LoadOptions, OutputOptions,
)
from briefcli.summarize.length import DEFAULT_SENTENCES
from briefcli.summarize.methods import DEFAULT_METHOD, METHODS
from briefcli.summarize.options import SummaryOptions


def choices(name: str, values: tuple[str, ...]) -> type[Enum]:
    """An Enum for typer to offer `values` as a choice."""
    return Enum(name, {value: value for value in values}, type=str)  # type: ignore[return-value]


Language = choices("Language", LANGUAGES)
Format = choices("Format", FORMATS)
Color = choices("Color", COLOR_CHOICES)
Bidi = choices("Bidi", BIDI_CHOICES)
TextDirection = choices("TextDirection", DIRECTIONS)
SummaryMethod = choices("SummaryMethod", tuple(METHODS))

app = typer.Typer(
    name="brief",
    help="Read news articles in a terminal: Arabic first, French and English too.",
    add_completion=True,
    invoke_without_command=True,
    context_settings={"help_option_names": ["-h", "--help"]},
    rich_markup_mode=None,
)


def keyword(name: str, annotation: Any, default: Any) -> inspect.Parameter:
    """A keyword-only parameter: one option of a bundle, as typer reads it."""
    return inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, default=default, annotation=annotation)


LOAD_PARAMETERS = [
    keyword("encoding", Annotated[Optional[str], typer.Option(
        "--encoding", "-e", metavar="NAME",
        help="Decode the article as NAME (utf-8, utf-16, cp1256, ...) instead of detecting it.",
    )], None),
    keyword("max_bytes", Annotated[int, typer.Option(
        "--max-bytes", metavar="N", help="Refuse articles larger than N bytes.",
    )], DEFAULT_MAX_BYTES),
    keyword("language", Annotated[Optional[Language], typer.Option(
        "--language", "-l",
        help="The article's language, instead of detecting it.",
    )], None),
    keyword("timeout", Annotated[float, typer.Option(
        "--timeout", metavar="SECONDS",
        help="Give up on a URL that has not answered in full after SECONDS (at most a day).",
    )], DEFAULT_TIMEOUT),
]
OUTPUT_PARAMETERS = [
    keyword("format", Annotated[Format, typer.Option(
        "--format", "-f",
        help="text for reading; json, jsonl or markdown for other programs.",
    )], Format("text")),
    keyword("width", Annotated[Optional[int], typer.Option(
        "--width", "-w", metavar="N",
        help="Lay text out in N columns, 10 to 1000 (default: the terminal's, at most 100).",
    )], None),
    keyword("color", Annotated[Color, typer.Option(
        "--color",
        help="Colour: auto honours NO_COLOR and FORCE_COLOR.",
    )], Color("auto")),
    keyword("bidi", Annotated[Optional[Bidi], typer.Option(
        "--bidi", show_default="auto, or $BRIEF_BIDI",
        help="Right-to-left handling; off prints plain logical text.",
    )], None),
    keyword("direction", Annotated[TextDirection, typer.Option(
        "--direction",
        help="Base direction of every paragraph; auto: its first strong letter.",
    )], TextDirection("auto")),
    keyword("shape", Annotated[bool, typer.Option(
        "--shape/--no-shape", help="Join Arabic letters (visual mode).",
    )], True),
    keyword("pager", Annotated[Optional[bool], typer.Option(
        "--pager/--no-pager", show_default="when taller than the terminal",
        help="Page through $BRIEF_PAGER, $PAGER or less.",
    )], None),
]


BATCH_PARAMETERS = [
    keyword("patterns", Annotated[Optional[list[str]], typer.Option(
        "--glob", metavar="PATTERN", show_default=" ".join(ARTICLE_PATTERNS),
        help="In a directory, read the files whose name matches PATTERN (any case; may be repeated).",
    )], None),
    keyword("files_from", Annotated[Optional[str], typer.Option(
        "--files-from", metavar="FILE",
        help="Also read the articles listed in FILE (- for standard input), one path or URL a line.",
    )], None),
    keyword("fail_fast", Annotated[bool, typer.Option(
        "--fail-fast", help="Stop at the first article that cannot be read (default: report it and go on).",
    )], False),
    keyword("jobs", Annotated[Optional[int], typer.Option(
        "--jobs", "-j", metavar="N", show_default="one per core for several articles",
        help=f"Work on N articles at a time, in N worker processes (1 to {MAX_JOBS}); the output is the same.",
    )], None),
    keyword("scheduler", Annotated[Optional[str], typer.Option(
        "--scheduler", metavar="ADDRESS", show_default="$BRIEF_SCHEDULER",
        help="Run on the Dask cluster whose scheduler is at ADDRESS (needs brief[dask]). "
             "Its workers read the articles themselves: paths must be visible to them "
             "(a shared file system) or be URLs.",
    )], None),
]
SUMMARY_PARAMETERS = [
    keyword("method", Annotated[SummaryMethod, typer.Option(
        "--method", "-m", show_default=False,
        help=f"How to choose the sentences (default: {DEFAULT_METHOD}, the lead with close calls decided by centrality).",
    )], SummaryMethod(DEFAULT_METHOD)),
    keyword("sentences", Annotated[Optional[int], typer.Option(
        "--sentences", "-n", metavar="N", show_default=False, help=f"Take N sentences (default: {DEFAULT_SENTENCES}).",
    )], None),
    keyword("ratio", Annotated[Optional[float], typer.Option(
        "--ratio", metavar="R", help="Take this share of the article's sentences (0 < R <= 1) instead.",
    )], None),
    keyword("words", Annotated[Optional[int], typer.Option(
        "--words", metavar="W", help="Take sentences by rank until they reach W words instead.",
    )], None),
]


def choice_value(value: Any) -> Any:
    """The string behind a choice typer handed over as an Enum member."""
    return value.value if isinstance(value, Enum) else value


def with_bundle(name: str, bundle: type, parameters: list[inspect.Parameter]) -> Callable:
    """Add `parameters` to a command's options and hand the command one
    `bundle` object, as argument `name`, instead of the separate values."""

    def decorate(command: Callable) -> Callable:
        signature = inspect.signature(command)
        hints = get_type_hints(command, include_extras=True)
        kept = [
            p.replace(annotation=hints.get(p.name, p.annotation))
            for p in signature.parameters.values()
            if p.name != name
        ]

        @functools.wraps(command)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            values = {p.name: choice_value(kwargs.pop(p.name)) for p in parameters}
            return command(*args, **{name: bundle(**values)}, **kwargs)

        wrapper.__signature__ = signature.replace(parameters=kept + parameters)  # type: ignore[attr-defined]
        wrapper.__annotations__ = {p.name: p.annotation for p in kept + parameters}
        return wrapper

    return decorate


load_options = with_bundle("load", LoadOptions, LOAD_PARAMETERS)
output_options = with_bundle("output", OutputOptions, OUTPUT_PARAMETERS)
summary_options = with_bundle("summary", SummaryOptions, SUMMARY_PARAMETERS)


def batch_bundle(patterns: list[str] | None, **values: Any) -> BatchOptions:
    return BatchOptions(patterns=tuple(patterns) if patterns else ARTICLE_PATTERNS, **values)


batch_options = with_bundle("batch", batch_bundle, BATCH_PARAMETERS)

ArticleArguments = Annotated[Optional[list[str]], typer.Argument(
    metavar="[ARTICLE]...", show_default=False,
    help="Articles: paths of text, Markdown or HTML files, directories (read recursively), "
         "JSON Lines archives (.jsonl, an article a line), http(s) URLs, or - for standard input "
         "(read when no ARTICLE is given and input is piped in).",
)]


def environment(context: typer.Context) -> Environment:
    return context.obj


def version_callback(value: bool) -> None:
    if value:
        typer.echo(f"brief {__version__}")
        raise typer.Exit()


@app.callback()
def brief(
    context: typer.Context,
    version: Annotated[bool, typer.Option(
        "--version", callback=version_callback, is_eager=True, help="Print brief's version.",
    )] = False,
) -> None:
    """Read news articles in a terminal: Arabic first, French and English too."""
    if context.invoked_subcommand is None:
        typer.echo(context.get_help())


def refuse_summary_options(context: typer.Context) -> None:
    """Summary options given to `brief read` without --summary would be ignored: say so."""
    given = [f"--{name}" for name in ("method", "sentences", "ratio", "words")
             if context.get_parameter_source(name) is not click.core.ParameterSource.DEFAULT]
    if given:
        raise UsageError(f"{', '.join(given)}: only with --summary, which highlights a summary (or use brief summarize)")


@app.command()
@batch_options
@summary_options
@output_options
@load_options
def read(
    context: typer.Context,
    articles: ArticleArguments = None,
    highlight_summary: Annotated[bool, typer.Option(
        "--summary", help="Highlight the sentences `brief summarize` would choose (see its options).",
    )] = False,
    *, load: LoadOptions, output: OutputOptions, summary: SummaryOptions, batch: BatchOptions,
) -> int:
    """Show an article: title, byline and paragraphs, right-to-left aware."""
    from briefcli.commands.read import run_read

    if not highlight_summary:
        refuse_summary_options(context)
    return run_read(articles or [], load, output, environment(context), batch,
                    summary if highlight_summary else None)


@app.command()
@batch_options
@summary_options
@output_options
@load_options
def summarize(
    context: typer.Context,
    articles: ArticleArguments = None,
    scores: Annotated[bool, typer.Option("--scores", help="Show each sentence's score.")] = False,
    *, load: LoadOptions, output: OutputOptions, summary: SummaryOptions, batch: BatchOptions,
) -> int:
    """Summarize an article: its own most central sentences, in article order."""
    from briefcli.commands.summarize import run_summarize

    return run_summarize(articles or [], load, output, environment(context), batch, summary, scores)


@app.command()
@batch_options
@output_options
@load_options
def quotes(
    context: typer.Context,
    articles: ArticleArguments = None,
    indirect: Annotated[bool, typer.Option(
        "--indirect/--no-indirect", help="Also list indirect speech (said that ..., قال إن ...).",
    )] = True,
    *, load: LoadOptions, output: OutputOptions, batch: BatchOptions,
) -> int:
    """List the quotations of an article: who said what, with which cue."""
    from briefcli.commands.quotes import run_quotes

    return run_quotes(articles or [], load, output, environment(context), batch, indirect)


def said_once(message: str) -> str:
    """`message` with each sentence once: typer and newer click each add
    their own "Did you mean 'read'?" to the same error."""
    sentences = re.split(r"(?<=[.?!])\s+", message)
    return " ".join(dict.fromkeys(sentences))


def report(env: Environment, message: str) -> None:
    """One `brief: ...` line; whatever the message quotes from outside (a
    file name, a URL, a server's words) cannot drive the terminal."""
    env.stderr.write(error_line(message))
    env.stderr.flush()


def silence_stdout() -> None:
    """After a closed pipe or a failed write, point stdout at /dev/null so the
    interpreter's final flush neither complains nor changes the exit status."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (AttributeError, OSError, ValueError):
        pass


class Stopped(BaseException):
    """SIGTERM or SIGHUP arrived: unwind like Ctrl-C, so that every `finally`
    puts the terminal back, then exit 128 + the signal's number."""

    def __init__(self, signal_number: int) -> None:
        super().__init__(signal_number)
        self.status = 128 + signal_number


def stop(signal_number: int, frame: object) -> None:
    raise Stopped(signal_number)


def stop_on_signals() -> None:
    """SIGTERM and SIGHUP (where the system has it) unwind brief as Ctrl-C does."""
    for number in stop_signals():
        signal.signal(number, stop)


def run(argv: list[str] | None, env: Environment) -> int:
    """Run brief with `argv` in `env`; the exit status."""
    command = typer.main.get_command(app)
    try:
        with contextlib.redirect_stdout(env.stdout):  # where typer prints help and --version
            result = command.main(args=argv, prog_name="brief", standalone_mode=False, obj=env)
        env.stdout.flush()
        return result if isinstance(result, int) else 0
    except click.ClickException as error:
        context = getattr(error, "ctx", None)
        where = context.command_path if context else "brief"
        report(env, f"{said_once(error.format_message())} (see: {where} --help)")
        return error.exit_code
    except OutputError as error:
        silence_stdout()
        report(env, str(error))
        return error.exit_status
    except BriefError as error:
        report(env, str(error))
        return error.exit_status
    except (KeyboardInterrupt, click.Abort):
        report(env, "interrupted")
        return 130
    except Stopped as stopped:
        return stopped.status
    except ClosedPipe:
        silence_stdout()
        return 0


def main(argv: list[str] | None = None) -> None:
    stop_on_signals()
    env = Environment.from_system()
    try:
        status = run(argv, env)
    except Exception as error:  # a bug in brief: one line, the traceback on demand
        if os.environ.get("BRIEF_DEBUG"):
            raise
        report(env, internal_error(error))
        status = INTERNAL_ERROR
    sys.exit(status)
