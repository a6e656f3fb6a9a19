"""Figures: the statistics in a text, told apart from numbers that are not statistics.

The patterns come from the rule file. ``figures`` name the kinds of statistic (percentages,
amounts of money, scale words with a number, proportions) and are tried first, in order;
``exemptions`` are numbers that are not statistics (years, dates, clock times, ages,
durations, labels such as ``Section 508``, measures) and consume their number so that it is
not taken for a count; ``count`` is what is left: a bare number of people or things, which
is a figure only from ``smallest_count`` up. Patterns may use the ``fragments`` by name,
``{number}`` for example.

Neighbouring figures merge into one: a range (``70% to 80%``, ``60-100,000``, ``between
6,000 and 30,000 yuan``) and a conversion in brackets (``150 won (13 cents)``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import regex

from citelint.document import Span

_FRAGMENT_REFERENCE = regex.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")
# A range stays on one line: list items “- $200 - $499” are not one range.
_RANGE_JOINER = regex.compile(r"[ \t]*(?:to|or|-|–|—)[ \t]*|[ \t]+and[ \t]+")
_CONVERSION_OPENER = regex.compile(
    r"\s*\(\s*(?:about|around|roughly|approximately|nearly|almost|some|or|~|≈)?\s*"
)
_CONVERSION_CLOSER = regex.compile(r"\s*\)")
_BETWEEN = regex.compile(r"(?i:between)\s+\Z")
_DIGITS = regex.compile(r"\d[\d,]*(?:\.\d+)?")


@dataclass(frozen=True)
class FigurePatterns:
    """``trigger`` finds what every figure holds (a digit, a number word); figures are only
    looked for around its matches, which keeps prose without numbers cheap."""

    fragments: tuple[tuple[str, str], ...]
    figures: tuple[tuple[str, str], ...]
    exemptions: tuple[tuple[str, str], ...]
    count: str
    smallest_count: int
    trigger: str = r"\d"


@dataclass(frozen=True)
class Figure:
    """A statistic; ``category`` is the name of the pattern that found it, or ``count``."""

    span: Span
    category: str


class FigurePatternError(Exception):
    """A pattern that does not compile; ``key`` names it."""

    def __init__(self, key: str, message: str) -> None:
        super().__init__(message)
        self.key = key
        self.message = message


def expand_fragments(pattern: str, fragments: Sequence[tuple[str, str]]) -> str:
    """Replace ``{name}`` with the fragment of that name; other braces are left to the regex."""
    table = dict(fragments)

    def substitute(match: regex.Match[str]) -> str:
        name = match.group(1)
        return f"(?:{table[name]})" if name in table else match.group()

    return _FRAGMENT_REFERENCE.sub(substitute, pattern)


class FigureMatcher:
    """``FigurePatterns`` compiled: one pattern for every figure and exemption, and the trigger."""

    def __init__(self, patterns: FigurePatterns) -> None:
        alternatives: list[str] = []
        self.categories: dict[str, str | None] = {}
        entries = [
            *((name, pattern, name) for name, pattern in patterns.figures),
            *((name, pattern, None) for name, pattern in patterns.exemptions),
            ("count", patterns.count, "count"),
        ]
        for index, (name, pattern, category) in enumerate(entries):
            expanded = expand_fragments(pattern, patterns.fragments)
            try:
                regex.compile(expanded)
            except regex.error as error:
                raise FigurePatternError(
                    name, f"pattern '{name}' does not compile: {error}"
                ) from None
            group = f"g{index}"
            alternatives.append(f"(?P<{group}>{expanded})")
            self.categories[group] = category
        try:
            # Figures and exemptions begin a word or a symbol ($4,500, (202) 555-0100), never
            # inside a word: skipping those positions early is most of the speed.
            self.pattern = regex.compile("(?<![\\p{L}\\p{N}])(?:" + "|".join(alternatives) + ")")
        except regex.error as error:
            raise FigurePatternError("figures", f"the figure patterns clash: {error}") from None
        trigger = expand_fragments(patterns.trigger, patterns.fragments)
        try:
            self.trigger: re.Pattern[str] | regex.Pattern[str] = re.compile(trigger)
        except re.error:
            # ``re`` scans plain patterns several times faster; \p{…} needs ``regex``.
            try:
                self.trigger = regex.compile(trigger)
            except regex.error as error:
                raise FigurePatternError(
                    "trigger", f"pattern 'trigger' does not compile: {error}"
                ) from None
        self.smallest_count = patterns.smallest_count


_compiled: dict[FigurePatterns, FigureMatcher] = {}


def compile_figure_patterns(patterns: FigurePatterns) -> FigureMatcher:
    """Compile (once per distinct set of patterns); a bad pattern raises FigurePatternError."""
    compiled = _compiled.get(patterns)
    if compiled is None:
        compiled = _compiled[patterns] = FigureMatcher(patterns)
    return compiled


def find_figures(text: str, region: Span, compiled: FigureMatcher) -> list[Figure]:
    found: list[Figure] = []
    consumed = region.start
    for window in _windows(text, region, compiled.trigger):
        for match in compiled.pattern.finditer(text, max(window.start, consumed), window.end):
            consumed = match.end()
            figure = _figure(match, compiled)
            if figure is not None:
                found.append(figure)
    return _merge_neighbours(text, found)


# How far around a trigger a figure may reach: “between 6,000 and 30,000 yuan ($890 to…”.
_WINDOW_BEFORE = 16
_WINDOW_AFTER = 32


def _windows(text: str, region: Span, trigger: re.Pattern[str] | regex.Pattern[str]) -> list[Span]:
    """Stretches of ``region`` around the trigger's matches, merged, starting at a word."""
    windows: list[Span] = []
    for match in trigger.finditer(text, region.start, region.end):
        start = max(region.start, match.start() - _WINDOW_BEFORE)
        while start > region.start and not text[start - 1].isspace():
            start -= 1
        end = min(region.end, match.end() + _WINDOW_AFTER)
        if windows and start <= windows[-1].end:
            windows[-1] = Span(windows[-1].start, max(end, windows[-1].end))
        else:
            windows.append(Span(start, end))
    return windows


def _figure(match: regex.Match[str], compiled: FigureMatcher) -> Figure | None:
    group = match.lastgroup
    if group is None:
        return None
    category = compiled.categories.get(group)
    if category is None:
        return None  # an exemption: a year, a date, an age…
    value = _value(match.group())
    if value == 0 or (category == "count" and (value or 0) < compiled.smallest_count):
        return None  # nothing ($0) is not a statistic, nor are small counts
    return Figure(Span(match.start(), match.end()), category)


def _value(number: str) -> float | None:
    """The first number written in digits, or None when it is spelled out (half a million)."""
    digits = _DIGITS.search(number)
    if digits is None:
        return None
    try:
        return float(digits.group().replace(",", ""))
    except ValueError:
        return None


def _merge_neighbours(text: str, figures: list[Figure]) -> list[Figure]:
    """Ranges first (``$890 to $4,500``), then conversions in brackets after them."""
    ranges: list[Figure] = []
    for figure in figures:
        if ranges and _is_range_gap(text, ranges[-1], figure):
            first = ranges[-1]
            between = _BETWEEN.search(text, max(0, first.span.start - 12), first.span.start)
            if between is not None:
                first = Figure(Span(between.start(), first.span.end), first.category)
            ranges[-1] = _joined(first, figure)
        else:
            ranges.append(figure)
    merged: list[Figure] = []
    for figure in ranges:
        if merged and _CONVERSION_OPENER.fullmatch(text, merged[-1].span.end, figure.span.start):
            closer = _CONVERSION_CLOSER.match(text, figure.span.end)
            if closer is not None:
                merged[-1] = Figure(Span(merged[-1].span.start, closer.end()), merged[-1].category)
                continue
        merged.append(figure)
    return merged


def _is_range_gap(text: str, first: Figure, second: Figure) -> bool:
    """``to``, ``or`` or a dash between two figures; ``and`` only after ``between``."""
    joiner = _RANGE_JOINER.fullmatch(text, first.span.end, second.span.start)
    if joiner is None:
        return False
    if joiner.group().strip() != "and":
        return True
    return _BETWEEN.search(text, max(0, first.span.start - 12), first.span.start) is not None


def _joined(first: Figure, second: Figure) -> Figure:
    """The category of a range is its more specific end: ``6,000 and 30,000 yuan`` is money."""
    category = first.category if first.category != "count" else second.category
    return Figure(Span(first.span.start, second.span.end), category)
