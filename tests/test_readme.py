"""README.md stays true: it opens with the two commands CI runs, it
documents every command brief has, and its console examples print what
they show."""

from __future__ import annotations

import re

import pytest
import typer

from briefcli.cli import app
from conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def opening_commands() -> list[str]:
    block = re.search(r"```sh\n(.*?)```", README, re.S)
    assert block, "README.md must open with a ```sh block"
    return [line for line in block.group(1).splitlines() if line.strip()]


def test_readme_opens_with_install_and_test_commands():
    install, test = opening_commands()
    assert README.index("```sh") < README.index("## ")
    assert "pip install ." in install and "brief read seeds/000_290846f659525b14.txt" in install
    extras = re.search(r"'\.\[([\w,-]+)\]'", test)
    # the test extra, and dask: the cluster test runs in CI too
    assert extras and {"test", "dask"} <= set(extras.group(1).split(",")) and "pytest" in test


def test_every_command_is_documented():
    commands = typer.main.get_command(app).commands
    assert commands
    for name in commands:
        assert f"### brief {name}" in README, name


# --- the console examples: every `$ command` is run, its output compared ---

SHORTENED = "…"  # in an expected line: any text (a long text shortened)
OMITTED = "..."  # an expected line of its own: any number of lines


def console_examples() -> list[tuple[int, list[tuple[str, list[str]]]]]:
    """Each ```console block of the README (its line number) as (command, expected lines)."""
    examples = []
    for block in re.finditer(r"^```console\n(.*?)^```", README, re.S | re.M):
        steps: list[tuple[str, list[str]]] = []
        for line in block.group(1).splitlines():
            if line.startswith("$ "):
                steps.append((line[2:], []))
            else:
                steps[-1][1].append(line)
        examples.append((README[: block.start()].count("\n") + 1, steps))
    return examples


def line_pattern(expected: str) -> str:
    return ".*".join(re.escape(part) for part in expected.split(SHORTENED))


def output_pattern(expected: list[str]) -> re.Pattern[str]:
    parts = [r"(?:.*\n)*?" if line.strip() == OMITTED else line_pattern(line) + r"\n" for line in expected]
    return re.compile("".join(parts))


def free_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_in_background(command: str, cwd: str, port: int):
    """`(cd DIR && SERVER &)`: the server, started so that the test can stop
    it, once it listens on `port`."""
    import socket
    import subprocess
    import time

    inner = command.strip()[1:-1].rstrip().removesuffix("&")
    server = subprocess.Popen(["bash", "-c", inner.replace("python3 ", "exec python3 ")], cwd=cwd,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            break
        except OSError:
            time.sleep(0.1)
    return server


@pytest.mark.parametrize("line, steps", console_examples(), ids=lambda value: str(value) if isinstance(value, int) else "")
def test_console_examples_print_what_the_readme_shows(line, steps):
    """The README's console examples, run from the repository's root with this
    Python's brief and python3 first on the PATH (a server an example starts,
    on a free port instead of the one shown)."""
    import os
    import subprocess
    import sys

    environ = {**os.environ, "PATH": f"{os.path.dirname(sys.executable)}{os.pathsep}{os.environ['PATH']}"}
    port = free_port()
    servers = []
    try:
        for command, expected in steps:
            command = command.replace("8765", str(port))
            if command.rstrip().endswith("&)"):
                servers.append(start_in_background(command, str(ROOT), port))
                continue
            run = subprocess.run(["bash", "-c", f"{command} 2>&1"], cwd=ROOT, env=environ, capture_output=True,
                                 text=True, timeout=120)
            shown = [text.replace("8765", str(port)) for text in expected]
            assert output_pattern(shown).fullmatch(run.stdout), f"README line {line}: $ {command}\n{run.stdout}"
    finally:
        for server in servers:
            server.terminate()
            server.wait()
