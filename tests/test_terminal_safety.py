"""The terminal belongs to the reader: no control character from a file, a
page, a file name or a server reaches brief's output, in any command or
format. Control sequences of every kind (CSI, OSC 52 clipboard, OSC 8
links, DCS, C1, BEL, backspace), a right-to-left override and an isolate left
open are planted in the body, title and byline of a text file, and in the
body, <h1>, <title>, og:title, author meta and byline of a page, raw and as
character references. What brief writes itself on a terminal (its styles, the
marks and closed isolates that lay out the lines it composes) is allowed."""

from __future__ import annotations

import pytest

from conftest import brief, stray_controls

ESC = "\x1b"
HOSTILE = (
    f"{ESC}[31mRED{ESC}[2J"  # CSI: colour, clear the screen
    f"{ESC}]52;c;cHduZWQ=\x07"  # OSC 52: write the clipboard
    f"{ESC}]8;;http://evil.example/\x07link{ESC}]8;;\x07"  # OSC 8: a hyperlink
    f"{ESC}P1$q{ESC}\\"  # DCS
    "\x9b2J\x9d0;title\x9c"  # C1 CSI, OSC, ST
    "bell\x07back\x08space\u202eevil\u2066open"  # BEL, backspace, RLO, an isolate left open
)
SENTENCE = "The minister said the new plan would be ready before the summer."
TERMINAL = ("visual", "logical")


def hostile_text() -> str:
    return (
        f"Title {HOSTILE} here\nBy Jane {HOSTILE} Doe\n\n{SENTENCE} {SENTENCE} {HOSTILE} {SENTENCE}\n\n"
        f"“A quotation {HOSTILE} here,” the minister said. {SENTENCE}\n\n{SENTENCE} {SENTENCE}\n"
    )


def hostile_page(text: str = HOSTILE) -> str:
    body = f"{SENTENCE} {SENTENCE} {SENTENCE}"
    return f"""<!DOCTYPE html><html lang="en"><head><title>Title {text} here</title>
<meta property="og:title" content="Og title {text} here"><meta name="author" content="Jane {text} Doe">
</head><body><article><h1>Headline {text} here</h1><p class="byline">By Jane {text} Doe</p>
<p>{body} {text} {body}</p><p>“A quotation {text} here,” the minister said. {body}</p>
<p>{body}</p><p>{body}</p></article></body></html>"""


def as_references(text: str) -> str:
    """The hostile string as a page may write it: numeric character references."""
    return "".join(f"&#{ord(c)};" if ord(c) < 32 or 0x7F <= ord(c) <= 0x9F or c in "\u202e\u2066" else c for c in text)


def articles(tmp_path) -> dict[str, str]:
    paths = {
        "text file": tmp_path / "article.txt",
        "page": tmp_path / "page.html",
        "page with references": tmp_path / "references.html",
    }
    paths["text file"].write_text(hostile_text(), encoding="utf-8")
    paths["page"].write_text(hostile_page(), encoding="utf-8")
    paths["page with references"].write_text(hostile_page(as_references(HOSTILE)), encoding="utf-8")
    return {name: str(path) for name, path in paths.items()}


OUTPUTS = {
    "visual": ("--bidi", "visual", "--color", "always"),
    "logical": ("--bidi", "logical", "--color", "always"),
    "off": ("--bidi", "off"),
    "json": ("--format", "json"),
    "jsonl": ("--format", "jsonl"),
    "markdown": ("--format", "markdown"),
}
COMMANDS = {
    "read": ("read",),
    "read --summary": ("read", "--summary", "-n", "2"),
    "summarize": ("summarize", "-n", "2", "--scores"),
    "quotes": ("quotes",),
}


def assert_inert(output: str, terminal: bool = False) -> None:
    """Nothing but text, brief's own styles and (on a terminal) brief's own
    layout of the lines it composes (conftest.stray_controls)."""
    found = stray_controls(output, terminal)
    assert not found, sorted(set(found))


@pytest.mark.parametrize("output", OUTPUTS)
@pytest.mark.parametrize("command", COMMANDS)
def test_no_control_from_an_article_reaches_the_output(tmp_path, command, output):
    for kind, path in articles(tmp_path).items():
        result = brief(*COMMANDS[command], path, *OUTPUTS[output], "--no-pager", tty=output in TERMINAL)
        assert result.status == 0, (kind, result.stderr)
        assert "minister" in result.stdout, kind
        assert_inert(result.stdout, output in TERMINAL)


@pytest.mark.parametrize("output", OUTPUTS)
@pytest.mark.parametrize("command", COMMANDS)
def test_a_hostile_file_name_is_shown_inert(tmp_path, command, output):
    """A file name is the one outside string brief repeats as such: in the
    summary's header, the Markdown heading, the JSON `source`."""
    name = tmp_path / "a\x9b31m\u202eb\x1b]0;x\x07.txt"
    name.write_text(hostile_text(), encoding="utf-8")
    result = brief(*COMMANDS[command], str(name), str(name), *OUTPUTS[output], "--no-pager",
                   tty=output in TERMINAL)
    assert result.status == 0, result.stderr
    assert_inert(result.stdout, output in TERMINAL)


def test_json_keeps_a_hostile_name_exact_for_programs(tmp_path):
    import json

    name = str(tmp_path / "a\x9b31m\u202eb.txt")
    (tmp_path / "a\x9b31m\u202eb.txt").write_text(hostile_text(), encoding="utf-8")
    result = brief("summarize", name, "--format", "json")
    assert "\\u009b" in result.stdout and "\\u202e" in result.stdout
    assert json.loads(result.stdout)["source"] == name


def test_a_page_keeps_its_article_when_it_references_control_characters(tmp_path):
    page = tmp_path / "page.html"
    page.write_text(hostile_page("&#27;[2J &#7; &#x9b; &#150; &#0; &#xD800; &#1114112;"), encoding="utf-8")
    result = brief("read", str(page), "--format", "json")
    assert result.status == 0, result.stderr
    assert "minister" in result.stdout
    assert "\u2013" in result.stdout  # &#150; is windows-1252's en dash, as in browsers
    assert_inert(result.stdout)
