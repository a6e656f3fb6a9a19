"""WordPress exports (WXR) and RSS feeds: each published post is one post of the document.

An ``<item>`` is a post when its ``wp:post_type`` is ``post`` and its ``wp:status`` is
``publish`` (an RSS feed without those fields: every item). Its ``<title>`` titles it, its
``content:encoded`` body (else its ``<description>``) is read as HTML, and its custom fields
(``wp:postmeta``) are its metadata, so a ``source`` field credits it as front matter does.
WordPress shortcodes (``[caption …]…[/caption]``, ``[youtube=…]``) are markup, not prose.
Every finding is reported at the line of the export where its text is.

The XML is parsed by expat with every entity declaration refused, so an export can neither
read other files (external entities) nor expand a few bytes into gigabytes (entity bombs).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any
from xml.parsers import expat

import regex

from citelint.document import (
    NO_METADATA,
    DecodedText,
    Document,
    Post,
    Span,
    blank_spans,
    compact_spans,
)
from citelint.errors import InputError, NotContentError
from citelint.readers.html import extract
from citelint.readers.plain import shorten

_WORDPRESS_NAMESPACE = "http://wordpress.org/export/"
_CONTENT_ENCODED = "http://purl.org/rss/1.0/modules/content/ encoded"
# Shortcode tags: a closing tag, a tag with attributes or a value ([youtube=…]), or one of
# WordPress's own bare shortcodes. A bracketed name alone ([Reuters]) is prose.
_SHORTCODE = regex.compile(
    r"\[/[a-z][a-z0-9_-]{0,40}\]"
    r"|\[[a-z][a-z0-9_-]{0,40}(?:=[^\]\s][^\]\r\n]{0,2000}|\s+[^\]\r\n]{0,2000}?\S)/?\]"
    r"|\[(?:audio|caption|embed|gallery|playlist|video|wp_caption)/?\]"
)
_PARAGRAPH_BREAK = "\n\n"


class _EntitiesRefusedError(Exception):
    """The export declares entities, which citelint never expands."""


@dataclass(slots=True)
class _Item:
    fields: dict[str, str] = field(default_factory=dict)
    body: DecodedText | None = None
    body_is_description: bool = False
    metadata: dict[str, Any] = field(default_factory=dict)
    meta_key: str | None = None


class _ExportParser:
    """Reads the items of an export with, for each body, where its text is in the file."""

    def __init__(self, text: str, on_item: Callable[[_Item], None]) -> None:
        self.text = text
        self.data = text.encode("utf-8")
        self.on_item = on_item  # called with each item as it ends
        self.items = 0
        self.path: list[str] = []
        self.item: _Item | None = None
        self.capture: str | None = None  # the field being read, or "body"
        self.captured: list[str] = []
        self.pending: tuple[str, int] | None = None  # character data and its byte index
        self.in_cdata = False
        self.wordpress = False
        self._byte_cursor = 0
        self._char_cursor = 0
        parser = expat.ParserCreate(encoding="UTF-8", namespace_separator=" ")
        parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
        parser.EntityDeclHandler = self._refuse
        parser.UnparsedEntityDeclHandler = self._refuse
        parser.ExternalEntityRefHandler = self._refuse
        parser.StartElementHandler = self._start
        parser.EndElementHandler = self._end
        parser.CharacterDataHandler = self._characters
        parser.StartCdataSectionHandler = self._start_cdata
        parser.EndCdataSectionHandler = self._end_cdata
        self.parser = parser

    def parse(self) -> None:
        self.parser.Parse(self.data, True)

    def _refuse(self, *_arguments: object) -> int:
        raise _EntitiesRefusedError

    def _char_offset(self, byte_index: int) -> int:
        """The character offset of a byte index; indexes are asked for in file order."""
        if byte_index < self._byte_cursor:
            self._byte_cursor = self._char_cursor = 0
        chunk = self.data[self._byte_cursor : byte_index]
        self._char_cursor += len(chunk.decode("utf-8", errors="replace"))
        self._byte_cursor = byte_index
        return self._char_cursor

    def _flush(self) -> None:
        """Place the pending run of character data: it ends where the next event starts."""
        if self.pending is None:
            return
        data, byte_index = self.pending
        self.pending = None
        start = self._char_offset(byte_index)
        end = self._char_offset(self.parser.CurrentByteIndex)
        if self.capture == "body" and self.item is not None and self.item.body is not None:
            if self.in_cdata or self.text[start:end] == data:
                self.item.body.copy(start, end)  # as written, line breaks included
            else:
                self.item.body.decoded(data, start, end)  # &lt;p&gt; and the like
        else:
            self.captured.append(data)

    def _start(self, name: str, _attributes: dict[str, str]) -> None:
        self._flush()
        self.path.append(name)
        if name.startswith(_WORDPRESS_NAMESPACE):
            self.wordpress = True
        if name == "item" and self.item is None:
            self.item = _Item()
            return
        parent = self.path[-2] if len(self.path) > 1 else ""
        if self.item is None or not (parent == "item" or _is_postmeta(parent)):
            return
        local = _local(name)
        if name == _CONTENT_ENCODED or (local == "description" and self.item.body is None):
            self.item.body = DecodedText(self.text)
            self.item.body_is_description = name != _CONTENT_ENCODED
            self.capture = "body"
        else:
            self.capture = local
            self.captured = []

    def _end(self, name: str) -> None:
        self._flush()
        self.path.pop()
        item = self.item
        if item is None:
            return
        if name == "item":
            self.items += 1
            self.item = None
            self.on_item(item)
        elif self.capture is not None and self.capture != "body":
            value = "".join(self.captured)
            if self.capture == "meta_key":
                item.meta_key = value.strip()
            elif self.capture == "meta_value" and item.meta_key:
                item.metadata[item.meta_key] = value
            elif self.path[-1:] == ["item"]:
                item.fields.setdefault(self.capture, value)
        self.capture = None

    def _characters(self, data: str) -> None:
        if self.capture is None:
            return
        if self.pending is not None:
            self._flush()
        self.pending = (data, self.parser.CurrentByteIndex)

    def _start_cdata(self) -> None:
        self._flush()
        self.in_cdata = True

    def _end_cdata(self) -> None:
        self._flush()
        self.in_cdata = False


def _is_postmeta(name: str) -> bool:
    return name.startswith(_WORDPRESS_NAMESPACE) and _local(name) == "postmeta"


def _local(name: str) -> str:
    """An element's own name, without its namespace."""
    return name.rpartition(" ")[2]


def read(path: str, text: str) -> Document:
    out = DecodedText(text)
    posts: list[Post] = []
    links: list[Span] = []
    code: list[Span] = []
    # Whether the export is WordPress's can decide whether an item is a published post (one
    # whose fields say status draft), and the first WordPress element may come after some
    # items: such an item waits for it, or for the end, and so does every item after it.
    waiting: list[_Item] = []

    def add(item: _Item, wordpress: bool) -> None:
        if not _is_published_post(item, wordpress) or item.body is None:
            return
        markup = item.body.text()
        body_map = item.body.offset_map()
        markup = blank_spans(
            markup, (Span(*m.span()) for m in _SHORTCODE.finditer(markup)), in_order=True
        )
        found = extract(markup)
        if not found.source.strip():
            return
        if out.length:
            start = body_map.start(0)
            out.decoded(_PARAGRAPH_BREAK, start, start)
        shift = out.length
        out.extend(found.source, found.offsets.through(body_map))
        code.extend(_shifted(found.code, shift))
        title = " ".join(item.fields.get("title", "").split())
        for post in found.posts:
            posts.append(
                Post(
                    title=shorten(title) if title else post.title,
                    prose=compact_spans(_shifted(post.prose, shift)),
                    headings=tuple(_shifted(post.headings, shift)),
                    metadata=item.metadata or NO_METADATA,
                )
            )
            links.extend(_shifted(post.links, shift))

    def on_item(item: _Item) -> None:
        if parser.wordpress:
            for earlier in waiting:
                add(earlier, wordpress=True)
            waiting.clear()
            add(item, wordpress=True)
        elif waiting or _is_published_post(item, True) != _is_published_post(item, False):
            waiting.append(item)
        else:
            add(item, wordpress=False)

    parser = _ExportParser(text, on_item)
    try:
        parser.parse()
    except _EntitiesRefusedError:
        raise InputError(
            path,
            "the XML declares entities; citelint does not read them, since they can "
            "read other files or expand without limit",
        ) from None
    except expat.ExpatError as error:
        raise InputError(
            path, f"not well-formed XML: {expat.ErrorString(error.code)}", error.lineno
        ) from None
    if not parser.items and not parser.wordpress:
        raise NotContentError(path, "not a WordPress export or RSS feed (no <item> elements)")
    for item in waiting:
        add(item, parser.wordpress)
    decoded = out.text()
    return Document(
        path=path,
        decoded=decoded,
        text=blank_spans(decoded, code, in_order=True),
        posts=tuple(posts),
        links=tuple(links),
        file_text=text,
        offsets=out.offset_map(),
    )


def _shifted(spans: Iterable[Span], shift: int) -> Iterator[Span]:
    """Spans of one post's extract, as spans of the document's text."""
    return (Span(span.start + shift, span.end + shift) for span in spans)


def _is_published_post(item: _Item, wordpress: bool) -> bool:
    if not wordpress:
        return True
    post_type = item.fields.get("post_type", "post").strip()
    status = item.fields.get("status", "publish").strip()
    return post_type == "post" and status == "publish"
