"""Which files a run lints: named files, and lintable files found under named directories."""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from citelint.errors import InputError, UnreadablePathError
from citelint.readers import LINTABLE_SUFFIXES, is_lintable


@dataclass(frozen=True)
class Discovery:
    files: tuple[str, ...]
    problems: tuple[InputError, ...]


def discover(paths: Sequence[str]) -> Discovery:
    """Files to lint, in the order given (directories sorted); paths keep the user's spelling.

    Hidden files and directories (``.git`` among them) are skipped inside directories, and
    symbolic links to directories are not followed, so a link loop cannot trap the walk.
    """
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
        if path.is_dir():
            found = _walk(given)
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


def _walk(directory: str) -> list[str]:
    found: list[str] = []
    for root, dirs, names in os.walk(directory):
        dirs[:] = sorted(name for name in dirs if not name.startswith("."))
        for name in sorted(names):
            if not name.startswith(".") and is_lintable(Path(name)):
                found.append(os.path.join(root, name))
    return found
