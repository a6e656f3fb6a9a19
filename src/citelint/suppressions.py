"""Inline suppressions, and the report of those that suppress nothing (LNT001).

Directives are HTML comments (Markdown, HTML, WordPress bodies) or, in formats without
comments, lines of their own:

- ``<!-- citelint-disable CODE, CODE -->`` … ``<!-- citelint-enable -->``: findings that
  start in between (``citelint-enable CODE`` ends only that code's range);
- ``<!-- citelint-disable-next-line CODE -->``: findings in the next paragraph (a post's
  lines are long paragraphs, so the paragraph is the unit, not the line);
- ``<!-- citelint-disable-line CODE -->`` (markdownlint's) or ``<!-- citelint: noqa CODE
  -->`` (Ruff's word): findings on the line the directive ends;
- ``<!-- citelint-disable-file CODE -->``: findings anywhere in the file.

Any other ``citelint-`` word is no directive: it suppresses nothing, and LNT001 says so.

No codes means every code. A directive that suppressed nothing, or names a code that is not
a rule, is reported as LNT001 when a rule of kind ``unused-suppression`` runs. A code whose
rule is loaded but not running (``--select QUO``) is not judged.
"""

from __future__ import annotations

import heapq
from bisect import bisect_right
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from itertools import accumulate

import regex

from citelint.analysis.paragraphs import split_paragraphs
from citelint.directives import DIRECTIVE, VERBS
from citelint.document import Document, Post, Span
from citelint.findings import Violation
from citelint.kinds.base import Finding
from citelint.rules import Rule

UNKNOWN_VERB = "unknown"
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
        if self.verb == UNKNOWN_VERB:
            return False
        if not self.codes:
            return not self.bad_codes  # "FIG01" alone must not silence every rule
        return code in self.codes


def find_directives(written: str) -> list[Directive]:
    """Every directive of a file, in file order."""
    if "citelint" not in written:
        return []  # nearly every file
    directives = []
    for match in DIRECTIVE.finditer(written):
        written_verb = match.group("verb") or match.group("line_verb")
        if match.group("noqa"):
            verb = "disable-line"
        else:
            verb = written_verb.lower() if written_verb.lower() in VERBS else UNKNOWN_VERB
        in_comment = match.group("verb") or match.group("noqa")
        raw = match.group("codes") if in_comment else match.group("line_codes")
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


# A finding of the rule of kind unused-suppression, and the post its directive stands in.
UnusedDirective = tuple[Post | None, Rule, Finding]


def suppress(
    document: Document,
    violations: Sequence[Violation],
    rules: Sequence[Rule],
    known_codes: Collection[str] | None = None,
) -> tuple[list[Violation], list[UnusedDirective]]:
    """The findings no directive suppresses, and an LNT001 finding for each directive that
    suppressed nothing (when such a rule is among ``rules``), for the engine to place."""
    verbatim_starts = [span.start for span in document.verbatim]
    directives = [
        directive
        for directive in find_directives(document.written)
        if not _inside(directive.span.start, document.verbatim, verbatim_starts)
    ]
    if not directives:
        return list(violations), []
    regions = _regions(document, directives)
    offsets = [document.file_span(violation.span).start for violation in violations]
    suppressors = _first_covering(regions, offsets, [v.rule.code for v in violations])
    kept: list[Violation] = []
    for violation, suppressor in zip(violations, suppressors, strict=True):
        if suppressor is None:
            kept.append(violation)
        else:
            suppressor.used.add(violation.rule.code)
    unused_rule = next((rule for rule in rules if rule.kind.name == UNUSED_KIND), None)
    if unused_rule is None:
        return kept, []
    active = {rule.code for rule in rules}
    known = active if known_codes is None else set(known_codes)
    unused = _unused(document, directives, active, known)
    return kept, [(post, unused_rule, finding) for post, finding in unused]


def _inside(offset: int, spans: Sequence[Span], starts: Sequence[int]) -> bool:
    index = bisect_right(starts, offset) - 1
    return index >= 0 and offset < spans[index].end


def _first_covering(
    regions: Sequence[tuple[Directive, Span]], offsets: Sequence[int], codes: Sequence[str]
) -> list[Directive | None]:
    """For each finding (its offset in the file and its code), the directive of the first
    region in ``regions`` that holds it and covers its code.

    Findings are taken in the order of their offsets while the regions that have begun wait
    in heaps by their place in ``regions``, one heap for each code and one for the
    directives that name none; a region that has ended leaves its heap when it comes to the
    top. Trying every region for every finding would cost their product: a file of many
    directives and many findings.
    """
    by_start = sorted(range(len(regions)), key=lambda index: regions[index][1].start)
    every_code: list[tuple[int, int]] = []  # (place in regions, end)
    by_code: dict[str, list[tuple[int, int]]] = {}
    found: list[Directive | None] = [None] * len(offsets)
    begun = 0
    for finding in sorted(range(len(offsets)), key=offsets.__getitem__):
        offset = offsets[finding]
        while begun < len(by_start) and regions[by_start[begun]][1].start <= offset:
            index = by_start[begun]
            directive, region = regions[index]
            if not directive.codes:
                if not directive.bad_codes:
                    heapq.heappush(every_code, (index, region.end))
            else:
                for code in directive.codes:
                    heapq.heappush(by_code.setdefault(code, []), (index, region.end))
            begun += 1
        best: int | None = None
        for heap in (every_code, by_code.get(codes[finding], [])):
            while heap and heap[0][1] <= offset:
                heapq.heappop(heap)  # ended before this finding, so before every later one
            if heap and (best is None or heap[0][0] < best):
                best = heap[0][0]
        if best is not None:
            found[finding] = regions[best][0]
    return found


def _regions(document: Document, directives: Sequence[Directive]) -> list[tuple[Directive, Span]]:
    """The stretch of the file each directive covers (``enable`` covers nothing)."""
    length = len(document.written)
    regions: list[tuple[Directive, Span]] = []
    # The open ranges by the codes they name, each group in the order opened: an enable looks
    # at each set of codes once, not at each range (many ranges name the same codes).
    open_ranges: dict[frozenset[str], list[tuple[int, Directive]]] = {}
    paragraphs: list[Span] | None = None
    starts: list[int] = []
    for number, directive in enumerate(directives):
        if directive.verb == UNKNOWN_VERB:
            continue  # suppresses nothing; LNT001 says why
        if directive.verb == "disable-file":
            regions.append((directive, Span(0, length)))
        elif directive.verb == "disable-line":
            # The line the directive stands on, as markdownlint and Ruff's noqa mean it.
            written = document.written
            start = written.rfind("\n", 0, directive.span.start) + 1
            end = written.find("\n", directive.span.end)
            regions.append((directive, Span(start, length if end == -1 else end)))
        elif directive.verb == "disable":
            open_ranges.setdefault(frozenset(directive.codes), []).append((number, directive))
        elif directive.verb == "enable":
            closing = set(directive.codes)
            matched = [
                codes for codes in open_ranges if not closing or (codes and codes <= closing)
            ]
            closed = sorted(opened for codes in matched for opened in open_ranges.pop(codes))
            for _, opened in closed:
                regions.append((opened, Span(opened.span.end, directive.span.start)))
            if closed:
                directive.used.add("enable")
        else:  # disable-next-line
            if paragraphs is None:
                paragraphs = _file_paragraphs(document)
                starts = [paragraph.start for paragraph in paragraphs]
            index = bisect_right(starts, directive.span.end - 1)
            if index < len(paragraphs):
                regions.append((directive, paragraphs[index]))
    still_open = sorted(opened for group in open_ranges.values() for opened in group)
    regions.extend((opened, Span(opened.span.end, length)) for _, opened in still_open)
    return regions


def _file_paragraphs(document: Document) -> list[Span]:
    paragraphs = [
        document.file_span(paragraph)
        for post in document.posts
        for paragraph in split_paragraphs(document.text, post.prose)
    ]
    return sorted(paragraphs)


def _unused(
    document: Document, directives: Sequence[Directive], active: set[str], known: set[str]
) -> list[tuple[Post | None, Finding]]:
    found = []
    posts = _PostsByStart(document)
    for directive in directives:
        if directive.verb == UNKNOWN_VERB:
            shape = directive.written.removeprefix("<!--").strip().split()[0]
            reason = (
                f"{shape!r} is no citelint directive (expected citelint-"
                f"{', citelint-'.join(VERBS)}, or citelint: noqa); it suppresses nothing"
            )
            found.append(_finding(directive, reason, posts))
            continue
        if directive.verb == "enable":
            if not directive.used:
                reason = "no citelint-disable before it is still open"
                found.append(_finding(directive, reason, posts))
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
            found.append(_finding(directive, "; ".join(problems), posts))
    return found


def _finding(
    directive: Directive, reason: str, posts: _PostsByStart
) -> tuple[Post | None, Finding]:
    """The LNT001 finding of a directive (placed in the file: the text may not hold it), which
    a baseline recognises by what the directive says."""
    finding = Finding(
        span=directive.span,
        fields={"directive": directive.written, "reason": reason},
        in_file=True,
        context=directive.written,
    )
    return posts.at(directive.span.start), finding


class _PostsByStart:
    """The post a directive stands in: the last one (in the document's order) starting
    before it, else the first. The posts are sorted by where they start once, with the last
    of each prefix in the document's order, so that each directive is a bisection and not a
    walk through every post of an archive."""

    def __init__(self, document: Document) -> None:
        self.posts = document.posts
        starting = sorted(
            (document.file_span(post.prose[0]).start, number)
            for number, post in enumerate(document.posts)
            if post.prose
        )
        self.starts = [start for start, _ in starting]
        self.last = list(accumulate((number for _, number in starting), max))

    def at(self, file_offset: int) -> Post | None:
        count = bisect_right(self.starts, file_offset)
        if count:
            return self.posts[self.last[count - 1]]
        return self.posts[0] if self.posts else None
