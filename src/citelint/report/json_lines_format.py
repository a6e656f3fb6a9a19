"""One JSON object per line per finding, with the keys of the JSON format: for streaming."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from citelint.report.json_format import record
from citelint.report.safe_json import dumps

if TYPE_CHECKING:
    from citelint.report import Report


def render(report: Report) -> str:
    return "".join(chunks(report))


def chunks(report: Report) -> Iterator[str]:
    for violation in report.violations:
        yield dumps(record(violation), compact=True) + "\n"
