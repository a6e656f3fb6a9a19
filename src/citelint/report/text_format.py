"""``path:line:col: CODE message`` lines, then a summary line."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from citelint.terminal import visible

if TYPE_CHECKING:
    from citelint.report import Report


def render(report: Report) -> str:
    return "".join(chunks(report))


def chunks(report: Report) -> Iterator[str]:
    for v in report.violations:
        yield visible(f"{v.path}:{v.start.line}:{v.start.column}: {v.rule.code} {v.message}") + "\n"
    yield summary(report) + "\n"


def summary(report: Report) -> str:
    """The last line: how many problems of each severity, in how many of the files linted,
    and how many files could not be linted (each is one of the problems, LNT002)."""
    violations = report.violations
    unlinted = len(set(report.unlinted))
    if not violations:
        if unlinted:  # LNT002 ignored
            files = _count(len(report.files), "file")
            return f"No problems found in {files}; {_count(unlinted, 'file')} could not be linted."
        return "All checks passed." if report.files else "No files linted."
    counts = {"error": 0, "warning": 0, "info": 0}
    for violation in violations:
        counts[violation.level] += 1
    unlinted_paths = set(report.unlinted)
    with_findings = len({v.path for v in violations if v.path not in unlinted_paths})
    linted = len(report.files)
    parts = [_count(counts["error"], "error"), _count(counts["warning"], "warning")]
    if counts["info"]:
        parts.append(f"{counts['info']} info")
    found = f"Found {_count(len(violations), 'problem')} ({', '.join(parts)})"
    files = _count(linted, "file")
    where = files if with_findings == linted else f"{with_findings} of {files}"
    if not unlinted:
        return f"{found} in {where}."
    could_not = f"{_count(unlinted, 'file')} could not be linted"
    if not with_findings:
        return f"{found}: {files} linted, {could_not}."
    return f"{found} in {where} linted; {could_not}."


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"
