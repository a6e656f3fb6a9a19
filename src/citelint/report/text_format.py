"""``path:line:col: CODE message`` lines, then a summary line."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from citelint.report.style import PASSED, PATH, PUNCTUATION, SEVERITY, paint
from citelint.terminal import visible
from citelint.words import count

if TYPE_CHECKING:
    from citelint.engine import Violation
    from citelint.report import Report


def render(report: Report) -> str:
    return "".join(chunks(report))


def chunks(report: Report) -> Iterator[str]:
    for v in report.violations:
        yield finding_line(v, report.color) + "\n"
    yield summary(report, report.color) + "\n"


def finding_line(v: Violation, color: bool = False) -> str:
    """``path:line:col: CODE message``, coloured as Ruff colours it when ``color``."""
    if not color:
        return visible(f"{v.path}:{v.start.line}:{v.start.column}: {v.rule.code} {v.message}")
    colon = paint(":", PUNCTUATION)
    return (
        f"{paint(visible(v.path), PATH)}{colon}{v.start.line}{colon}{v.start.column}{colon} "
        f"{paint(v.rule.code, SEVERITY[v.level])} {visible(v.message)}"
    )


def summary(report: Report, color: bool = False) -> str:
    line = _summary(report)
    if report.stopped_rules:
        # Some files went unchecked by these rules: never a pass.
        stopped = ", ".join(report.stopped_rules)
        said = "No problems found" if line == "All checks passed." else line.rstrip(".")
        return (
            f"{said}; {count(len(report.stopped_rules), 'rule')} stopped early ({stopped}), "
            "so not every file was checked by it: see the messages above."
        )
    return paint(line, PASSED, color) if line == "All checks passed." else line


def _summary(report: Report) -> str:
    """The last line: how many problems of each severity, in how many of the files linted,
    and how many files could not be linted (each is one of the problems, LNT002)."""
    violations = report.violations
    unlinted = len(set(report.unlinted))
    if not violations:
        if unlinted:  # LNT002 ignored
            files = count(len(report.files), "file")
            return f"No problems found in {files}; {count(unlinted, 'file')} could not be linted."
        return "All checks passed." if report.files else "No files linted."
    counts = {"error": 0, "warning": 0, "info": 0}
    for violation in violations:
        counts[violation.level] += 1
    unlinted_paths = set(report.unlinted)
    with_findings = len({v.path for v in violations if v.path not in unlinted_paths})
    # A report made without its files (a caller of the API) counts those with findings.
    linted = len(report.files) or with_findings
    parts = [count(counts["error"], "error"), count(counts["warning"], "warning")]
    if counts["info"]:
        parts.append(f"{counts['info']} info")
    found = f"Found {count(len(violations), 'problem')} ({', '.join(parts)})"
    files = count(linted, "file")
    where = files if with_findings == linted else f"{with_findings:,} of {files}"
    if not unlinted:
        return f"{found} in {where}."
    could_not = f"{count(unlinted, 'file')} could not be linted"
    if not with_findings:
        return f"{found}: {files} linted, {could_not}."
    return f"{found} in {where} linted; {could_not}."
