"""Paragraphs: runs of non-blank lines inside a post's prose."""

from __future__ import annotations

from collections.abc import Sequence

from citelint.document import Span, line_spans


def split_paragraphs(text: str, prose: Sequence[Span]) -> tuple[Span, ...]:
    """Paragraph spans, trimmed of surrounding whitespace, in text order."""
    paragraphs: list[Span] = []
    for region in prose:
        start: int | None = None
        end = region.start
        for line in line_spans(text, region.start, region.end):
            content = text[line.start : line.end]
            stripped = content.lstrip()
            if not stripped.strip():
                if start is not None:
                    paragraphs.append(Span(start, end))
                    start = None
                continue
            if start is None:
                start = line.start + len(content) - len(stripped)
            end = line.start + len(content.rstrip())
        if start is not None:
            paragraphs.append(Span(start, end))
    return tuple(paragraphs)
