"""Kind ``unused-suppression``: a ``citelint-disable`` directive that suppresses nothing.

The directives are read from the file and matched with the findings after every other rule
has run (``citelint.suppressions``), so this kind's own check has nothing to look at in a
post; a rule of this kind gives the finding its code, severity and message.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from citelint.kinds.base import Finding, Kind

if TYPE_CHECKING:
    from citelint.analysis import PostFacts


@dataclass(frozen=True)
class UnusedSuppressionOptions:
    """This kind has no options."""


def check(_facts: PostFacts, _options: UnusedSuppressionOptions) -> Iterator[Finding]:
    return iter(())


KIND = Kind(
    name="unused-suppression",
    summary="A citelint-disable directive that suppresses nothing.",
    options_type=UnusedSuppressionOptions,
    message_fields=frozenset({"directive", "reason"}),
    check=check,
)
