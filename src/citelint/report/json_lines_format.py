"""One JSON object per line per finding, with the keys of the JSON format: for streaming."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from citelint.report.json_format import record

if TYPE_CHECKING:
    from citelint.report import Report


def render(report: Report) -> str:
    return "".join(
        json.dumps(record(v), ensure_ascii=False, separators=(",", ":")) + "\n"
        for v in report.violations
    )
