"""The shape of the code: the core never imports the CLI framework or rich,
and heavy libraries stay out of the start-up path."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

import briefcli

PACKAGE = Path(briefcli.__file__).parent
UI_MODULES = {"cli.py"}
HEAVY = ["sumy", "nltk", "numpy", "scipy", "trafilatura", "icu", "lxml", "charset_normalizer", "dask", "distributed"]


def imported_modules(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def test_core_never_imports_typer_or_rich():
    for path in PACKAGE.rglob("*.py"):
        relative = path.relative_to(PACKAGE).as_posix()
        if relative in UI_MODULES:
            continue
        assert not imported_modules(path) & {"typer", "rich", "click"}, relative


def loaded_after(code: str) -> set[str]:
    script = f"import sys\n{code}\nprint(' '.join(sorted(sys.modules)))"
    output = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    return {name.split(".")[0] for name in output.stdout.split()}


def test_cli_import_loads_no_heavy_library():
    loaded = loaded_after("import briefcli.cli")
    assert not loaded & set(HEAVY), loaded & set(HEAVY)


@pytest.mark.parametrize("args", [["--help"], ["read", "--help"], ["summarize", "--help"]])
def test_help_loads_neither_a_heavy_library_nor_rich(args):
    code = f"from briefcli.cli import run\nfrom briefcli.environment import Environment\nrun({args!r}, Environment())"
    loaded = loaded_after(code)
    assert not loaded & {*HEAVY, "rich"}, loaded & {*HEAVY, "rich"}


def test_reading_a_utf8_article_loads_no_heavy_library():
    code = (
        "from briefcli.cli import run\nfrom briefcli.environment import Environment\n"
        f"run(['read', {str(PACKAGE.parent.parent / 'seeds' / '000_290846f659525b14.txt')!r}], Environment())"
    )
    loaded = loaded_after(code)
    assert not loaded & set(HEAVY), loaded & set(HEAVY)


def test_only_the_icu_engine_imports_icu():
    for path in PACKAGE.rglob("*.py"):
        relative = path.relative_to(PACKAGE).as_posix()
        if relative != "render/icu_engine.py":
            assert "icu" not in imported_modules(path), relative


def test_piped_read_loads_neither_rich_nor_the_renderer():
    code = (
        "from briefcli.cli import run\nfrom briefcli.environment import Environment\n"
        f"run(['read', {str(PACKAGE.parent.parent / 'seeds' / '000_290846f659525b14.txt')!r}], Environment())"
    )
    script = f"import sys\n{code}\nprint(' '.join(sorted(sys.modules)))"
    loaded = set(subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                                check=True).stdout.split())
    assert not {name for name in loaded if name.split(".")[0] in ("rich", "icu")}
    assert not loaded & {"briefcli.output.terminal", "briefcli.render.layout", "briefcli.render.icu_engine"}


def test_the_terminal_renderer_imports_on_its_own():
    subprocess.run([sys.executable, "-c", "import briefcli.output.terminal"], check=True)
