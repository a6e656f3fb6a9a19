"""What the conventions set for attribution: the cues, how quotation kinds are told apart,
how far attribution carries and where a sentence ends."""

from __future__ import annotations

from dataclasses import dataclass

from citelint.analysis.attribution.classify import QuotationClassifier
from citelint.analysis.attribution.cues import CueLexicon
from citelint.analysis.sentences import NO_ABBREVIATIONS, Abbreviations
from citelint.caching import frozen_hash


@dataclass(frozen=True)
class AttributionSettings:
    """``classifier`` None treats every quotation as speech."""

    lexicon: CueLexicon
    classifier: QuotationClassifier | None
    carry_between_paragraphs: bool
    carry_from_previous_sentence: bool = True
    link_is_source: bool = True
    # Where a sentence does not end, inside a quotation too: the conventions' abbreviations.
    abbreviations: Abbreviations = NO_ABBREVIATIONS

    __hash__ = frozen_hash
