"""Kind ``pattern``: a finding for every match of a regular expression in a post's prose,
like Vale's ``existence``: house-style words to avoid, phrases that need a source.

The pattern is searched in each paragraph (it never matches across two), in the text the
checks read, so markup, code and front matter are never matched. Like every pattern of a
rule file it runs with a time limit (``citelint.patterns``).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from citelint.document import Span
from citelint.kinds.base import Finding, Kind, boolean, option, pattern
from citelint.patterns import TimedPattern

if TYPE_CHECKING:
    from citelint.analysis import PostFacts


@dataclass(frozen=True, kw_only=True)
class PatternOptions:
    pattern: TimedPattern = option(
        pattern,
        doc="The regular expression to report (the regex module's syntax; (?i) for any case).",
    )
    in_quotations: bool = option(
        boolean,
        doc="Report matches inside quotations too (the words are then the speaker's).",
        default=True,
    )


def check(facts: PostFacts, options: PatternOptions) -> Iterator[Finding]:
    text = facts.document.text
    outside: Sequence[Span] | None = None
    outside_starts: list[int] = []
    for paragraph in facts.paragraphs:
        for match in options.pattern.finditer(text, paragraph.start, paragraph.end):
            if match.end() == match.start():
                continue  # an empty match marks no words
            span = Span(match.start(), match.end())
            if not options.in_quotations:
                if outside is None:
                    outside = facts.quotes.outermost
                    outside_starts = [quote.start for quote in outside]
                # The outermost quotations do not overlap: only the last one opening before
                # the match can hold it (trying each would cost matches times quotations).
                index = bisect_right(outside_starts, span.start) - 1
                if index >= 0 and span.end <= outside[index].end:
                    continue
            yield Finding(span=span, fields={"match": " ".join(match.group().split())})


KIND = Kind(
    name="pattern",
    summary="A finding for every match of a regular expression.",
    options_type=PatternOptions,
    message_fields=frozenset({"match"}),
    conventions=("quotations",),
    check=check,
)
