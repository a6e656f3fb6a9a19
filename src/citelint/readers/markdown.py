"""Markdown: everything that is not prose is blanked so it is never linted as prose.

Blanked (same length, line breaks kept): YAML/TOML front matter, fenced code, Liquid and
Hugo tags and their raw/highlight/comment blocks, HTML comments, script and style elements,
HTML tags (the text between tags is prose), autolinks and bare URLs, inline code, link
destinations and titles, reference labels and footnote markers (link text is prose), and
reference definitions. Where a link points somewhere is kept as ``Document.links``.

Later stages run on the text earlier stages blanked, so a backtick inside an HTML comment or
a quotation mark inside a Liquid tag cannot pair with anything in the prose.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable

import regex

from citelint.document import LINE_BREAK, LINE_END, Document, Span, blank_spans
from citelint.readers.plain import shorten, single_post

# YAML (--- … --- or ...) or TOML (+++ … +++) front matter opening the file.
_FRONT_MATTER = regex.compile(
    rf"(?:---[ \t]*{LINE_BREAK}(?:[\s\S]*?{LINE_BREAK})??(?:---|\.\.\.)"
    rf"|\+\+\+[ \t]*{LINE_BREAK}(?:[\s\S]*?{LINE_BREAK})??\+\+\+)[ \t]*{LINE_END}"
)
_FENCE_OPEN = re.compile(rf"(?m)^[ \t]*(?P<fence>`{{3,}}|~{{3,}})(?P<info>[^\r\n]*){LINE_END}")
_ATX_HEADING = regex.compile(
    rf"(?m)^ {{0,3}}#{{1,6}}[ \t]+(?P<title>[^\r\n]*?)(?:[ \t]+#+)?[ \t]*{LINE_END}"
)

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
# Under ``re``, with every alternative opening on its own character (lookbehinds come after
# it), so that the scan skips the text between those characters quickly.
_INLINE_CONSTRUCTS = re.compile(
    r"""
      </?[A-Za-z][A-Za-z0-9-]{0,64}                            # HTML tag
      (?:\s+[^\s"'=<>`/]+(?:\s*=\s*(?:"[^"]{0,4000}"|'[^']{0,4000}'|[^\s"'=<>`]+))?){0,100}
      \s*/?>
    | <[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]{0,4000}>           # autolink
    | <[A-Za-z0-9.!\#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9.-]+>       # email autolink
    | \((?<=\]\()(?:<[^<>\n]{0,4000}>|[^\s()]{0,4000}(?:\([^\s()]{0,4000}\)[^\s()]{0,4000})*)
      (?:\s+(?:"[^"]{0,4000}"|'[^']{0,4000}'|\([^)]{0,4000}\)))?\s*\)   # link destination
    | \[(?<=\]\[)[^\[\]\r\n]{0,999}\]                        # reference link label: [text][3]
    | \[\^[^\[\]\s]{1,99}\]                                 # footnote reference: [^2]
    | (?:h(?<![\w/.@-]h)ttps?://|w(?<![\w/.@-]w)ww\.)         # bare URL
      [^\s<>()\[\]"“”]{1,4000}[^\s<>()\[\]"“”.,;:!?'’*_]
    """,
    re.VERBOSE,
)
_REFERENCE_DEFINITION = regex.compile(
    r"""(?m)^[ ]{0,3}\[[^\]\r\n]{1,999}\]:[ \t]*\S+
        (?:[ \t]+(?:"[^"\r\n]*"|'[^'\r\n]*'|\([^)\r\n]*\)))?[ \t]*"""
    + LINE_END,
    regex.VERBOSE,
)
_LINK_TAG = regex.compile(r"<a\s[^>]*\bhref\s*=", regex.IGNORECASE)
_BACKTICKS = regex.compile(r"`+")
_BLANK_LINE = regex.compile(rf"{LINE_BREAK}[ \t]*{LINE_BREAK}")


def read(path: str, text: str) -> Document:
    blanked, links = blank_non_prose(text)
    posts = single_post(blanked, title=_first_heading(blanked))
    return Document(path=path, source=text, text=blanked, posts=posts, links=links)


def blank_non_prose(text: str) -> tuple[str, tuple[Span, ...]]:
    """The text with everything but prose blanked, and where it links to something."""
    blanked = blank_spans(text, _block_spans(text))
    blanked = blank_spans(blanked, _code_spans(blanked))
    blanked = blank_spans(blanked, _matches(_TEMPLATE_TAGS, blanked))
    inline = list(_matches(_INLINE_CONSTRUCTS, blanked))
    links = tuple(
        span
        for span in inline
        if blanked[span.start] in "([hw"
        or (blanked.startswith(("<a", "<A"), span.start) and _LINK_TAG.match(blanked, span.start))
    )
    return blank_spans(blanked, [*inline, *_matches(_REFERENCE_DEFINITION, blanked)]), links


def _block_spans(text: str) -> list[Span]:
    spans: list[Span] = []
    body_start = 0
    front_matter = _FRONT_MATTER.match(text)
    if front_matter is not None:
        body_start = front_matter.end()
        spans.append(Span(0, body_start))
    spans.extend(_fenced_code(text, body_start))
    spans.extend(_matches(_BLOCK_CONSTRUCTS, blank_spans(text, spans)))
    return spans


def _matches(pattern: re.Pattern[str] | regex.Pattern[str], text: str) -> Iterable[Span]:
    return (Span(match.start(), match.end()) for match in pattern.finditer(text))


def _fenced_code(text: str, start: int) -> list[Span]:
    """Fenced code blocks, fences included; an unclosed fence runs to the end (CommonMark)."""
    spans: list[Span] = []
    position = start
    while True:
        opening = _FENCE_OPEN.search(text, position)
        if opening is None:
            return spans
        fence = opening["fence"]
        if fence[0] == "`" and "`" in opening["info"]:
            position = opening.end()
            continue
        closing = regex.compile(
            rf"^[ \t]*{regex.escape(fence[0])}{{{len(fence)},}}[ \t]*{LINE_END}", regex.MULTILINE
        )
        close = closing.search(text, opening.end())
        end = len(text) if close is None else close.end()
        spans.append(Span(opening.start(), end))
        position = end


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
    for heading in _ATX_HEADING.finditer(text):
        if heading["title"].strip():
            return shorten(heading["title"].strip())
    return None
