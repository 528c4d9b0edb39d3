"""Markdown to plain lines: block markers and inline marks removed.

Only what news written in Markdown uses: headings (ATX and setext), block
quotes, lists, rules, fences, emphasis, code spans, links, images and HTML
tags. Headings become lines of their own, set apart by blank lines, so the
layout stage sees them as paragraphs (the first one as the title).
"""

from __future__ import annotations

import re

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
    first = next((line for line in text.split("\n") if line.strip()), "")
    return bool(ATX_HEADING.match(first))


def heading_text(lines: list[str], index: int) -> str | None:
    """The heading that `lines[index]` starts, if any."""
    match = ATX_HEADING.match(lines[index])
    if match:
        return match.group(2)
    following = lines[index + 1] if index + 1 < len(lines) else ""
    if lines[index].strip() and SETEXT_UNDERLINE.match(following) and not RULE.match(lines[index]):
        return lines[index].strip()
    return None


def to_plain_lines(text: str) -> tuple[list[str], str | None]:
    """Plain lines, and the title when the first block is a heading."""
    lines = text.split("\n")
    out: list[str] = []
    title: str | None = None
    in_fence = False
    index = 0
    while index < len(lines):
        line = lines[index]
        index += 1
        if FENCE.match(line):
            in_fence = not in_fence
            out.append("")
            continue
        if in_fence:
            out.append(line)
            continue
        heading = heading_text(lines, index - 1)
        if heading is not None:
            if not ATX_HEADING.match(line):
                index += 1
            if title is None and not any(o.strip() for o in out):
                title = strip_inline(heading).strip()
            else:
                out.extend(["", strip_inline(heading), ""])
            continue
        if RULE.match(line) or REFERENCE_DEFINITION.match(line):
            out.append("")
            continue
        while BLOCKQUOTE.match(line):
            line = BLOCKQUOTE.sub("", line, count=1)
        out.append(strip_inline(LIST_MARKER.sub(r"\1", line)))
    return out, title
