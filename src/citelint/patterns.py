"""Patterns from rule files, run with a time limit per call and a budget per rule.

Rule files, built in or a user's, bring their own regular expressions, and a pattern such as
``(a+)+$`` can take longer than the age of the universe on a long enough line. Every call of
a rule's pattern is given ``PATTERN_TIMEOUT_SECONDS`` (the ``regex`` module stops a match
that runs past it); a pattern that runs out raises ``PatternTimeoutError``, which the engine
reports once, naming the rule file and the pattern, and the run goes on without that rule.

A pattern can also stay just under the limit on every call and still take hours over a
large archive. The time a rule's patterns take is charged to the rule's
``PatternAccount`` (the engine opens one per rule per run, with :func:`charged_to`); a rule
whose patterns take more than :func:`budget` in all raises ``PatternBudgetError`` and is
switched off the same way.

A pattern is refused when it is compiled (:func:`compile_checked`) if its repeats would
make the compiled pattern huge: ``regex`` writes out the required copies of a repeat
(``a{4294967294}`` is four thousand million steps, and takes all memory).
"""

from __future__ import annotations

from collections.abc import Iterator
from time import perf_counter
from typing import Any

import regex

PATTERN_TIMEOUT_SECONDS = 2.0
# What all the patterns of one rule may take in one run: a fixed part, so that a short run
# is not cut short by one slow file, and a part in proportion to the text linted (the work
# of a pattern grows with it). Measured (issue 14), FIG001's patterns, the slowest of the
# built-in rules, take 0.1 to 0.2 s per million characters of real posts (the 18F blog,
# Global Voices, Wikinews, the CC Labs export; 12 s for a 64 MB archive of the seed page),
# 2 to 4 s per million on a post that is one long table of figures, and up to 6 s per
# million on hostile text they still read in linear time (a run of digits and commas). 20 s
# per million leaves a margin of a hundred over real archives and of three over the worst
# text measured, while a pattern that keeps just under the time limit on every paragraph
# is stopped after some seconds instead of taking hours.
PATTERN_BUDGET_SECONDS = 10.0
PATTERN_BUDGET_SECONDS_PER_MILLION_CHARACTERS = 20.0
# The most steps a compiled pattern may have, counting each repeated item once for every
# copy ``regex`` writes out (a{1000} is a thousand, (?:a{100}){100} ten thousand). Built-in
# patterns have a few thousand; a hundred thousand compiles in a tenth of a second and
# about 50 MB.
MAX_PATTERN_STEPS = 100_000


class PatternTimeoutError(Exception):
    """A rule's pattern ran out of time; ``pattern`` is its source."""

    def __init__(self, pattern: str) -> None:
        super().__init__(f"pattern {pattern!r} ran longer than {timeout():g} s")
        self.pattern = pattern


class PatternBudgetError(PatternTimeoutError):
    """A rule's patterns took more than their budget in all; ``pattern`` was running."""

    def __init__(self, pattern: str, spent: float, allowed: float) -> None:
        Exception.__init__(
            self, f"patterns took {spent:.1f} s in all, more than the {allowed:g} s allowed"
        )
        self.pattern = pattern
        self.spent = spent
        self.allowed = allowed


def timeout() -> float:
    # Read at each call, so that tests can lower it.
    return PATTERN_TIMEOUT_SECONDS


def budget(characters: int) -> float:
    """The seconds a rule's patterns may take in a run that has linted ``characters``."""
    # Read at each call, so that tests can lower it.
    return (
        PATTERN_BUDGET_SECONDS
        + PATTERN_BUDGET_SECONDS_PER_MILLION_CHARACTERS * characters / 1_000_000
    )


class PatternAccount:
    """The seconds one rule's patterns have taken in a run, and how many they may take."""

    __slots__ = ("allowed", "spent")

    def __init__(self) -> None:
        self.spent = 0.0
        self.allowed = float("inf")


class _Charged:
    """The account every timed call is charged to now: the rule being run (None outside)."""

    account: PatternAccount | None = None


class charged_to:  # noqa: N801 (used as a function: with charged_to(account): …)
    """Charge the time of every timed pattern call in the block to ``account``. A class,
    not a generator, because the engine enters one for every rule on every post."""

    __slots__ = ("account", "previous")

    def __init__(self, account: PatternAccount) -> None:
        self.account = account
        self.previous: PatternAccount | None = None

    def __enter__(self) -> None:
        self.previous, _Charged.account = _Charged.account, self.account

    def __exit__(self, *_: object) -> None:
        _Charged.account = self.previous


_BATCH = 1_000  # matches taken from a ``regex`` iterator at once


class TimedPattern:
    """A compiled pattern whose every search stops after ``PATTERN_TIMEOUT_SECONDS`` and is
    charged to the rule being run. ``label`` names it in messages (its source by default)."""

    __slots__ = ("compiled", "label")

    def __init__(self, compiled: regex.Pattern[str], label: str | None = None) -> None:
        self.compiled = compiled
        self.label = compiled.pattern if label is None else label

    @property
    def pattern(self) -> str:
        return self.compiled.pattern

    @property
    def groupindex(self) -> Any:
        return self.compiled.groupindex

    # The figure patterns call ``match`` at every place a figure may begin: each method
    # makes its call and charges its time itself, rather than through shared helpers, to
    # keep that cheap.

    def match(self, text: str, pos: int = 0, endpos: int | None = None) -> regex.Match[str] | None:
        started = perf_counter()
        try:
            found = self.compiled.match(text, pos, endpos, timeout=PATTERN_TIMEOUT_SECONDS)
        except TimeoutError:
            raise PatternTimeoutError(self.label) from None
        account = _Charged.account
        if account is not None:
            account.spent += perf_counter() - started
            if account.spent > account.allowed:
                raise PatternBudgetError(self.label, account.spent, account.allowed)
        return found

    def fullmatch(
        self, text: str, pos: int = 0, endpos: int | None = None
    ) -> regex.Match[str] | None:
        started = perf_counter()
        try:
            found = self.compiled.fullmatch(text, pos, endpos, timeout=PATTERN_TIMEOUT_SECONDS)
        except TimeoutError:
            raise PatternTimeoutError(self.label) from None
        account = _Charged.account
        if account is not None:
            account.spent += perf_counter() - started
            if account.spent > account.allowed:
                raise PatternBudgetError(self.label, account.spent, account.allowed)
        return found

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> regex.Match[str] | None:
        started = perf_counter()
        try:
            found = self.compiled.search(text, pos, endpos, timeout=PATTERN_TIMEOUT_SECONDS)
        except TimeoutError:
            raise PatternTimeoutError(self.label) from None
        account = _Charged.account
        if account is not None:
            account.spent += perf_counter() - started
            if account.spent > account.allowed:
                raise PatternBudgetError(self.label, account.spent, account.allowed)
        return found

    def finditer(
        self, text: str, pos: int = 0, endpos: int | None = None
    ) -> Iterator[regex.Match[str]]:
        """The matches ``regex``'s finditer finds, taken from it in batches.

        The time limit of a ``regex`` iterator runs on while its caller works between
        matches, which is not the pattern's time: each batch is taken in one tight loop, and
        the next batch from a new iterator (with a time limit of its own) starting where the
        last match of the batch ended. A batch ends on a match that is not empty, since a new
        iterator would find an empty match at its start again.
        """
        while True:
            started = perf_counter()
            batch: list[regex.Match[str]] = []
            finished = True
            try:
                for match in self.compiled.finditer(
                    text, pos, endpos, timeout=PATTERN_TIMEOUT_SECONDS
                ):
                    batch.append(match)
                    if len(batch) >= _BATCH and match.end() > match.start():
                        finished = False
                        break
            except TimeoutError:
                raise PatternTimeoutError(self.label) from None
            account = _Charged.account
            if account is not None:
                account.spent += perf_counter() - started
                if account.spent > account.allowed:
                    raise PatternBudgetError(self.label, account.spent, account.allowed)
            yield from batch
            if finished:
                return
            pos = batch[-1].end()

    def __eq__(self, other: object) -> bool:
        return isinstance(other, TimedPattern) and other.compiled == self.compiled

    def __hash__(self) -> int:
        return hash(self.compiled)

    def __repr__(self) -> str:
        return f"TimedPattern({self.compiled.pattern!r})"


def compile_timed(source: str, flags: int = 0, label: str | None = None) -> TimedPattern:
    return TimedPattern(compile_checked(source, flags), label)


def compile_checked(source: str, flags: int = 0) -> regex.Pattern[str]:
    """``regex.compile``, refusing (``regex.error``) a pattern whose repeats would make the
    compiled pattern larger than ``MAX_PATTERN_STEPS``."""
    if _LONG_NUMBER.search(source):
        # int() refuses so many digits, and no repeat count or group number needs them.
        raise regex.error(f"it holds a number of more than {_MAX_NUMBER_DIGITS} digits")
    steps = pattern_steps(source)
    if steps > MAX_PATTERN_STEPS:
        raise regex.error(
            f"its repeats make about {steps:,} steps, more than the {MAX_PATTERN_STEPS:,} "
            "a pattern may have (a{n} is written out n times when compiled)"
        )
    try:
        return regex.compile(source, flags)
    except RecursionError:
        # regex's parser recurses once for each group: groups nested some hundreds deep.
        raise regex.error("its groups are nested too deeply to compile") from None


_MAX_NUMBER_DIGITS = 100
_LONG_NUMBER = regex.compile(rf"\d{{{_MAX_NUMBER_DIGITS + 1}}}")


_QUANTIFIER = regex.compile(r"\{(\d*)(?:,(\d*))?\}")
# What opens a group before its items: (?:, (?P<name>, (?<=, (?i), (?i-x:, (?|…
_GROUP_HEADER = regex.compile(r"\(\?[\w<'^-]*[:=!>|)]")


def pattern_steps(source: str) -> int:
    """An estimate, never too low, of the steps ``regex`` compiles ``source`` to.

    ``regex`` writes out the required copies of a repeat (the ``n`` of ``{n}``, ``{n,}``
    and ``{n,m}``) and loops for the others, so an item counts once for each required copy
    of every repeat around it. Each character of the pattern counts as an item; character
    classes, escapes and comments are read over so that their braces are not taken for
    repeats, and what opens a group (``(?:``, ``(?P<name>``) is not counted. A group
    followed by a repeat counts as its steps times the copies.
    """
    # Each open group: the steps of its items so far, and the steps of its last item (what
    # a repeat after it multiplies).
    groups: list[list[int]] = [[0, 0]]
    position, length = 0, len(source)
    while position < length:
        char = source[position]
        item = 1
        if char == "\\":
            position = _escape_end(source, position)
        elif char == "[":
            position = _class_end(source, position)
        elif char == "(" and source.startswith("(?#", position):
            end = source.find(")", position)
            position = length if end < 0 else end + 1
            item = 0
        elif char == "(":
            header = _GROUP_HEADER.match(source, position)
            if header is not None and header.group().endswith(")"):
                position = header.end()  # inline flags, (?i): no group, no step
                continue
            groups.append([0, 0])
            position = position + 1 if header is None else header.end()
            continue
        elif char == ")" and len(groups) > 1:
            inner = groups.pop()[0]
            item = max(inner, 1)
            position += 1
        elif char == "{" and (quantifier := _QUANTIFIER.match(source, position)):
            copies = int(quantifier.group(1) or 0)
            last = groups[-1][1]
            groups[-1][0] += last * (max(copies, 1) - 1)
            groups[-1][1] = last * max(copies, 1)
            position = quantifier.end()
            continue
        else:
            position += 1
        groups[-1][0] += item
        groups[-1][1] = item
    return sum(group[0] for group in groups)


def _escape_end(source: str, position: int) -> int:
    """Where the escape at ``position`` ends: ``\\p{L}``, ``\\N{…}``, ``\\x{…}`` hold braces."""
    end = position + 2
    if end < len(source) and source[end] == "{" and source[position + 1] in "pPNxuUgk":
        close = source.find("}", end)
        return len(source) if close < 0 else close + 1
    return end


def _class_end(source: str, position: int) -> int:
    """Where the character class opening at ``position`` ends: ``[]a]`` and ``[^]a]`` hold a
    bracket, ``[[:alpha:]]`` a named class; as in ``regex``'s version 0, a ``[`` inside is a
    character (a nested set of version 1 then reads as a shorter class and characters, which
    count as more steps, never fewer)."""
    end = position + 1
    if source.startswith("^", end):
        end += 1
    if source.startswith("]", end):
        end += 1
    while end < len(source):
        char = source[end]
        if char == "\\":
            end = _escape_end(source, end)
        elif source.startswith("[:", end) and (close := source.find(":]", end + 2)) >= 0:
            end = close + 2
        elif char == "]":
            return end + 1
        else:
            end += 1
    return end
