"""brief as a library, for pipelines: `import briefcli`.

    article = briefcli.read_article("news/a.txt")        # a path, a URL or "-"
    summary = briefcli.summarize_article(article, sentences=2)
    quotes = briefcli.find_quotes(article)
    summary.to_dict()                                     # what `brief summarize -f json` prints

Every function returns the model's value objects (briefcli.model: Article,
Summary, ArticleQuotes), whose `to_dict()` is the JSON object the command
line prints for them. They are plain frozen dataclasses, picklable, so they
travel between processes (multiprocessing, dask.bag, Dask distributed).
Nothing here imports typer or rich; heavy libraries load only when a function
needs them (numpy for summaries, trafilatura for HTML, ICU for
`render_article` to a terminal). Bad input raises briefcli.errors.BriefError (its
subclass InputError for an article that cannot be read), whose message is the
one line brief would print.
"""

from __future__ import annotations

import io

from briefcli.environment import Environment
from briefcli.load import article_from_raw, load_article
from briefcli.load.archive import article_from_parts
from briefcli.load.source import RawArticle
from briefcli.model import Article, ArticleQuotes, Summary
from briefcli.options import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT, LoadOptions, OutputOptions
from briefcli.output.page import Page, write_page
from briefcli.summarize.length import DEFAULT_SENTENCES
from briefcli.summarize.methods import DEFAULT_METHOD
from briefcli.summarize.options import SummaryOptions


def read_article(
    source: str, *, encoding: str | None = None, language: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES, timeout: float = DEFAULT_TIMEOUT,
) -> Article:
    """The article at `source`: a text, Markdown or HTML file, an http(s)
    URL, or "-" for standard input, read as `brief read` reads it."""
    return load_article(source, LoadOptions(encoding, max_bytes, language, timeout))


def article_from_bytes(
    data: bytes, source: str = "<bytes>", *, encoding: str | None = None, language: str | None = None,
) -> Article:
    """The article in `data`, the bytes of a text, Markdown or HTML file
    (decoded, cleaned and laid out as a file would be); `source` names it."""
    return article_from_raw(RawArticle(source, data), LoadOptions(encoding=encoding, language=language))


def article_from_text(
    text: str, source: str = "<text>", *, title: str | None = None, language: str | None = None,
    id: str | None = None,
) -> Article:
    """The article whose text is `text` (one paragraph a line, or hard-wrapped);
    with `title`, the text is all body, as for a line of a JSON Lines archive."""
    checked = LoadOptions(language=language).language
    return article_from_parts(source, text, title, checked, id=id)


def summarize_article(
    article: Article, *, method: str = DEFAULT_METHOD, sentences: int = DEFAULT_SENTENCES,
    ratio: float | None = None, words: int | None = None,
) -> Summary:
    """The article's summary, as `brief summarize` makes it (same options)."""
    from briefcli.summarize.summary import summarize

    return summarize(article, SummaryOptions(method, sentences, ratio, words))


def find_quotes(article: Article, *, indirect: bool = True) -> ArticleQuotes:
    """The article's quotations, as `brief quotes` finds them."""
    from briefcli.quotes import find_quotations

    return ArticleQuotes.of(article, find_quotations(article, indirect))


def page_of(article: Article, result: Summary | ArticleQuotes | None) -> Page:
    if isinstance(result, Summary):
        from briefcli.output.summary import summary_page

        return summary_page(article, result)
    if isinstance(result, ArticleQuotes):
        from briefcli.output.quotes import quotes_page

        return quotes_page(article, result.quotations)
    from briefcli.output.article import article_page

    return article_page(article)


def render_article(
    article: Article, result: Summary | ArticleQuotes | None = None, *, width: int = 80,
    bidi: str = "visual", color: bool = True, shape: bool = True,
) -> str:
    """What brief writes to a terminal `width` columns wide for the article
    (or, given `result`, for its summary or quotations): with bidi "visual",
    right-to-left text already reordered and shaped; "logical" for a terminal
    that reorders by itself; "off" for plain logical text."""
    env = Environment(stdout=io.StringIO(), stdout_isatty=True, terminal_columns=width, terminal_lines=0)
    options = OutputOptions(width=width, color="always" if color else "never", bidi=bidi, shape=shape, pager=False)
    write_page(page_of(article, result), options, env)
    return env.stdout.getvalue()
