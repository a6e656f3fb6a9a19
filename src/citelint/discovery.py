"""Which files a run lints: named files, and lintable files found under named directories."""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from citelint.errors import InputError, NoFilesError, UnreadablePathError
from citelint.files import os_reason, shown_path
from citelint.readers import LINTABLE_SUFFIXES, is_lintable


@dataclass(frozen=True)
class Discovery:
    files: tuple[str, ...]
    problems: tuple[InputError, ...]


def discover(
    paths: Sequence[str],
    is_excluded: Callable[[str], bool] | None = None,
    force_exclude: bool = False,
    max_entries: int | None = None,
) -> Discovery:
    """Files to lint, in the order given (directories sorted); paths keep the user's spelling.

    Hidden files and directories (``.git`` among them) are skipped inside directories, and
    symbolic links to directories are not followed, so a link loop cannot trap the walk.
    ``is_excluded`` prunes the walk; it applies to the paths named too only with
    ``force_exclude`` (as in Ruff: pre-commit names every changed file). With
    ``max_entries``, a walk stops after looking at that many directory entries.
    """
    excluded = is_excluded or (lambda _path: False)
    files: list[str] = []
    seen: set[str] = set()
    problems: list[InputError] = []

    def add(path: str) -> None:
        key = os.path.normcase(os.path.realpath(path))
        if key not in seen:
            seen.add(key)
            files.append(path)

    for given in paths:
        if force_exclude and excluded(given):
            continue
        try:
            mode = os.stat(given).st_mode
        except (OSError, ValueError) as error:
            reason = os_reason(error, given) if isinstance(error, OSError) else "not a valid path"
            problems.append(UnreadablePathError(shown_path(given), reason))
            continue
        if stat.S_ISDIR(mode):
            problems_before = len(problems)
            found = _walk(given, excluded, problems, max_entries)
            if not found and len(problems) == problems_before:
                suffixes = ", ".join(sorted(LINTABLE_SUFFIXES))
                problems.append(NoFilesError(given, f"no lintable files ({suffixes}) found"))
            for file in found:
                add(file)
        elif stat.S_ISREG(mode):
            add(given)
        else:
            problems.append(UnreadablePathError(given, "not a regular file or directory"))
    return Discovery(tuple(files), tuple(problems))


# Deeper than this, a tree is not a site's content but a trap: each step down makes every
# lookup slower (the whole path is resolved again), and the walk stops there with a message.
MAX_DEPTH = 64


def _walk(
    directory: str,
    excluded: Callable[[str], bool],
    problems: list[InputError],
    max_entries: int | None = None,
) -> list[str]:
    """Lintable regular files under ``directory``, sorted, without following links to
    directories and at most ``MAX_DEPTH`` directories down. Iterative, so that no depth of
    nesting can exhaust the stack. A directory that cannot be listed is reported: the posts
    in it were not linted, so the run must not pass as if they had been."""
    found: list[str] = []
    pending = [(directory, 0)]
    looked_at = 0
    while pending:
        root, depth = pending.pop()
        if depth > MAX_DEPTH:
            problems.append(
                InputError(root, f"more than {MAX_DEPTH} directories deep; not searched")
            )
            continue
        try:
            with os.scandir(root) as listing:
                entries = sorted(listing, key=lambda entry: entry.name)
        except OSError as error:
            problems.append(
                UnreadablePathError(
                    shown_path(root),
                    f"cannot list the directory ({os_reason(error, root)}); "
                    "its files are not linted",
                )
            )
            continue
        looked_at += len(entries)
        if max_entries is not None and looked_at > max_entries:
            problems.append(
                InputError(
                    shown_path(directory),
                    f"more than {max_entries:,} files and directories; "
                    f"the rest (from {shown_path(root)} on) not searched",
                )
            )
            break
        subdirectories = []
        for entry in entries:
            if entry.name.startswith("."):
                continue
            path = os.path.join(root, entry.name)
            try:
                if entry.is_dir(follow_symlinks=False):
                    if not excluded(path):
                        subdirectories.append((path, depth + 1))
                elif (
                    entry.is_file(follow_symlinks=True)
                    and is_lintable(Path(entry.name))
                    and not excluded(path)
                ):
                    found.append(path)
            except OSError:
                # Gone, or a link that leads nowhere: inside a directory only regular files are
                # posts (a FIFO, a socket or a dangling link is skipped there, as git does).
                continue
        pending.extend(reversed(subdirectories))
    return found
