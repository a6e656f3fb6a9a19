"""Findings: what a check reports, placed in its file."""

from __future__ import annotations

from dataclasses import dataclass

from citelint.document import Position, Span
from citelint.rules import Rule


@dataclass(frozen=True, slots=True)
class Violation:
    """One finding, placed in its file. ``end`` is the position just after the span.

    A run holds every finding until it has sorted them, and a file of many tiny posts can
    give a finding per line: so a finding keeps the values of its message's fields, not the
    message (``message`` formats it when asked), and no copy of its line unless the report
    shows lines (``source_line``; the ``full`` format).

    ``source_line`` is the part of the file's line around where the finding starts, as
    written, from column ``source_column`` (for reports that show it; a paragraph is often one
    long line, so never the whole of it); ``context`` is the start of the sentence the finding
    is in, whitespace normalised, and ``context_hash`` the hash of the whole sentence (what a
    baseline recognises it by, wherever the sentence moves).
    """

    path: str
    rule: Rule
    # The values of the rule's message fields, in the order ``rule.message_fields`` names.
    message_values: tuple[str, ...]
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
    def message(self) -> str:
        values = zip(self.rule.message_fields, self.message_values, strict=True)
        return self.rule.format_message(dict(values))

    @property
    def level(self) -> str:
        """The severity of this finding: its own, else its rule's."""
        return self.severity or self.rule.severity

    @property
    def sort_key(self) -> tuple[str, int, int, str]:
        return (self.path, self.start.line, self.start.column, self.rule.code)
