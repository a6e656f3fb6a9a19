"""Which files a run lints: named files, and lintable files found under named directories."""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from citelint.errors import InputError, NoFilesError, UnreadablePathError
from citelint.files import is_directory, os_reason, shown_path
from citelint.readers import LINTABLE_SUFFIXES, is_lintable

if TYPE_CHECKING:
    from pathspec import GitIgnoreSpec


@dataclass(frozen=True)
class Discovery:
    files: tuple[str, ...]
    problems: tuple[InputError, ...]


def discover(
    paths: Sequence[str],
    is_excluded: Callable[[str], bool] | None = None,
    force_exclude: bool = False,
    max_entries: int | None = None,
    is_included: Callable[[str], bool] | None = None,
    respects_gitignore: Callable[[str], bool] | None = None,
) -> Discovery:
    """Files to lint, in the order given (directories sorted); paths keep the user's spelling.

    Hidden files and directories (``.git`` among them) are skipped inside directories, and
    symbolic links to directories are not followed, so a link loop cannot trap the walk.
    ``is_excluded`` prunes the walk, and a walk keeps only the files ``is_included`` says
    are content; both apply to the paths named too only with ``force_exclude`` (as in Ruff:
    pre-commit names every changed file). A walk of a directory for which
    ``respects_gitignore`` is true, inside a git work tree, skips what its ``.gitignore``
    files ignore. With ``max_entries``, a walk stops after looking at that many directory
    entries.
    """
    excluded = is_excluded or (lambda _path: False)
    included = is_included or (lambda _path: True)
    files: list[str] = []
    seen: set[str] = set()
    problems: list[InputError] = []

    def add(path: str) -> None:
        key = os.path.normcase(os.path.realpath(path))
        if key not in seen:
            seen.add(key)
            files.append(path)

    for given in paths:
        if force_exclude and (excluded(given) or (not is_directory(given) and not included(given))):
            continue
        try:
            mode = os.stat(given).st_mode
        except (OSError, ValueError) as error:
            reason = os_reason(error, given) if isinstance(error, OSError) else "not a valid path"
            problems.append(UnreadablePathError(shown_path(given), reason))
            continue
        if stat.S_ISDIR(mode):
            problems_before = len(problems)
            ignores = (
                GitIgnores.of(given)
                if respects_gitignore is None or respects_gitignore(given)
                else None
            )
            found = _walk(given, excluded, included, problems, max_entries, ignores)
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
    included: Callable[[str], bool],
    problems: list[InputError],
    max_entries: int | None = None,
    ignores: GitIgnores | None = None,
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
                    if not excluded(path) and not (ignores and ignores.ignores(path, True)):
                        subdirectories.append((path, depth + 1))
                elif (
                    entry.is_file(follow_symlinks=True)
                    and is_lintable(Path(entry.name))
                    and not excluded(path)
                    and included(path)
                    and not (ignores and ignores.ignores(path, False))
                ):
                    found.append(path)
            except OSError:
                # Gone, or a link that leads nowhere: inside a directory only regular files are
                # posts (a FIFO, a socket or a dangling link is skipped there, as git does).
                continue
        pending.extend(reversed(subdirectories))
    return found


# A .gitignore larger than this is not read (a site's is a few hundred bytes).
_GITIGNORE_MAX_BYTES = 1024 * 1024


class GitIgnores:
    """The ``.gitignore`` files of one git work tree, each read once, matched as git does
    (pathspec's gitwildmatch): a deeper file's patterns decide over a shallower one's, and
    a negation (``!keep.md``) re-includes. Not read: ``.git/info/exclude`` and the user's
    global excludes, which are about one clone, not the site."""

    def __init__(self, top: str, root: str, root_parts: tuple[str, ...]) -> None:
        self.top = top
        # The walk's directory as given (made absolute), and its path from the top.
        self.root = root
        self.root_parts = root_parts
        self._specs: dict[str, GitIgnoreSpec | None] = {}

    @classmethod
    def of(cls, directory: str) -> GitIgnores | None:
        """The ignores of the work tree holding ``directory``; None outside one."""
        real = os.path.realpath(directory)
        current = real
        while True:
            if os.path.exists(os.path.join(current, ".git")):
                parts = Path(os.path.relpath(real, current)).parts
                return cls(current, os.path.abspath(directory), () if parts == (".",) else parts)
            parent = os.path.dirname(current)
            if parent == current:
                return None
            current = parent

    def ignores(self, path: str, directory: bool) -> bool:
        """Whether git ignores ``path``, a file or a directory under the walk's root."""
        relative = os.path.relpath(os.path.abspath(path), self.root)
        parts = (*self.root_parts, *Path(relative).parts)
        decision = False
        base = self.top
        for depth in range(len(parts)):
            spec = self._spec(base)
            if spec is not None:
                tail = "/".join(parts[depth:]) + ("/" if directory else "")
                result = spec.check_file(tail)
                if result.include is not None:
                    decision = result.include
            base = os.path.join(base, parts[depth])
        return decision

    def _spec(self, directory: str) -> GitIgnoreSpec | None:
        if directory not in self._specs:
            spec = None
            try:
                with open(os.path.join(directory, ".gitignore"), "rb") as file:
                    data = file.read(_GITIGNORE_MAX_BYTES)
            except OSError:
                data = b""
            if data.strip():
                from pathspec import GitIgnoreSpec  # noqa: PLC0415 - only in a work tree

                spec = GitIgnoreSpec.from_lines(data.decode("utf-8", "replace").splitlines())
            self._specs[directory] = spec
        return self._specs[directory]
