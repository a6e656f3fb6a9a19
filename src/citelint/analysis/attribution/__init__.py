"""Attribution: which quotations are speech, and who says them.

Every quotation the quotation-mark analysis found gets a kind: ``title`` (a work named after
report, book, film… or written in Title Case), ``term`` (a short phrase with no sentence
punctuation, or one introduced by called, dubbed…) or ``speech``. A speech quotation is
attributed when an attribution cue points at it:

- a cue in its own sentence, before or after it, outside any quotation of its own (``“…,”
  said Kim``, ``Kim said: “…”``, ``“…,” according to the report``), or a colon right before it;
- a cue opening the next sentence when the quotation ends its sentence (``“…!” Lee said.``);
- an earlier speech quotation of the same paragraph, whose speaker carries over (``“…,” he
  said. “Because everyone who moves is caught.”``), including the paragraphs of one running
  quotation, which is a single quotation;
- the previous paragraph, when it ends with a colon introducing the quotation, or (an
  option) when its last sentence holds attributed speech and this paragraph opens with the
  quotation, the way wire stories continue one speaker.

A cue inside a quotation attributes only the quotations nested inside that one. A nested
quotation with no cue of its own is quoted by the outer speaker.

The work is split by job: ``cues`` finds cues and the one pointing at a quotation,
``classify`` tells speech from titles and terms, ``speakers`` reads who is quoted,
``carry`` carries attribution where no cue points, and ``analyser`` walks the quotations.
"""

from __future__ import annotations

from collections.abc import Sequence

from citelint.analysis.attribution.analyser import Analyser
from citelint.analysis.attribution.classify import QuotationClassifier
from citelint.analysis.attribution.cues import (
    Cue,
    CueLexicon,
    CueRole,
    NounMarkers,
    cue_pattern,
    inflections,
)
from citelint.analysis.attribution.facts import (
    AttributionAnalysis,
    QuotationFacts,
    QuotationKind,
    Via,
)
from citelint.analysis.attribution.settings import AttributionSettings
from citelint.analysis.attribution.speakers_subject import NameWords
from citelint.analysis.paragraphs import ParagraphLanguages
from citelint.analysis.quotes import Quotation
from citelint.document import Span

__all__ = [
    "AttributionAnalysis",
    "AttributionSettings",
    "Cue",
    "CueLexicon",
    "CueRole",
    "NameWords",
    "NounMarkers",
    "QuotationClassifier",
    "QuotationFacts",
    "QuotationKind",
    "Via",
    "analyse_attribution",
    "cue_pattern",
    "inflections",
]


def analyse_attribution(
    text: str,
    paragraphs: Sequence[Span],
    quotations: Sequence[Quotation],
    settings: AttributionSettings,
    links: Sequence[Span] = (),
    lowered: str | None = None,
    sentences: Sequence[tuple[Span, ...]] | None = None,
    headings: Sequence[Span] = (),
    languages: ParagraphLanguages | None = None,
) -> AttributionAnalysis:
    """Attribute the quotations of one post; ``links`` (sorted) are where it links out,
    ``lowered`` is ``text`` in lower case when that keeps its length (it speeds up cues),
    ``sentences`` the sentences of each paragraph when they are already known, and
    ``headings`` (sorted) the headings, whose quotations are titles, and ``languages``
    which paragraphs are in another language (None: all are in the post's)."""
    return Analyser(
        text, paragraphs, quotations, settings, links, lowered, sentences, headings, languages
    ).run()
