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
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass

import regex

from citelint.document import Span
from citelint.originals import Original, word_spans, words_of

_GAP = regex.compile(r"\[[^\[\]]{0,200}\]|\.\s?\.\s?\.|…")
_PASSAGE_SLACK = 3
_NUMBER = regex.compile(r"(?<![\d.])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,])|(?<![\d.,])\d+(?:\.\d+)?")
_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "m": 1e6, "bn": 1e9}
_SCALE_AFTER = regex.compile(r"\s*(?P<scale>thousand|million|billion|trillion|bn|m)\b", regex.I)
_PERCENT_AFTER = regex.compile(r"\s*(?:%|percent\b|per\s+cent\b|pct\b)", regex.I)
_MONEY_BEFORE = regex.compile(r"(?:[$€£¥₩]|US\$|USD\s?|EUR\s?|GBP\s?)\s*\Z")
_MONEY_AFTER = regex.compile(
    r"\s*(?:thousand|million|billion|trillion|bn|m)?\s*"
    r"(?:dollars?|euros?|pounds?|yuan|won|yen|rupees?|cents?|usd|eur|gbp)\b",
    regex.I,
)


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


def figure_values(text: str, span: Span | None = None) -> list[FigureValue]:
    """The numbers written in ``text[span]`` (all of ``text`` without one), with their kind
    read from the words around each."""
    start, end = (0, len(text)) if span is None else span
    values = []
    for match in _NUMBER.finditer(text, start, end):
        number = float(match.group().replace(",", ""))
        after = match.end()
        scale = _SCALE_AFTER.match(text, after, min(len(text), after + 12))
        if scale is not None:
            number *= _SCALES[scale.group("scale").lower()]
            after = scale.end()
        window_before = text[max(0, match.start() - 5) : match.start()]
        if _PERCENT_AFTER.match(text, after, min(len(text), after + 10)):
            kind = "percent"
        elif _MONEY_BEFORE.search(window_before) or _MONEY_AFTER.match(
            text, match.end(), min(len(text), match.end() + 30)
        ):
            kind = "money"
        else:
            kind = "count"
        values.append(FigureValue(kind, number))
    return values


def missing_values(
    values: Sequence[FigureValue], original_values: Sequence[FigureValue]
) -> list[FigureValue]:
    """The values of a figure that the original does not hold (a count may be written as a
    bare number there)."""
    known = set(original_values)
    numbers = {value.value for value in original_values}
    return [
        value
        for value in values
        if value not in known and not (value.kind == "count" and value.value in numbers)
    ]


def nearest_figure(
    value: FigureValue, figures: Sequence[tuple[str, Sequence[FigureValue]]]
) -> str | None:
    """Of the original's figures (written, values), the one nearest ``value`` in its kind."""
    best: tuple[float, str] | None = None
    for written, values in figures:
        for other in values:
            if other.kind != value.kind:
                continue
            distance = abs(other.value - value.value) / max(abs(value.value), 1.0)
            if best is None or distance < best[0]:
                best = (distance, written)
    return None if best is None else best[1]
