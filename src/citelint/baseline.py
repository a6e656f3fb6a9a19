"""Baselines: adopt citelint on an archive without fixing every old post first.

``--write-baseline FILE`` records the findings of today; ``--baseline FILE`` then reports
only findings that are not in it. A finding is recognised by its rule, its file, its post and
the sentence it is in (whitespace normalised, then hashed), never by its line: a paragraph
moved or added above does not bring old findings back, while editing the sentence does.

The file is JSON, sorted, one entry a finding (with a count when one sentence holds the same
finding more than once), so that it diffs well in review::

    {
      "citelint_baseline": 1,
      "findings": [
        {"path": "posts/raids.md", "code": "FIG001", "post": "Chinese raids",
         "sentence": "3f1c…", "excerpt": "At least 30 North Korean escapees have…", "count": 1}
      ]
    }

Paths are relative to the baseline file's directory, with ``/``, so the file works from any
directory and on any system.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from citelint.engine import sentence_hash
from citelint.errors import ConfigError
from citelint.files import BASELINE, read_bytes, shown_path
from citelint.findings import Violation
from citelint.report import safe_json

FORMAT_VERSION = 1
_EXCERPT_CHARS = 60

Key = tuple[str, str, str, str]  # path, code, post, sentence hash


@dataclass(frozen=True)
class BaselineResult:
    """The findings a baseline does not hold, and how many of its entries were not seen."""

    new: list[Violation]
    stale: int


def _path_key(path: str, directory: Path) -> str:
    absolute = os.path.abspath(path)
    try:
        relative = os.path.relpath(absolute, os.path.abspath(directory))
    except ValueError:  # another drive (Windows)
        relative = absolute
    return PurePosixPath(Path(relative).as_posix()).as_posix()


def _key(violation: Violation, directory: Path) -> Key:
    return (
        _path_key(violation.path, directory),
        violation.rule.code,
        violation.post or "",
        violation.context_hash or sentence_hash(violation.message),
    )


def render_baseline(
    violations: Sequence[Violation], baseline_path: Path, linted: Sequence[str] = ()
) -> str:
    """The baseline of ``violations``. Entries an existing baseline holds for files this run
    did not lint are kept, so a run on part of an archive never loses the rest. A file there
    that is not a citelint baseline is refused (ConfigError), so that it is not overwritten."""
    directory = baseline_path.parent
    counts: Counter[Key] = Counter()
    excerpts: dict[Key, str] = {}
    old = _read_for_writing(baseline_path)
    if old is not None:
        seen = {_path_key(path, directory) for path in linted}
        for key, count in old.counts.items():
            if key[0] not in seen:
                counts[key] += count
                excerpts[key] = old.excerpts.get(key, "")
    for violation in violations:
        key = _key(violation, directory)
        counts[key] += 1
        sentence = violation.context or violation.message
        excerpts.setdefault(
            key,
            sentence if len(sentence) <= _EXCERPT_CHARS else sentence[: _EXCERPT_CHARS - 1] + "…",
        )
    entries = [
        {
            "path": path,
            "code": code,
            "post": post,
            "sentence": digest,
            "excerpt": excerpts[(path, code, post, digest)],
            "count": counts[(path, code, post, digest)],
        }
        for path, code, post, digest in sorted(counts)
    ]
    document = {"citelint_baseline": FORMAT_VERSION, "findings": entries}
    return safe_json.dumps(document) + "\n"


def load_baseline(path: Path) -> Counter[Key]:
    """The entries of the baseline ``path``; anything else is one ConfigError naming it."""
    if not os.path.lexists(path):
        raise ConfigError(
            f"{shown_path(path)}: no such baseline file (write one with --write-baseline)"
        )
    try:
        baseline = _parse(_read(path))
    except _MalformedError as error:
        raise ConfigError(f"{_where(path, error)}: the baseline {error.reason}") from None
    if baseline is None:
        raise ConfigError(
            f"{shown_path(path)}: the baseline is empty (an interrupted run of an older "
            "citelint leaves it so); write it again with --write-baseline"
        )
    return baseline.counts


def _read_for_writing(path: Path) -> _Baseline | None:
    """The baseline about to be written over, or None when there is none to keep: no file,
    or an empty one (torn by an older citelint, which wrote in place)."""
    if not os.path.lexists(path):
        return None
    try:
        return _parse(_read(path))
    except _MalformedError as error:
        # Whatever it is (package.json, typed by mistake), it is not ours to destroy.
        raise ConfigError(
            f"{_where(path, error)}: not a citelint baseline, so it is not overwritten (remove "
            f"it or choose another name): it {error.reason}"
        ) from None


def _read(path: Path) -> bytes:
    return read_bytes(path, BASELINE)


@dataclass(frozen=True)
class _Baseline:
    counts: Counter[Key]
    excerpts: dict[Key, str]


class _MalformedError(Exception):
    """Why the bytes are not a citelint baseline, said after "the baseline" or "it"."""

    def __init__(self, reason: str, line: int | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.line = line


def _where(path: Path, error: _MalformedError) -> str:
    return shown_path(path) if error.line is None else f"{shown_path(path)}:{error.line}"


_FIELDS = ("path", "code", "post", "sentence")
# No sentence of a post citelint reads repeats one finding this often: a larger count is a
# damaged or hand-made file, not findings.
_MAX_COUNT = 1_000_000_000


def _parse(data: bytes) -> _Baseline | None:
    """The baseline these bytes hold, None if they are only whitespace; _MalformedError if they
    are anything but a citelint baseline, its whole shape checked, never half-used."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise _MalformedError(
            f"is not valid UTF-8 (first bad byte 0x{data[error.start]:02x} at byte offset "
            f"{error.start})"
        ) from None
    if not text.strip():
        return None
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        raise _MalformedError(f"is not valid JSON: {error.msg}", error.lineno) from None
    except RecursionError:
        raise _MalformedError("is JSON nested too deeply to read") from None
    except ValueError:  # an integer of more digits than Python converts
        raise _MalformedError("holds a number too long to read") from None
    if not isinstance(document, dict) or "citelint_baseline" not in document:
        raise _MalformedError(f'has no "citelint_baseline": {FORMAT_VERSION} at the top')
    version = document["citelint_baseline"]
    if type(version) is not int or version != FORMAT_VERSION:
        raise _MalformedError(
            f"is of format {_shown_value(version)}; this citelint reads format {FORMAT_VERSION}"
        )
    findings = document.get("findings")
    if not isinstance(findings, list):
        raise _MalformedError(f'has no list of "findings" (it is {_shown_value(findings)})')
    counts: Counter[Key] = Counter()
    excerpts: dict[Key, str] = {}
    for number, entry in enumerate(findings, start=1):
        key, count, excerpt = _entry(entry, number)
        counts[key] += count
        excerpts[key] = excerpt
    return _Baseline(counts, excerpts)


def _entry(entry: object, number: int) -> tuple[Key, int, str]:
    if not isinstance(entry, dict):
        raise _MalformedError(f"has a finding {number} that is not an object")
    for field in _FIELDS:
        if field not in entry:
            raise _MalformedError(f'has a finding {number} without "{field}"')
        if not isinstance(entry[field], str):
            raise _MalformedError(f'has a finding {number} whose "{field}" is not a string')
    excerpt = entry.get("excerpt", "")
    if not isinstance(excerpt, str):
        raise _MalformedError(f'has a finding {number} whose "excerpt" is not a string')
    count = entry.get("count", 1)
    # bool is an int to Python, and 1e400 a float (inf): neither is a count.
    if type(count) is not int or not 1 <= count <= _MAX_COUNT:
        raise _MalformedError(
            f'has a finding {number} whose "count" is not a whole number from 1 to '
            f"{_MAX_COUNT} (it is {_shown_value(count)})"
        )
    path, code, post, sentence = (entry[field] for field in _FIELDS)
    return (path, code, post, sentence), count, excerpt


def _shown_value(value: object) -> str:
    """A JSON value as a message shows it: short, whatever its size."""
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > 64:
        return "a number too large"
    text = json.dumps(value[:40] if isinstance(value, str) else value, ensure_ascii=False)
    return text if len(text) <= 40 else text[:39] + "…"


def apply_baseline(
    violations: Sequence[Violation], baseline_path: Path, linted: Sequence[str]
) -> BaselineResult:
    """The findings the baseline does not hold; ``stale`` counts its entries for the files
    ``linted`` that were not found again (fixed, or their sentence edited)."""
    remaining = load_baseline(baseline_path)
    directory = baseline_path.parent
    seen = {_path_key(path, directory) for path in linted}
    new: list[Violation] = []
    for violation in violations:
        key = _key(violation, directory)
        if remaining[key] > 0:
            remaining[key] -= 1
        else:
            new.append(violation)
    stale = sum(count for key, count in remaining.items() if key[0] in seen)
    return BaselineResult(new=new, stale=stale)
