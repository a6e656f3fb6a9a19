"""Facts about a post, computed once under the post's writing conventions and shared by
every check that reads them.

The pipeline: a reader turns a file into posts (``citelint.readers``); here each post's
paragraphs, quotations, sentences, attribution and figures are worked out under its
conventions (``citelint.conventions``); the kinds (``citelint.kinds``) read these facts and
report. No kind works any of them out again.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from citelint.analysis.attribution import AttributionAnalysis, analyse_attribution
from citelint.analysis.figures import Figure, find_figures
from citelint.analysis.paragraphs import (
    ParagraphLanguages,
    interview_answers,
    split_paragraphs,
)
from citelint.analysis.quotes import QuoteAnalysis, analyse_quotes
from citelint.analysis.sentences import ParagraphSentences
from citelint.document import Document, Post, Span
from citelint.originals import Pairing, SourceArchive, credited_outlet

if TYPE_CHECKING:
    from citelint.conventions import Conventions


class PostFacts:
    """The analyses of one post under ``conventions``, each computed on first use: a check
    that needs none of them (SRC001 reads only the post's end) costs nothing more."""

    def __init__(
        self,
        document: Document,
        post: Post,
        conventions: Conventions,
        archive: SourceArchive | None = None,
    ) -> None:
        self.document = document
        self.post = post
        self.conventions = conventions
        self.archive = archive

    @cached_property
    def pairing(self) -> Pairing | None:
        """The archived original this post excerpts, when a sources directory is given."""
        if self.archive is None:
            return None
        return self.archive.pair(
            self.document, self.post, credited_outlet(self.document, self.post)
        )

    @cached_property
    def paragraphs(self) -> tuple[Span, ...]:
        return split_paragraphs(self.document.text, self.post.prose)

    @cached_property
    def languages(self) -> ParagraphLanguages:
        """Which paragraphs are in another language than the post's (a quoted tweet in
        Arabic), whose cues and sources the conventions cannot read."""
        return ParagraphLanguages(
            self.document.text, self.paragraphs, self.conventions.grammar.language_test
        )

    @cached_property
    def interview_answers(self) -> frozenset[int]:
        """The paragraphs (by index) answering an interview's questions: the interviewee's."""
        return interview_answers(
            self.document.text,
            self.paragraphs,
            self.post.title,
            self.conventions.speech.interview_words,
        )

    @cached_property
    def quotes(self) -> QuoteAnalysis:
        return analyse_quotes(
            self.document.text, self.document.decoded, self.paragraphs, self.conventions.quote_marks
        )

    @cached_property
    def sentences(self) -> ParagraphSentences:
        """The sentences of each paragraph, each paragraph split on first use; quotations
        never end a sentence."""
        return ParagraphSentences(
            self.document.text,
            self.paragraphs,
            self.quotes.outermost,
            self.conventions.sentence_style,
        )

    @cached_property
    def attribution(self) -> AttributionAnalysis:
        """Every quotation with its kind (speech, title, term) and speaker."""
        return analyse_attribution(
            self.document.text,
            self.paragraphs,
            self.quotes.quotations,
            self.conventions.attribution,
            self.document.links,
            self.document.lowered,
            self.sentences,
            self.post.headings,
            self.languages,
        )

    @cached_property
    def figures(self) -> list[Figure]:
        """The statistics of the post's paragraphs, in order."""
        document = self.document
        return find_figures(
            document.text, self.paragraphs, self.conventions.figure_matcher, document.lowered
        )
