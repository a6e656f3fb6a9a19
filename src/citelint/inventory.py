"""The quotation inventory: every quotation with its kind and speaker, from the analysis ATR001
reads."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from citelint.analysis import PostFacts
from citelint.analysis.verification import check_quotation
from citelint.conventions import ConventionsChoice, default_choice
from citelint.document import Document
from citelint.kinds.quote_attribution import quotation_text
from citelint.originals import SourceArchive


@dataclass(frozen=True)
class QuotationRecord:
    """One quotation; offsets are 0-based characters into the decoded file, end exclusive,
    covering the marks as written (``&ldquo;`` in HTML), so ``text`` is the file's
    ``[offset:end_offset]``."""

    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    offset: int
    end_offset: int
    text: str
    kind: str
    attributed: bool | None
    speaker: str | None
    cue: str | None
    depth: int
    post: str | None
    post_id: str | None
    # Whether its words are in the archived original (None: no original), and which one.
    verified: bool | None = None
    source: str | None = None
    # The speaker is carried over from the previous paragraph (ATR002).
    carried: bool = False
    # The name a pronoun speaker stands for.
    speaker_ref: str | None = None


def quotation_records(
    document: Document,
    archive: SourceArchive | None = None,
    conventions: ConventionsChoice | None = None,
) -> Iterator[QuotationRecord]:
    """Every quotation of ``document``, as the one attribution analysis of its post sees it
    (the one ATR001 reports from)."""
    choice = conventions if conventions is not None else default_choice()
    for post in document.posts:
        facts = PostFacts(document, post, choice.for_post(post), archive)
        pairing = facts.pairing
        for item in facts.attribution.quotations:
            verified = None
            if pairing is not None:
                inner = quotation_text(document.decoded, item.quotation)
                verified = check_quotation(inner, pairing.original).found
            span = item.quotation.span
            start, end = document.position(span.start), document.end_position(span.end)
            in_file = document.file_span(span)
            yield QuotationRecord(
                path=document.path,
                line=start.line,
                column=start.column,
                end_line=end.line,
                end_column=end.column,
                offset=in_file.start,
                end_offset=in_file.end,
                text=document.written[in_file.start : in_file.end],
                kind=item.kind,
                attributed=item.attributed,
                speaker=item.speaker,
                cue=item.cue,
                depth=item.quotation.depth,
                post=post.title,
                post_id=post.identifier,
                verified=verified,
                source=None if pairing is None else pairing.original.path,
                carried=item.carried,
                speaker_ref=item.speaker_ref,
            )
