"""Figures: the statistics in a text, told apart from numbers that are not statistics.

The patterns come from the rule file. ``figures`` name the kinds of statistic (percentages,
amounts of money, scale words with a number, proportions) and are tried first, in order;
``exemptions`` are numbers that are not statistics (years, dates, clock times, ages,
durations, labels such as ``Section 508``, measures) and consume their number so that it is
not taken for a count; ``count`` is what is left: a bare number of people or things, which
is a figure only from ``smallest_count`` up. Patterns may use the ``fragments`` by name, and
``{number}``, made from the conventions' ``[numbers]`` (``citelint.analysis.numbers``): a
figure is found and its value read with the same group and decimal marks.

Neighbouring figures merge into one: a range (``70% to 80%``, ``60-100,000``, ``between
6,000 and 30,000 yuan``) and a conversion in brackets (``150 won (13 cents)``).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass

import regex

from citelint.analysis.numbers import ENGLISH_NUMBERS, NumberStyle
from citelint.document import Span
from citelint.patterns import TimedPattern, compile_checked, compile_timed

_FRAGMENT_REFERENCE = regex.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")
# A range stays on one line: list items “- $200 - $499” are not one range.
_RANGE_JOINER = regex.compile(r"[ \t]*(?:to|or|-|–|—)[ \t]*|[ \t]+and[ \t]+")
_CONVERSION_OPENER = regex.compile(
    r"\s*\(\s*(?:about|around|roughly|approximately|nearly|almost|some|or|~|≈)?\s*"
)
# The closing bracket of a conversion is found by stepping over the spaces after the figure:
# ``regex`` looks for the ``)`` of ``\s*\)`` ahead in the whole text before it tries to
# match at the position, one pass over the rest of the file for each figure.
_SPACES = regex.compile(r"\s*")
_BETWEEN = regex.compile(r"(?i:between)\s+\Z")


@dataclass(frozen=True)
class FigurePatterns:
    """Every figure holds a match of ``trigger`` (a digit) or one of ``trigger_words`` (the
    words that make a spelled-out number a statistic: million, percent, quarter), and begins
    at most ``REACH`` characters before it; figures are looked for only there, which keeps
    prose without numbers cheap. The words are found in lower case, as plain text, because a
    substring search runs many times faster than any pattern tried at every position."""

    fragments: tuple[tuple[str, str], ...]
    figures: tuple[tuple[str, str], ...]
    exemptions: tuple[tuple[str, str], ...]
    count: str
    smallest_count: int
    trigger: str = r"\d+"
    trigger_words: tuple[str, ...] = ()
    # How numbers are written: the ``{number}`` piece, and how a figure's value is read.
    numbers: NumberStyle = ENGLISH_NUMBERS
    # Words near a bare count, in its sentence, that make it a claim (FIG001 reads them).
    count_claims: str = ""
    # Figures of record (market data, prices, goals), tried where a statistic would be reported.
    records: tuple[tuple[str, str], ...] = ()


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


def _resolved(fragments: Sequence[tuple[str, str]]) -> list[tuple[str, str]]:
    """Fragments with the fragments named before them expanded in them: an amount is made
    of a {number}, a {scale} and a {currency}."""
    resolved: list[tuple[str, str]] = []
    for name, pattern in fragments:
        resolved.append((name, expand_fragments(pattern, resolved)))
    return resolved


class FigureMatcher:
    """``FigurePatterns`` compiled: one pattern for every figure and exemption, and the trigger."""

    def __init__(self, patterns: FigurePatterns) -> None:
        alternatives: list[str] = []
        self.categories: dict[str, str | None] = {}
        self.numbers = patterns.numbers
        fragments = _resolved((("number", patterns.numbers.number_pattern()), *patterns.fragments))
        entries = [
            *((name, pattern, name) for name, pattern in patterns.figures),
            *((name, pattern, None) for name, pattern in patterns.exemptions),
            ("count", patterns.count, "count"),
        ]
        expanded = [
            (name, expand_fragments(pattern, fragments), category)
            for name, pattern, category in entries
        ]
        for index, (_, source, category) in enumerate(expanded):
            group = f"g{index}"
            alternatives.append(f"(?P<{group}>{source})")
            self.categories[group] = category
        try:
            # Figures and exemptions begin a word or a symbol ($4,500, (202) 555-0100), never
            # inside a word: skipping those positions early is most of the speed.
            self.pattern = compile_timed(
                "(?<![\\p{L}\\p{N}])(?:" + "|".join(alternatives) + ")", label="the figure patterns"
            )
        except regex.error as error:
            # Only now is each pattern compiled on its own, to name the one at fault: compiling
            # them all twice would double what every run pays at start-up.
            for name, source, _ in expanded:
                try:
                    compile_checked(source)
                except regex.error as own_error:
                    raise FigurePatternError(
                        name, f"pattern '{name}' does not compile: {own_error}"
                    ) from None
            raise FigurePatternError("figures", f"the figure patterns clash: {error}") from None
        trigger = expand_fragments(patterns.trigger, fragments)
        try:
            self.trigger = compile_timed(trigger)
        except regex.error as error:
            raise FigurePatternError(
                "trigger", f"pattern 'trigger' does not compile: {error}"
            ) from None
        self.trigger_words = tuple(word.lower() for word in patterns.trigger_words if word)
        # For the rare text whose lower case changes its length (offsets would not line up).
        self.trigger_words_pattern = regex.compile(
            "|".join(regex.escape(word) for word in self.trigger_words) or r"(?!)",
            regex.IGNORECASE,
        )
        self.smallest_count = patterns.smallest_count
        self.record_categories: dict[str, str] = {}
        self.records: TimedPattern | None = None
        if patterns.records:
            record_alternatives = []
            for index, (name, source) in enumerate(patterns.records):
                group = f"r{index}"
                record_alternatives.append(f"(?P<{group}>{expand_fragments(source, fragments)})")
                self.record_categories[group] = name
            try:
                self.records = compile_timed("|".join(record_alternatives), label="records")
            except regex.error as error:
                raise FigurePatternError(
                    "records", f"the records patterns do not compile: {error}"
                ) from None
        self.count_claims: TimedPattern | None = None
        if patterns.count_claims:
            try:
                self.count_claims = compile_timed(
                    expand_fragments(patterns.count_claims, fragments), label="count_claims"
                )
            except regex.error as error:
                raise FigurePatternError(
                    "count_claims", f"pattern 'count_claims' does not compile: {error}"
                ) from None

    def category_of(self, text: str, figure: Figure) -> str:
        """The figure's category, or the category of record it is (market data, a price, a
        goal) where one of the records patterns matches at its start. Asked only of figures
        that would be reported otherwise: the records look around the figure, which costs
        more than finding it."""
        if self.records is None or figure.category == "count":
            return figure.category
        record = self.records.match(text, figure.span.start)
        if record is None or record.lastgroup is None:
            return figure.category
        return self.record_categories[record.lastgroup]


def compile_figure_patterns(patterns: FigurePatterns) -> FigureMatcher:
    """Compile ``patterns`` (a set of conventions keeps the result); a bad pattern raises
    FigurePatternError."""
    return FigureMatcher(patterns)


def find_figures(
    text: str, regions: Sequence[Span], compiled: FigureMatcher, lowered: str | None = None
) -> list[Figure]:
    """The figures of ``regions`` (sorted paragraphs; a figure never crosses from one to the
    next). ``lowered`` is ``text`` in lower case when that keeps its length; it lets the
    trigger words be found by plain substring search."""
    if not regions:
        return []
    triggers = _trigger_starts(text, Span(regions[0].start, regions[-1].end), compiled, lowered)
    found: list[Figure] = []
    next_trigger = 0
    for region in regions:
        next_trigger = bisect_left(triggers, region.start, next_trigger)
        last_trigger = bisect_left(triggers, region.end, next_trigger)
        if next_trigger < last_trigger:
            found.extend(
                _region_figures(text, region, compiled, triggers[next_trigger:last_trigger])
            )
    return found


def _region_figures(
    text: str, region: Span, compiled: FigureMatcher, triggers: Sequence[int]
) -> list[Figure]:
    found: list[Figure] = []
    consumed = region.start
    # The last place a figure was looked for in vain. Triggers close together (a run of
    # digits and commas is one trigger per digit) share most of their places, and each is
    # tried once: the places up to here that a later trigger would try again either failed
    # already or follow a letter or digit, where no figure begins.
    tried = region.start - 1
    pattern = compiled.pattern
    for trigger in triggers:
        if trigger < consumed:
            continue  # inside the figure or exemption found last
        position = max(consumed, trigger - REACH)
        # A figure begins a word (“$4,500”, “Section 508”); a word is looked back into only so
        # far, or a run of digits and commas with no space would be walked once per digit.
        floor = max(consumed, trigger - 2 * REACH)
        while position > floor and not text[position - 1].isspace():
            position -= 1
        if position <= tried:
            boundary = _NOT_WORD.search(text, tried, trigger)
            if boundary is None:
                continue
            position = boundary.end()
        while position <= trigger:
            # A figure begins with what is written, never with a space.
            match = None if text[position].isspace() else pattern.match(text, position, region.end)
            if match is not None and match.end() > position:
                consumed = position = match.end()
                figure = _figure(match, compiled, text)
                if figure is not None:
                    found.append(figure)
                continue
            tried = position
            # The next place a figure can begin: after a character that is not part of a word.
            boundary = _NOT_WORD.search(text, position, trigger)
            if boundary is None:
                break
            position = boundary.end()
    return _merge_neighbours(text, found)


# How far before its trigger a figure may begin: “between 6,000”, “September 4”, “Section 508”.
REACH = 16
_NOT_WORD = re.compile(r"[\W_]")


def _trigger_starts(
    text: str, region: Span, compiled: FigureMatcher, lowered: str | None
) -> list[int]:
    starts = [match.start() for match in compiled.trigger.finditer(text, region.start, region.end)]
    if not compiled.trigger_words:
        return starts
    if lowered is None:
        words = compiled.trigger_words_pattern.finditer(text, region.start, region.end)
        starts.extend(match.start() for match in words)
    else:
        for word in compiled.trigger_words:
            found = lowered.find(word, region.start, region.end)
            while found != -1:
                starts.append(found)
                found = lowered.find(word, found + 1, region.end)
    starts.sort()
    return starts


def _figure(match: regex.Match[str], compiled: FigureMatcher, text: str) -> Figure | None:
    group = match.lastgroup
    if group is None:
        return None
    category = compiled.categories.get(group)
    if category is None:
        return None  # an exemption: a year, a date, an age…
    written = match.group()
    # The first number written in digits; none when it is spelled out (half a million).
    digits = compiled.numbers.first_number.search(written)
    if digits is not None:
        value = _value(digits.group(), compiled.numbers)
        if value == 0:
            return None  # nothing ($0) is not a statistic
        if value is not None and value < compiled.smallest_count and digits.group() == written:
            return None  # nor is a small bare count: two beds, 3 sites, 5 people
    return Figure(Span(match.start(), match.end()), category)


def is_bare_number(written: str, numbers: NumberStyle) -> bool:
    """Whether a figure is written as nothing but its number (no %, currency or scale)."""
    return numbers.first_number.fullmatch(written) is not None


def _value(digits: str, numbers: NumberStyle) -> float | None:
    """The value of a number written in digits, or None when it does not read as one."""
    try:
        return numbers.value(digits)
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
            spaces = _SPACES.match(text, figure.span.end)
            closer = figure.span.end if spaces is None else spaces.end()
            if text.startswith(")", closer):
                merged[-1] = Figure(Span(merged[-1].span.start, closer + 1), merged[-1].category)
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
