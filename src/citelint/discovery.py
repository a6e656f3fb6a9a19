"""Which files a run lints: named files, and lintable files found under named directories."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from citelint.errors import InputError, UnreadablePathError
from citelint.readers import LINTABLE_SUFFIXES, is_lintable


@dataclass(frozen=True)
class Discovery:
    files: tuple[str, ...]
    problems: tuple[InputError, ...]


def discover(
    paths: Sequence[str],
    is_excluded: Callable[[str], bool] | None = None,
    force_exclude: bool = False,
) -> Discovery:
    """Files to lint, in the order given (directories sorted); paths keep the user's spelling.

    Hidden files and directories (``.git`` among them) are skipped inside directories, and
    symbolic links to directories are not followed, so a link loop cannot trap the walk.
    ``is_excluded`` prunes the walk; it applies to the paths named too only with
    ``force_exclude`` (as in Ruff: pre-commit names every changed file).
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
        path = Path(given)
        if force_exclude and excluded(given):
            continue
        if path.is_dir():
            found = _walk(given, excluded)
            if not found:
                suffixes = ", ".join(sorted(LINTABLE_SUFFIXES))
                problems.append(InputError(f"{given}: no lintable files ({suffixes}) found"))
            for file in found:
                add(file)
        elif path.is_file():
            add(given)
        elif path.exists():
            problems.append(UnreadablePathError(f"{given}: not a regular file or directory"))
        else:
            problems.append(UnreadablePathError(f"{given}: no such file or directory"))
    return Discovery(tuple(files), tuple(problems))


def _walk(directory: str, excluded: Callable[[str], bool]) -> list[str]:
    found: list[str] = []
    for root, dirs, names in os.walk(directory):
        dirs[:] = sorted(
            name
            for name in dirs
            if not name.startswith(".") and not excluded(os.path.join(root, name))
        )
        for name in sorted(names):
            path = os.path.join(root, name)
            if not name.startswith(".") and is_lintable(Path(name)) and not excluded(path):
                found.append(path)
    return found
