"""brief installs with every pip: its dependency markers mean the same to
every version of `packaging` a pip may carry, on every system.

Pips evaluate every clause of a marker, whatever the system; pips 24.1 to
25.3 raised on `platform_release >= '24'` on Linux, whose kernel release
("6.8.0-45-generic") is no PEP 440 version, and packaging 26 no longer
compares such strings in order at all. So the system's release and version
are only ever tested with `in` / `not in`, and the markers are evaluated here
for Linux, Windows and every macOS with the packaging pip itself vendors.
"""

from __future__ import annotations

import re

import pytest

from conftest import ROOT

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    from pip._vendor import tomli as tomllib

PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
PROJECT = PYPROJECT["project"]
REQUIREMENTS = PROJECT["dependencies"] + [r for extra in PROJECT["optional-dependencies"].values() for r in extra]
# Variables whose values are not PEP 440 versions on every system.
FREE_FORM = r"(?:platform_release|platform_version)"
COMPARED_AS_VERSION = re.compile(rf"{FREE_FORM}\s*(?:[<>=!~]=?|===)|(?:[<>=!~]=?|===)\s*{FREE_FORM}")


def marker_implementations() -> list:
    """packaging's Marker as pip vendors it, and the standalone one if installed."""
    from pip._vendor.packaging.markers import Marker as PipMarker

    found = [PipMarker]
    try:
        from packaging.markers import Marker
    except ImportError:
        return found
    return found + [Marker]


def test_no_marker_compares_the_systems_release_as_a_version():
    for requirement in REQUIREMENTS:
        assert not COMPARED_AS_VERSION.search(requirement), requirement


def darwin_version(release: str) -> str:
    return f"Darwin Kernel Version {release}: Thu Oct 10 21:03:15 PDT 2024; root:xnu-11215.41.3~2/RELEASE_X86_64"


def environment(system: str, machine: str, release: str, version: str, python: str) -> dict[str, str]:
    return {
        "implementation_name": "cpython", "platform_python_implementation": "CPython",
        "python_version": python, "python_full_version": f"{python}.0", "implementation_version": f"{python}.0",
        "sys_platform": system, "os_name": "nt" if system == "win32" else "posix",
        "platform_system": {"linux": "Linux", "win32": "Windows", "darwin": "Darwin"}[system],
        "platform_machine": machine, "platform_release": release, "platform_version": version,
    }


LINUX_RELEASES = ["6.18.44-fc-v1045", "6.8.0-45-generic", "5.15.153.1-microsoft-standard-WSL2",
                  "6.11.4-301.fc41.x86_64", "6.1.0-26-amd64", "4.18.0-553.el8_10.x86_64"]


def systems() -> list[tuple[dict[str, str], bool]]:
    """Environments, each with whether pyicu-wheels has a wheel there."""
    cases = []
    for release in LINUX_RELEASES:
        for machine, has_wheel in (("x86_64", True), ("aarch64", True), ("armv7l", False)):
            cases.append((environment("linux", machine, release, "#1 SMP PREEMPT_DYNAMIC", "3.13"), has_wheel))
    for release, version in (("10", "10.0.19045"), ("11", "10.0.22631")):
        cases.append((environment("win32", "AMD64", release, version, "3.13"), True))
    for machine, oldest in (("arm64", 23), ("x86_64", 22)):
        for darwin in range(13, 28):
            for python in ("3.10", "3.13", "3.14"):
                has_wheel = darwin >= 24 or (python != "3.14" and darwin >= oldest)
                release = f"{darwin}.4.0"
                cases.append((environment("darwin", machine, release, darwin_version(release), python), has_wheel))
    return cases


@pytest.mark.parametrize("Marker", marker_implementations())
def test_icu_markers_hold_on_every_system(Marker):
    markers = [Marker(r.split(";", 1)[1]) for r in PROJECT["dependencies"] if r.startswith("pyicu-wheels")]
    assert markers
    for env, has_wheel in systems():
        assert any(marker.evaluate(env) for marker in markers) == has_wheel, env


def test_the_bench_extra_asks_for_one_spelling_of_lxml_html_clean():
    """readability-lxml 0.9 asks for lxml[html-clean] where justext asks for
    lxml[html_clean]: pip 23.2's resolver fails on the two spellings."""
    readability = [r for r in PROJECT["optional-dependencies"]["bench"] if r.startswith("readability-lxml")]
    assert readability and all("<0.9" in r for r in readability)
