"""The job summary of a run in GitHub Actions (``$GITHUB_STEP_SUMMARY``): Markdown with the
summary line, the findings of each rule, and every finding, since GitHub shows at most ten
annotations of each level a step and drops the rest without a word."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from citelint.report.github_format import annotation_path
from citelint.report.text_format import summary
from citelint.terminal import visible
from citelint.words import count

if TYPE_CHECKING:
    from citelint.report import Report

# GitHub refuses a summary over 1 MiB: the findings listed stop well before.
MAX_LISTED = 2_000
_MARKDOWN_SPECIAL = str.maketrans({"|": "\\|", "`": "'", "<": "&lt;", ">": "&gt;"})


def render(report: Report) -> str:
    lines = ["## citelint", "", f"**{summary(report)}**", ""]
    violations = report.violations
    if not violations:
        return "\n".join(lines) + "\n"
    by_rule = Counter(v.rule.code for v in violations)
    names = {v.rule.code: (v.rule.name, v.level) for v in violations}
    lines += ["| Rule | Name | Severity | Findings |", "| --- | --- | --- | ---: |"]
    for code, found in sorted(by_rule.items(), key=lambda item: (-item[1], item[0])):
        name, level = names[code]
        lines.append(f"| {code} | {name} | {level} | {found} |")
    shown = violations[:MAX_LISTED]
    lines += [
        "",
        f"<details><summary>{count(len(violations), 'finding')}"
        + (f" (the first {len(shown):,})" if len(shown) < len(violations) else "")
        + "</summary>",
        "",
        "| Where | Rule | Message |",
        "| --- | --- | --- |",
    ]
    for v in shown:
        where = f"{annotation_path(v.path)}:{v.start.line}:{v.start.column}"
        lines.append(f"| `{_cell(where)}` | {v.rule.code} | {_cell(v.message)} |")
    lines += ["", "</details>"]
    return "\n".join(lines) + "\n"


def _cell(text: str) -> str:
    return " ".join(visible(text).split()).translate(_MARKDOWN_SPECIAL)
