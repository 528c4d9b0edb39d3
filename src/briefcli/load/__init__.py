"""Loading: from a path, `-` or an http(s) URL to a laid-out article.

bytes (source.py, or fetch.py for a URL) -> text (decode.py) -> clean text
(normalize.py) -> title, byline and paragraphs (markdown.py and layout.py for
text; html.py for an HTML page) -> Article (segment).
"""

from __future__ import annotations

from typing import BinaryIO

from briefcli.errors import InputError
from briefcli.load.decode import decode
from briefcli.load.html import looks_like_html, meta_charset, read_page
from briefcli.load.layout import lay_out
from briefcli.load.markdown import looks_like_markdown, to_plain_text
from briefcli.load.source import RawArticle, read_source, url_scheme
from briefcli.model import Article, Layout
from briefcli.normalize import clean_text
from briefcli.options import LoadOptions
from briefcli.segment import segment

MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown", ".mkd")


def layout_of_text(text: str, source: str) -> Layout:
    if source.lower().endswith(MARKDOWN_SUFFIXES) or looks_like_markdown(text):
        return lay_out(*to_plain_text(text))
    return lay_out(text)


def not_empty(article: Article) -> Article:
    if not article.paragraphs and not article.title:
        raise InputError(f"{article.source} is empty: there is no text to read")
    return article


def article_from_html(raw: RawArticle, options: LoadOptions) -> Article:
    page = read_page(decode(raw, options.encoding, meta_charset(raw.data)), raw)
    language = options.language or page.language
    return segment(raw.source, page.layout, language, page.metadata, page.direction)


def article_from_raw(raw: RawArticle, options: LoadOptions) -> Article:
    if looks_like_html(raw):
        return article_from_html(raw, options)
    text = clean_text(decode(raw, options.encoding))
    return not_empty(segment(raw.source, layout_of_text(text, raw.source), options.language or None))


def load_article(
    source: str, options: LoadOptions | None = None, stdin: BinaryIO | None = None
) -> Article:
    """The Article at `source`: a path, `-` for standard input, or a URL."""
    options = options or LoadOptions()
    if url_scheme(source):
        from briefcli.load.fetch import fetch

        raw = fetch(source, options.timeout, options.max_bytes)
    else:
        raw = read_source(source, options.max_bytes, stdin)
    return article_from_raw(raw, options)
