"""Each finding with the line it is on and a caret under its span, as Ruff shows them.

Colour (``report.style``) when the CLI says so (``--color``, a terminal, ``FORCE_COLOR``).
Characters of the linted line that would act on a terminal (escape, backspace…) or show as
nothing (``terminal.UNSAFE``) are shown as ``?``, one for one so the carets stay under the
span, and a file cannot rewrite the user's screen; the message is written by ``visible()``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from citelint.report.style import GUTTER, SEVERITY
from citelint.report.style import paint as style_text
from citelint.report.text_format import finding_line, summary
from citelint.terminal import UNSAFE

if TYPE_CHECKING:
    from citelint.engine import Violation
    from citelint.report import Report

_CONTEXT_CHARS = 40
_MAX_CARETS = 60


def render(report: Report) -> str:
    blocks = [_finding(v, report.color) for v in report.violations]
    blocks.append(summary(report, report.color) + "\n")
    return "\n".join(blocks)


def printable(text: str) -> str:
    """``text`` with tabs as one space and anything else unprintable or invisible as ``?``."""
    return "".join(
        " " if char == "\t" else char if char.isprintable() and not UNSAFE.match(char) else "?"
        for char in text
    )


def _window(line: str, start: int, end: int) -> tuple[str, int, int]:
    """The part of a long line (a paragraph is often one line) around ``[start, end)``,
    with ``…`` where it is cut, and where the span is in that part."""
    end = min(end, start + _MAX_CARETS)
    left = max(0, start - _CONTEXT_CHARS)
    right = min(len(line), end + _CONTEXT_CHARS)
    shown = line[left:right]
    if left > 0:
        shown = "…" + shown
        start, end = start - left + 1, end - left + 1
    if right < len(line):
        shown += "…"
    return shown, start, end


def _finding(v: Violation, color: bool) -> str:
    def paint(style: str, text: str) -> str:
        return style_text(text, style, color)

    number = str(v.start.line)
    gutter = " " * len(number)
    line = printable(v.source_line)
    start = v.start.column - v.source_column
    end = v.end.column - v.source_column if v.end.line == v.start.line else len(line)
    line, start, end = _window(line, start, max(end, start + 1))
    if v.source_column > 1 and not line.startswith("…"):
        line, start, end = "…" + line, start + 1, end + 1
    carets = "^" * (end - start)
    severity = SEVERITY[v.level]
    return "\n".join(
        [
            finding_line(v, color),
            f"{gutter} {paint(GUTTER, '|')}",
            f"{paint(GUTTER, number + ' |')} {line}",
            f"{gutter} {paint(GUTTER, '|')} {' ' * start}{paint(severity, carets)}",
            "",
        ]
    )
