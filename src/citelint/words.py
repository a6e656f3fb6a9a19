"""Counted nouns in what citelint says: "1 file", "3 files", "2 entries" (one place, so
that no message says "1 quotations")."""

from __future__ import annotations


def count(number: int, noun: str, plural: str | None = None) -> str:
    """``number`` and ``noun``, in the plural unless it is one (``plural`` when it is not
    the noun and s)."""
    if number == 1:
        return f"{number} {noun}"
    return f"{number:,} {plural or noun + 's'}"
