"""Kind ``file-not-linted``: a file that could not be read, so that nothing in it was checked.

Such a file has no posts to check: the run makes the finding when reading fails
(``engine.not_linted``), and a rule of this kind gives it its code, severity and message.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from citelint.kinds.base import Finding, Kind

if TYPE_CHECKING:
    from citelint.analysis import PostFacts

NAME = "file-not-linted"


@dataclass(frozen=True)
class FileNotLintedOptions:
    """This kind has no options."""


def check(_facts: PostFacts, _options: FileNotLintedOptions) -> Iterator[Finding]:
    return iter(())


KIND = Kind(
    name=NAME,
    summary="A file that could not be read, so that nothing in it was checked.",
    options_type=FileNotLintedOptions,
    message_fields=frozenset({"reason"}),
    check=check,
)
