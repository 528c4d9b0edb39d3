"""Strings from outside (file names, URLs, server headers, page metadata)
made safe to print: one line, and nothing that could drive the reader's
terminal or reorder what surrounds it.

Article text is cleaned once at load time (normalize.clean_text); this is for
the short strings brief prints around it: error messages, headers, labels.
"""

from __future__ import annotations

import re

from briefcli.normalize import BIDI_CONTROLS

# Beyond C0: DEL and the C1 controls, the bidi controls, which would reorder
# the rest of the line, line and paragraph separators, and lone surrogates
# (undecodable bytes of a file name).
UNSAFE_BEYOND_C0 = f"\x7f-\x9f{BIDI_CONTROLS}\u2028\u2029\ud800-\udfff"
# And the C0 controls (newline and tab included: a printed name stays on one line).
UNSAFE = re.compile(f"[\x00-\x1f{UNSAFE_BEYOND_C0}]")


def escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: str) -> str:
    """`text` with every control and bidi control shown escaped (ESC as
    `\\x1b`, U+202E as `\\u202e`), so it prints as one inert line."""
    return UNSAFE.sub(escape, str(text))


def error_line(message: str) -> str:
    """The `brief: ...` line that reports `message` on stderr, safe to print."""
    return f"brief: {printable(message)}\n"
