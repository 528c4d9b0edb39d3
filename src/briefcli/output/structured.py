"""JSON text as brief writes it: characters as they are (not \\u escapes),
an indented document for --format json, one line per result for jsonl."""

from __future__ import annotations

import json
from typing import Any


def to_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2) + "\n"


def to_json_line(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False) + "\n"
