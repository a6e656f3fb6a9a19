"""Inline suppressions, and the report of those that suppress nothing (LNT001).

Directives are HTML comments (Markdown, HTML, WordPress bodies) or, in formats without
comments, lines of their own:

- ``<!-- citelint-disable CODE, CODE -->`` … ``<!-- citelint-enable -->``: findings that
  start in between (``citelint-enable CODE`` ends only that code's range);
- ``<!-- citelint-disable-next-line CODE -->``: findings in the next paragraph (a post's
  lines are long paragraphs, so the paragraph is the unit, not the line);
- ``<!-- citelint-disable-file CODE -->``: findings anywhere in the file.

No codes means every code. A directive that suppressed nothing, or names a code that is not
a rule, is reported as LNT001 when a rule of kind ``unused-suppression`` runs. A code whose
rule is loaded but not running (``--select QUO``) is not judged.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field

import regex

from citelint.analysis import PostFacts
from citelint.document import Document, Post, Span
from citelint.findings import Violation
from citelint.rules import Rule

_DIRECTIVE = regex.compile(
    r"<!--[ \t]*citelint-(?P<verb>disable-next-line|disable-file|disable|enable)\b"
    r"(?P<codes>[^\r\n]*?)[ \t]*-->"
    r"|(?m:^[ \t]*citelint-(?P<line_verb>disable-next-line|disable-file|disable|enable)\b"
    r"(?P<line_codes>[^\r\n<>]*?)[ \t]*$)"
)
_CODE = regex.compile(r"[A-Z]{2,5}[0-9]{3}")
_SEPARATORS = regex.compile(r"[\s,]+")
UNUSED_KIND = "unused-suppression"


@dataclass
class Directive:
    """One directive: what it says, where it is in the file, and what it suppressed."""

    verb: str
    codes: tuple[str, ...]  # empty: every code
    span: Span  # in the file
    written: str
    used: set[str] = field(default_factory=set)
    bad_codes: tuple[str, ...] = ()

    def covers(self, code: str) -> bool:
        if not self.codes:
            return not self.bad_codes  # "FIG01" alone must not silence every rule
        return code in self.codes


def find_directives(written: str) -> list[Directive]:
    """Every directive of a file, in file order."""
    if "citelint-" not in written:
        return []  # nearly every file
    directives = []
    for match in _DIRECTIVE.finditer(written):
        verb = match.group("verb") or match.group("line_verb")
        raw = match.group("codes") if match.group("verb") else match.group("line_codes")
        tokens = [token.upper() for token in _SEPARATORS.split(raw or "") if token]
        codes = tuple(token for token in tokens if _CODE.fullmatch(token))
        bad = tuple(token for token in tokens if not _CODE.fullmatch(token))
        directives.append(
            Directive(
                verb=verb,
                codes=codes,
                span=Span(match.start(), match.end()),
                written=" ".join(match.group().split()),
                bad_codes=bad,
            )
        )
    return directives


def suppress(
    document: Document,
    violations: Sequence[Violation],
    rules: Sequence[Rule],
    known_codes: Collection[str] | None = None,
) -> list[Violation]:
    """The findings no directive suppresses, then an LNT001 finding for each directive that
    suppressed nothing (when such a rule is among ``rules``)."""
    directives = [
        directive
        for directive in find_directives(document.written)
        if not _inside(directive.span.start, document.verbatim)
    ]
    if not directives:
        return list(violations)
    regions = _regions(document, directives)
    kept: list[Violation] = []
    for violation in violations:
        offset = document.file_span(violation.span).start
        suppressor = next(
            (
                directive
                for directive, region in regions
                if region.start <= offset < region.end and directive.covers(violation.rule.code)
            ),
            None,
        )
        if suppressor is None:
            kept.append(violation)
        else:
            suppressor.used.add(violation.rule.code)
    unused_rule = next((rule for rule in rules if rule.kind.name == UNUSED_KIND), None)
    if unused_rule is not None:
        active = {rule.code for rule in rules}
        known = active if known_codes is None else set(known_codes)
        kept.extend(_unused(document, directives, unused_rule, active, known))
    return kept


def _inside(offset: int, spans: Sequence[Span]) -> bool:
    index = bisect_right([span.start for span in spans], offset) - 1
    return index >= 0 and offset < spans[index].end


def _regions(document: Document, directives: Sequence[Directive]) -> list[tuple[Directive, Span]]:
    """The stretch of the file each directive covers (``enable`` covers nothing)."""
    length = len(document.written)
    regions: list[tuple[Directive, Span]] = []
    open_ranges: list[Directive] = []
    paragraphs: list[Span] | None = None
    for directive in directives:
        if directive.verb == "disable-file":
            regions.append((directive, Span(0, length)))
        elif directive.verb == "disable":
            open_ranges.append(directive)
        elif directive.verb == "enable":
            still_open = []
            for opened in open_ranges:
                closing = not directive.codes or (
                    opened.codes and set(opened.codes) <= set(directive.codes)
                )
                if closing:
                    regions.append((opened, Span(opened.span.end, directive.span.start)))
                    directive.used.add("enable")
                else:
                    still_open.append(opened)
            open_ranges = still_open
        else:  # disable-next-line
            if paragraphs is None:
                paragraphs = _file_paragraphs(document)
            starts = [paragraph.start for paragraph in paragraphs]
            index = bisect_right(starts, directive.span.end - 1)
            if index < len(paragraphs):
                regions.append((directive, paragraphs[index]))
    regions.extend((opened, Span(opened.span.end, length)) for opened in open_ranges)
    return regions


def _file_paragraphs(document: Document) -> list[Span]:
    paragraphs = [
        document.file_span(paragraph)
        for post in document.posts
        for paragraph in PostFacts(document, post).paragraphs
    ]
    return sorted(paragraphs)


def _unused(
    document: Document,
    directives: Sequence[Directive],
    rule: Rule,
    active: set[str],
    known: set[str],
) -> list[Violation]:
    found = []
    for directive in directives:
        if directive.verb == "enable":
            if not directive.used:
                reason = "no citelint-disable before it is still open"
                found.append(_violation(document, directive, rule, reason))
            continue
        problems = [f"{token} is not a rule code" for token in directive.bad_codes]
        for code in directive.codes:
            if code not in known:
                problems.append(f"no rule {code} is loaded")
            elif code in active and code not in directive.used:
                problems.append(f"no {code} finding to suppress")
            # A rule that is not running (--select QUO) cannot say whether it would be needed.
        if not directive.codes and not directive.bad_codes and not directive.used:
            problems.append("no finding to suppress")
        if problems:
            found.append(_violation(document, directive, rule, "; ".join(problems)))
    return found


def _violation(document: Document, directive: Directive, rule: Rule, reason: str) -> Violation:
    start, end = directive.span
    post = _post_at(document, start)
    line, line_column = document.line_around(document.file_position(start))
    fields = {"directive": directive.written, "reason": reason}
    return Violation(
        path=document.path,
        rule=rule,
        message=rule.format_message(fields),
        span=Span(start, end) if document.offsets is None else Span(0, 0),
        start=document.file_position(start),
        end=document.file_position(end),
        post=None if post is None else post.title,
        post_id=None if post is None else post.identifier,
        source_line=line,
        source_column=line_column,
        context=directive.written,
        context_hash=directive.written,
    )


def _post_at(document: Document, file_offset: int) -> Post | None:
    """The post a directive stands in: the last one starting before it, else the first."""
    found = document.posts[0] if document.posts else None
    for post in document.posts:
        if post.prose and document.file_span(post.prose[0]).start <= file_offset:
            found = post
    return found
