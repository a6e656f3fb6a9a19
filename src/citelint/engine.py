"""Runs the selected rules over the posts of a document."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Collection, Sequence

from citelint.analysis import PostFacts
from citelint.analysis.sentences import split_sentences
from citelint.document import Document
from citelint.findings import Violation
from citelint.originals import SourceArchive
from citelint.rules import Rule
from citelint.suppressions import suppress

__all__ = ["Violation", "lint_document"]


def lint_document(
    document: Document,
    rules: Sequence[Rule],
    known_codes: Collection[str] | None = None,
    archive: SourceArchive | None = None,
) -> list[Violation]:
    """The findings of ``rules`` in ``document``, less those its directives suppress, plus
    the directives that suppressed nothing (``known_codes``: every rule code there is, so
    that a directive naming a rule that is not enabled can be told from a typo). ``archive``
    holds the originals posts may be checked against (``--sources``)."""
    violations: list[Violation] = []
    for post in document.posts:
        facts = PostFacts(document, post, archive)
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
                        severity=finding.severity,
                    )
                )
    violations = suppress(document, violations, rules, known_codes)
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
