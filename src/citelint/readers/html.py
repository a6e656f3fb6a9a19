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
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import NamedTuple

from citelint.document import DecodedText, Document, OffsetMap, Post, Span, blank_spans
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
# in ``Document.source``, so that the mark in <code>echo</code>'d still reads as an apostrophe.
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


@dataclass
class _Block:
    """A run of prose between block boundaries, as pieces of the input."""

    article: int | None
    in_main: bool
    page_furniture: bool
    heading: bool
    pieces: list[tuple[str | None, int, int]] = field(default_factory=list)
    blanked: set[int] = field(default_factory=set)  # indexes of the pieces that are code
    links: list[tuple[int, int]] = field(default_factory=list)  # piece indexes


class ExtractedPost(NamedTuple):
    """A post found in HTML; its spans are offsets into the extract's text."""

    title: str | None
    prose: tuple[Span, ...]
    headings: tuple[Span, ...]
    links: tuple[Span, ...]


@dataclass(frozen=True)
class Extract:
    """The prose of an HTML text: the text, where each character came from, its posts."""

    source: str
    offsets: OffsetMap
    posts: tuple[ExtractedPost, ...]
    code: tuple[Span, ...]  # inline code, blanked in ``text``

    @property
    def text(self) -> str:
        return blank_spans(self.source, self.code)


@dataclass
class _Open:
    """An open element and what it changed about its content."""

    name: str
    counts: tuple[str, ...]
    link: tuple[_Block, int] | None = None


class _ProseParser(HTMLParser):
    def __init__(self, markup: str) -> None:
        super().__init__(convert_charrefs=False)
        self.markup = markup
        # Where each line starts, as html.parser counts lines (after each "\n").
        self._line_starts = [0, *(match.end() for match in re.finditer("\n", markup))]
        self.blocks: list[_Block] = []
        self.stack: list[_Open] = []
        self.depth = dict.fromkeys(
            ("skip", "article", "nested_article", "main", "furniture", "page_furniture",
             "container", "heading", "title", "code"),
            0,
        )  # fmt: skip
        self.articles = 0
        self.page_title: list[str] = []
        self.block: _Block | None = None

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
            if block.pieces and block.pieces[-1][0] != "\n":
                block.pieces.append(("\n", start, end))
            return
        self.block = None

    def _current(self) -> _Block:
        if self.block is None:
            depth = self.depth
            self.block = _Block(
                article=self.articles if depth["article"] else None,
                in_main=bool(depth["main"]),
                page_furniture=bool(depth["page_furniture"]),
                heading=bool(depth["heading"]),
            )
            self.blocks.append(self.block)
        return self.block

    def _prose(self) -> bool:
        depth = self.depth
        return not (depth["skip"] or depth["furniture"] or depth["nested_article"])

    def _add(self, decoded: str | None, start: int, end: int) -> None:
        if self.depth["title"]:
            self.page_title.append(self.markup[start:end] if decoded is None else decoded)
        elif self._prose():
            block = self._current()
            if self.depth["container"] and self.markup[start:end].isspace():
                # Between the items of a list or quote: no paragraph break.
                if block.pieces and block.pieces[-1][0] == "\n":
                    return
                decoded = " "
            if self.depth["code"]:
                block.blanked.add(len(block.pieces))
            block.pieces.append((decoded, start, end))

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
                self.block.pieces.append(("\n", start, end))
            return True
        if tag in _BLOCKS:
            self._boundary(start, end)
        return False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
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
            opened.link = (block, len(block.pieces))
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
                if len(block.pieces) > first_piece:
                    block.links.append((first_piece, len(block.pieces)))
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
        self._add(html.unescape(self.markup[start:end]), start, end)


def extract(markup: str) -> Extract:
    """The prose of ``markup`` (a page or a fragment such as a WordPress post body)."""
    parser = _ProseParser(markup)
    parser.feed(markup)
    parser.close()
    blocks = [block for block in parser.blocks if _has_text(markup, block)]
    page_title = " ".join("".join(parser.page_title).split()) or None
    groups: list[list[_Block]]
    if any(block.article is not None for block in blocks):
        numbers = sorted({block.article for block in blocks if block.article is not None})
        groups = [[block for block in blocks if block.article == number] for number in numbers]
    elif any(block.in_main for block in blocks):
        groups = [[block for block in blocks if block.in_main and not block.page_furniture]]
    else:
        groups = [[block for block in blocks if not block.page_furniture]]
    out = DecodedText(markup)
    posts: list[ExtractedPost] = []
    code: list[Span] = []
    for group in groups:
        prose: list[Span] = []
        headings: list[Span] = []
        links: list[Span] = []
        title: str | None = None
        for block in group:
            if out.length:
                out.decoded(_PARAGRAPH_BREAK, block.pieces[0][1], block.pieces[0][1])
            starts = _emit(out, markup, block)
            code.extend(Span(starts[index], starts[index + 1]) for index in sorted(block.blanked))
            span = Span(starts[0], out.length)
            prose.append(span)
            links.extend(Span(starts[first], starts[last]) for first, last in block.links)
            if block.heading:
                headings.append(span)
                if title is None:
                    title = "".join(_piece_text(markup, piece) for piece in block.pieces)
        if prose:
            if title is None and len(groups) == 1:
                title = page_title
            posts.append(ExtractedPost(title, tuple(prose), tuple(headings), tuple(links)))
    source = out.text()
    titled = tuple(
        post._replace(
            title=shorten(" ".join(post.title.split()))
            if post.title
            else _untitled(source, post.prose)
        )
        for post in posts
    )
    return Extract(source, out.offset_map(), titled, tuple(code))


def _untitled(text: str, prose: tuple[Span, ...]) -> str | None:
    return first_line_title(text[prose[0].start : prose[-1].end])


def _emit(out: DecodedText, markup: str, block: _Block) -> list[int]:
    """Append the block's pieces; where each piece starts in the text (and where it ends)."""
    starts = []
    for decoded, start, end in block.pieces:
        starts.append(out.length)
        if decoded is None:
            out.copy(start, end)
        else:
            out.decoded(decoded, start, end)
    starts.append(out.length)
    return starts


def _piece_text(markup: str, piece: tuple[str | None, int, int]) -> str:
    decoded, start, end = piece
    return markup[start:end] if decoded is None else decoded


def _has_text(markup: str, block: _Block) -> bool:
    return any(not _piece_text(markup, piece).isspace() for piece in block.pieces)


def read(path: str, text: str) -> Document:
    found = extract(text)
    return Document(
        path=path,
        source=found.source,
        text=found.text,
        posts=tuple(
            Post(title=post.title, prose=post.prose, headings=post.headings) for post in found.posts
        ),
        links=tuple(sorted(link for post in found.posts for link in post.links)),
        file_text=text,
        offsets=found.offsets,
    )
