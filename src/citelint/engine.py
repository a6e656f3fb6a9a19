"""Runs the selected rules over the posts of a document."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from citelint.analysis import PostFacts
from citelint.document import Document, Position, Span
from citelint.rules import Rule


@dataclass(frozen=True)
class Violation:
    """One finding, placed in its file. ``end`` is the position just after the span."""

    path: str
    rule: Rule
    message: str
    span: Span
    start: Position
    end: Position
    post: str | None
    post_id: str | None = None

    @property
    def sort_key(self) -> tuple[str, int, int, str]:
        return (self.path, self.start.line, self.start.column, self.rule.code)


def lint_document(document: Document, rules: Sequence[Rule]) -> list[Violation]:
    violations: list[Violation] = []
    for post in document.posts:
        facts = PostFacts(document, post)
        for rule in rules:
            for finding in rule.kind.check(facts, rule.options):
                violations.append(
                    Violation(
                        path=document.path,
                        rule=rule,
                        message=rule.format_message(finding.fields),
                        span=finding.span,
                        start=document.position(finding.span.start),
                        end=document.end_position(finding.span.end),
                        post=post.title,
                        post_id=post.identifier,
                    )
                )
    violations.sort(key=lambda violation: violation.sort_key)
    return violations
