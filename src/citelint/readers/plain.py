"""Plain text: one post per file, or the blog-archive layout of many posts.

The archive layout (a category page saved as text) is, per post: a title line, a
``Posted on …`` byline, paragraphs separated by blank lines, and usually a bracketed credit
line. A file with at least one byline directly under a title line is read that way.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import regex

from citelint.directives import DIRECTIVE_LINE
from citelint.document import Document, LineIndex, Post, Span, blank_spans, line_starts, trimmed

# A whole line that is a byline. Searched for, not tried on every line: a file of a million
# short lines is read in one pass of the pattern.
_BYLINE = regex.compile(
    r"(?:\A|(?<=\n)|(?<=\r)(?!\n))[^\S\r\n]*Posted on\b[^\r\n]{0,200}(?=[\r\n]|\Z)"
)
_NON_BLANK_LINE = regex.compile(r"(?m)^[^\S\r\n]*\S[^\r\n]*")
_TITLE_MAX_CHARS = 300
_SHORT_TITLE_CHARS = 80


def read(path: str, text: str) -> Document:
    # A citelint directive on a line of its own (formats without comments) is not prose.
    blanked = text
    if "citelint-" in text:
        directives = (Span(*m.span()) for m in DIRECTIVE_LINE.finditer(text))
        blanked = blank_spans(text, directives, in_order=True)
    starts = line_starts(text)  # blanking keeps every line break: the same lines
    posts = split_archive(blanked, LineIndex(blanked, starts)) or single_post(blanked)
    return Document(path=path, decoded=text, text=blanked, posts=posts, line_starts=starts)


def split_archive(text: str, lines: LineIndex | None = None) -> tuple[Post, ...]:
    """Posts of an archive page, or ``()`` when the text is not laid out that way."""
    if lines is None:
        lines = LineIndex(text)
    starts: list[tuple[Span, Span]] = []  # (title line, byline) of each post
    previous_byline = -1
    for match in _BYLINE.finditer(text):
        index = lines.number(match.start())
        title_index = index - 1
        while title_index > previous_byline and _is_blank(text, lines.span(title_index)):
            title_index -= 1
        if title_index <= previous_byline:
            continue
        title_line = lines.span(title_index)
        if title_line.end - title_line.start > _TITLE_MAX_CHARS:
            continue
        starts.append((title_line, Span(*match.span())))
        previous_byline = index
    posts: list[Post] = []
    for number, (title_line, byline) in enumerate(starts):
        body_end = starts[number + 1][0].start if number + 1 < len(starts) else len(text)
        title_span = trimmed(text, title_line)
        posts.append(
            Post(
                title=text[title_span.start : title_span.end],
                prose=(title_span, Span(byline.end, body_end)),
                title_span=title_span,
            )
        )
    return tuple(posts)


def single_post(
    text: str,
    title: str | None = None,
    prose: Sequence[Span] | None = None,
    headings: tuple[Span, ...] = (),
    metadata: Mapping[str, Any] | None = None,
) -> tuple[Post, ...]:
    """The whole text (or its ``prose`` parts) as one post, titled by ``title`` or else by its
    first non-empty line; a post with no prose at all is no post."""
    if not text.strip():
        return ()
    if title is None:
        title = first_line_title(text)
    return (
        Post(
            title=title,
            prose=(Span(0, len(text)),) if prose is None else prose,
            headings=headings,
            metadata=metadata or {},
        ),
    )


def first_line_title(text: str) -> str | None:
    line = _NON_BLANK_LINE.search(text)
    return None if line is None else shorten(line.group().strip())


def shorten(title: str) -> str:
    """A title short enough for a message: a long first line is cut at a word boundary."""
    if len(title) <= _SHORT_TITLE_CHARS:
        return title
    cut = title.rfind(" ", 0, _SHORT_TITLE_CHARS)
    return title[: cut if cut > 0 else _SHORT_TITLE_CHARS].rstrip(" ,;:") + "…"


def _is_blank(text: str, line: Span) -> bool:
    return not text[line.start : line.end].strip()
