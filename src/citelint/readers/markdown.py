"""Markdown: everything that is not prose is blanked so it is never linted as prose.

Blanked (same length, line breaks kept): YAML/TOML front matter, fenced code, Liquid and
Hugo tags and their raw/highlight/comment blocks, HTML comments, script and style elements,
HTML tags (the text between tags is prose), autolinks, inline code, link destinations and
titles (link text is prose), and reference definitions.

Later stages run on the text earlier stages blanked, so a backtick inside an HTML comment or
a quotation mark inside a Liquid tag cannot pair with anything in the prose.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable

import regex

from citelint.document import Document, Span, blank_spans, line_spans
from citelint.readers.plain import shorten, single_post

_FRONT_MATTER_FENCES = {"---": ("---", "..."), "+++": ("+++",)}
_FENCE_OPEN = regex.compile(r"[ \t]*(?P<fence>`{3,}|~{3,})(?P<info>[^\r\n]*)")
_ATX_HEADING = regex.compile(r" {0,3}#{1,6}[ \t]+(?P<title>[^\r\n]*?)(?:[ \t]+#+)?[ \t]*")

# Bounded repeats keep a stray opener from scanning the rest of a large file.
_BLOCK_CONSTRUCTS = regex.compile(
    r"""
      <!--[\s\S]{0,100000}?-->
    | <(?P<element>script|style)\b[\s\S]{0,100000}?</(?P=element)\s*>
    | \{%-?\s*(?P<block>raw|highlight|comment)\b[\s\S]{0,100000}?\{%-?\s*end(?P=block)\s*-?%\}
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
# Liquid goes first: it sits inside HTML attributes (src="{{ "/a.png" | url }}").
_TEMPLATE_TAGS = regex.compile(r"\{\{[\s\S]{0,4000}?\}\}|\{%[\s\S]{0,4000}?%\}")
_INLINE_CONSTRUCTS = regex.compile(
    r"""
      </?[A-Za-z][A-Za-z0-9-]{0,64}                            # HTML tag
      (?:\s+[^\s"'=<>`/]+(?:\s*=\s*(?:"[^"]{0,4000}"|'[^']{0,4000}'|[^\s"'=<>`]+))?){0,100}
      \s*/?>
    | <[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]{0,4000}>           # autolink
    | <[A-Za-z0-9.!\#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9.-]+>       # email autolink
    | (?<=\])\((?:<[^<>\n]{0,4000}>|[^\s()]{0,4000}(?:\([^\s()]{0,4000}\)[^\s()]{0,4000})*)
      (?:\s+(?:"[^"]{0,4000}"|'[^']{0,4000}'|\([^)]{0,4000}\)))?\s*\)   # link destination
    | (?m:^[ ]{0,3}\[[^\]\r\n]{1,999}\]:[ \t]*\S+                       # reference definition
      (?:[ \t]+(?:"[^"\r\n]*"|'[^'\r\n]*'|\([^)\r\n]*\)))?[ \t]*$)
    """,
    regex.VERBOSE,
)
_BACKTICKS = regex.compile(r"`+")
_BLANK_LINE = regex.compile(r"(?:\r\n|\r|\n)[ \t]*(?:\r\n|\r|\n)")


def read(path: str, text: str) -> Document:
    blanked = blank_non_prose(text)
    posts = single_post(blanked, title=_first_heading(blanked))
    return Document(path=path, source=text, text=blanked, posts=posts)


def blank_non_prose(text: str) -> str:
    blanked = blank_spans(text, _block_spans(text))
    blanked = blank_spans(blanked, _code_spans(blanked))
    blanked = blank_spans(blanked, _matches(_TEMPLATE_TAGS, blanked))
    return blank_spans(blanked, _matches(_INLINE_CONSTRUCTS, blanked))


def _block_spans(text: str) -> list[Span]:
    lines = line_spans(text)
    spans: list[Span] = []
    first_body_line = 0
    front_matter = _front_matter(text, lines)
    if front_matter is not None:
        spans.append(Span(0, lines[front_matter].end))
        first_body_line = front_matter + 1
    spans.extend(_fenced_code(text, lines, first_body_line))
    spans.extend(_matches(_BLOCK_CONSTRUCTS, blank_spans(text, spans)))
    return spans


def _matches(pattern: regex.Pattern[str], text: str) -> Iterable[Span]:
    return (Span(match.start(), match.end()) for match in pattern.finditer(text))


def _front_matter(text: str, lines: list[Span]) -> int | None:
    """Index of the line closing front matter that opens the file, if it has any."""
    if not lines:
        return None
    closers = _FRONT_MATTER_FENCES.get(text[lines[0].start : lines[0].end].rstrip())
    if closers is None:
        return None
    for index in range(1, len(lines)):
        if text[lines[index].start : lines[index].end].rstrip() in closers:
            return index
    return None


def _fenced_code(text: str, lines: list[Span], first_line: int) -> list[Span]:
    """Fenced code blocks, fences included; an unclosed fence runs to the end (CommonMark)."""
    spans: list[Span] = []
    index = first_line
    while index < len(lines):
        line = lines[index]
        opening = _FENCE_OPEN.fullmatch(text, line.start, line.end)
        if opening is None or (opening["fence"][0] == "`" and "`" in opening["info"]):
            index += 1
            continue
        fence = opening["fence"]
        closing = regex.compile(rf"[ \t]*{regex.escape(fence[0])}{{{len(fence)},}}[ \t]*")
        end_index = index + 1
        while end_index < len(lines) and not closing.fullmatch(
            text, lines[end_index].start, lines[end_index].end
        ):
            end_index += 1
        last = min(end_index, len(lines) - 1)
        spans.append(Span(line.start, lines[last].end))
        index = end_index + 1
    return spans


def _code_spans(text: str) -> list[Span]:
    """Inline code: a backtick run up to the next run of the same length in its paragraph."""
    runs = [(match.start(), match.end()) for match in _BACKTICKS.finditer(text)]
    if not runs:
        return []
    paragraph_breaks = [match.start() for match in _BLANK_LINE.finditer(text)]
    next_same_length: list[int | None] = [None] * len(runs)
    latest: dict[int, int] = {}
    for index in range(len(runs) - 1, -1, -1):
        length = runs[index][1] - runs[index][0]
        next_same_length[index] = latest.get(length)
        latest[length] = index
    spans: list[Span] = []
    index = 0
    while index < len(runs):
        closing = next_same_length[index]
        start = runs[index][0]
        if closing is not None:
            end = runs[closing][1]
            next_break = bisect_left(paragraph_breaks, start)
            if next_break == len(paragraph_breaks) or paragraph_breaks[next_break] > end:
                spans.append(Span(start, end))
                index = closing + 1
                continue
        index += 1
    return spans


def _first_heading(text: str) -> str | None:
    for line in line_spans(text):
        heading = _ATX_HEADING.fullmatch(text, line.start, line.end)
        if heading is not None and heading["title"].strip():
            return shorten(heading["title"].strip())
    return None
