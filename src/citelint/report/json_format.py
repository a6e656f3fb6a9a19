"""A JSON array of findings; the keys are documented in the README and kept stable."""

from __future__ import annotations

import json
from collections.abc import Sequence

from citelint.engine import Violation


def render(violations: Sequence[Violation]) -> str:
    records = [
        {
            "path": v.path,
            "line": v.start.line,
            "column": v.start.column,
            "end_line": v.end.line,
            "end_column": v.end.column,
            "code": v.rule.code,
            "name": v.rule.name,
            "severity": v.rule.severity,
            "message": v.message,
            "post": v.post,
            "post_id": v.post_id,
        }
        for v in violations
    ]
    return json.dumps(records, ensure_ascii=False, indent=2) + "\n"
