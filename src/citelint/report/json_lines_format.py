"""One JSON object per line per finding, with the keys of the JSON format: for streaming."""

from __future__ import annotations

from typing import TYPE_CHECKING

from citelint.report.json_format import record
from citelint.report.safe_json import dumps

if TYPE_CHECKING:
    from citelint.report import Report


def render(report: Report) -> str:
    return "".join(dumps(record(v), compact=True) + "\n" for v in report.violations)
