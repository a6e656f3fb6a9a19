"""Words and marks that cue, kind and speaker finding all read the same way."""

from __future__ import annotations

import regex

WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}’'.-]*")
EMPHASIS_AND_SPACE = "*_ \t\r\n"
# The pronouns that may be a sentence's subject, and so a speaker: he said.
SUBJECT_PRONOUNS = frozenset(("i", "you", "he", "she", "it", "we", "they"))
# Words whose 's is "is" or "us", not a possessive: let's say, it's said, That's what I.
CONTRACTED_BEFORE_S = frozenset(
    ("let", "it", "that", "he", "she", "what", "there", "here", "who", "where", "one")
)
# Marks that end a clause, and with it a speaker's name.
CLAUSE_MARKS = r",;:!?()\[\]“”‘\"«»—–"


def only(text: str, start: int, end: int, allowed: str) -> bool:
    """Whether ``text[start:end]`` holds only characters of ``allowed``; read in place from
    the start, so that a long stretch is given up at its first other character."""
    position = start
    while position < end and text[position] in allowed:
        position += 1
    return position >= end
