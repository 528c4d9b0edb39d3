"""Property tests: any bytes or text loads with no exception but brief's own,
and every span points at exactly its text inside its paragraph; any input
through any command and format ends in brief's own outcome with inert output
(bench/fuzz.py runs thousands of them)."""

from __future__ import annotations

import io

from hypothesis import given, settings
from hypothesis import strategies as st

from briefcli.errors import BriefError
from briefcli.load import load_article
from conftest import brief, stray_controls

PIECES = list("ab .!?؟،\"“”«»#*_`[]()\n\r\t\x1b\u202e\u200f\ufeff") + ["قال", "   ", "\n\n", "# "]
ARTICLE_TEXT = st.lists(st.one_of(st.sampled_from(PIECES), st.characters()), max_size=150).map("".join)


def check_spans(article) -> None:
    for paragraph in article.paragraphs:
        assert article.text[paragraph.start:paragraph.end] == paragraph.text
        assert paragraph.text and "\n" not in paragraph.text
        for sentence in paragraph.sentences:
            assert paragraph.start <= sentence.start < sentence.end <= paragraph.end
            assert article.text[sentence.start:sentence.end] == sentence.text
    assert not any(ord(c) < 32 and c != "\n" for c in article.text)


@settings(max_examples=300, deadline=None)
@given(ARTICLE_TEXT)
def test_any_text_loads_or_fails_cleanly(text):
    try:
        article = load_article("-", stdin=io.BytesIO(text.encode("utf-8", "surrogatepass")))
    except BriefError:
        return
    check_spans(article)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=300))
def test_any_bytes_load_or_fail_cleanly(data):
    try:
        article = load_article("-", stdin=io.BytesIO(data))
    except BriefError:
        return
    check_spans(article)


QUOTE_PIECES = PIECES + ["«", "»", "„", "‹", "›", "’", "'", "قال إن ", "حسب ", " said ", " a-t-il dit ", "Selon ",
                         "مشيرا إلى أن ", ", ", "، ", ": ", "\n\n“", "” ― Ann Lee", "الذي ", "ذاته "]
QUOTE_TEXT = st.lists(st.one_of(st.sampled_from(QUOTE_PIECES), st.characters()), max_size=200).map("".join)


@settings(max_examples=300, deadline=None)
@given(QUOTE_TEXT, st.sampled_from(["ar", "fr", "en"]))
def test_quotations_of_any_text_point_at_their_text(text, language):
    from briefcli.load.layout import lay_out
    from briefcli.quotes import find_quotations
    from briefcli.segment import segment

    article = segment("-", lay_out(text.split("\n")), language)
    for quotation in find_quotations(article):
        assert 0 <= quotation.start < quotation.end <= len(article.text)
        assert article.text[quotation.start:quotation.end] == quotation.text
        assert 1 <= quotation.paragraph <= len(article.paragraphs)


# --- any input, any command, any format: brief's own outcome, inert output ---

HOSTILE_PIECES = PIECES + ["\x9b2J", "\x1b]52;c;eA==\x07", "\x07", "\x08", "\x00", "\u2066", "\u064e", "\u0651",
                           "&#27;", "<p>", "</p>", "<div a='v'>", "«", "»", " قال ", " said ", "\n\n"]
ANY_TEXT = st.lists(st.one_of(st.sampled_from(HOSTILE_PIECES), st.characters()), max_size=120).map("".join)
ANY_INPUT = st.one_of(
    ANY_TEXT.map(lambda text: text.encode("utf-8", "surrogatepass")),
    ANY_TEXT.map(lambda text: text.encode("utf-16-le", "surrogatepass")),
    ANY_TEXT.map(lambda text: f"<html><body><p>{text}</p></body></html>".encode("utf-8", "surrogatepass")),
    st.binary(max_size=400),
)
COMMANDS = [["read"], ["read", "--summary"], ["summarize"], ["summarize", "-m", "lexrank"], ["quotes"]]
OUTPUTS = [["--bidi", "off"], ["--bidi", "visual"], ["--bidi", "logical"], ["-f", "json"], ["-f", "jsonl"],
           ["-f", "markdown"]]


@settings(max_examples=150, deadline=None)
@given(ANY_INPUT, st.sampled_from(COMMANDS), st.sampled_from(OUTPUTS))
def test_any_input_through_any_command_and_format(data, command, output):
    """Status 0, or one `brief:` line with status 1 or 2 (an exception
    escaping `run` would be an internal error), and nothing in the output
    that could drive a terminal."""
    result = brief(*command, "-", *output, "--color", "never", "--no-pager", stdin=data,
                   tty=output[-1] in ("visual", "logical"))
    assert result.status in (0, 1, 2)
    if result.status:
        assert result.stderr.startswith("brief: ") and result.stderr.count("\n") == 1, result.stderr
    else:
        assert not stray_controls(result.stdout, terminal=output[-1] in ("visual", "logical"))
