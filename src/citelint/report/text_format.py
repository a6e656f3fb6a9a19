"""``path:line:col: CODE message`` lines, then a summary line."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from citelint.engine import Violation
from citelint.terminal import visible

if TYPE_CHECKING:
    from citelint.report import Report


def render(report: Report) -> str:
    return "".join(chunks(report))


def chunks(report: Report) -> Iterator[str]:
    for v in report.violations:
        yield visible(f"{v.path}:{v.start.line}:{v.start.column}: {v.rule.code} {v.message}") + "\n"
    yield summary(report.violations) + "\n"


def summary(violations: Sequence[Violation]) -> str:
    if not violations:
        return "All checks passed."
    counts = {"error": 0, "warning": 0, "info": 0}
    for violation in violations:
        counts[violation.level] += 1
    files = len({violation.path for violation in violations})
    parts = [_count(counts["error"], "error"), _count(counts["warning"], "warning")]
    if counts["info"]:
        parts.append(f"{counts['info']} info")
    return (
        f"Found {_count(len(violations), 'problem')} ({', '.join(parts)}) "
        f"in {_count(files, 'file')}."
    )


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"
