"""What an attribution rule sets: its cues, how it tells quotation kinds apart, and how far
attribution carries."""

from __future__ import annotations

from dataclasses import dataclass

from citelint.analysis.attribution.classify import QuotationClassifier
from citelint.analysis.attribution.cues import CueLexicon
from citelint.caching import frozen_hash


@dataclass(frozen=True)
class AttributionSettings:
    """``classifier`` None treats every quotation as speech."""

    lexicon: CueLexicon
    classifier: QuotationClassifier | None
    carry_between_paragraphs: bool
    carry_from_previous_sentence: bool = True
    link_is_source: bool = True

    __hash__ = frozen_hash
