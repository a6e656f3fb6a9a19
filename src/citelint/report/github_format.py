"""GitHub Actions workflow commands: each finding becomes an annotation on the pull request.

``::error file=…,line=…,col=…,endLine=…,endColumn=…,title=CODE name::message``. GitHub
requires ``%``, ``\\r`` and ``\\n`` escaped in the message, and also ``:`` and ``,`` in the
properties.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import TYPE_CHECKING

from citelint.terminal import visible

if TYPE_CHECKING:
    from citelint.report import Report

_LEVELS = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(value: str) -> str:
    escaped = value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return visible(escaped)  # the log is shown on a terminal-like page


def escape_property(value: str) -> str:
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


def annotation_path(path: str) -> str:
    """The path GitHub attaches an annotation to a file's lines by: relative to the
    workspace (the repository's root), with / and without ./ (``./content/post.md`` is shown
    as a file outside the pull request)."""
    workspace = os.environ.get("GITHUB_WORKSPACE")
    if workspace:
        relative = os.path.relpath(os.path.abspath(path), os.path.abspath(workspace))
        if not relative.startswith(os.pardir):
            path = relative
    return os.path.normpath(path).replace(os.sep, "/")


def render(report: Report) -> str:
    return "".join(chunks(report))


def chunks(report: Report) -> Iterator[str]:
    for v in report.violations:
        properties = ",".join(
            f"{key}={escape_property(value)}"
            for key, value in (
                ("file", annotation_path(v.path)),
                ("line", str(v.start.line)),
                ("col", str(v.start.column)),
                ("endLine", str(v.end.line)),
                ("endColumn", str(v.end.column)),
                ("title", f"{v.rule.code} {v.rule.name}"),
            )
        )
        yield f"::{_LEVELS[v.level]} {properties}::{escape_data(v.message)}\n"
