"""Findings: what a check reports, placed in its file."""

from __future__ import annotations

from dataclasses import dataclass

from citelint.document import Position, Span
from citelint.rules import Rule


@dataclass(frozen=True)
class Violation:
    """One finding, placed in its file. ``end`` is the position just after the span.

    ``source_line`` is the part of the file's line around where the finding starts, as
    written, from column ``source_column`` (for reports that show it; a paragraph is often one
    long line, so never the whole of it); ``context`` is the start of the sentence the finding
    is in, whitespace normalised, and ``context_hash`` the hash of the whole sentence (what a
    baseline recognises it by, wherever the sentence moves).
    """

    path: str
    rule: Rule
    message: str
    span: Span
    start: Position
    end: Position
    post: str | None
    post_id: str | None = None
    source_line: str = ""
    source_column: int = 1
    context: str = ""
    context_hash: str = ""
    # The finding's own severity when it differs from its rule's (see ``level``).
    severity: str | None = None

    @property
    def level(self) -> str:
        """The severity of this finding: its own, else its rule's."""
        return self.severity or self.rule.severity

    @property
    def sort_key(self) -> tuple[str, int, int, str]:
        return (self.path, self.start.line, self.start.column, self.rule.code)
