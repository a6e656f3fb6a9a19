"""Paragraphs: runs of non-blank lines inside a post's prose."""

from __future__ import annotations

from collections.abc import Sequence

import regex

from citelint.document import LINE_BREAK, Span, append_trimmed

# A line break, then one or more lines holding only whitespace: what separates paragraphs.
_PARAGRAPH_BREAK = regex.compile(rf"{LINE_BREAK}(?:[^\S\r\n]*{LINE_BREAK})+")


def split_paragraphs(text: str, prose: Sequence[Span]) -> tuple[Span, ...]:
    """Paragraph spans, trimmed of surrounding whitespace, in text order."""
    paragraphs: list[Span] = []
    for region in prose:
        cursor = region.start
        for gap in _PARAGRAPH_BREAK.finditer(text, region.start, region.end):
            append_trimmed(text, cursor, gap.start(), paragraphs)
            cursor = gap.end()
        append_trimmed(text, cursor, region.end, paragraphs)
    return tuple(paragraphs)


def is_block_quotation(text: str, paragraph: Span) -> bool:
    """Whether a paragraph is a Markdown block quotation (``> …``): a post, a tweet or a
    document quoted whole, whose words are its author's."""
    return text.startswith(">", paragraph.start)
