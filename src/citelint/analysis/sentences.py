"""Sentences: where a paragraph (or the inside of a quotation) breaks into sentences.

A sentence ends at ``.``, ``!``, ``?`` or ``…`` (with any closing marks and brackets after
it) when whitespace and a capital, a digit or an opening mark follow. It does not end:

- after an abbreviation news writing keeps using mid-sentence: titles (``Dr.``, ``Gen.``),
  initials (``Y. H. Kim``), dotted abbreviations (``U.S.``, ``e.g.``), ``No. 10`` and month
  abbreviations before a day (``Sept. 4``);
- inside a quotation: ``“Raiding a house? I’ve only seen two,” said Kim`` is one sentence of
  the paragraph, whatever the quotation holds.

A line break before a list item or a table row also starts a sentence, since list items
rarely end with a full stop.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import overload

import regex

from citelint.caching import frozen_hash
from citelint.document import Span, append_trimmed

# The quotation marks that may close a sentence or open the next in any language's text
# (guillemets stand in English text too); a language's own marks are added to them.
_CLOSING_MARKS = "”’\"'»"
_OPENING_MARKS = "“‘\"'«"
_WORD_BEFORE = regex.compile(r"[\p{L}.]{1,16}\Z")
_ORDINAL_BEFORE = regex.compile(r"(?<!\p{N}|\p{N}[.,])\p{N}{1,3}\Z")
_WORD_AFTER = regex.compile(r"\s+(\p{L}+)")


@dataclass(frozen=True, kw_only=True)
class Abbreviations:
    """Abbreviations whose full stop does not end a sentence (lower case, no full stop):
    ``titles`` never (``Dr. Kim``), ``before_number`` not before a number (``No. 10``,
    ``Sept. 4``). ``may_end`` are dotted ones that may (``at 11 a.m. The…``), with their
    full stops. The lists are a language's: they come from its conventions."""

    titles: frozenset[str] = frozenset()
    before_number: frozenset[str] = frozenset()
    may_end: frozenset[str] = frozenset()
    # Words (lower case) before which a number's full stop makes it an ordinal, not a
    # sentence's end: German am 4. Mai, der 3. Platz.
    after_ordinal: frozenset[str] = frozenset()


NO_ABBREVIATIONS = Abbreviations()


@dataclass(frozen=True, kw_only=True)
class SentenceStyle:
    """Where a language's sentences end: its abbreviations, and the quotation marks that
    may follow a sentence's last punctuation (``closing_marks``: ”, », German “ and «) or
    begin the next sentence (``opening_marks``: “, «, German „ and »)."""

    abbreviations: Abbreviations = NO_ABBREVIATIONS
    closing_marks: str = ""
    opening_marks: str = ""

    __hash__ = frozen_hash

    @cached_property
    def boundary(self) -> regex.Pattern[str]:
        closing = _mark_class(_CLOSING_MARKS, self.closing_marks)
        opening = _mark_class(_OPENING_MARKS, self.opening_marks)
        return regex.compile(
            rf"""
            (?:[.!?…]+|(?<=\S)\.\.\.)       # what ends a sentence
            [{closing})\]*_]*                   # closing marks, brackets and emphasis after it
            (?=\s+[{opening}(\[*_]*[\p{{Lu}}\p{{N}}])  # then space and what can begin a sentence
            | (?=\r?\n[ \t]*(?:[-*+•][ \t]|\d{{1,3}}[.)][ \t]|\|))  # a list item or table row
            """,
            regex.VERBOSE,
        )


def _mark_class(base: str, own: str) -> str:
    """The characters of a class: ``base`` then those of ``own`` it lacks, escaped."""
    marks = base + "".join(dict.fromkeys(mark for mark in own if mark not in base))
    return "".join(regex.escape(mark) for mark in marks)


PLAIN_SENTENCES = SentenceStyle()


def split_sentences(
    text: str, region: Span, masked: Sequence[Span], style: SentenceStyle
) -> tuple[Span, ...]:
    """The sentences of ``region``, trimmed, in order. ``masked`` are quotations (sorted,
    non-overlapping) whose insides never end a sentence of the region."""
    starts = [span.start for span in masked]
    sentences: list[Span] = []
    cursor = region.start
    for boundary in style.boundary.finditer(text, region.start, region.end):
        end = boundary.end()
        if end <= cursor or _inside(end, masked, starts):
            continue
        if boundary.group() and _after_abbreviation(text, region, boundary, style.abbreviations):
            continue
        append_trimmed(text, cursor, end, sentences)
        cursor = end
    append_trimmed(text, cursor, region.end, sentences)
    return tuple(sentences)


class ParagraphSentences(Sequence[tuple[Span, ...]]):
    """The sentences of each paragraph, split when first asked for: most paragraphs of a
    post hold no quotation and no figure, and no check needs their sentences.
    ``quotations`` are the outermost ones, sorted."""

    def __init__(
        self,
        text: str,
        paragraphs: Sequence[Span],
        quotations: Sequence[Span],
        style: SentenceStyle,
    ) -> None:
        self.text = text
        self.style = style
        self.paragraphs = paragraphs
        self.quotations = quotations
        self.quotation_starts = [quotation.start for quotation in quotations]
        self.quotation_ends = [quotation.end for quotation in quotations]
        self.split: dict[int, tuple[Span, ...]] = {}

    def __len__(self) -> int:
        return len(self.paragraphs)

    @overload
    def __getitem__(self, index: int) -> tuple[Span, ...]: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[tuple[Span, ...]]: ...

    def __getitem__(self, index: int | slice) -> tuple[Span, ...] | Sequence[tuple[Span, ...]]:
        if isinstance(index, slice):
            return [self[position] for position in range(len(self))[index]]
        if index < 0:
            index += len(self.paragraphs)
        found = self.split.get(index)
        if found is None:
            paragraph = self.paragraphs[index]
            first = bisect_right(self.quotation_ends, paragraph.start)
            last = bisect_left(self.quotation_starts, paragraph.end, first)
            found = split_sentences(self.text, paragraph, self.quotations[first:last], self.style)
            self.split[index] = found
        return found


def _inside(offset: int, masked: Sequence[Span], starts: Sequence[int]) -> bool:
    index = bisect_right(starts, offset) - 1
    return index >= 0 and masked[index].start < offset < masked[index].end


def _after_abbreviation(
    text: str, region: Span, boundary: regex.Match[str], abbreviations: Abbreviations
) -> bool:
    punctuation = boundary.group()
    if not punctuation.startswith(".") or punctuation.startswith(".."):
        return False
    word_match = _WORD_BEFORE.search(
        text, max(region.start, boundary.start() - 16), boundary.start()
    )
    if word_match is None:
        return bool(abbreviations.after_ordinal) and _ordinal(text, region, boundary, abbreviations)
    word = word_match.group().lstrip(".")
    token = word + "."
    if token.lower() in abbreviations.may_end:
        return False
    if "." in word:
        return True  # U.S., e.g., D.C.
    lowered = word.lower()
    if len(word) == 1 and word.isupper():
        return True  # an initial: Y. H. Kim
    if lowered in abbreviations.titles:
        return True
    following = text[boundary.end() : boundary.end() + 8].lstrip()
    return lowered in abbreviations.before_number and following[:1].isdigit()


def _ordinal(
    text: str, region: Span, boundary: regex.Match[str], abbreviations: Abbreviations
) -> bool:
    """Whether the full stop makes the number before it an ordinal: am 4. Mai."""
    if boundary.group() != "." or not _ORDINAL_BEFORE.search(
        text, max(region.start, boundary.start() - 5), boundary.start()
    ):
        return False
    word = _WORD_AFTER.match(text, boundary.end(), min(region.end, boundary.end() + 40))
    return word is not None and word.group(1).lower() in abbreviations.after_ordinal
