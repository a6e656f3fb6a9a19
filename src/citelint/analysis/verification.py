"""Checking an excerpt against its original: are a quotation's words there, is a figure there.

A quotation is compared word by word, in lower case, so that what is not a change of wording
never counts: curly against straight marks, whitespace and line breaks, punctuation (a comma
turned into a full stop at the end). An ellipsis stands for omitted words and a square-
bracketed insertion (``[from South Korea]``) for words the editor put in: both split the
quotation into pieces that must each appear, in order, in the original.

A figure is compared by its value and kind after normalising how it is written: ``30,000`` is
``30000``, ``17 percent`` is ``17%``, ``$4,500`` is ``4,500 dollars``, ``2.5 million`` is
``2500000``.
"""

from __future__ import annotations

import difflib
import math
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass

import regex

from citelint.analysis.numbers import ENGLISH_NUMBERS, NumberStyle
from citelint.document import Span
from citelint.originals import Original, word_spans, words_of

_GAP = regex.compile(r"\[[^\[\]]{0,200}\]|\.\s?\.\s?\.|…")
_PASSAGE_SLACK = 3


@dataclass(frozen=True)
class QuotationCheck:
    """Whether a quotation's words are in the original; when not, the passage of the
    original nearest to them and a word-level diff (``severe → brutal``)."""

    found: bool
    passage: str = ""
    diff: str = ""


def _positions(original: Original) -> dict[str, list[int]]:
    found = original.cache.get("positions")
    if found is None:
        found = {}
        for index, word in enumerate(original.words):
            found.setdefault(word, []).append(index)
        original.cache["positions"] = found
    return found


def _pieces(quotation: str) -> list[list[str]]:
    return [words for piece in _GAP.split(quotation) if (words := words_of(piece))]


def check_quotation(quotation: str, original: Original) -> QuotationCheck:
    """Compare a quotation (its text between the marks) with the original."""
    words = original.words
    positions = _positions(original)
    cursor = 0
    for piece in _pieces(quotation):
        start = _find(piece, words, positions, cursor)
        if start is None:
            passage, diff = _nearest(piece, original, positions)
            return QuotationCheck(False, passage, diff)
        cursor = start + len(piece)
    return QuotationCheck(True)


def _find(
    piece: Sequence[str], words: Sequence[str], positions: dict[str, list[int]], cursor: int
) -> int | None:
    candidates = positions.get(piece[0], [])
    for start in candidates[bisect_left(candidates, cursor) :]:
        if list(words[start : start + len(piece)]) == list(piece):
            return start
    return None


def _nearest(
    piece: Sequence[str], original: Original, positions: dict[str, list[int]]
) -> tuple[str, str]:
    """The stretch of the original most like ``piece``, as written, and the diff."""
    words = original.words
    # Anchor on the piece's rarest words: the nearest passage holds some of them.
    anchors = sorted(
        {(len(positions.get(word, [])), index, word) for index, word in enumerate(piece)}
    )
    best: tuple[float, int, int] | None = None
    for count, index, word in anchors[:4]:
        if not count:
            continue
        for position in positions[word][:200]:
            start = max(0, position - index - _PASSAGE_SLACK)
            end = min(len(words), position - index + len(piece) + _PASSAGE_SLACK)
            matcher = difflib.SequenceMatcher(None, list(piece), words[start:end], autojunk=False)
            blocks = [block for block in matcher.get_matching_blocks() if block.size]
            if not blocks:
                continue
            # The passage runs as far as the piece does: words changed at either end of it
            # belong to the passage too (“severe” in “The crackdown is severe”).
            first = max(0, start + blocks[0].b - blocks[0].a)
            tail = len(piece) - (blocks[-1].a + blocks[-1].size)
            last = min(len(words), start + blocks[-1].b + blocks[-1].size + tail)
            window = words[first:last]
            ratio = difflib.SequenceMatcher(None, list(piece), window, autojunk=False).ratio()
            if best is None or ratio > best[0]:
                best = (ratio, first, last)
    if best is None or best[0] < 0.5:
        return "", "no passage of the original is near it"
    _, first, last = best
    return _passage(original, first, last), _diff(piece, words[first:last])


def _passage(original: Original, first: int, last: int) -> str:
    spans = original.cache.get("spans")
    prose = original.cache.get("prose")
    if spans is None or prose is None:
        prose = original.prose_text()
        spans = [span for _, span in word_spans(prose)]
        original.cache["spans"], original.cache["prose"] = spans, prose
    start, end = spans[first].start, spans[last - 1].end
    return " ".join(str(prose)[start:end].split())


def _diff(piece: Sequence[str], passage: Sequence[str]) -> str:
    changes = []
    matcher = difflib.SequenceMatcher(None, list(piece), list(passage), autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        written, original = " ".join(piece[i1:i2]), " ".join(passage[j1:j2])
        if tag == "replace":
            changes.append(f"{original} → {written}")
        elif tag == "delete":
            changes.append(f"added “{written}”")
        elif tag == "insert":
            changes.append(f"left out “{original}”")
    return "; ".join(changes)


# -- figures -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class FigureValue:
    """A number of a figure: its kind (percent, money or count) and its value."""

    kind: str
    value: float


def figure_values(
    text: str, span: Span | None = None, numbers: NumberStyle = ENGLISH_NUMBERS
) -> list[FigureValue]:
    """The numbers written in ``text[span]`` (all of ``text`` without one), with their kind
    read from the words around each; ``numbers`` is how the text's language writes them."""
    start, end = (0, len(text)) if span is None else span
    values = []
    for match in numbers.numbers.finditer(text, start, end):
        number = numbers.value(match.group())
        after = match.end()
        scale = numbers.scale_after.match(text, after, min(len(text), after + 12))
        if scale is not None:
            number *= numbers.scale_values[scale.group("scale").lower()]
            after = scale.end()
        window_before = text[max(0, match.start() - 5) : match.start()]
        if numbers.percent_after.match(text, after, min(len(text), after + 10)):
            kind = "percent"
        elif numbers.money_before.search(window_before) or numbers.money_after.match(
            text, match.end(), min(len(text), match.end() + 30)
        ):
            kind = "money"
        else:
            kind = "count"
        values.append(FigureValue(kind, number))
    return values


class OriginalValues:
    """The figure values of an original, as sets: every figure of a post is looked up in
    them, and building them for each figure would read the original once a figure."""

    def __init__(self, values: Sequence[FigureValue]) -> None:
        self.known = set(values)
        self.numbers = {value.value for value in values}

    def missing(self, values: Sequence[FigureValue]) -> list[FigureValue]:
        """The values of a figure that the original does not hold (a count may be written
        as a bare number there)."""
        return [
            value
            for value in values
            if value not in self.known
            and not (value.kind == "count" and value.value in self.numbers)
        ]


class NearestFigures:
    """The figures of an original (written, values) by kind and value, so that the one
    nearest a value is found by bisection, not by reading every figure for each value
    missing from the original."""

    def __init__(self, figures: Sequence[tuple[str, Sequence[FigureValue]]]) -> None:
        self.figures = figures
        # By kind: the distinct values in order, and for each the first figure holding it
        # (its place among all the values, and how it is written).
        first: dict[str, dict[float, tuple[int, str]]] = {}
        self.finite = True
        place = 0
        for written, values in figures:
            for other in values:
                self.finite = self.finite and math.isfinite(other.value)
                first.setdefault(other.kind, {}).setdefault(other.value, (place, written))
                place += 1
        self.values = {kind: sorted(table) for kind, table in first.items()}
        self.first = first

    def nearest(self, value: FigureValue) -> str | None:
        """The figure nearest ``value`` in its kind; of those as near, the first."""
        if not (self.finite and math.isfinite(value.value)):
            return self._read_all(value)  # inf and nan do not order: compare as before
        values = self.values.get(value.kind)
        if not values:
            return None
        scale = max(abs(value.value), 1.0)

        def distance(index: int) -> float:
            return abs(values[index] - value.value) / scale

        right = bisect_left(values, value.value)
        left = right - 1
        best = min(distance(index) for index in (left, right) if 0 <= index < len(values))
        # The distance grows away from the value on either side, so the values as near as
        # the nearest stand next to it (several only when rounding makes them equal).
        tied = []
        while left >= 0 and distance(left) == best:
            tied.append(left)
            left -= 1
        while right < len(values) and distance(right) == best:
            tied.append(right)
            right += 1
        table = self.first[value.kind]
        return min(table[values[index]] for index in tied)[1]

    def _read_all(self, value: FigureValue) -> str | None:
        best: tuple[float, str] | None = None
        for written, values in self.figures:
            for other in values:
                if other.kind != value.kind:
                    continue
                distance = abs(other.value - value.value) / max(abs(value.value), 1.0)
                if best is None or distance < best[0]:
                    best = (distance, written)
        return None if best is None else best[1]
