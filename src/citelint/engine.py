"""Runs the selected rules over the posts of a document."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from citelint.analysis import PostFacts
from citelint.analysis.sentences import split_sentences
from citelint.document import Document, Position, Span
from citelint.rules import Rule


@dataclass(frozen=True)
class Violation:
    """One finding, placed in its file. ``end`` is the position just after the span.

    ``source_line`` is the file's line where the finding starts, as written (for reports that
    show it); ``context`` is the sentence it starts in, with its whitespace normalised (what
    a baseline recognises it by, wherever the sentence moves).
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
    context: str = ""

    @property
    def sort_key(self) -> tuple[str, int, int, str]:
        return (self.path, self.start.line, self.start.column, self.rule.code)


def lint_document(document: Document, rules: Sequence[Rule]) -> list[Violation]:
    violations: list[Violation] = []
    for post in document.posts:
        facts = PostFacts(document, post)
        for rule in rules:
            for finding in rule.kind.check(facts, rule.options):
                start = document.position(finding.span.start)
                violations.append(
                    Violation(
                        path=document.path,
                        rule=rule,
                        message=rule.format_message(finding.fields),
                        span=finding.span,
                        start=start,
                        end=document.end_position(finding.span.end),
                        post=post.title,
                        post_id=post.identifier,
                        source_line=_line(document, start.line),
                        context=_sentence(facts, finding.span.start),
                    )
                )
    violations.sort(key=lambda violation: violation.sort_key)
    return violations


def _line(document: Document, number: int) -> str:
    written = document.written
    start = document.line_starts[number - 1]
    end = document.line_starts[number] if number < len(document.line_starts) else len(written)
    return written[start:end].rstrip("\r\n")


def _sentence(facts: PostFacts, offset: int) -> str:
    """The sentence of the post holding ``offset``, whitespace normalised."""
    text = facts.document.text
    paragraphs = facts.paragraphs
    index = bisect_right([paragraph.start for paragraph in paragraphs], offset) - 1
    if index < 0 or offset > paragraphs[index].end:
        return ""
    paragraph = paragraphs[index]
    for sentence in split_sentences(text, paragraph):
        if sentence.start <= offset <= sentence.end:
            return " ".join(text[sentence.start : sentence.end].split())
    return " ".join(text[paragraph.start : paragraph.end].split())
