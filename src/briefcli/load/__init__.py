"""Loading: from a path, `-` or (later) a URL to a laid-out article.

bytes (source.py) -> text (decode.py) -> clean text (normalize.py) ->
title, byline and paragraphs (markdown.py, layout.py) -> Article (segment).
"""

from __future__ import annotations

from typing import BinaryIO

from briefcli.errors import InputError
from briefcli.language import check_language
from briefcli.load.decode import decode
from briefcli.load.layout import Layout, lay_out
from briefcli.load.markdown import looks_like_markdown, to_plain_lines
from briefcli.load.source import RawArticle, read_source
from briefcli.model import Article
from briefcli.normalize import clean_text
from briefcli.options import LoadOptions
from briefcli.segment import segment

MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown", ".mkd")


def layout_of_text(text: str, source: str) -> Layout:
    if source.lower().endswith(MARKDOWN_SUFFIXES) or looks_like_markdown(text):
        lines, title = to_plain_lines(text)
        return lay_out(lines, title)
    return lay_out(text.split("\n"))


def article_from_raw(raw: RawArticle, options: LoadOptions) -> Article:
    text = clean_text(decode(raw, options.encoding))
    layout = layout_of_text(text, raw.source)
    if not layout.paragraphs and not layout.title:
        raise InputError(f"{raw.source} is empty: there is no text to read")
    language = check_language(options.language) if options.language else None
    return segment(raw.source, layout, language)


def load_article(
    source: str, options: LoadOptions | None = None, stdin: BinaryIO | None = None
) -> Article:
    """The Article at `source`: a path, or `-` for standard input."""
    options = options or LoadOptions()
    return article_from_raw(read_source(source, options.max_bytes, stdin), options)
