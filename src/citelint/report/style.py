"""Colour for the reports a person reads (text, full), as Ruff colours its own, written by
rich; and whether a run wants it: ``--color``, then ``FORCE_COLOR`` and ``NO_COLOR``, then
whether standard output is a terminal. rich is imported only when colour is on."""

from __future__ import annotations

import os
from collections.abc import Callable
from functools import cache
from typing import TextIO

# The style of each part of a finding.
PATH = "bold"
PUNCTUATION = "cyan"
GUTTER = "blue"
PASSED = "bold green"
SEVERITY = {"error": "bold red", "warning": "bold yellow", "info": "bold cyan"}
COLOR_CHOICES = ("auto", "always", "never")


def wants_color(choice: str, stream: TextIO, *, to_file: bool = False) -> bool:
    """Whether a report written to ``stream`` is coloured: ``always`` and ``never`` say
    so; ``auto`` colours a terminal, unless ``NO_COLOR`` is set, and anything with
    ``FORCE_COLOR`` set (as CI logs that show colour ask), but never a report file."""
    if choice == "always":
        return True
    if choice == "never" or to_file:
        return False
    force = os.environ.get("FORCE_COLOR", "")
    if force and force != "0":
        return True
    if os.environ.get("NO_COLOR"):
        return False
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


def paint(text: str, style: str, color: bool = True) -> str:
    """``text`` in ``style`` (rich's style syntax), or as it is when ``color`` is off."""
    return _render(style)(text) if color and text else text


@cache
def _render(style: str) -> Callable[[str], str]:
    from rich.color import ColorSystem  # noqa: PLC0415 - only when colour is on
    from rich.style import Style  # noqa: PLC0415

    parsed = Style.parse(style)

    def render(text: str) -> str:
        return parsed.render(text, color_system=ColorSystem.STANDARD)

    return render
