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
from citelint.findings import Violation

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
    did not lint are kept, so a run on part of an archive never loses the rest."""
    directory = baseline_path.parent
    counts: Counter[Key] = Counter()
    excerpts: dict[Key, str] = {}
    if baseline_path.is_file():
        seen = {_path_key(path, directory) for path in linted}
        old, old_excerpts = _entries(baseline_path)
        for key, count in old.items():
            if key[0] not in seen:
                counts[key] += count
                excerpts[key] = old_excerpts.get(key, "")
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
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def load_baseline(path: Path) -> Counter[Key]:
    return _entries(path)[0]


def _entries(path: Path) -> tuple[Counter[Key], dict[Key, str]]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(
            f"{path}: no such baseline file (write one with --write-baseline)"
        ) from None
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError(f"{path}: cannot read the baseline ({error})") from None
    except json.JSONDecodeError as error:
        raise ConfigError(
            f"{path}:{error.lineno}: the baseline is not valid JSON: {error.msg}"
        ) from None
    if not isinstance(data, dict) or data.get("citelint_baseline") != FORMAT_VERSION:
        raise ConfigError(
            f"{path}: not a citelint baseline of format {FORMAT_VERSION} "
            "(write it again with --write-baseline)"
        )
    counts: Counter[Key] = Counter()
    excerpts: dict[Key, str] = {}
    for number, entry in enumerate(data.get("findings", []), start=1):
        try:
            key = (
                str(entry["path"]),
                str(entry["code"]),
                str(entry["post"]),
                str(entry["sentence"]),
            )
            count = int(entry.get("count", 1))
        except (KeyError, TypeError, ValueError):
            raise ConfigError(
                f"{path}: finding {number} of the baseline lacks path, code, post or sentence"
            ) from None
        counts[key] += count
        excerpts[key] = str(entry.get("excerpt", ""))
    return counts, excerpts


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
