"""README.md stays true: it opens with the two commands CI runs, and it
documents every command brief has."""

from __future__ import annotations

import re

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
    assert "'.[test,dask]'" in test and "pytest" in test  # dask: the cluster test runs in CI


def test_every_command_is_documented():
    commands = typer.main.get_command(app).commands
    assert commands
    for name in commands:
        assert f"### brief {name}" in README, name
