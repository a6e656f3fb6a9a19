"""Documents, posts and spans: every position is an offset into the decoded file text."""

from __future__ import annotations

import operator
import re
from array import array
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from itertools import accumulate, chain, islice
from operator import add
from types import MappingProxyType
from typing import Any, NamedTuple, overload

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


class Spans(Sequence[Span]):
    """Spans kept as two arrays of offsets: 16 bytes a span where a tuple of them takes
    some 130 (the tuple's slot, the span, two int objects), and a post of a million tiny
    paragraphs has a million parts. Equal to any sequence of the same spans, a tuple
    included, and hashed as that tuple is; not to be changed once made."""

    __slots__ = ("_ends", "_starts")

    def __init__(self, spans: Iterable[Span] = ()) -> None:
        self._starts = offsets_array()
        self._ends = offsets_array()
        for start, end in spans:
            self._starts.append(start)
            self._ends.append(end)

    @classmethod
    def of_offsets(cls, starts: array[int], ends: array[int]) -> Spans:
        """The spans ``(starts[i], ends[i])``; the arrays are handed over, not copied."""
        if len(starts) != len(ends):
            raise ValueError("as many starts as ends")
        spans = cls()
        spans._starts, spans._ends = starts, ends
        return spans

    def __len__(self) -> int:
        return len(self._starts)

    @overload
    def __getitem__(self, index: int) -> Span: ...

    @overload
    def __getitem__(self, index: slice) -> Spans: ...

    def __getitem__(self, index: int | slice) -> Span | Spans:
        if isinstance(index, slice):
            return Spans.of_offsets(self._starts[index], self._ends[index])
        return Span(self._starts[index], self._ends[index])

    def __iter__(self) -> Iterator[Span]:
        return map(Span, self._starts, self._ends)

    def __reversed__(self) -> Iterator[Span]:
        return map(Span, reversed(self._starts), reversed(self._ends))

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Spans):
            return self._starts == other._starts and self._ends == other._ends
        if isinstance(other, Sequence) and not isinstance(other, str):
            return len(other) == len(self) and all(map(operator.eq, self, other))
        return NotImplemented

    def __hash__(self) -> int:
        return hash(tuple(self))

    def __repr__(self) -> str:
        return f"Spans({list(self)!r})"


def compact_spans(spans: Iterable[Span]) -> Sequence[Span]:
    """``spans`` in the smaller form: a tuple when there are a few (two small arrays weigh
    more than a short tuple), else ``Spans``."""
    found = spans if isinstance(spans, Spans) else Spans(spans)
    return tuple(found) if len(found) <= _FEW_SPANS else found


_FEW_SPANS = 2


@dataclass(frozen=True, slots=True)
class Position:
    """A 1-based line and column, the column counted in characters."""

    line: int
    column: int


@dataclass(frozen=True, slots=True)
class Post:
    """One post of a document.

    ``prose`` lists the parts of the document that are this post's prose, in order (for the
    plain-text archive: the title line, then the body after the byline; for Markdown: one
    part per block, list or block quote); no paragraph crosses from one part to the next.
    Where there are many parts it is ``Spans``, which holds them compactly.
    ``title_span`` is the title's place in the text when the title is itself prose that is
    linted. ``headings`` (sorted) are the post's headings, where they are known. ``metadata``
    holds the fields the post declares about itself (Markdown front matter, WordPress custom
    fields, the other fields of a JSON line). ``identifier`` is the post's id where its
    format gives one (JSON Lines).
    """

    title: str | None
    prose: Sequence[Span]
    title_span: Span | None = None
    headings: tuple[Span, ...] = ()
    metadata: Mapping[str, Any] = field(default_factory=dict, compare=False, hash=False)
    identifier: str | None = None


# The metadata of a post that declares none, shared: a format with a post per line has
# millions of them. Read-only, so that no reader can fill in every post's at once.
NO_METADATA: Mapping[str, Any] = MappingProxyType({})


# One offset per entry, 8 bytes each: a list would hold a 32-byte int object per entry too,
# and a file of tiny paragraphs or elements has millions of them.
def offsets_array(values: Iterable[int] = ()) -> array[int]:
    return array("q", values)


class OffsetMap:
    """Where each character of a decoded text stands in the file it was decoded from.

    The text is a sequence of pieces, each either copied from the file character for
    character or decoded from a stretch of it (an entity such as ``&rdquo;``, an escape such
    as ``\\u2019``, or a break put in for a removed tag). Offsets inside a copied piece move
    with it; a decoded piece starts where its stretch starts and ends where it ends. Markup
    removed from the text without a trace (an inline tag) belongs to no piece.
    """

    __slots__ = ("_copied", "_file_ends", "_file_starts", "_text_starts", "text_length")

    def __init__(
        self,
        text_starts: Sequence[int],
        file_starts: Sequence[int],
        file_ends: Sequence[int],
        copied: Sequence[bool] | bytearray,
        text_length: int,
    ) -> None:
        self._text_starts = _compact(text_starts)
        self._file_starts = _compact(file_starts)
        self._file_ends = _compact(file_ends)
        self._copied = copied if isinstance(copied, bytearray) else bytearray(map(bool, copied))
        self.text_length = text_length

    def start(self, offset: int) -> int:
        """The file offset where the character at text ``offset`` begins."""
        if not self._text_starts:
            return offset
        index = max(bisect_right(self._text_starts, offset) - 1, 0)
        if offset >= self.text_length:
            return self._file_ends[-1]
        if self._copied[index]:
            return self._file_starts[index] + offset - self._text_starts[index]
        return self._file_starts[index]

    def end(self, offset: int) -> int:
        """The file offset just after the character before text ``offset`` (a span's end)."""
        if offset <= 0 or not self._text_starts:
            return self.start(offset)
        index = bisect_right(self._text_starts, offset - 1) - 1
        if self._copied[index]:
            return self._file_starts[index] + offset - self._text_starts[index]
        return self._file_ends[index]

    def span(self, span: Span) -> Span:
        return Span(self.start(span.start), max(self.start(span.start), self.end(span.end)))

    def pieces(self) -> Iterator[tuple[int, int, int, int, bool]]:
        """(text start, text end, file start, file end, copied) of every piece."""
        if not self._text_starts:
            return iter(())
        ends = chain(islice(self._text_starts, 1, None), (self.text_length,))
        return zip(
            self._text_starts,
            ends,
            self._file_starts,
            self._file_ends,
            map(bool, self._copied),
            strict=True,
        )

    def through(self, outer: OffsetMap) -> OffsetMap:
        """This map followed by ``outer``, which maps the text this one maps into onward to
        the file (an HTML body that was itself decoded from XML, for example)."""
        builder = _MapPieces()
        for text_start, _text_end, start, end, copied in self.pieces():
            if not copied:
                builder.add(text_start, outer.start(start), outer.end(end), copied=False)
                continue
            for outer_start, outer_end, file_start, file_end, outer_copied in outer.overlapping(
                start, end
            ):
                low, high = max(start, outer_start), min(end, outer_end)
                at = text_start + low - start
                if outer_copied:
                    shift = file_start - outer_start
                    builder.add(at, low + shift, high + shift, copied=True)
                else:
                    builder.add(at, file_start, file_end, copied=False)
        return builder.build(self.text_length)

    def overlapping(self, start: int, end: int) -> Iterator[tuple[int, int, int, int, bool]]:
        """The pieces holding some of text ``[start, end)``."""
        starts = self._text_starts
        index = max(bisect_right(starts, start) - 1, 0)
        while index < len(starts) and starts[index] < end:
            yield (
                starts[index],
                starts[index + 1] if index + 1 < len(starts) else self.text_length,
                self._file_starts[index],
                self._file_ends[index],
                bool(self._copied[index]),
            )
            index += 1


def _compact(values: Sequence[int]) -> array[int]:
    return values if isinstance(values, array) else offsets_array(values)


class _MapPieces:
    __slots__ = ("copied", "file_ends", "file_starts", "text_starts")

    def __init__(self) -> None:
        self.text_starts = offsets_array()
        self.file_starts = offsets_array()
        self.file_ends = offsets_array()
        self.copied = bytearray()

    def add(self, text_start: int, file_start: int, file_end: int, *, copied: bool) -> None:
        self.text_starts.append(text_start)
        self.file_starts.append(file_start)
        self.file_ends.append(file_end)
        self.copied.append(copied)

    def build(self, text_length: int) -> OffsetMap:
        """The map; the builder hands over its arrays and is not to be used again."""
        return OffsetMap(
            self.text_starts, self.file_starts, self.file_ends, self.copied, text_length
        )


class Joined:
    """Text built from many pieces, joined as it grows: a list of a million small strings
    would hold many times the text it makes."""

    __slots__ = ("_chunks", "_pieces")

    _PIECES_PER_CHUNK = 4096

    def __init__(self) -> None:
        self._chunks: list[str] = []
        self._pieces: list[str] = []

    def append(self, piece: str) -> None:
        pieces = self._pieces
        pieces.append(piece)
        if len(pieces) >= self._PIECES_PER_CHUNK:
            self._chunks.append("".join(pieces))
            pieces.clear()

    def text(self) -> str:
        return "".join(self._chunks) + "".join(self._pieces)


class DecodedText:
    """Builds a text from pieces of a file, copied or decoded, and the map back to the file.

    Adjacent copies of adjacent stretches are merged, so a text with few entities has few
    pieces whatever its length.
    """

    def __init__(self, file_text: str) -> None:
        self.file_text = file_text
        self._parts = Joined()
        self._pieces = _MapPieces()
        self.length = 0

    def copy(self, start: int, end: int) -> None:
        """Append the file's ``[start, end)`` as it is."""
        end = min(end, len(self.file_text))  # a reader's wrong offset must not break the map
        if end <= start:
            return
        pieces = self._pieces
        if pieces.copied and pieces.copied[-1] and pieces.file_ends[-1] == start:
            pieces.file_ends[-1] = end
        else:
            pieces.add(self.length, start, end, copied=True)
        self._parts.append(self.file_text[start:end])
        self.length += end - start

    def decoded(self, text: str, start: int, end: int) -> None:
        """Append ``text``, which stands for the file's ``[start, end)``."""
        if not text:
            return
        if end - start == len(text) and self.file_text[start:end] == text:
            self.copy(start, end)
            return
        self._pieces.add(self.length, start, end, copied=False)
        self._parts.append(text)
        self.length += len(text)

    def extend(self, text: str, offsets: OffsetMap) -> None:
        """Append ``text``, whose characters ``offsets`` places in this builder's file."""
        for text_start, _text_end, start, end, copied in offsets.pieces():
            self._pieces.add(self.length + text_start, start, end, copied=copied)
        self._parts.append(text)
        self.length += len(text)

    def text(self) -> str:
        return self._parts.text()

    def offset_map(self) -> OffsetMap:
        return self._pieces.build(self.length)


@dataclass(frozen=True)
class Document:
    """A decoded file whose non-prose markup has been blanked to spaces of the same length.

    ``text`` is what the checks read; ``decoded`` is the same text before blanking. Both have
    the same length, so an offset in one is the same place in the other. For most formats
    ``decoded`` is the file itself; where the text had to be decoded from the file
    (HTML entities, XML, JSON strings), ``file_text`` is the file as written and ``offsets``
    maps every offset of ``text`` to its place there. Positions and reported offsets are
    always the file's. ``links`` (sorted) are the places where the text links to something.
    """

    path: str
    decoded: str
    text: str
    posts: tuple[Post, ...]
    # Where each line of the file as written starts (an array: one entry per line).
    line_starts: Sequence[int] = field(repr=False, compare=False, default=())
    # Where the text links to something (a link's destination): blogs cite by linking.
    links: tuple[Span, ...] = field(repr=False, compare=False, default=())
    file_text: str | None = field(repr=False, compare=False, default=None)
    offsets: OffsetMap | None = field(repr=False, compare=False, default=None)
    # Parts of the file that could not be read (a bad JSON line): reported, then skipped.
    problems: tuple[str, ...] = field(repr=False, compare=False, default=())
    # Where the file shows text literally (Markdown code): a directive there is an example.
    verbatim: tuple[Span, ...] = field(repr=False, compare=False, default=())

    def __post_init__(self) -> None:
        if len(self.decoded) != len(self.text):
            raise ValueError("blanked text must keep the length of the decoded text")
        if (self.offsets is None) != (self.file_text is None):
            raise ValueError("a decoded text needs both the file text and the offset map")
        if not self.line_starts:
            object.__setattr__(self, "line_starts", line_starts(self.written))

    @property
    def written(self) -> str:
        """The decoded file as written."""
        return self.decoded if self.file_text is None else self.file_text

    def file_span(self, span: Span) -> Span:
        """``span`` of the text as a span of the file."""
        return span if self.offsets is None else self.offsets.span(span)

    def excerpt(self, span: Span) -> str:
        """What the file says at ``span`` of the text."""
        start, end = self.file_span(span)
        return self.written[start:end]

    def end_position(self, offset: int) -> Position:
        """Line and column just after the character before text ``offset`` (a span's end)."""
        if self.offsets is None:
            return self.position(offset)
        return self._file_position(self.offsets.end(offset))

    @cached_property
    def lowered(self) -> str | None:
        """``text`` in lower case, when lower-casing keeps every offset (it nearly always does)."""
        lowered = self.text.lower()
        return lowered if len(lowered) == len(self.text) else None

    def position(self, offset: int) -> Position:
        """Line and column of text ``offset``; an offset at the end of a line is past its
        last character."""
        return self._file_position(offset if self.offsets is None else self.offsets.start(offset))

    def line_around(
        self, position: Position, before: int = 120, after: int = 240
    ) -> tuple[str, int]:
        """The part of the file's line at ``position``: at most ``before`` characters before
        it and ``after`` from it (a paragraph is often one long line), and the column that
        part begins at."""
        written = self.written
        number = position.line
        starts = self.line_starts
        line_start = starts[number - 1]
        line_end = starts[number] if number < len(starts) else len(written)
        at = line_start + position.column - 1
        first = max(line_start, at - before)
        last = min(line_end, at + after)
        return written[first:last].rstrip("\r\n"), first - line_start + 1

    def file_position(self, offset: int) -> Position:
        """Line and column of an offset into the file as written."""
        return self._file_position(offset)

    def _file_position(self, offset: int) -> Position:
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


def line_starts(text: str) -> array[int]:
    """Where each line of ``text`` starts (a line break is ``\r\n``, ``\r`` or ``\n``)."""
    starts = offsets_array((0,))
    if "\r" in text:
        starts.extend(match.end() for match in _LINE_BREAK.finditer(text))
        return starts
    # Splitting on the one line break there is runs in C, many times faster than a pattern;
    # a piece at a time, so that the list of lines stays small whatever the text.
    for base in range(0, len(text), _SPLIT_CHARS):
        lengths = map(len, text[base : base + _SPLIT_CHARS].split("\n"))
        ends = accumulate((length + 1 for length in lengths), initial=base)
        # The last piece of each split runs on into the next: not a line start.
        starts.extend(islice(ends, 1, None))
        starts.pop()
    return starts


_SPLIT_CHARS = 1 << 13  # a list of the lines of 8,192 characters at most


class LineIndex:
    """The lines of a text, by number from 0, as ``line_spans`` gives them, without keeping
    a span per line."""

    __slots__ = ("_count", "_starts", "_text")

    def __init__(self, text: str, starts: Sequence[int] | None = None) -> None:
        """``starts``: the text's ``line_starts``, when they are known already."""
        self._text = text
        self._starts = line_starts(text) if starts is None else starts
        count = len(self._starts)
        if not text or self._starts[-1] == len(text):
            count -= 1  # the text ends with a line break: no line after it
        self._count = count

    @property
    def starts(self) -> Sequence[int]:
        """Where each line starts, and after a line break that ends the text, its end."""
        return self._starts

    def __len__(self) -> int:
        return self._count

    def span(self, number: int) -> Span:
        """Line ``number`` without its line break."""
        text = self._text
        start = self._starts[number]
        if number + 1 < len(self._starts):
            end = self._starts[number + 1] - 1
            if end > start and text[end] == "\n" and text[end - 1] == "\r":
                end -= 1
            return Span(start, end)
        return Span(start, len(text))

    def number(self, offset: int) -> int:
        """The number of the line holding ``offset``."""
        return bisect_right(self._starts, offset) - 1

    def __iter__(self) -> Iterator[Span]:
        return map(self.span, range(self._count))


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


def blank_spans(text: str, spans: Iterable[Span], *, in_order: bool = False) -> str:
    """Replace every character inside ``spans`` with a space, keeping line breaks.
    ``in_order``: the spans come sorted by start, so they need not be collected first."""
    pieces = Joined()
    cursor = 0
    for span in spans if in_order else sorted(spans, key=lambda item: item.start):
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
    if cursor == 0:
        return text  # nothing blanked: no copy
    pieces.append(text[cursor:])
    return pieces.text()
