"""JSON that never holds a control or invisible character raw, for every JSON output.

Values keep every character (a quotation's ``text`` is still the file's slice at its
offsets), but the characters ``terminal.HIDDEN`` names are written as ``\\uXXXX`` escapes,
so a log or a page that shows the JSON as it is cannot be driven by them, a reader that
splits lines at U+2028 or NEL does not cut a JSON line in two, and a lone surrogate (a JSON
line read can hold one) is written instead of failing to encode. ``json`` already escapes
the C0 controls. What a UI shows as prose (a message) goes through ``visible()`` first.
"""

from __future__ import annotations

import json
import re

from citelint.terminal import HIDDEN


def dumps(value: object, *, compact: bool = False) -> str:
    """``value`` as JSON text (indented, or on one line when ``compact``), no final newline."""
    if compact:
        text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    else:
        text = json.dumps(value, ensure_ascii=False, indent=2)
    # Outside strings, json.dumps writes only ASCII, so each match is inside a string.
    return HIDDEN.sub(_escape, text)


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x1_0000:
        return f"\\u{code:04x}"
    code -= 0x1_0000  # JSON escapes are UTF-16: a surrogate pair
    return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"
