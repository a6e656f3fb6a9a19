"""How a citelint directive is written: the one pattern the suppressions read and the plain
text reader keeps out of prose."""

from __future__ import annotations

import regex

# Any word after citelint- is read as a directive's verb, so that a shape citelint does not
# know (citelint-disable-paragraph) is reported, never taken for a shorter one it does: the
# "disable" of markdownlint's "disable-line" would silence the code for the rest of the file.
# In a comment, "citelint: noqa" is Ruff's word for the line it ends.
_IN_COMMENT = (
    r"<!--[ \t]*(?:citelint-(?P<verb>[A-Za-z][A-Za-z-]*)|citelint:[ \t]*(?P<noqa>noqa):?)"
    r"(?P<codes>[^\r\n]*?)[ \t]*-->"
)
# In formats without comments (plain text, JSON Lines), a line of its own.
_ON_A_LINE = (
    r"(?m:^[ \t]*citelint-(?P<line_verb>[A-Za-z][A-Za-z-]*)(?![\w-])"
    r"(?P<line_codes>[^\r\n<>]*?)[ \t]*$)"
)
DIRECTIVE = regex.compile(f"{_IN_COMMENT}|{_ON_A_LINE}")
DIRECTIVE_LINE = regex.compile(_ON_A_LINE)
VERBS = ("disable", "enable", "disable-line", "disable-next-line", "disable-file")
