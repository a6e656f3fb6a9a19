"""Text from linted files made safe to show: the one place that says which characters are.

A file can hold escape sequences that would move the cursor, clear the screen or set the
window title, bidirectional controls that reorder what is shown, and characters that show
as nothing at all (zero-width spaces, tag characters, variation selectors) and so can hide
words or carry a payload a reader never sees. Printed, written into a CI log or into a
report a review page renders, they let a file rewrite what the user sees. ``visible()``
writes them as escapes (``\\x1b``, ``\\u202e``, ``\\U000e0041``) for text meant to be read;
machine formats keep values exact but never write the characters raw (``report.safe_json``).

Which characters (``HIDDEN`` plus the C0 controls but the tab):

- C0 and C1 controls and DEL (category Cc): they act on terminals (ESC, CSI U+009B, BEL,
  NEL U+0085) or end lines where a reader of one line does not expect it.
- Every format character (category Cf): bidirectional controls, zero-width space, joiner
  and non-joiner, word joiner, invisible operators, BOM, soft hyphen, tag characters.
- The line and paragraph separators U+2028 and U+2029 (Zl, Zp): lines to some readers,
  not to others.
- The rest of Unicode's default-ignorable code points, which renderers draw as nothing
  though they are not Cf: variation selectors, the combining grapheme joiner, the Hangul
  fillers, the whole tag block U+E0000-U+E0FFF (assigned or not).
- Surrogates and noncharacters (U+FFFE, U+FFFF, U+FDD0-U+FDEF and the last two of every
  plane): a lone surrogate cannot be encoded as UTF-8 and XML 1.0 forbids both.

Two exceptions keep emoji whole in text to read, as neither can hide or reorder a word:
a zero-width joiner between two parts of an emoji (a symbol, a skin-tone modifier or a
symbol with its emoji presentation selector before it, a symbol after it), and one
presentation selector (U+FE0E, U+FE0F) right after a visible character. A joiner or
selector anywhere else, such as between the letters of ``Reu\\u200dters``, is escaped:
it would make a credit look right and not match.
"""

from __future__ import annotations

import re
import unicodedata

_NONCHARACTERS = "".join(
    f"\\U{plane + 0xFFFE:08x}-\\U{plane + 0xFFFF:08x}"
    for plane in range(0x1_0000, 0x11_0000, 0x1_0000)
)
# One range a line, with what it is: checked against the running Python's Unicode data by
# tests/test_output_safety.py (every Cf, Zl, Zp and Cs character is in it).
_HIDDEN_RANGES = (
    "\\x7f-\\x9f"  # DEL and the C1 controls
    "\\xad"  # soft hyphen
    "\\u034f"  # combining grapheme joiner
    "\\u0600-\\u0605\\u061c\\u06dd\\u070f\\u0890\\u0891\\u08e2"  # Arabic and Syriac marks
    "\\u115f\\u1160\\u17b4\\u17b5\\u3164\\uffa0"  # Hangul fillers, Khmer inherent vowels
    "\\u180b-\\u180f"  # Mongolian variation selectors and vowel separator
    "\\u200b-\\u200f"  # zero-width space, non-joiner, joiner; LRM, RLM
    "\\u2028-\\u202e"  # line and paragraph separators; bidirectional embeddings
    "\\u2060-\\u206f"  # word joiner, invisible operators, bidirectional isolates
    "\\ud800-\\udfff"  # surrogates
    "\\ufdd0-\\ufdef"  # noncharacters
    "\\ufe00-\\ufe0f"  # variation selectors
    "\\ufeff"  # BOM, zero-width no-break space
    "\\ufff0-\\ufffb"  # interlinear annotation (and reserved default-ignorables)
    "\\ufffe\\uffff"  # noncharacters
    "\\U000110bd\\U000110cd"  # Kaithi number signs
    "\\U00013430-\\U0001343f"  # Egyptian hieroglyph format controls
    "\\U0001bca0-\\U0001bca3"  # shorthand format controls
    "\\U0001d173-\\U0001d17a"  # musical symbol format controls
    "\\U000e0000-\\U000e0fff"  # tag characters, variation selectors supplement
) + _NONCHARACTERS

HIDDEN = re.compile(f"[{_HIDDEN_RANGES}]")
"""One character that is never written raw, other than a C0 control."""

UNSAFE = re.compile(f"[\\x00-\\x08\\x0a-\\x1f{_HIDDEN_RANGES}]")
"""One character ``visible()`` writes as an escape (unless it is part of an emoji)."""

_ZWJ = "\u200d"
_PRESENTATION_SELECTORS = ("\ufe0e", "\ufe0f")
_SKIN_TONES = range(0x1F3FB, 0x1F400)


def visible(text: str) -> str:
    """``text`` with its control and invisible characters written as escapes."""
    if not UNSAFE.search(text):
        return text
    parts = []
    done = 0
    for match in UNSAFE.finditer(text):
        at = match.start()
        if _in_emoji(text, at):
            continue
        parts.append(text[done:at])
        parts.append(escape(text[at]))
        done = at + 1
    parts.append(text[done:])
    return "".join(parts)


def visible_lines(text: str) -> str:
    """``visible()`` of each line of ``text``, keeping its ``\\n`` line breaks."""
    return "\n".join(visible(line) for line in text.split("\n"))


def escape(char: str) -> str:
    """``char`` as Python writes it in a string literal: ``\\x1b``, ``\\u202e``, ``\\U000e0041``."""
    code = ord(char)
    if code < 0x100:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code < 0x1_0000 else f"\\U{code:08x}"


def _in_emoji(text: str, at: int) -> bool:
    # Only ever decided from neighbours that are themselves shown as they are, so that
    # visible(visible(text)) == visible(text).
    char = text[at]
    if char in _PRESENTATION_SELECTORS:
        return at > 0 and not UNSAFE.match(text[at - 1]) and not text[at - 1].isspace()
    if char != _ZWJ or at == 0 or at + 1 == len(text):
        return False
    return _ends_emoji(text, at - 1) and _is_symbol(text[at + 1])


def _ends_emoji(text: str, at: int) -> bool:
    char = text[at]
    if _is_symbol(char) or ord(char) in _SKIN_TONES:
        return True
    return char == "\ufe0f" and at > 0 and _is_symbol(text[at - 1])


def _is_symbol(char: str) -> bool:
    return unicodedata.category(char) == "So"
