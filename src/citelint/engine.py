"""Runs the selected rules over the posts of a document."""

from __future__ import annotations

import hashlib
from bisect import bisect_right
from collections.abc import Collection, Iterable, Sequence

from citelint import patterns
from citelint.analysis import PostFacts
from citelint.conventions import ConventionsChoice, default_choice
from citelint.document import Document, Position, Post, Span
from citelint.findings import Violation
from citelint.kinds import file_not_linted
from citelint.kinds.base import Finding
from citelint.originals import SourceArchive
from citelint.patterns import PatternAccount, PatternBudgetError, PatternTimeoutError
from citelint.rules import Rule
from citelint.suppressions import suppress

__all__ = [
    "RuleFailures",
    "Violation",
    "lint_document",
    "not_linted",
    "sentence_hash",
    "violation",
]

_CONTEXT_CHARS = 60


def lint_document(
    document: Document,
    rules: Sequence[Rule],
    known_codes: Collection[str] | None = None,
    archive: SourceArchive | None = None,
    failures: RuleFailures | None = None,
    conventions: ConventionsChoice | None = None,
    *,
    source_lines: bool = True,
) -> list[Violation]:
    """The findings of ``rules`` in ``document``, less those its directives suppress, plus
    the directives that suppressed nothing (``known_codes``: every rule code there is, so
    that a directive naming a rule that is not enabled can be told from a typo). ``archive``
    holds the originals posts may be checked against (``--sources``). A rule whose pattern
    runs out of time, or whose patterns take more than their budget in all, is recorded in
    ``failures`` and not run again on this document (nor, by a caller that keeps
    ``failures`` for a run, on any other: the budget is then the run's). ``conventions``
    chooses each post's writing conventions (by default the shipped sets, en-US unless a
    post declares another language)."""
    if failures is None:
        failures = RuleFailures()
    failures.characters += len(document.text)
    allowed = patterns.budget(failures.characters)
    choice = conventions if conventions is not None else default_choice()
    violations: list[Violation] = []
    for post in document.posts:
        facts = PostFacts(document, post, choice.for_post(post), archive)
        contexts: dict[Span, tuple[str, str]] = {}
        for rule in rules:
            if rule.code in failures.codes:
                continue
            account = failures.account(rule.code)
            account.allowed = allowed
            try:
                with patterns.charged_to(account):
                    findings = list(rule.kind.check(facts, rule.options))
            except PatternTimeoutError as error:
                failures.record(rule, error, document.path)
                continue
            for finding in findings:
                sentence = _sentence(facts, finding.span.start, contexts)
                violations.append(
                    violation(document, post, rule, finding, sentence, source_line=source_lines)
                )
    violations, unused = suppress(document, violations, rules, known_codes)
    violations.extend(
        violation(document, post, rule, finding, source_line=source_lines)
        for post, rule, finding in unused
    )
    violations.sort(key=lambda violation: violation.sort_key)
    return violations


def violation(
    document: Document,
    post: Post | None,
    rule: Rule,
    finding: Finding,
    sentence: tuple[str, str] = ("", ""),
    *,
    source_line: bool = True,
) -> Violation:
    """``finding`` of ``rule`` in ``post``, placed in its file: the one place a violation is
    made. ``sentence`` is the start of the sentence the finding is in and that sentence's
    hash, unless the finding has a context of its own; ``source_line`` whether to keep the
    part of the file's line it is on (for a report that shows it)."""
    span = finding.span
    if finding.in_file:
        start, end = document.file_position(span.start), document.file_position(span.end)
        # The text has no offsets for what only the file holds.
        span = span if document.offsets is None else Span(0, 0)
    else:
        start, end = document.position(span.start), document.end_position(span.end)
    line, line_column = document.line_around(start) if source_line else ("", 1)
    context, context_hash = sentence if finding.context is None else (finding.context,) * 2
    return Violation(
        path=document.path,
        rule=rule,
        message_values=tuple(finding.fields[name] for name in rule.message_fields),
        span=span,
        start=start,
        end=end,
        post=None if post is None else post.title,
        post_id=None if post is None else post.identifier,
        source_line=line,
        source_column=line_column,
        context=context,
        context_hash=context_hash,
        severity=finding.severity,
    )


def not_linted(
    path: str, reason: str, rules: Iterable[Rule], line: int | None = None
) -> Violation | None:
    """The finding that the file at ``path`` was not linted, and why, at ``line`` (else its
    first), by the rule of kind file-not-linted among ``rules``; None when none is."""
    rule = next((rule for rule in rules if rule.kind.name == file_not_linted.NAME), None)
    if rule is None:
        return None
    position = Position(line if line is not None and line > 0 else 1, 1)
    return Violation(
        path=path,
        rule=rule,
        message_values=tuple({"reason": reason}[name] for name in rule.message_fields),
        span=Span(0, 0),
        start=position,
        end=position,
        post=None,
        context=reason,
        context_hash=sentence_hash(reason),
    )


class RuleFailures:
    """Rules that failed during a run (a pattern that ran out of time, or patterns that took
    more than their budget in all), reported once each; the time each rule's patterns have
    taken, and how much text the run has linted, which their budget grows with."""

    def __init__(self) -> None:
        self.codes: set[str] = set()
        self.messages: list[str] = []
        self.characters = 0
        self.accounts: dict[str, PatternAccount] = {}

    def account(self, code: str) -> PatternAccount:
        found = self.accounts.get(code)
        if found is None:
            found = self.accounts[code] = PatternAccount()
        return found

    def record(self, rule: Rule, error: PatternTimeoutError, path: str) -> None:
        if rule.code in self.codes:
            return
        self.codes.add(rule.code)
        if isinstance(error, PatternBudgetError):
            millions = self.characters / 1_000_000
            what = (
                f"its patterns took {error.spent:.1f} s in all, more than the "
                f"{error.allowed:.1f} s allowed for the {millions:.1f} million characters "
                f"linted so far (the total ran out in pattern {error.pattern!r} on {path})"
            )
        else:
            what = f"pattern {error.pattern!r} ran longer than {patterns.timeout():g} s on {path}"
        self.messages.append(
            f"{rule.path}: rule {rule.code}: {what}; the rule is off for the rest of this run"
        )


def _sentence(
    facts: PostFacts, offset: int, contexts: dict[Span, tuple[str, str]]
) -> tuple[str, str]:
    """The start of the sentence holding ``offset`` and the hash of all of it, whitespace
    normalised; each sentence is hashed once."""
    text = facts.document.text
    paragraphs = facts.paragraphs
    index = bisect_right(paragraphs, offset, key=_start) - 1
    if index < 0 or offset > paragraphs[index].end:
        return "", ""
    paragraph = paragraphs[index]
    split = facts.sentences[index]
    at = bisect_right(split, offset, key=_start) - 1
    sentence = split[at] if at >= 0 and offset <= split[at].end else paragraph
    found = contexts.get(sentence)
    if found is None:
        normalised = " ".join(text[sentence.start : sentence.end].split())
        excerpt = (
            normalised
            if len(normalised) <= _CONTEXT_CHARS
            else normalised[: _CONTEXT_CHARS - 1] + "…"
        )
        found = contexts[sentence] = (excerpt, sentence_hash(normalised))
    return found


def sentence_hash(sentence: str) -> str:
    """The first 16 hex digits of the SHA-256 of a sentence, whitespace normalised."""
    normalised = " ".join(sentence.split())
    # A lone surrogate (a JSON line's "\udc00") has no UTF-8 form; it is hashed as if it had.
    return hashlib.sha256(normalised.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def _start(span: Span) -> int:
    return span.start
