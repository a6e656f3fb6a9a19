"""What changed since a git revision: for ``--diff REF``, to lint pull requests on archives.

Only the files that changed (or are new and not ignored) are linted, and only findings on
the lines that changed are reported. git is asked with ``git diff --unified=0``, whose hunk
headers give the changed lines of each file as it is now.
"""

from __future__ import annotations

import os
import re
import subprocess
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from citelint.errors import ConfigError
from citelint.findings import Violation

_HUNK = re.compile(r"^@@ -\d+(?:,\d+)? \+(?P<start>\d+)(?:,(?P<count>\d+))? @@", re.MULTILINE)
_FILE = re.compile(r"^\+\+\+ b/(?P<path>.+)$", re.MULTILINE)


@dataclass(frozen=True)
class Changes:
    """Changed line ranges (first, last; 1-based) of each changed file, by absolute path.
    A new file is changed everywhere (``None``)."""

    lines: Mapping[str, tuple[tuple[int, int], ...] | None]

    def touches(self, path: str) -> bool:
        return os.path.realpath(path) in self.lines

    def keeps(self, violation: Violation) -> bool:
        ranges = self.lines.get(os.path.realpath(violation.path), ())
        if ranges is None:
            return True
        first, last = violation.start.line, max(violation.start.line, violation.end.line)
        return any(start <= last and first <= end for start, end in ranges)


def _git(arguments: Sequence[str], cwd: Path) -> str:
    try:
        completed = subprocess.run(
            ["git", "-c", "core.quotePath=false", *arguments],
            cwd=cwd,
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            check=False,
        )
    except FileNotFoundError:
        raise ConfigError("--diff: git is not installed") from None
    if completed.returncode != 0:
        message = completed.stderr.strip().splitlines()
        raise ConfigError(
            f"--diff: git {' '.join(arguments)}: {message[-1] if message else 'failed'}"
        )
    return completed.stdout


def changes_since(revision: str, cwd: Path | None = None) -> Changes:
    """The lines changed between ``revision`` and the working tree, new files included."""
    where = cwd or Path.cwd()
    top = Path(os.path.realpath(_git(["rev-parse", "--show-toplevel"], where).strip()))
    try:
        _git(["rev-parse", "--verify", "--quiet", f"{revision}^{{commit}}"], where)
    except ConfigError:
        raise ConfigError(f"--diff: '{revision}' is not a commit of {top}") from None
    diff = _git(
        ["diff", "--unified=0", "--no-color", "--no-ext-diff", "--diff-filter=AMR", revision, "--"],
        top,
    )
    lines: dict[str, tuple[tuple[int, int], ...] | None] = {}
    sections = re.split(r"^diff --git ", diff, flags=re.MULTILINE)
    for section in sections:
        file_match = _FILE.search(section)
        if file_match is None:
            continue
        ranges = []
        for hunk in _HUNK.finditer(section):
            start = int(hunk.group("start"))
            count = 1 if hunk.group("count") is None else int(hunk.group("count"))
            if count:
                ranges.append((start, start + count - 1))
        lines[str(top / file_match.group("path"))] = tuple(ranges)
    untracked = _git(["ls-files", "--others", "--exclude-standard", "-z"], top)
    for name in filter(None, untracked.split("\0")):
        lines[str(top / name)] = None
    return Changes(lines)
