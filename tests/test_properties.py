"""Property tests of the loader: any bytes or text, no exception but brief's
own, and every span points at exactly its text inside its paragraph."""

from __future__ import annotations

import io

from hypothesis import given, settings
from hypothesis import strategies as st

from briefcli.errors import BriefError
from briefcli.load import load_article

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
