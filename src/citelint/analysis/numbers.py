"""How a language writes numbers, and the value of a number as written.

English groups thousands with a comma and writes a decimal point (``1,200``, ``3.5%``);
French groups them with a space, a no-break space or a narrow no-break space and writes a
decimal comma (``1 200``, ``3,5 %``); German groups them with a full stop (``1.200``,
``3,5 Prozent``). The one ``NumberStyle`` of a post's conventions makes both the ``{number}``
piece the figure patterns use to find figures and the readers of a figure's value, so that
what FIG001 finds and what VRF002 compares are the same number.

Its scale words (million, milliard, Milliarde), percent and currency words read a figure's
value and kind for a comparison with an original: ``2,5 milliards`` is 2.5e9 and French and
German ``billion`` is 1e12.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import regex

from citelint.caching import frozen_hash

# Marks that join digits in every language's text: a number never begins right after one
# and a digit (``1,200``, ``3.5``, ``1.200``), whichever of them the language groups with.
_JOINING = ".,"


@dataclass(frozen=True)
class NumberStyle:
    """``group_marks`` join groups of three digits; ``decimal_mark`` begins the decimals.
    ``scales`` are the words after a number that multiply it (thousand = 1e3), ``percent``,
    ``currency_before`` and ``currency_after`` patterns of what makes it a percentage or an
    amount of money (case is ignored)."""

    group_marks: tuple[str, ...] = (",",)
    decimal_mark: str = "."
    scales: tuple[tuple[str, float], ...] = ()
    percent: str = r"%"
    currency_before: str = r"(?!)"
    currency_after: str = r"(?!)"

    __hash__ = frozen_hash

    @property
    def _written_marks(self) -> str:
        """The group marks that are not spaces: a number may follow a space, not these."""
        return "".join(mark for mark in self.group_marks if not mark.isspace())

    @property
    def _all_groups(self) -> str:
        return _class(self.group_marks)

    def number_pattern(self) -> str:
        """The ``{number}`` piece of the figure patterns: digits grouped by threes with a
        group mark, or not grouped, then decimals; never part of a longer number or word."""
        joining = _JOINING + "".join(
            mark for mark in self._written_marks + self.decimal_mark if mark not in _JOINING
        )
        escaped = regex.escape(joining)
        return (
            rf"(?<![\p{{L}}\p{{N}}_{escaped}]|\p{{L}}-)"
            rf"(?:\d{{1,3}}(?:{self._all_groups}\d{{3}})+|\d+)"
            rf"(?:{regex.escape(self.decimal_mark)}\d+)?"
            rf"(?!\p{{N}}|[{escaped}]\p{{N}})"
        )

    @cached_property
    def first_number(self) -> regex.Pattern[str]:
        """The first number written in digits in a figure: ``1,200`` or ``1 200``."""
        groups = regex.escape("".join(self.group_marks))
        decimal = regex.escape(self.decimal_mark)
        return regex.compile(rf"\d(?:[{groups}]*\d)*(?:{decimal}\d+)?")

    @cached_property
    def numbers(self) -> regex.Pattern[str]:
        """Every number written in digits in a text, for reading the values of figures."""
        decimal = regex.escape(self.decimal_mark)
        written = regex.escape(self._written_marks)
        # Not followed by a digit, nor by a mark and a digit: 1.200. ends a German sentence.
        after_group = rf"(?!\d|[{written}]\d)" if written else r"(?!\d)"
        return regex.compile(
            rf"(?<![\d{decimal}])\d{{1,3}}(?:{self._all_groups}\d{{3}})+(?:{decimal}\d+)?"
            rf"{after_group}|(?<![\d{decimal}{written}])\d+(?:{decimal}\d+)?"
        )

    def value(self, written: str) -> float:
        """The value of a number ``first_number`` or ``numbers`` found."""
        digits = "".join(
            char for char in written if char not in self.group_marks or char == self.decimal_mark
        )
        return float(digits.replace(self.decimal_mark, "."))

    @property
    def _scale_words(self) -> str:
        words = sorted((word for word, _ in self.scales), key=len, reverse=True)
        return "|".join(regex.escape(word) for word in words) or r"(?!)"

    @cached_property
    def scale_after(self) -> regex.Pattern[str]:
        return regex.compile(rf"\s*(?P<scale>{self._scale_words})(?!\w)", regex.IGNORECASE)

    @cached_property
    def scale_values(self) -> dict[str, float]:
        return {word.lower(): value for word, value in self.scales}

    @cached_property
    def percent_after(self) -> regex.Pattern[str]:
        return regex.compile(rf"\s*(?:{self.percent})", regex.IGNORECASE)

    @cached_property
    def money_before(self) -> regex.Pattern[str]:
        return regex.compile(rf"(?:{self.currency_before})\s*\Z")

    @cached_property
    def money_after(self) -> regex.Pattern[str]:
        return regex.compile(
            rf"\s*(?:{self._scale_words})?\s*(?:{self.currency_after})(?!\w)",
            regex.IGNORECASE,
        )


def _class(marks: tuple[str, ...]) -> str:
    """A pattern for one of ``marks`` (single characters as a class)."""
    if len(marks) == 1:
        return regex.escape(marks[0])
    return "[" + "".join(regex.escape(mark) for mark in marks) + "]"


ENGLISH_NUMBERS = NumberStyle(
    scales=(
        ("thousand", 1e3),
        ("million", 1e6),
        ("billion", 1e9),
        ("trillion", 1e12),
        ("bn", 1e9),
        ("m", 1e6),
    ),
    percent=r"%|percent\b|per\s+cent\b|pct\b",
    currency_before=r"[$€£¥₩]|US\$|USD\s?|EUR\s?|GBP\s?",
    currency_after=r"dollars?|euros?|pounds?|yuan|won|yen|rupees?|cents?|usd|eur|gbp",
)
