"""Kind ``source-tag``: a post must end with a credit line naming its source, like ``[Reuters]``,
or declare its source in a front matter field (``source: Reuters``).

Trailing link text (``Read more``) on its own line is skipped: it is what an excerpt's link
says, not the post's last words. A credit must be the whole line, so brackets inside a
sentence never count; lines the ``not_credit_pattern`` matches (WordPress shortcodes,
footnote markers) never count either.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from citelint.document import Span, trimmed
from citelint.kinds.base import Finding, Kind, option, pattern, text_list

if TYPE_CHECKING:
    import regex

    from citelint.analysis import PostFacts

_QUOTED_ENDING_CHARS = 40


@dataclass(frozen=True)
class SourceTagOptions:
    credit_pattern: regex.Pattern[str] = option(
        pattern, doc="A whole line (trimmed) that is a source credit, such as [Reuters]."
    )
    not_credit_pattern: regex.Pattern[str] = option(
        pattern,
        doc="Lines the credit pattern matches that are not credits: shortcodes, footnotes.",
    )
    link_text_pattern: regex.Pattern[str] = option(
        pattern,
        doc="Link text such as 'Read more': skipped as a last line, and cut from the end of "
        "the last line before it is quoted in the message.",
    )
    credit_fields: tuple[str, ...] = option(
        text_list,
        doc="Front matter fields that credit the source when they hold a name or a link "
        "(source, via…); an empty list turns this form of credit off.",
        default=(),
    )


def check(facts: PostFacts, options: SourceTagOptions) -> Iterator[Finding]:
    if declares_source(facts.post.metadata, options.credit_fields):
        return
    text = facts.document.text
    last_line: Span | None = None
    for line in _lines_from_the_end(text, facts.post.prose):
        last_line = last_line or line  # the report goes on the post's very last line
        content = text[line.start : line.end].strip()
        if options.link_text_pattern.fullmatch(content):
            continue
        if is_credit(content, options):
            return
        yield Finding(
            span=last_line,
            fields={
                "title": facts.post.title or "untitled",
                "ending": _ending(content, options),
            },
        )
        return


def _lines_from_the_end(text: str, prose: Sequence[Span]) -> Iterator[Span]:
    """The non-blank lines of the post, last first, read backwards without a full split."""
    for region in reversed(prose):
        end = region.end
        while end > region.start:
            start = max(text.rfind("\n", region.start, end), text.rfind("\r", region.start, end))
            line_start = region.start if start < 0 else start + 1
            line = trimmed(text, Span(line_start, end))
            if line.end > line.start:
                yield line
            end = line_start - 1 if start >= 0 else region.start


def declares_source(metadata: Mapping[str, object], fields: Sequence[str]) -> bool:
    """A credit field holding text, or a list with text in it (``sources: [Reuters, AP]``)."""
    for field in fields:
        value = metadata.get(field)
        values = value if isinstance(value, list) else [value]
        if any(isinstance(item, str) and item.strip() for item in values):
            return True
    return False


def is_credit(line: str, options: SourceTagOptions) -> bool:
    return (
        options.credit_pattern.fullmatch(line) is not None
        and options.not_credit_pattern.match(line) is None
    )


def _ending(line: str, options: SourceTagOptions) -> str:
    """The last words of the line, without trailing link text, for the message."""
    for match in options.link_text_pattern.finditer(line):
        if match.end() == len(line) and match.start() > 0 and line[match.start() - 1].isspace():
            line = line[: match.start()].rstrip()
            break
    if len(line) <= _QUOTED_ENDING_CHARS:
        return line
    cut = line.find(" ", len(line) - _QUOTED_ENDING_CHARS)
    return "…" + line[cut + 1 if cut >= 0 else len(line) - _QUOTED_ENDING_CHARS :]


KIND = Kind(
    name="source-tag",
    summary="A post ends with a credit line naming its source.",
    options_type=SourceTagOptions,
    message_fields=frozenset({"title", "ending"}),
    check=check,
)
