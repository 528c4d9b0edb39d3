"""The command line as a user meets it: output, formats, errors, exit codes."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time

import pytest

from conftest import SEED, brief, brief_process


def test_version_and_help():
    assert brief("--version").stdout.startswith("brief ")
    result = brief("--help")
    assert result.status == 0 and "read" in result.stdout
    assert "--format" in brief("read", "--help").stdout


@pytest.mark.parametrize("command", ["read", "summarize", "quotes"])
def test_help_describes_the_articles_argument(command):
    help_text = brief(command, "--help").stdout
    assert "[ARTICLE]..." in help_text and "or - for standard input" in " ".join(help_text.split())


def test_read_plain_text_equals_the_file_paragraphs(seed_text):
    result = brief("read", str(SEED), "--bidi", "off")
    assert result.status == 0 and result.stderr == ""
    assert result.stdout == "\n\n".join(seed_text.split("\n")) + "\n"


def test_read_piped_output_is_plain_logical_text(seed_text):
    assert brief("read", str(SEED)).stdout == "\n\n".join(seed_text.split("\n")) + "\n"


def test_read_json(seed_text):
    data = json.loads(brief("read", str(SEED), "--format", "json").stdout)
    lines = seed_text.split("\n")
    assert data["title"] == lines[0] and data["byline"] == "متابعة :"
    assert data["language"] == "ar" and data["direction"] == "rtl"
    assert len(data["paragraphs"]) == 12
    for paragraph, line in zip(data["paragraphs"], lines[2:], strict=True):
        assert paragraph["text"] == line
        assert data["text"][paragraph["start"]:paragraph["end"]] == line
        [sentence] = paragraph["sentences"]
        assert sentence["text"] == line
        assert (sentence["start"], sentence["end"]) == (paragraph["start"], paragraph["end"])


def test_read_stdin_and_jsonl(seed_text):
    result = brief("read", "-", "-f", "jsonl", stdin=seed_text.encode("cp1256"))
    [line] = result.stdout.splitlines()
    assert json.loads(line)["text"] == seed_text


def test_read_markdown(seed_text):
    out = brief("read", str(SEED), "-f", "markdown").stdout
    assert out.startswith("# " + seed_text.split("\n")[0] + "\n\n*متابعة :*\n\n")


@pytest.mark.parametrize(
    "make, message",
    [
        (lambda tmp: str(tmp / "missing.txt"), "no such file"),
        (lambda tmp: str(tmp), "is a directory with no article in it"),
        (lambda tmp: (tmp / "e.txt").write_bytes(b"") and str(tmp / "e.txt") or str(tmp / "e.txt"), "is empty"),
        (lambda tmp: (tmp / "b.bin").write_bytes(b"\x00\x01\x02" * 100) and str(tmp / "b.bin"), "binary"),
    ],
)
def test_errors_are_one_line_with_status_1(tmp_path, make, message):
    result = brief("read", make(tmp_path))
    assert result.status == 1 and result.stdout == ""
    assert result.stderr.startswith("brief: ") and message in result.stderr
    assert result.stderr.count("\n") == 1


def test_undecodable_names_the_option(tmp_path, seed_text):
    path = tmp_path / "a.txt"
    path.write_bytes(seed_text.encode("cp1256"))
    result = brief("read", str(path), "--encoding", "utf-8")
    assert result.status == 1 and "--encoding" in result.stderr


def test_size_limit_and_its_option(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(b"Some words here.\n" * 200)
    result = brief("read", str(path), "--max-bytes", "100")
    assert result.status == 1 and "--max-bytes" in result.stderr
    assert brief("read", str(path), "--max-bytes", "100000").status == 0


def test_size_limit_on_standard_input_says_what_is_over_it():
    result = brief("read", "-", "--max-bytes", "100", stdin=b"Some words here.\n" * 200)
    assert result.status == 1
    assert result.stderr == "brief: standard input is over the 100 bytes limit; pass --max-bytes to raise it\n"


@pytest.mark.parametrize("args", [["read"], ["read", "--nope", "x"], ["read", "x", "-f", "xml"],
                                  ["nope"], ["read", "x", "--width", "3"]])
def test_usage_errors_exit_2_with_one_line(args):
    result = brief(*args)
    assert result.status == 2
    assert result.stderr.startswith("brief: ") and result.stderr.count("\n") == 1


def test_standard_input_given_twice_is_a_usage_error(seed_text):
    result = brief("read", "-", str(SEED), "-", stdin=seed_text.encode())
    assert result.status == 2 and result.stdout == ""
    assert result.stderr == "brief: standard input can be read only once; give - once\n"


def test_input_is_left_untouched(tmp_path, seed_text):
    path = tmp_path / "a.txt"
    path.write_bytes(seed_text.encode("utf-16"))
    before = path.read_bytes()
    brief("read", str(path), "-f", "json")
    assert path.read_bytes() == before


def test_real_process_error_has_no_traceback(tmp_path):
    result = brief_process("read", str(tmp_path / "missing"))
    assert result.returncode == 1
    assert result.stderr.decode().startswith("brief: ") and b"Traceback" not in result.stderr


def test_closed_pipe_ends_quietly(tmp_path, seed_text):
    big = tmp_path / "big.txt"
    big.write_text("عنوان\n" + (seed_text.split("\n")[2] + "\n") * 3000, encoding="utf-8")
    command = f"{sys.executable} -m briefcli read {big} | head -1"
    result = subprocess.run(["bash", "-c", f"set -o pipefail; {command}"], capture_output=True, timeout=60)
    assert result.stdout.decode() == "عنوان\n"
    assert result.stderr == b"" and result.returncode == 0


def test_ctrl_c_exits_130_without_traceback():
    process = subprocess.Popen(
        [sys.executable, "-m", "briefcli", "read", "-"], stdin=subprocess.PIPE,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env={**os.environ},
    )
    time.sleep(1.5)
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=30)
    assert process.returncode == 130
    assert b"Traceback" not in stderr


@pytest.mark.parametrize("bundle, values, message", [
    ("output", {"format": "xml"}, "--format takes one of text, json, jsonl, markdown, not 'xml'"),
    ("output", {"color": "sometimes"}, "--color takes one of auto, always, never"),
    ("output", {"bidi": "up"}, "--bidi takes one of auto, visual, logical, off"),
    ("output", {"direction": "up"}, "--direction takes one of auto, rtl, ltr"),
    ("output", {"width": 3}, "--width takes a number of columns from 10 to 1000, not 3"),
    ("load", {"language": "de"}, "--language takes one of ar, fr, en, not 'de'"),
])
def test_option_bundles_check_their_values_when_made(bundle, values, message):
    from briefcli.errors import UsageError
    from briefcli.options import LoadOptions, OutputOptions

    with pytest.raises(UsageError, match=re.escape(message)):
        (OutputOptions if bundle == "output" else LoadOptions)(**values)


def test_a_mistyped_command_gets_one_suggestion():
    result = brief("Read", str(SEED))
    assert result.status == 2 and result.stderr.count("Did you mean 'read'?") == 1


@pytest.mark.parametrize("address", ["www.site.com/page", "hespress.com", "موقع.مغرب/أخبار/مقال"])
def test_a_web_address_without_its_scheme_gets_its_url_suggested(address):
    result = brief("read", address)
    assert result.status == 1 and result.stderr.endswith(f"give its URL: https://{address}\n")


@pytest.mark.parametrize("name", ["article.txt", "notes.md", "page.html", "x/y.txt"])
def test_a_missing_file_is_only_a_missing_file(name):
    assert brief("read", name).stderr == f"brief: {name}: no such file\n"


def test_shell_completion_is_offered_and_completes_commands_and_choices(tmp_path):
    """Run from bash, as a user does (typer asks the process tree which shell
    it is; `; exit $?` keeps bash from replacing itself with brief)."""

    def in_bash(options: str, environ: dict | None = None) -> subprocess.CompletedProcess:
        return subprocess.run(["bash", "-c", f"{sys.executable} -m briefcli {options}; exit $?"], capture_output=True,
                              text=True, env={**os.environ, **(environ or {})}, timeout=60)

    script = in_bash("--show-completion")
    assert script.returncode == 0 and "_BRIEF_COMPLETE=complete_bash" in script.stdout, script.stderr

    def complete(words: str) -> list[str]:
        environ = {"_BRIEF_COMPLETE": "complete_bash", "COMP_WORDS": words, "COMP_CWORD": str(len(words.split(" ")) - 1)}
        return brief_process(environ=environ).stdout.decode().split()

    assert complete("brief re") == ["read"]
    assert complete("brief read --format ") == ["text", "json", "jsonl", "markdown"]
    installed = in_bash("--install-completion", environ={"HOME": str(tmp_path)})
    assert installed.returncode == 0 and "brief" in (tmp_path / ".bashrc").read_text(), installed.stderr
