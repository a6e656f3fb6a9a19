"""Text from linted files made safe to print on a terminal.

A file can hold escape sequences that would move the cursor, clear the screen or set the
window title, and bidirectional controls that reorder what is shown; printed as they are, a
file could rewrite what the user sees. They are shown as escapes instead (``\\x1b``,
``\\u202e``), and so is every other control character but the tab.
"""

from __future__ import annotations

import re

_UNSAFE = re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def visible(text: str) -> str:
    """``text`` with its control characters written as escapes."""
    if not _UNSAFE.search(text):
        return text
    return _UNSAFE.sub(_escape, text)


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
