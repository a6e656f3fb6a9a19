"""HTML: the article's text, decoded, with every offset mapped back to the file.

Which text is the article: each ``<article>`` element is a post (a nested one, such as a
comment, is left out); without one, the ``<main>`` element (or ``role="main"``); without
that, the body. Navigation, asides, forms, and outside an article its header and footer (or
the elements whose ``role`` says so), are never prose, and neither are scripts, styles,
code, preformatted text, tables, embedded objects and hidden elements.

Inside the prose, inline tags (``<em>``, ``<a>``…) are removed without a trace, so that
``<em>Kim</em>’s`` still reads as a word and an apostrophe; a block element (``<p>``,
``<div>``, ``<li>``…) ends a paragraph; a ``<br>`` breaks a line. Entities are decoded for
the checks and reported where they are written. As in Markdown, a whole list or block quote
is one paragraph. Blank lines inside a block still separate paragraphs: WordPress writes its
paragraphs that way.

The parser is the standard library's ``html.parser``: it reports where every tag, run of
text and entity starts, and tolerates the broken markup real pages hold.
"""

from __future__ import annotations

import html
import re
from array import array
from collections.abc import Sequence
from dataclasses import dataclass
from html.parser import HTMLParser
from typing import NamedTuple

from citelint.document import (
    DecodedText,
    Document,
    OffsetMap,
    Post,
    Span,
    Spans,
    blank_spans,
    compact_spans,
    offsets_array,
)
from citelint.readers.plain import first_line_title, shorten

# Elements whose content is never prose.
_NOT_PROSE = frozenset(
    {
        "script", "style", "noscript", "template", "svg", "math", "iframe", "object",
        "canvas", "select", "textarea", "button", "pre", "table", "video", "audio", "map",
        "head",
    }
)  # fmt: skip
# Inline code is a word of the sentence that is not prose: blanked for the checks, but kept
# in ``Document.decoded``, so that the mark in <code>echo</code>'d still reads as an apostrophe.
_INLINE_CODE = frozenset({"code", "kbd", "samp", "var"})
# Page furniture: never prose, inside an article or out.
_FURNITURE = frozenset({"nav", "aside", "form", "dialog", "menu"})
# A page's own header and footer; inside an article they hold its title and credit.
_PAGE_FURNITURE = frozenset({"header", "footer"})
_FURNITURE_ROLES = frozenset({"navigation", "complementary", "search", "dialog", "menu"})
_PAGE_FURNITURE_ROLES = frozenset({"banner", "contentinfo"})
_CONTAINERS = frozenset({"ul", "ol", "dl", "blockquote"})
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_BLOCKS = frozenset(
    {
        "address", "article", "aside", "blockquote", "body", "center", "dd", "details",
        "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
        "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "li", "main",
        "nav", "ol", "p", "section", "summary", "ul", "title", "caption", "legend",
        *_NOT_PROSE - _INLINE_CODE,
    }
)  # fmt: skip
_VOID = frozenset(
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
        "source", "track", "wbr", "keygen", "command",
    }
)  # fmt: skip
_PARAGRAPH_BREAK = "\n\n"


class _Pieces:
    """The runs of prose between block boundaries, as pieces of the input, all in flat
    arrays: a page of a million tiny elements has a million blocks.

    A piece is ``(decoded, start, end)``: the markup's ``[start, end)``, copied as it is
    (``decoded`` is None) or standing for ``decoded`` (an entity, a break). A block is a run
    of consecutive pieces: only the block being read receives pieces, and once it ends no
    other does.
    """

    __slots__ = (
        "article",
        "block_ends",
        "block_starts",
        "code",
        "decoded",
        "ends",
        "flags",
        "links",
        "starts",
    )

    IN_MAIN, PAGE_FURNITURE, HEADING = 1, 2, 4

    def __init__(self) -> None:
        self.decoded: list[str | None] = []
        self.starts = offsets_array()
        self.ends = offsets_array()
        self.block_starts = offsets_array()  # each block's first piece
        self.block_ends = offsets_array()  # and the one after its last
        self.article = offsets_array()  # each block's article number, or -1
        self.flags = bytearray()
        self.code: set[int] = set()  # the pieces that are inline code
        self.links: dict[int, list[tuple[int, int]]] = {}  # block -> linked piece ranges

    def new_block(self, article: int | None, flags: int) -> int:
        self.block_starts.append(len(self.starts))
        self.block_ends.append(len(self.starts))
        self.article.append(-1 if article is None else article)
        self.flags.append(flags)
        return len(self.flags) - 1

    def add(self, block: int, decoded: str | None, start: int, end: int) -> None:
        self.decoded.append(decoded)
        self.starts.append(start)
        self.ends.append(end)
        self.block_ends[block] = len(self.starts)

    def last_decoded(self, block: int) -> str | None:
        """The decoded text of the block's last piece ("" when it has none)."""
        if self.block_ends[block] == self.block_starts[block]:
            return ""
        return self.decoded[self.block_ends[block] - 1]

    def is_empty(self, block: int) -> bool:
        return self.block_ends[block] == self.block_starts[block]

    def piece(self, index: int) -> tuple[str | None, int, int]:
        return self.decoded[index], self.starts[index], self.ends[index]


class ExtractedPost(NamedTuple):
    """A post found in HTML; its spans are offsets into the extract's text."""

    title: str | None
    prose: Sequence[Span]
    headings: tuple[Span, ...]
    links: tuple[Span, ...]


@dataclass(frozen=True)
class Extract:
    """The prose of an HTML text: the text, where each character came from, its posts."""

    source: str
    offsets: OffsetMap
    posts: tuple[ExtractedPost, ...]
    code: tuple[Span, ...]  # inline code, blanked in ``text``
    # The page's language (<html lang="de">): a post's own language chooses its conventions.
    lang: str | None = None

    @property
    def text(self) -> str:
        return blank_spans(self.source, self.code, in_order=True)


@dataclass(slots=True)
class _Open:
    """An open element and what it changed about its content."""

    name: str
    counts: tuple[str, ...]
    link: tuple[int, int] | None = None  # (block, its first piece) of a link


class _ProseParser(HTMLParser):
    def __init__(self, markup: str) -> None:
        super().__init__(convert_charrefs=False)
        self.markup = markup
        # Where each line starts, as html.parser counts lines (after each "\n").
        self._line_starts = offsets_array((0,))
        self._line_starts.extend(match.end() for match in re.finditer("\n", markup))
        self.pieces = _Pieces()
        self.stack: list[_Open] = []
        self.depth = dict.fromkeys(
            ("skip", "article", "nested_article", "main", "furniture", "page_furniture",
             "container", "heading", "title", "code"),
            0,
        )  # fmt: skip
        self.articles = 0
        self.page_title: list[str] = []
        self.block: int | None = None  # the block being read
        self.lang: str | None = None

    # -- positions -------------------------------------------------------------------------

    def _offset(self) -> int:
        line, column = self.getpos()
        return self._line_starts[line - 1] + column

    def _tag_end(self, start: int) -> int:
        text = self.get_starttag_text()
        return start + (len(text) if text else 0)

    # -- blocks ----------------------------------------------------------------------------

    def _boundary(self, start: int, end: int) -> None:
        """A block element starts or ends: inside a list or block quote, a line break."""
        block = self.block
        if self.depth["container"] and block is not None and not self.depth["heading"]:
            if not self.pieces.is_empty(block) and self.pieces.last_decoded(block) != "\n":
                self.pieces.add(block, "\n", start, end)
            return
        self.block = None

    def _current(self) -> int:
        if self.block is None:
            depth = self.depth
            flags = (
                (_Pieces.IN_MAIN if depth["main"] else 0)
                | (_Pieces.PAGE_FURNITURE if depth["page_furniture"] else 0)
                | (_Pieces.HEADING if depth["heading"] else 0)
            )
            self.block = self.pieces.new_block(self.articles if depth["article"] else None, flags)
        return self.block

    def _prose(self) -> bool:
        depth = self.depth
        return not (depth["skip"] or depth["furniture"] or depth["nested_article"])

    def _add(self, decoded: str | None, start: int, end: int) -> None:
        if self.depth["title"]:
            self.page_title.append(self.markup[start:end] if decoded is None else decoded)
        elif self._prose():
            block = self._current()
            pieces = self.pieces
            if self.depth["container"] and self.markup[start:end].isspace():
                # Between the items of a list or quote: no paragraph break.
                if pieces.last_decoded(block) == "\n":
                    return
                decoded = " "
            if self.depth["code"]:
                pieces.code.add(len(pieces.starts))
            pieces.add(block, decoded, start, end)

    # -- what html.parser gives up on -----------------------------------------------------

    def parse_marked_section(self, i: int, report: bool = True) -> int:
        """``<![CDATA[…]]>`` and its kin; html.parser asserts on a keyword it does not know
        (``<![CDs ``), which real pages and mangled exports have: skip it like a bogus
        comment."""
        # On some of these errors html.parser has already moved its position on; put it back,
        # or every offset after the section would be off (found by fuzzing).
        position = self.getpos()
        try:
            return super().parse_marked_section(i, report)
        except AssertionError:
            self.lineno, self.offset = position
            end = self.rawdata.find(">", i + 3)
            return -1 if end < 0 else end + 1

    # -- events ----------------------------------------------------------------------------

    def _breaks(self, tag: str, start: int, end: int) -> bool:
        """A ``<br>`` breaks the line (True); a block element ends the paragraph."""
        if tag == "br":
            if self._prose() and self.block is not None:
                self.pieces.add(self.block, "\n", start, end)
            return True
        if tag in _BLOCKS:
            self._boundary(start, end)
        return False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "html" and self.lang is None:
            self.lang = next((value for name, value in attrs if name == "lang" and value), None)
        start = self._offset()
        end = self._tag_end(start)
        if self._breaks(tag, start, end) or tag in _VOID:
            return
        counts = self._counts(tag, dict(attrs))
        opened = _Open(tag, counts)
        for name in counts:
            self.depth[name] += 1
        if tag == "article" and "article" in counts:
            self.articles += 1
        if tag == "a" and self._prose() and any(name == "href" for name, _ in attrs):
            block = self._current()
            opened.link = (block, self.pieces.block_ends[block])
        self.stack.append(opened)

    def _counts(self, tag: str, attributes: dict[str, str | None]) -> tuple[str, ...]:
        counts: list[str] = []
        role = (attributes.get("role") or "").strip().lower()
        hidden = "hidden" in attributes or (attributes.get("aria-hidden") or "") == "true"
        if tag in _NOT_PROSE or hidden:
            counts.append("skip")
        if tag == "title" and not any(opened.name in {"svg", "math"} for opened in self.stack):
            counts.append("title")
        if tag == "article":
            counts.append("nested_article" if self.depth["article"] else "article")
        if tag == "main" or role == "main":
            counts.append("main")
        if tag in _FURNITURE or role in _FURNITURE_ROLES:
            counts.append("furniture")
        if tag in _PAGE_FURNITURE or role in _PAGE_FURNITURE_ROLES:
            counts.append("page_furniture")
        if tag in _CONTAINERS:
            counts.append("container")
        if tag in _HEADINGS:
            counts.append("heading")
        if tag in _INLINE_CODE:
            counts.append("code")
        return tuple(counts)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        start = self._offset()
        self._breaks(tag, start, self._tag_end(start))

    def handle_endtag(self, tag: str) -> None:
        if not any(opened.name == tag for opened in self.stack):
            if tag in _BLOCKS:  # a stray </p> still ends a paragraph
                start = self._offset()
                self._boundary(start, start)
            return
        start = self._offset()
        while self.stack:
            opened = self.stack.pop()
            for name in opened.counts:
                self.depth[name] -= 1
            if opened.link is not None:
                block, first_piece = opened.link
                end_piece = self.pieces.block_ends[block]
                if end_piece > first_piece:
                    self.pieces.links.setdefault(block, []).append((first_piece, end_piece))
            if opened.name == tag:
                break
        if tag in _BLOCKS:
            end = self.markup.find(">", start) + 1 or start
            self._boundary(start, end)

    def handle_data(self, data: str) -> None:
        start = self._offset()
        self._add(None, start, start + len(data))

    def handle_entityref(self, name: str) -> None:
        self._reference("&" + name)

    def handle_charref(self, name: str) -> None:
        self._reference("&#" + name)

    def _reference(self, written: str) -> None:
        start = self._offset()
        end = start + len(written)
        if self.markup.startswith(";", end):
            end += 1
        self._add(_unescaped(self.markup[start:end]), start, end)


# The longest decimal reference to a code point (U+10FFFF is 1114111). A longer one is out of
# range, which html.unescape turns into U+FFFD, but only after converting all its digits to an
# int, which Python refuses past 4,300 digits.
_LONGEST_DECIMAL_REFERENCE = 7


def _unescaped(reference: str) -> str:
    digits = reference[2:].rstrip(";") if reference.startswith("&#") else ""
    if digits.isdigit() and len(digits.lstrip("0")) > _LONGEST_DECIMAL_REFERENCE:
        return "\ufffd"
    return html.unescape(reference)


def extract(markup: str) -> Extract:
    """The prose of ``markup`` (a page or a fragment such as a WordPress post body)."""
    parser = _ProseParser(markup)
    parser.feed(markup)
    parser.close()
    pieces = parser.pieces
    blocks = offsets_array(
        block for block in range(len(pieces.flags)) if _has_text(markup, pieces, block)
    )
    page_title = " ".join("".join(parser.page_title).split()) or None
    groups: list[array[int]]
    if any(pieces.article[block] >= 0 for block in blocks):
        # One pass, not one per article: a page may hold thousands.
        by_article: dict[int, array[int]] = {}
        for block in blocks:
            if pieces.article[block] >= 0:
                by_article.setdefault(pieces.article[block], offsets_array()).append(block)
        groups = [by_article[number] for number in sorted(by_article)]
    elif any(pieces.flags[block] & _Pieces.IN_MAIN for block in blocks):
        groups = [
            offsets_array(
                block
                for block in blocks
                if pieces.flags[block] & _Pieces.IN_MAIN
                and not pieces.flags[block] & _Pieces.PAGE_FURNITURE
            )
        ]
    else:
        groups = [
            offsets_array(
                block for block in blocks if not pieces.flags[block] & _Pieces.PAGE_FURNITURE
            )
        ]
    del blocks
    out = DecodedText(markup)
    posts: list[ExtractedPost] = []
    code: list[Span] = []
    for group in groups:
        prose = offsets_array(), offsets_array()
        headings: list[Span] = []
        links: list[Span] = []
        title: str | None = None
        for block in group:
            first, last = pieces.block_starts[block], pieces.block_ends[block]
            if out.length:
                out.decoded(_PARAGRAPH_BREAK, pieces.starts[first], pieces.starts[first])
            starts = _emit(out, pieces, first, last)
            code.extend(
                Span(starts[index - first], starts[index - first + 1])
                for index in range(first, last)
                if index in pieces.code
            )
            span = Span(starts[0], out.length)
            prose[0].append(span.start)
            prose[1].append(span.end)
            links.extend(
                Span(starts[start - first], starts[end - first])
                for start, end in pieces.links.get(block, ())
            )
            if pieces.flags[block] & _Pieces.HEADING:
                headings.append(span)
                if title is None:
                    title = "".join(
                        _piece_text(markup, pieces.piece(index)) for index in range(first, last)
                    )
        if prose[0]:
            if title is None and len(groups) == 1:
                title = page_title
            posts.append(
                ExtractedPost(
                    title, compact_spans(Spans.of_offsets(*prose)), tuple(headings), tuple(links)
                )
            )
    del groups
    source = out.text()
    titled = tuple(
        post._replace(
            title=shorten(" ".join(post.title.split()))
            if post.title
            else _untitled(source, post.prose)
        )
        for post in posts
    )
    return Extract(source, out.offset_map(), titled, tuple(code), parser.lang)


def _untitled(text: str, prose: Sequence[Span]) -> str | None:
    return first_line_title(text[prose[0].start : prose[-1].end])


def _emit(out: DecodedText, pieces: _Pieces, first: int, last: int) -> array[int]:
    """Append pieces ``[first, last)``; where each starts in the text (and where the last
    ends)."""
    starts = offsets_array()
    for index in range(first, last):
        starts.append(out.length)
        decoded, start, end = pieces.piece(index)
        if decoded is None:
            out.copy(start, end)
        else:
            out.decoded(decoded, start, end)
    starts.append(out.length)
    return starts


def _piece_text(markup: str, piece: tuple[str | None, int, int]) -> str:
    decoded, start, end = piece
    return markup[start:end] if decoded is None else decoded


def _has_text(markup: str, pieces: _Pieces, block: int) -> bool:
    return any(
        not _piece_text(markup, pieces.piece(index)).isspace()
        for index in range(pieces.block_starts[block], pieces.block_ends[block])
    )


def read(path: str, text: str) -> Document:
    found = extract(text)
    return Document(
        path=path,
        decoded=found.source,
        text=found.text,
        posts=tuple(
            Post(
                title=post.title,
                prose=post.prose,
                headings=post.headings,
                metadata={} if found.lang is None else {"lang": found.lang},
            )
            for post in found.posts
        ),
        links=tuple(sorted(link for post in found.posts for link in post.links)),
        file_text=text,
        offsets=found.offsets,
    )
