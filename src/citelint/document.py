"""Documents, posts and spans: every position is an offset into the decoded file text."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from itertools import accumulate
from operator import add
from typing import Any, NamedTuple

import regex

LINE_BREAK = r"(?:\r\n|\r|\n)"
# Where a line ends: before its line break, or at the end of the text.
LINE_END = r"(?=\r\n|\r|\n|\Z)"
_LINE_BREAK = regex.compile(LINE_BREAK)
_NOT_LINE_BREAK = re.compile(r"[^\r\n]")


class Span(NamedTuple):
    """A half-open range of character offsets into a document's text. A named tuple, not a
    dataclass: posts make hundreds of thousands of them, and tuples are built fastest."""

    start: int
    end: int


@dataclass(frozen=True)
class Position:
    """A 1-based line and column, the column counted in characters."""

    line: int
    column: int


@dataclass(frozen=True)
class Post:
    """One post of a document.

    ``prose`` lists the parts of the document that are this post's prose, in order (for the
    plain-text archive: the title line, then the body after the byline; for Markdown: one
    part per block, list or block quote); no paragraph crosses from one part to the next.
    ``title_span`` is the title's place in the text when the title is itself prose that is
    linted. ``headings`` (sorted) are the post's headings, where they are known. ``metadata``
    holds the fields the post declares about itself (Markdown front matter).
    """

    title: str | None
    prose: tuple[Span, ...]
    title_span: Span | None = None
    headings: tuple[Span, ...] = ()
    metadata: Mapping[str, Any] = field(default_factory=dict, compare=False, hash=False)


@dataclass(frozen=True)
class Document:
    """A decoded file whose non-prose markup has been blanked to spaces of the same length.

    ``text`` is what the checks read; ``source`` is the decoded file as written. Both have the
    same length, so an offset in one is the same place in the other. ``links`` (sorted) are
    the places where the text links to something.
    """

    path: str
    source: str
    text: str
    posts: tuple[Post, ...]
    line_starts: tuple[int, ...] = field(repr=False, compare=False, default=())
    # Where the text links to something (a link's destination): blogs cite by linking.
    links: tuple[Span, ...] = field(repr=False, compare=False, default=())

    def __post_init__(self) -> None:
        if len(self.source) != len(self.text):
            raise ValueError("blanked text must keep the length of the source")
        if not self.line_starts:
            object.__setattr__(self, "line_starts", _line_starts(self.source))

    @cached_property
    def lowered(self) -> str | None:
        """``text`` in lower case, when lower-casing keeps every offset (it nearly always does)."""
        lowered = self.text.lower()
        return lowered if len(lowered) == len(self.text) else None

    def position(self, offset: int) -> Position:
        """Line and column of ``offset``; an offset at the end of a line is past its last char."""
        line_index = bisect_right(self.line_starts, offset) - 1
        return Position(line_index + 1, offset - self.line_starts[line_index] + 1)


def line_spans(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """The lines of ``text[start:end]``, each without its line break."""
    stop = len(text) if end is None else end
    segment = text[start:stop]
    if "\r" not in segment:
        # Splitting on the one line break there is runs in C, many times faster than a pattern.
        lengths = list(map(len, segment.split("\n")))
        if not lengths[-1]:
            lengths.pop()  # the text ends with a line break: no line after it
        starts = list(accumulate((length + 1 for length in lengths[:-1]), initial=start))
        return list(map(Span, starts, map(add, starts, lengths)))
    spans: list[Span] = []
    cursor = start
    for match in _LINE_BREAK.finditer(text, start, stop):
        spans.append(Span(cursor, match.start()))
        cursor = match.end()
    if cursor < stop:
        spans.append(Span(cursor, stop))
    return spans


def _line_starts(text: str) -> tuple[int, ...]:
    if "\r" in text:
        return (0, *(match.end() for match in _LINE_BREAK.finditer(text)))
    # Splitting on the one line break there is runs in C, many times faster than a pattern.
    return tuple(accumulate((len(line) + 1 for line in text.split("\n")[:-1]), initial=0))


def trimmed(text: str, span: Span) -> Span:
    """``span`` without the whitespace at either end."""
    # Walking in from the ends copies nothing; slicing and stripping a paragraph would.
    start, end = span
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end)


def append_trimmed(text: str, start: int, end: int, spans: list[Span]) -> None:
    """Append ``text[start:end]`` trimmed of whitespace to ``spans``, unless it is blank."""
    span = trimmed(text, Span(start, end))
    if span.start < span.end:
        spans.append(span)


def blank_spans(text: str, spans: Iterable[Span]) -> str:
    """Replace every character inside ``spans`` with a space, keeping line breaks."""
    pieces: list[str] = []
    cursor = 0
    for span in sorted(spans, key=lambda item: item.start):
        start = max(span.start, cursor)
        if start >= span.end:
            continue
        pieces.append(text[cursor:start])
        segment = text[start : span.end]
        if "\r" in segment:
            pieces.append(_NOT_LINE_BREAK.sub(" ", segment))
        elif "\n" in segment:
            # Line by line: one substitution per character would be many times slower.
            pieces.append("\n".join(" " * len(line) for line in segment.split("\n")))
        else:
            pieces.append(" " * len(segment))
        cursor = span.end
    pieces.append(text[cursor:])
    return "".join(pieces)
