"""Output formats: pure functions from a report to text. Only the CLI prints.

Each format is a module with ``render(report) -> str``, imported when it is first used. A
format whose output is a finding after another (text, JSON, JSON Lines, GitHub) also has
``chunks(report)``, its text a piece at a time, so that a run with a million findings writes
them out without holding the whole report as one string as well.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from citelint.engine import Violation
from citelint.rules import Rule


@dataclass(frozen=True)
class Report:
    """What a run found: its findings (sorted), every file it linted, the rules it ran, and
    the files it could not lint (each with its LNT002 finding among ``violations``)."""

    violations: tuple[Violation, ...]
    files: tuple[str, ...] = ()
    rules: tuple[Rule, ...] = ()
    color: bool = False
    unlinted: tuple[str, ...] = ()
    # Rules stopped part-way (a pattern out of time): the files after were not checked.
    stopped_rules: tuple[str, ...] = ()


Formatter = Callable[[Report], str]

FORMATS: dict[str, str] = {
    "text": "citelint.report.text_format",
    "full": "citelint.report.full_format",
    "json": "citelint.report.json_format",
    "json-lines": "citelint.report.json_lines_format",
    "github": "citelint.report.github_format",
    "sarif": "citelint.report.sarif_format",
    "junit": "citelint.report.junit_format",
    "gitlab": "citelint.report.gitlab_format",
}


def formatter(name: str) -> Formatter:
    render: Formatter = importlib.import_module(FORMATS[name]).render
    return render


def render(name: str, report: Report) -> str:
    return formatter(name)(report)


def stream(name: str, report: Report) -> Iterator[str]:
    """The report in format ``name``, a piece at a time where the format allows it."""
    module = importlib.import_module(FORMATS[name])
    chunks: Callable[[Report], Iterator[str]] | None = getattr(module, "chunks", None)
    if chunks is None:
        yield module.render(report)
    else:
        yield from chunks(report)
