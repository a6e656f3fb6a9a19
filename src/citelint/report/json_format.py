"""A JSON array of findings; the keys are documented in the README and kept stable."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from citelint.engine import Violation

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
        "message": v.message,
        "post": v.post,
        "post_id": v.post_id,
    }


def render(report: Report) -> str:
    records = [record(v) for v in report.violations]
    return json.dumps(records, ensure_ascii=False, indent=2) + "\n"
