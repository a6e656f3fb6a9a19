"""Patterns from rule files, run with a time limit.

Rule files, built in or a user's, bring their own regular expressions, and a pattern such as
``(a+)+$`` can take longer than the age of the universe on a long enough line. Every call of
a rule's pattern is given ``PATTERN_TIMEOUT_SECONDS`` (the ``regex`` module stops a match
that runs past it); a pattern that runs out raises ``PatternTimeoutError``, which the engine
reports once, naming the rule file and the pattern, and the run goes on without that rule.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import regex

PATTERN_TIMEOUT_SECONDS = 2.0


class PatternTimeoutError(Exception):
    """A rule's pattern ran out of time; ``pattern`` is its source."""

    def __init__(self, pattern: str) -> None:
        super().__init__(f"pattern {pattern!r} ran longer than {timeout():g} s")
        self.pattern = pattern


def timeout() -> float:
    # Read at each call, so that tests can lower it.
    return PATTERN_TIMEOUT_SECONDS


class TimedPattern:
    """A compiled pattern whose every search stops after ``PATTERN_TIMEOUT_SECONDS``."""

    __slots__ = ("compiled",)

    def __init__(self, compiled: regex.Pattern[str]) -> None:
        self.compiled = compiled

    @property
    def pattern(self) -> str:
        return self.compiled.pattern

    @property
    def groupindex(self) -> Any:
        return self.compiled.groupindex

    def match(self, text: str, pos: int = 0, endpos: int | None = None) -> regex.Match[str] | None:
        return self._timed(self.compiled.match, text, pos, endpos)

    def fullmatch(
        self, text: str, pos: int = 0, endpos: int | None = None
    ) -> regex.Match[str] | None:
        return self._timed(self.compiled.fullmatch, text, pos, endpos)

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> regex.Match[str] | None:
        return self._timed(self.compiled.search, text, pos, endpos)

    def _timed(
        self,
        method: Callable[..., regex.Match[str] | None],
        text: str,
        pos: int,
        endpos: int | None,
    ) -> regex.Match[str] | None:
        try:
            return method(text, pos, endpos, timeout=timeout())
        except TimeoutError:
            raise PatternTimeoutError(self.compiled.pattern) from None

    def finditer(
        self, text: str, pos: int = 0, endpos: int | None = None
    ) -> Iterator[regex.Match[str]]:
        try:
            yield from self.compiled.finditer(text, pos, endpos, timeout=timeout())
        except TimeoutError:
            raise PatternTimeoutError(self.compiled.pattern) from None

    def __eq__(self, other: object) -> bool:
        return isinstance(other, TimedPattern) and other.compiled == self.compiled

    def __hash__(self) -> int:
        return hash(self.compiled)

    def __repr__(self) -> str:
        return f"TimedPattern({self.compiled.pattern!r})"


def compile_timed(source: str, flags: int = 0) -> TimedPattern:
    return TimedPattern(regex.compile(source, flags))
