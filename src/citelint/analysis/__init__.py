"""Facts about a post, computed once and shared by every check that reads them."""

from __future__ import annotations

from functools import cached_property

from citelint.analysis.attribution import (
    AttributionAnalysis,
    AttributionSettings,
    analyse_attribution,
)
from citelint.analysis.paragraphs import split_paragraphs
from citelint.analysis.quotes import QuoteAnalysis, QuoteStyle, analyse_quotes
from citelint.analysis.sentences import ParagraphSentences
from citelint.document import Document, Post, Span
from citelint.originals import Pairing, SourceArchive, credited_outlet


class PostFacts:
    """The analyses of one post. Each is computed on first use, once per distinct setting
    (quotation style, cue lexicon), so rules that share settings share the work."""

    def __init__(
        self, document: Document, post: Post, archive: SourceArchive | None = None
    ) -> None:
        self.document = document
        self.post = post
        self.archive = archive
        self._quotes: dict[QuoteStyle, QuoteAnalysis] = {}
        self._attribution: dict[tuple[QuoteStyle, AttributionSettings], AttributionAnalysis] = {}
        self._sentences: dict[QuoteStyle, ParagraphSentences] = {}

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

    def quotes(self, style: QuoteStyle) -> QuoteAnalysis:
        analysis = self._quotes.get(style)
        if analysis is None:
            analysis = analyse_quotes(
                self.document.text, self.document.source, self.paragraphs, style
            )
            self._quotes[style] = analysis
        return analysis

    def sentences(self, style: QuoteStyle) -> ParagraphSentences:
        """The sentences of each paragraph, split on first use; quotations (in ``style``)
        never end a sentence."""
        found = self._sentences.get(style)
        if found is None:
            outermost = self.quotes(style).outermost
            found = ParagraphSentences(self.document.text, self.paragraphs, outermost)
            self._sentences[style] = found
        return found

    def attribution(self, style: QuoteStyle, settings: AttributionSettings) -> AttributionAnalysis:
        key = (style, settings)
        analysis = self._attribution.get(key)
        if analysis is None:
            analysis = analyse_attribution(
                self.document.text,
                self.paragraphs,
                self.quotes(style).quotations,
                settings,
                self.document.links,
                self.document.lowered,
                self.sentences(style),
                self.post.headings,
            )
            self._attribution[key] = analysis
        return analysis
