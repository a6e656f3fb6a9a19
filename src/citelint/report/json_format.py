"""A JSON array of findings; the keys are documented in docs/formats.md and kept stable.

The message is shown as written by ``visible()`` (a UI renders it); the other values are
exact, their invisible characters written as JSON escapes.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from citelint.engine import Violation
from citelint.report.safe_json import dumps
from citelint.terminal import visible

if TYPE_CHECKING:
    from citelint.report import Report


def record(v: Violation) -> dict[str, Any]:
    """One finding as the JSON formats write it."""
    return {
        "path": v.path,
        "line": v.start.line,
        "column": v.start.column,
        "end_line": v.end.line,
        "end_column": v.end.column,
        "code": v.rule.code,
        "name": v.rule.name,
        "severity": v.level,
        "message": visible(v.message),
        "post": v.post,
        "post_id": v.post_id,
    }


def render(report: Report) -> str:
    return "".join(chunks(report))


def chunks(report: Report) -> Iterator[str]:
    """The array a record at a time, as ``json.dumps(records, indent=2)`` writes it."""
    if not report.violations:
        yield "[]\n"
        return
    separator = "[\n"
    for violation in report.violations:
        yield separator + "  " + dumps(record(violation)).replace("\n", "\n  ")
        separator = ",\n"
    yield "\n]\n"
