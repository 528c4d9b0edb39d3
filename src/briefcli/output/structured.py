"""JSON text as brief writes it: characters as they are (not \\u escapes),
an indented document for --format json, one line per result for jsonl.

Except the characters that could drive a terminal or reorder a line: JSON
escapes C0 controls itself; DEL, C1 controls, bidi controls, line and
paragraph separators and lone surrogates (a file name's undecodable bytes) are
written as \\u escapes too. The strings are unchanged for a program that
parses the JSON; a terminal shown it raw gets nothing but text."""

from __future__ import annotations

import json
import re
from typing import Any

from briefcli.safe import UNSAFE_BEYOND_C0

UNSAFE_IN_JSON = re.compile(f"[{UNSAFE_BEYOND_C0}]")


def unicode_escape(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


def inert(text: str) -> str:
    return UNSAFE_IN_JSON.sub(unicode_escape, text)


def to_json(value: Any) -> str:
    return inert(json.dumps(value, ensure_ascii=False, indent=2)) + "\n"


def to_json_line(value: Any) -> str:
    return inert(json.dumps(value, ensure_ascii=False)) + "\n"
