"""Sorted spans of a post (paragraphs, links, headings) found by bisection: a post of many
quotations looks one up for each of them, and reading the list each time would cost the
square of its length."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from citelint.document import Span


@dataclass(frozen=True)
class SortedSpans:
    """Spans sorted by start that do not overlap, with their starts listed once."""

    spans: Sequence[Span]
    starts: Sequence[int]

    @classmethod
    def of(cls, spans: Sequence[Span]) -> SortedSpans:
        return cls(spans=spans, starts=[span.start for span in spans])

    def index_at(self, offset: int) -> int:
        """The index of the span holding ``offset`` (or the one before it, in a gap)."""
        return max(bisect_right(self.starts, offset) - 1, 0)

    def first_starting_within(self, start: int, end: int) -> Span | None:
        index = bisect_left(self.starts, start)
        if index < len(self.spans) and self.spans[index].start < end:
            return self.spans[index]
        return None

    def holds(self, span: Span) -> bool:
        index = bisect_right(self.starts, span.start) - 1
        return index >= 0 and span.end <= self.spans[index].end


def index_at(spans: Sequence[Span], offset: int) -> int:
    """``SortedSpans.index_at`` for spans looked up too seldom to list their starts."""
    return max(bisect_right(spans, offset, key=span_start) - 1, 0)


def span_start(span: Span) -> int:
    return span.start


def span_end(span: Span) -> int:
    return span.end
