"""What changed since a git revision: for ``--diff REF``, to lint pull requests on archives.

Only the files that changed (or are new and not ignored) are linted, and only findings on
the lines that changed are reported.

Names come from git's ``-z`` output, which writes each name as its bytes between NULs, never
quoted: in a patch git C-quotes a name holding ``"``, ``\\``, a tab, a newline or (unless
core.quotePath is off) any byte above 127, and a parser that misses one quoting rule drops
that file from the run, which then passes without having read it. unidiff (1.0.1) was tried
for the patch and keeps such names quoted (``"b/quo\\"te.md"``), so the patch here is read
only for its hunk headers, and paired with the names by position: ``--patch-with-raw``
lists every file pair once in the raw part and once in the patch, in the same order, in one
run of git (so the working tree cannot change between the two).
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

Ranges = tuple[tuple[int, int], ...]

_HUNK = re.compile(rb"^@@ -\d+(?:,\d+)? \+(?P<start>\d+)(?:,(?P<count>\d+))? @@", re.MULTILINE)
# Every file pair of the patch starts with this line; no other patch line can, since hunk
# lines start with one of " +-\\" and a name holding a newline is always quoted there.
_SECTION = re.compile(rb"^diff --git ", re.MULTILINE)
_BINARY = re.compile(rb"^(?:Binary files .* differ|GIT binary patch)$", re.MULTILINE)

# Options that make the patch describe the files as they are on disk, whatever the user's
# configuration says: no colour, no external diff tool, no textconv filter (its output has
# other line numbers), renames found (so a renamed and edited post is not all new).
_DIFF_OPTIONS = (
    "--no-color",
    "--no-ext-diff",
    "--no-textconv",
    "--no-relative",
    "--src-prefix=a/",
    "--dst-prefix=b/",
    "--find-renames",
    "--diff-filter=AMR",
)


@dataclass(frozen=True)
class Changes:
    """Changed line ranges (first, last; 1-based) of each changed file, by absolute path.
    A new file is changed everywhere (``None``); a file changed only by a rename or a mode
    has no ranges, and is linted all the same."""

    lines: Mapping[str, Ranges | None]

    def touches(self, path: str) -> bool:
        return os.path.realpath(path) in self.lines

    def keeps(self, violation: Violation) -> bool:
        ranges = self.lines.get(os.path.realpath(violation.path), ())
        if ranges is None:
            return True
        first, last = violation.start.line, max(violation.start.line, violation.end.line)
        return any(start <= last and first <= end for start, end in ranges)


def _git(arguments: Sequence[str], cwd: Path) -> bytes:
    try:
        completed = subprocess.run(
            ["git", "-c", "core.quotePath=false", *arguments],
            cwd=cwd,
            capture_output=True,
            check=False,
        )
    except FileNotFoundError:
        raise ConfigError("--diff: git is not installed") from None
    if completed.returncode != 0:
        message = completed.stderr.decode("utf-8", "replace").strip().splitlines()
        raise ConfigError(
            f"--diff: git {' '.join(arguments)}: {message[-1] if message else 'failed'}"
        )
    return completed.stdout


def changes_since(revision: str, cwd: Path | None = None) -> Changes:
    """The lines changed since the merge base of ``revision`` and HEAD (what ``git diff
    REV...`` shows, and what a pull request into REV changes) up to the working tree, new
    files included: a branch behind ``revision`` is not blamed for what only ``revision``
    changed. ``--diff HEAD`` is then the uncommitted changes."""
    where = cwd or Path.cwd()
    top_name = _git(["rev-parse", "--show-toplevel"], where).rstrip(b"\n")
    top = Path(os.path.realpath(os.fsdecode(top_name)))
    try:
        _git(["rev-parse", "--verify", "--quiet", f"{revision}^{{commit}}"], where)
    except ConfigError:
        raise ConfigError(f"--diff: '{revision}' is not a commit of {top}") from None
    try:
        base = _git(["merge-base", revision, "HEAD"], top).strip().decode("ascii")
    except ConfigError:
        raise ConfigError(
            f"--diff: '{revision}' and HEAD have no common ancestor in {top} (a shallow "
            "clone? fetch more history, e.g. actions/checkout with fetch-depth: 0)"
        ) from None
    output = _git(
        ["diff", "-z", "--patch-with-raw", "--unified=0", *_DIFF_OPTIONS, base, "--"], top
    )
    lines: dict[str, Ranges | None] = {}
    for name, ranges in changed_files(output):
        lines[str(top / os.fsdecode(name))] = ranges
    untracked = _git(["ls-files", "--others", "--exclude-standard", "-z"], top)
    for name in filter(None, untracked.split(b"\0")):
        lines[str(top / os.fsdecode(name))] = None
    return Changes(lines)


def changed_files(output: bytes) -> list[tuple[bytes, Ranges | None]]:
    """Each file of ``git diff -z --patch-with-raw --unified=0`` output as it is now (the
    new name of a rename), with the lines that changed in it."""
    entries, patch = _raw_entries(output)
    sections = _sections(patch)
    if len(sections) != len(entries):
        # Not the pairing git documents: rather than guess which lines changed where, every
        # changed file is changed everywhere (more findings, never a file passed unread).
        return [(name, None) for name, _ in entries]
    return [
        (name, None if status == "A" else _ranges(section))
        for (name, status), section in zip(entries, sections, strict=True)
    ]


def _raw_entries(output: bytes) -> tuple[list[tuple[bytes, str]], bytes]:
    """The (name, status letter) of each raw entry, and the patch that follows them.

    An entry is ``:modes hashes STATUS\\0name\\0`` (two names for a rename or a copy); an
    empty field ends the raw part."""
    entries: list[tuple[bytes, str]] = []
    position = 0
    while position < len(output) and output.startswith(b":", position):
        end = output.index(b"\0", position)
        status = output[position:end].rsplit(b" ", 1)[-1].decode("ascii", "replace")[:1]
        names = 2 if status in {"R", "C"} else 1
        for _ in range(names):
            start, end = end + 1, output.index(b"\0", end + 1)
        entries.append((output[start:end], status))
        position = end + 1
    if output.startswith(b"\0", position):
        position += 1
    return entries, output[position:]


def _sections(patch: bytes) -> list[bytes]:
    starts = [match.start() for match in _SECTION.finditer(patch)]
    ends = [*starts[1:], len(patch)]
    return [patch[start:end] for start, end in zip(starts, ends[: len(starts)], strict=True)]


def _ranges(section: bytes) -> Ranges | None:
    """The changed lines of one file's patch. A change git shows as binary (a post marked
    ``-diff`` in .gitattributes) has no lines to point at, so it counts everywhere."""
    header_end = section.find(b"\n@@ ")
    if _BINARY.search(section, 0, header_end if header_end >= 0 else len(section)):
        return None
    ranges: list[tuple[int, int]] = []
    for hunk in _HUNK.finditer(section):
        start = int(hunk.group("start"))
        count = 1 if hunk.group("count") is None else int(hunk.group("count"))
        if count:
            ranges.append((start, start + count - 1))
        else:
            # Only lines removed, after line ``start``: the lines either side of the cut are
            # where a cut shows (two paragraphs run together, a quotation left open), so a
            # post edited only by deleting is not reported clean without a look at the seam.
            ranges.append((max(start, 1), start + 1))
    return tuple(ranges)
