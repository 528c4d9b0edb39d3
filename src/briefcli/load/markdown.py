"""Markdown to plain lines: block markers and inline marks removed.

Only what news written in Markdown uses: headings (ATX and setext), block
quotes, lists, rules, fences, emphasis, code spans, links, images and HTML
tags. Headings become lines of their own, set apart by blank lines, so the
layout stage sees them as paragraphs (the first one as the title).
"""

from __future__ import annotations

import re

from briefcli.normalize import Joined, lines_of

ATX_HEADING = re.compile(r"^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$")
SETEXT_UNDERLINE = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
RULE = re.compile(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
FENCE = re.compile(r"^ {0,3}(```|~~~)")
BLOCKQUOTE = re.compile(r"^ {0,3}>[ \t]?")
LIST_MARKER = re.compile(r"^( {0,3})(?:[-*+]|\d{1,9}[.)])[ \t]+")
REFERENCE_DEFINITION = re.compile(r"^ {0,3}\[[^\]]+\]:[ \t]*\S+.*$")

# Each construct's inside excludes its own delimiters, so that a line full of
# unmatched marks ([, _, ~~) costs one scan, not one scan per mark; a mark
# escaped with a backslash delimits nothing.
INLINE = (
    (re.compile(r"!\[([^\[\]]*)\]\([^()]*\)"), r"\1"),
    (re.compile(r"\[([^\[\]]+)\]\([^()]*\)"), r"\1"),
    (re.compile(r"\[([^\[\]]+)\]\[[^\[\]]*\]"), r"\1"),
    (re.compile(r"<((?:https?|mailto):[^>\s]+)>"), r"\1"),
    (re.compile(r"(`+)([^`]+?)\1"), r"\2"),
    (re.compile(r"(?<!\\)\*\*(?=\S)((?:[^*]|\*(?!\*))+?)(?<=[^\s\\])\*\*"), r"\1"),
    (re.compile(r"(?<!\w)__(?=\S)((?:[^_]|_(?!_))+?)(?<=\S)__(?!\w)"), r"\1"),
    (re.compile(r"(?<!\\)\*(?=[^\s*])([^*]+?)(?<=[^\s*\\])\*"), r"\1"),
    (re.compile(r"(?<![\w\\])_(?=[^\s_])([^_]+?)(?<=[^\s_\\])_(?!\w)"), r"\1"),
    (re.compile(r"~~(?=\S)((?:[^~]|~(?!~))+?)(?<=\S)~~"), r"\1"),
    (re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>"), ""),
    (re.compile(r"\\([\\`*_{}\[\]()#+\-.!>~|])"), r"\1"),
)


def strip_inline(text: str) -> str:
    for pattern, replacement in INLINE:
        text = pattern.sub(replacement, text)
    return text


def looks_like_markdown(text: str) -> bool:
    first = next((line for line in lines_of(text) if line.strip()), "")
    return bool(ATX_HEADING.match(first))


def heading_text(line: str, following: str) -> str | None:
    """The heading that `line` starts, if any (`following` may underline it)."""
    match = ATX_HEADING.match(line)
    if match:
        return match.group(2)
    if line.strip() and SETEXT_UNDERLINE.match(following) and not RULE.match(line):
        return line.strip()
    return None


def to_plain_text(text: str) -> tuple[str, str | None]:
    """Plain lines joined by newlines, and the title when the first block is
    a heading. Read a line at a time and written a block at a time, so a
    long list costs no string a line."""
    out = Joined()
    title: str | None = None
    in_fence = False
    lines = lines_of(text)
    line = next(lines, None)
    while line is not None:
        following = next(lines, None)
        if FENCE.match(line):
            in_fence = not in_fence
            out.add("")
        elif in_fence:
            out.add(line)
        elif (heading := heading_text(line, following or "")) is not None:
            if not ATX_HEADING.match(line):
                following = next(lines, None)
            if title is None and not out.has_text:
                title = strip_inline(heading).strip()
            else:
                out.add("", strip_inline(heading), "")
        elif RULE.match(line) or REFERENCE_DEFINITION.match(line):
            out.add("")
        else:
            while BLOCKQUOTE.match(line):
                line = BLOCKQUOTE.sub("", line, count=1)
            out.add(strip_inline(LIST_MARKER.sub(r"\1", line)))
        line = following
    return out.text(), title
