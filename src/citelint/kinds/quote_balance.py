"""Kind ``quote-balance``: quotation marks that are unclosed, unopened or mismatched.

The rules of this kind read the post's one quotation-mark analysis (``citelint.analysis.
quotes``), made under the marks of the post's conventions (``[quotations]`` of its
conventions file); each rule reports the problem categories its ``report`` option names.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from citelint.analysis.quotes import QuoteProblem
from citelint.kinds.base import Finding, Kind, choices, option

if TYPE_CHECKING:
    from citelint.analysis import PostFacts
    from citelint.conventions import QuotationConventions
    from citelint.document import Document

_CATEGORIES = ("unclosed", "unopened", "mismatched", "misplaced-apostrophe")
_CONTEXT_CHARS = 12


@dataclass(frozen=True, kw_only=True)
class QuoteBalanceOptions:
    report: tuple[str, ...] = option(
        choices(*_CATEGORIES),
        doc="Which problems to report: unclosed, unopened, mismatched, misplaced-apostrophe.",
    )


def check(facts: PostFacts, options: QuoteBalanceOptions) -> Iterator[Finding]:
    marks = facts.conventions.quotations
    for problem in facts.quotes.problems:
        if problem.category in options.report:
            yield Finding(
                span=problem.span,
                fields={"mark": problem.mark, "reason": _reason(problem, facts.document, marks)},
            )


def _reason(problem: QuoteProblem, document: Document, marks: QuotationConventions) -> str:
    related = ""
    if problem.related_offset is not None:
        # Where a paragraph or post ends is the end of its last character, which in decoded
        # text (HTML) can stand far from the start of whatever follows it.
        at_end = problem.cause in {"paragraph-end", "post-end"}
        locate = document.end_position if at_end else document.position
        position = locate(problem.related_offset)
        related = f"{position.line}:{position.column}"
    mark, other = problem.mark, problem.related_mark
    closer = _partner(mark, marks)
    cause = problem.cause
    if cause == "paragraph-end":
        return (
            f"its paragraph ends at {related} with no closing {closer}, and the next paragraph "
            "does not reopen the quotation"
        )
    if cause == "post-end":
        return f"the post ends at {related} with no closing {closer}"
    if cause == "outer-closed":
        return f"the quotation around it closes first, with {other} at {related}"
    if cause == "reopened-inside":
        return f"another {other} opens at {related} before a closing {closer}"
    if cause == "nothing-open":
        return "no quotation is open at this point of the paragraph"
    if cause == "different-style":
        expected = _partner(other, marks)
        return f"the quotation opened with {other} at {related} should close with {expected}"
    if cause == "nested-same-style":
        alternative = _nested_alternative(mark, marks)
        return (
            f"it opens a quotation inside the one opened with {other} at {related}; a quotation "
            f"within a quotation takes {alternative}"
        )
    if cause == "apostrophe-typo":
        apostrophe = marks.apostrophes[0]
        return f"the apostrophe {apostrophe} belongs here: “{_context(document, problem)}”"
    if cause == "space-after-apostrophe":
        written = _phrase(document, problem)
        joined = written.replace(" ", "", 1)
        return f"a space follows the apostrophe in the name “{written}”; write {joined}"
    if cause == "space-in-possessive":
        written = _phrase(document, problem)
        return f"a space splits the possessive “{written}”; write {written.replace(' ', '', 1)}"
    if cause == "possessive-without-s":
        written = _phrase(document, problem)
        owner = written.split(" ", 1)[0]
        return (
            f"“{written}” is a possessive without its s, or a quotation never opened; "
            f"write {owner}s"
        )
    if cause == "closing-mark-opens":
        return f"a closing mark opens this quotation; use {_opener_for(mark, marks)}"
    # opening-mark-closes
    return f"an opening mark closes the quotation opened at {related}; use {closer}"


def _all_pairs(marks: QuotationConventions) -> tuple[tuple[str, str], ...]:
    return marks.outer + marks.nested


def _partner(opener: str | None, marks: QuotationConventions) -> str:
    for open_mark, close_mark in _all_pairs(marks):
        if open_mark == opener:
            return close_mark
    return "mark"


def _opener_for(closer: str, marks: QuotationConventions) -> str:
    for open_mark, close_mark in _all_pairs(marks):
        if close_mark == closer:
            return open_mark
    return "an opening mark"


def _nested_alternative(opener: str, marks: QuotationConventions) -> str:
    is_outer = any(open_mark == opener for open_mark, _ in marks.outer)
    open_mark, close_mark = (marks.nested if is_outer else marks.outer)[0]
    return f"{open_mark}…{close_mark}"


def _context(document: Document, problem: QuoteProblem) -> str:
    """The word around a mark, as it is written."""
    text = document.decoded
    start, end = problem.span.start, problem.span.end
    while start > 0 and problem.span.start - start < _CONTEXT_CHARS and text[start - 1].isalnum():
        start -= 1
    while end < len(text) and end - problem.span.end < _CONTEXT_CHARS and text[end].isalnum():
        end += 1
    return text[start:end]


def _phrase(document: Document, problem: QuoteProblem) -> str:
    """The name before a misplaced apostrophe, the apostrophe and the word after it."""
    text = document.decoded
    start, end = problem.span.start, problem.span.end + 1
    while start > 0 and problem.span.start - start < _CONTEXT_CHARS and _in_name(text[start - 1]):
        start -= 1
    while end < len(text) and end - problem.span.end < _CONTEXT_CHARS and text[end].isalnum():
        end += 1
    return text[start:end]


def _in_name(char: str) -> bool:
    return char.isalnum() or char in "'’"


KIND = Kind(
    name="quote-balance",
    summary="Quotation marks open and close in pairs, in the right style.",
    options_type=QuoteBalanceOptions,
    message_fields=frozenset({"mark", "reason"}),
    conventions=("quotations",),
    check=check,
)
