"""Word lists as trie-shaped regular expressions.

A plain alternation of hundreds of words (``said|says|told|…``) is tried word by word at
every position of the text; the same words folded into a trie (``s(?:a(?:id|ys|ying)|…)``)
fail at the first letter that fits no word, which makes lexicon lookups many times faster.
"""

from __future__ import annotations

from collections.abc import Iterable

import regex

_END = ""


def trie_pattern(words: Iterable[str]) -> str:
    """A pattern matching any of ``words`` (longest first); spaces match any whitespace."""
    root: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[_END] = {}
    return _render(root) if root else "(?!)"


def _render(node: dict[str, dict]) -> str:  # type: ignore[type-arg]
    branches = [
        _piece(char) + _render(child) for char, child in sorted(node.items()) if char != _END
    ]
    ends_here = _END in node
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends_here:
        return "(?:" + body + ")?" if len(branches) > 1 or len(branches[0]) > 1 else body + "?"
    return body


def _piece(char: str) -> str:
    return r"\s+" if char == " " else regex.escape(char)
