"""Markdown: prose is what a CommonMark parser (markdown-it-py) finds in paragraphs, headings,
list items and HTML blocks; everything else is blanked so it is never linted as prose.

Blanked (same length, line breaks kept): YAML or TOML front matter (read as the post's
metadata), fenced and indented code, tables, reference definitions, thematic breaks, a setext
heading's underline and an ATX heading's closing #s, Liquid and Hugo tags and their raw,
highlight and comment blocks, HTML comments, script and style elements, HTML tags (the text
between tags is prose), autolinks and bare URLs, inline code, link destinations and titles,
reference labels and footnote markers (link text is prose). Each block is one paragraph of
the post, and so is each list and each block quote. Where a link points somewhere is kept as
``Document.links``.

Template blocks and comments are blanked before the block parse, so that a Liquid tag on a
line of its own does not join two paragraphs and a quotation mark inside it cannot pair with
anything in the prose.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from itertools import islice, repeat
from typing import TYPE_CHECKING, Any

import regex

from citelint import toml
from citelint.document import (
    LINE_BREAK,
    LINE_END,
    Document,
    LineIndex,
    Span,
    Spans,
    blank_spans,
    line_spans,
    line_starts,
    offsets_array,
    trimmed,
)
from citelint.errors import InputError
from citelint.readers.plain import shorten, single_post

if TYPE_CHECKING:
    import yaml
    from markdown_it import MarkdownIt
    from markdown_it.token import Token

# YAML (--- … --- or ...) or TOML (+++ … +++) front matter opening the file.
_FRONT_MATTER = regex.compile(
    rf"(?:---[ \t]*{LINE_BREAK}(?P<yaml>(?:[\s\S]*?{LINE_BREAK})??)(?:---|\.\.\.)"
    rf"|\+\+\+[ \t]*{LINE_BREAK}(?P<toml>(?:[\s\S]*?{LINE_BREAK})??)\+\+\+)[ \t]*{LINE_END}"
)

# Bounded repeats keep a stray opener from scanning the rest of a large file.
_BLOCK_CONSTRUCTS = regex.compile(
    r"""
      <!--[\s\S]{0,100000}?-->
    | <(?P<element>script|style)\b[\s\S]{0,100000}?</(?P=element)\s*>
    | \{%-?\s*(?P<block>raw|highlight|comment)\b[\s\S]{0,100000}?\{%-?\s*end(?P=block)\s*-?%\}
    | \{\{[<%]\s*(?P<shortcode>highlight|code)\b[\s\S]{0,100000}?
      \{\{[<%]\s*/(?P=shortcode)\s*[>%]\}\}
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
# Liquid and Hugo ({{< figure >}}, {{% note %}}) go first: they sit inside HTML attributes
# (src="{{ "/a.png" | url }}").
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
_CONTAINERS = frozenset(
    {
        "bullet_list_open",
        "bullet_list_close",
        "ordered_list_open",
        "ordered_list_close",
        "blockquote_open",
        "blockquote_close",
    }
)
_BLOCK_QUOTE_MARKERS_ONLY = re.compile(r"[ \t]*>(?:[ \t]*>)*[ \t]*")
_LINK_TAG = regex.compile(r"<a\s[^>]*\bhref\s*=", regex.IGNORECASE)
_BACKTICKS = regex.compile(r"`+")
_BLANK_LINE = regex.compile(rf"{LINE_BREAK}[ \t]*{LINE_BREAK}")


def read(path: str, text: str) -> Document:
    front_matter = find_front_matter(text)
    metadata, front_matter_problem = read_front_matter(path, text, front_matter)
    # Before the block parse: these hold text a parser would take for prose or for structure.
    without_templates = blank_spans(text, [front_matter.span] if front_matter else [])
    for construct in (_BLOCK_CONSTRUCTS, _TEMPLATE_TAGS):
        without_templates = blank_spans(
            without_templates, _matches(construct, without_templates), in_order=True
        )
    starts = line_starts(text)  # blanking keeps every line break: the same lines
    structure = MarkdownStructure()
    prose_starts, prose_ends = offsets_array(), offsets_array()

    def kept_lines(parsed: str) -> Iterator[Span]:
        # Block by block as the parse finds them: no list of every line of every block.
        for block in prose_blocks(parsed, structure, LineIndex(text, starts)):
            prose_starts.append(block[0].start)
            prose_ends.append(block[-1].end)
            yield from block

    kept = _keep_only(without_templates, kept_lines(without_templates))
    del without_templates  # each copy of a large file is as large as it: one at a time
    blanked, links, inline_code = blank_inline_markup(kept)
    del kept
    title = metadata.get("title")
    title = title.strip() if isinstance(title, str) else ""
    title = title or structure.first_heading
    posts = single_post(
        blanked,
        title=shorten(title) if title else None,
        prose=Spans.of_offsets(prose_starts, prose_ends),
        headings=tuple(structure.headings),
        metadata=metadata,
    )
    verbatim = tuple(sorted([*structure.code, *inline_code]))
    return Document(
        path=path,
        decoded=text,
        text=blanked,
        posts=posts,
        line_starts=starts,
        links=links,
        verbatim=verbatim,
        problems=() if front_matter_problem is None else (front_matter_problem,),
    )


@dataclass(frozen=True)
class FrontMatter:
    """Front matter: its whole span (fences included), its syntax and where its body is."""

    span: Span
    syntax: str  # "yaml" or "toml"
    body: Span


def find_front_matter(text: str) -> FrontMatter | None:
    match = _FRONT_MATTER.match(text)
    if match is None:
        return None
    syntax = "yaml" if match.group("yaml") is not None else "toml"
    return FrontMatter(Span(match.start(), match.end()), syntax, Span(*match.span(syntax)))


class _UnreadValueError(Exception):
    """Front matter that is well formed but holds a value beyond what its parser reads."""

    def __init__(self, problem: str, line: int | None = None) -> None:
        super().__init__(problem)
        self.problem = problem
        self.line = line  # 0-based, within the front matter's body, when known


def read_front_matter(
    path: str, text: str, front_matter: FrontMatter | None
) -> tuple[dict[str, Any], str | None]:
    """The front matter's fields, and the problem that kept them from being read, if any.

    Front matter that is not YAML or TOML at all is an ``InputError`` naming the line.
    Front matter that is well formed but holds a value its parser cannot turn into Python
    (an integer of thousands of digits, nesting thousands deep) is that file's problem, one
    line naming the line: the post is linted without its fields.
    """
    if front_matter is None:
        return {}, None
    body = text[front_matter.body.start : front_matter.body.end]
    first_line = len(line_spans(text, 0, front_matter.body.start)) + 1
    try:
        if front_matter.syntax == "toml":
            fields = _parse_toml(path, body, first_line)
        else:
            fields = _parse_yaml(path, body, first_line)
    except _UnreadValueError as error:
        line = first_line + (error.line or 0)
        return {}, f"{path}:{line}: front matter not read: {error.problem}; linted without it"
    if fields is None:
        return {}, None
    if not isinstance(fields, dict):
        raise InputError(
            path,
            f"front matter is not a mapping of fields (found {type(fields).__name__})",
            first_line,
        )
    return {str(key): value for key, value in fields.items()}, None


def _parse_toml(path: str, body: str, first_line: int) -> object:
    try:
        return toml.loads(body)
    except toml.TomlError as error:
        if not error.syntax:
            raise _UnreadValueError(str(error)) from None  # a limit of the parser: nesting, digits
        # tomllib counts lines from the start of the front matter's body.
        line = None if error.line is None else first_line + error.line - 1
        raise InputError(path, f"front matter is not valid TOML: {error.problem}", line) from None


def _parse_yaml(path: str, body: str, first_line: int) -> object:
    import yaml  # noqa: PLC0415 - start-up stays lean for files without front matter

    try:
        return yaml.load(body, Loader=_yaml_loader())
    except RecursionError:
        # The pure-Python parser recurses once per level of nesting.
        raise _UnreadValueError("values nested too deeply to read") from None
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        problem = getattr(error, "problem", None) or str(error).splitlines()[0]
        if problem == _LIBYAML_TOO_DEEP:
            raise _UnreadValueError(
                "values nested too deeply to read", None if mark is None else mark.line
            ) from None
        line = first_line + mark.line if mark is not None else None
        raise InputError(path, f"front matter is not valid YAML: {problem}", line) from None


# What libyaml says when nesting goes past its limit (1,000 levels).
_LIBYAML_TOO_DEEP = "exceeded maximum nesting depth"
_YAML_TIMESTAMP = "tag:yaml.org,2002:timestamp"
_YAML_INT = "tag:yaml.org,2002:int"


@cache
def _yaml_loader() -> type[yaml.SafeLoader]:
    """A safe loader (libyaml's when there is one) that reads timestamps as the strings they
    are written as: citelint needs no dates, and a date such as 2020-13-45 or a time zone
    of -99:99 is no error in a post's front matter."""
    import yaml  # noqa: PLC0415

    base: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

    class FrontMatterLoader(base):  # type: ignore[valid-type, misc]
        pass

    FrontMatterLoader.yaml_implicit_resolvers = {
        first: [(tag, pattern) for tag, pattern in resolvers if tag != _YAML_TIMESTAMP]
        for first, resolvers in base.yaml_implicit_resolvers.items()
    }
    FrontMatterLoader.add_constructor(_YAML_TIMESTAMP, yaml.SafeLoader.construct_scalar)
    FrontMatterLoader.add_constructor(_YAML_INT, _construct_int)
    return FrontMatterLoader


def _construct_int(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> int:
    try:
        return loader.construct_yaml_int(node)
    except ValueError:
        # int() refuses more digits than sys.get_int_max_str_digits() (4,300 by default).
        digits = len(node.value.replace("_", "").lstrip("+-"))
        raise _UnreadValueError(
            f"an integer of {digits} digits is too long to read", node.start_mark.line
        ) from None


@dataclass
class MarkdownStructure:
    """What the block parse finds besides the prose blocks: the headings (their prose), the
    first heading's text, and the fenced and indented code blocks."""

    headings: list[Span] = field(default_factory=list)
    first_heading: str | None = None
    code: list[Span] = field(default_factory=list)


@cache
def _parser() -> MarkdownIt:
    # Imported on first use: plain-text runs never pay for it.
    from markdown_it import MarkdownIt  # noqa: PLC0415

    parser = MarkdownIt("commonmark", {"html": True}).enable("table")
    # Only the blocks are needed; inline markup is blanked from the source text, where its
    # positions are (markdown-it's inline tokens carry none).
    parser.core.ruler.disable(["inline", "text_join"])
    return parser


# Lines parsed at a time. markdown-it keeps five numbers per line of what it parses and a
# token of some hundred bytes per block boundary: over a whole file of tiny paragraphs, that
# is hundreds of times the file.
_STRETCH_LINES = 2048


def block_tokens(text: str, lines: LineIndex | None = None) -> Iterator[Token]:
    """markdown-it's block tokens for ``text``, the same as one parse of all of it gives, but
    parsed a stretch of lines at a time.

    A stretch's last top-level block may run on past its end (a paragraph, a list, an
    unclosed fence), so it is left out and parsed again at the start of the next stretch.
    Every block before it ended inside the stretch, on the same lines as in a parse of the
    whole text: CommonMark decides where a block ends from its own lines and the line that
    ends it, and a block at the top level starts afresh. A stretch of a single block that
    runs on is doubled until the block ends inside it.
    """
    if lines is None:
        lines = LineIndex(text)
    parser = _parser()
    starts = lines.starts
    count = len(lines)
    environment: dict[str, Any] = {}
    first, size = 0, _STRETCH_LINES
    while first < count:
        last = min(first + size, count)
        end = starts[last] if last < len(starts) else len(text)
        tokens = parser.parse(text[starts[first] : end], environment)
        cut, resume = len(tokens), 0
        if last < count:
            cut = next(
                (
                    index
                    for index in range(len(tokens) - 1, -1, -1)
                    if tokens[index].level == 0 and tokens[index].nesting >= 0
                ),
                0,
            )
            where = tokens[cut].map if tokens else None
            resume = where[0] if cut and where else 0
            if not resume:
                size *= 2
                continue
        for token in islice(tokens, cut):
            if token.map is not None:
                token.map = [token.map[0] + first, token.map[1] + first]
            yield token
        if last == count:
            return
        first, size = first + resume, _STRETCH_LINES


def prose_blocks(
    text: str, structure: MarkdownStructure, lines: LineIndex | None = None
) -> Iterator[list[Span]]:
    """The prose of a Markdown text, block by block (paragraph, heading, HTML block; a whole
    list or block quote): the part of each of its lines that is prose. Block-quote and list
    markers are kept (the checks read them); a heading's closing #s are not. What else the
    parse finds goes into ``structure``."""
    if lines is None:
        lines = LineIndex(text)
    block: list[Span]
    container: list[Span] = []
    headings = structure.headings
    in_heading = in_table = False
    # The outermost list or block quote is one paragraph: a colon before a list introduces
    # every item, and a block quote is one quotation whose speaker is named around it.
    container_depth = 0
    marker_lines: list[Span] = []
    previous_leaf = ""
    code = structure.code
    for token in block_tokens(text, lines):
        kind = token.type
        if kind == "code_block" and previous_leaf == "html_block":
            # Indented text after a blank line inside an HTML element (a pull quote's second
            # paragraph) is that element's text to Jekyll's kramdown, not code.
            kind = "html_block"
        if token.nesting == 0 and token.block:
            previous_leaf = kind
        if kind in {"fence", "code_block"} and token.map is not None:
            first, last = token.map
            if last > first:
                code.append(Span(lines.span(first).start, lines.span(last - 1).end))
        if kind in _CONTAINERS:
            if token.nesting > 0:
                if container_depth == 0:
                    container = []
                    quote_lines = map(lines.span, range(*token.map)) if token.map else ()
                    # A line holding only “>” joins the quoted paragraphs around it.
                    marker_lines = [
                        trimmed(text, line)
                        for line in quote_lines
                        if kind == "blockquote_open"
                        and _BLOCK_QUOTE_MARKERS_ONLY.fullmatch(text, line.start, line.end)
                    ]
                container_depth += 1
            else:
                container_depth -= 1
                if container_depth == 0 and container:
                    # (a stray “>” holds no prose)
                    yield sorted([*container, *marker_lines])
        elif kind in {"table_open", "table_close"}:
            in_table = kind == "table_open"  # cells are data, not sentences
        elif kind in {"heading_open", "heading_close"}:
            in_heading = kind == "heading_open"
        elif kind in {"inline", "html_block"} and token.map is not None and not in_table:
            first, last = token.map
            if kind == "inline":
                block = _content_lines(text, map(lines.span, range(first, last)), token.content)
            else:
                # The text between tags is prose; the tags are blanked with the inline markup.
                block = [trimmed(text, lines.span(number)) for number in range(first, last)]
            block = [line for line in block if line.end > line.start]
            if not block:
                continue
            if in_heading:
                headings.append(Span(block[0].start, block[-1].end))
                structure.first_heading = structure.first_heading or token.content.strip()
            if container_depth:
                container.extend(block)
            else:
                yield block


def _content_lines(text: str, lines: Iterable[Span], content: str) -> list[Span]:
    """Each line of a block, from its first character (block-quote and list markers stay:
    the checks read them) to the end of its content (a heading's closing #s go; a setext
    heading's underline is no content line)."""
    found: list[Span] = []
    for line, content_line in zip(lines, content.split("\n"), strict=False):
        wanted = content_line.strip()
        if not wanted:
            continue
        whole = trimmed(text, line)
        source_line = text[whole.start : whole.end]
        if source_line.endswith(wanted):
            found.append(whole)
            continue
        index = source_line.find(wanted)  # an ATX heading's closing #s follow it
        found.append(whole if index < 0 else Span(whole.start, whole.start + index + len(wanted)))
    return found


def _keep_only(text: str, kept: Iterable[Span]) -> str:
    """``text`` with everything outside ``kept`` (sorted, disjoint) blanked."""
    return blank_spans(text, _gaps(text, kept), in_order=True)


def _gaps(text: str, kept: Iterable[Span]) -> Iterator[Span]:
    cursor = 0
    for span in kept:
        if span.start > cursor:
            yield Span(cursor, span.start)
        cursor = max(cursor, span.end)
    if cursor < len(text):
        yield Span(cursor, len(text))


def blank_inline_markup(text: str) -> tuple[str, tuple[Span, ...], list[Span]]:
    """The prose with its inline markup blanked, where it links to something, and where its
    inline code is."""
    code = _code_spans(text)
    blanked = blank_spans(text, code, in_order=True)
    links: list[Span] = []

    def inline() -> Iterator[Span]:
        for span in _matches(_INLINE_CONSTRUCTS, blanked):
            if blanked[span.start] in "([hw" or (
                blanked.startswith(("<a", "<A"), span.start)
                and _LINK_TAG.match(blanked, span.start)
            ):
                links.append(span)
            yield span

    return blank_spans(blanked, inline(), in_order=True), tuple(links), code


def _matches(pattern: re.Pattern[str] | regex.Pattern[str], text: str) -> Iterable[Span]:
    return (Span(match.start(), match.end()) for match in pattern.finditer(text))


def _code_spans(text: str) -> list[Span]:
    """Inline code: a backtick run up to the next run of the same length in its paragraph."""
    run_starts, run_ends = offsets_array(), offsets_array()
    for match in _BACKTICKS.finditer(text):
        run_starts.append(match.start())
        run_ends.append(match.end())
    if not run_starts:
        return []
    paragraph_breaks = offsets_array(match.start() for match in _BLANK_LINE.finditer(text))
    # The index of the next run of the same length, or -1.
    next_same_length = offsets_array(repeat(-1, len(run_starts)))
    latest: dict[int, int] = {}
    for index in range(len(run_starts) - 1, -1, -1):
        length = run_ends[index] - run_starts[index]
        next_same_length[index] = latest.get(length, -1)
        latest[length] = index
    spans: list[Span] = []
    index = 0
    while index < len(run_starts):
        closing = next_same_length[index]
        start = run_starts[index]
        if closing >= 0:
            end = run_ends[closing]
            next_break = bisect_left(paragraph_breaks, start)
            if next_break == len(paragraph_breaks) or paragraph_breaks[next_break] > end:
                spans.append(Span(start, end))
                index = closing + 1
                continue
        index += 1
    return spans
