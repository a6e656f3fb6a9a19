"""What attribution finds out about each quotation: the values the other parts build."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from citelint.analysis.quotes import Quotation

QuotationKind = Literal["speech", "title", "term"]
Via = Literal[
    "sentence",  # a cue in the quotation's own sentence
    "next-sentence",  # a cue opening the next sentence: “…!” Lee said.
    "previous-sentence",  # indirect speech just before: Kim said it was bad. “We are scared.”
    "sentence-subject",  # a partial quotation in a sentence whose subject is a name
    "block-quotation",  # a block quotation with its source on a line of its own or next to it
    "speaker-label",  # an interview paragraph opening with its speaker: **Atul:** … “…”
    "earlier-quotation",  # the speaker of an earlier quotation of the paragraph
    "colon-paragraph",  # the previous paragraph ends with a colon
    "previous-paragraph",  # the previous paragraph's last sentence holds attributed speech
    "outer-quotation",  # a nested quotation, quoted by the outer speaker
    "translation",  # opens the paragraph after its original, in another language
    "other-language",  # in a paragraph of another language, whose cues are not read
]


@dataclass(frozen=True)
class QuotationFacts:
    """A quotation with its kind and attribution. ``attributed`` is None for titles and
    terms, and for speech in another language's paragraph, which is not read. ``head``
    marks the first unattributed quotation of a run that shares its (missing) speaker.
    The defaults are what is known of a title or term."""

    quotation: Quotation
    kind: QuotationKind
    attributed: bool | None = None
    speaker: str | None = None
    cue: str | None = None
    via: Via | None = None
    head: bool = False
    # The speaker is carried over from the previous paragraph, none of its own: readers take
    # it for that speaker's words, right or wrong (ATR002).
    carried: bool = False
    # Who a pronoun speaker (he, she, they, it) is: the nearest name before it in its
    # paragraph or the previous one.
    speaker_ref: str | None = None


@dataclass(frozen=True)
class AttributionAnalysis:
    """The quotations of a post with their attribution."""

    quotations: tuple[QuotationFacts, ...]


def not_speech(quotation: Quotation, kind: QuotationKind) -> QuotationFacts:
    """A title or term: nobody needs to be quoted as saying it."""
    return QuotationFacts(quotation=quotation, kind=kind)


def attributed_speech(
    quotation: Quotation,
    *,
    speaker: str | None,
    cue: str | None,
    via: Via,
    carried: bool = False,
) -> QuotationFacts:
    return QuotationFacts(
        quotation=quotation,
        kind="speech",
        attributed=True,
        speaker=speaker,
        cue=cue,
        via=via,
        carried=carried,
    )


def unread_speech(quotation: Quotation) -> QuotationFacts:
    """Speech in a paragraph of another language (a tweet quoted in Arabic before its
    translation): its cues, if any, are words the conventions do not know."""
    return QuotationFacts(quotation=quotation, kind="speech", via="other-language")


def unattributed_speech(quotation: Quotation) -> QuotationFacts:
    """Speech with no cue, nothing carried to it: it heads the run of quotations that
    follow it with no cue of their own."""
    return QuotationFacts(quotation=quotation, kind="speech", attributed=False, head=True)
