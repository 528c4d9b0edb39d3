"""Plain logical text: what a pipe, a file or `--bidi off` gets.

Title, byline and paragraphs, separated by blank lines, in Unicode order,
unshaped, with no escape sequence and no padding.
"""

from __future__ import annotations

from briefcli.model import Article


def article_blocks(article: Article) -> list[str]:
    head = [article.title] if article.title else []
    if article.byline:
        head.append(article.byline)
    return head + [paragraph.text for paragraph in article.paragraphs]


def article_as_text(article: Article) -> str:
    return "\n\n".join(article_blocks(article)) + "\n"
