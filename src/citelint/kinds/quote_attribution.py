"""Kind ``quote-attribution``: speech quotations that nobody is quoted as saying, or that
say what their original does not.

Quotations are classified (speech, title, term) and attributed once per post by
``citelint.analysis.attribution``, with the speech cues and quotation kinds of the post's
conventions (``[speech]`` and ``[quotation_kinds]``). With ``report = "unattributed"``, a
finding is the first speech quotation of a paragraph run that has no speaker; quotations
that only inherit its missing speaker are not reported again. With ``report =
"differs-from-source"``, a finding is a speech quotation whose words are not in the archived
original the post excerpts (``citelint.analysis.verification``), with the nearest passage
and a word-level diff.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from citelint.analysis.quotes import Quotation
from citelint.analysis.verification import check_quotation
from citelint.document import Span
from citelint.kinds.base import Finding, Kind, natural, one_of, option
from citelint.originals import words_of

if TYPE_CHECKING:
    from citelint.analysis import PostFacts

_EXCERPT_WORDS = 8
# What each value of ``report`` fills in the rule's message.
_MODES = {
    "unattributed": frozenset({"quote", "reason"}),
    "carried": frozenset({"quote", "speaker", "reason"}),
    "differs-from-source": frozenset({"quote", "reason", "passage", "diff", "source"}),
}


@dataclass(frozen=True, kw_only=True)
class QuoteAttributionOptions:
    report: str = option(
        one_of(*_MODES),
        doc="What the rule reports: speech with no speaker (unattributed), speech whose only "
        "speaker is carried over from the previous paragraph (carried), or speech whose words "
        "are not in the archived original (differs-from-source, with --sources).",
        default="unattributed",
    )
    verified_min_words: int = option(
        natural,
        doc="Quotations of fewer words are not compared with the original.",
        default=3,
    )


def check(facts: PostFacts, options: QuoteAttributionOptions) -> Iterator[Finding]:
    if options.report == "differs-from-source" and facts.pairing is None:
        return  # no original to compare with
    if not facts.quotes.quotations:
        return  # nothing quoted, nothing to attribute
    if options.report == "differs-from-source":
        yield from _differs_from_source(facts, options)
        return
    if options.report == "carried":
        yield from _carried(facts)
        return
    quotations = facts.attribution.quotations
    text = facts.document.decoded
    for index, quotation_facts in enumerate(quotations):
        if not quotation_facts.head or quotation_facts.quotation.depth != 0:
            continue
        quotation = quotation_facts.quotation
        followers = 0
        # By index: an islice of the list would step over every quotation before this one
        # again, the square of a post's quotations.
        for later_index in range(index + 1, len(quotations)):
            later = quotations[later_index]
            if later.quotation.depth != 0 or later.kind != "speech":
                continue
            if later.attributed is not False or later.head:
                break
            followers += 1
        reason = "no attribution cue (said, told, according to…) in its sentence"
        reason += ", no attributed quotation before it in the paragraph"
        if followers:
            plural = "s" if followers > 1 else ""
            verb = "share" if plural else "shares"
            reason += f"; the {followers} quotation{plural} after it {verb} its missing speaker"
        yield Finding(
            span=Span(quotation.span.start, quotation.span.start + len(quotation.open_mark)),
            fields={"quote": excerpt(text, quotation.span), "reason": reason},
        )


_POSSESSIVE_PRONOUNS = {"he": "his", "she": "her", "they": "their", "it": "its", "we": "our"}


def _carried(facts: PostFacts) -> Iterator[Finding]:
    """The first quotation of each paragraph whose speaker is carried over from the previous
    paragraph, with no attribution of its own."""
    text = facts.document.decoded
    paragraphs = facts.paragraphs
    reported: set[int] = set()
    paragraph_index = 0
    for item in facts.attribution.quotations:
        quotation = item.quotation
        if not item.carried or quotation.depth != 0 or item.kind != "speech":
            continue
        while (
            paragraph_index + 1 < len(paragraphs)
            and paragraphs[paragraph_index + 1].start <= quotation.span.start
        ):
            paragraph_index += 1
        if paragraph_index in reported:
            continue
        reported.add(paragraph_index)
        before = {
            "previous-sentence": "the sentence before it",
            "next-sentence": "the sentence after it",
            "earlier-quotation": "the quotation before it",
        }.get(item.via or "", "the previous paragraph")
        speaker = item.speaker_ref or item.speaker or f"the speaker of {before}"
        possessive = _POSSESSIVE_PRONOUNS.get(speaker.lower()) or (
            f"{speaker}’" if speaker.endswith("s") else f"{speaker}’s"
        )
        yield Finding(
            span=Span(quotation.span.start, quotation.span.start + len(quotation.open_mark)),
            fields={
                "quote": excerpt(text, quotation.span),
                "speaker": speaker,
                "reason": f"readers will take it for {possessive} words, carried over from "
                f"{before}: add an attribution if someone else is speaking",
            },
        )


def _differs_from_source(facts: PostFacts, options: QuoteAttributionOptions) -> Iterator[Finding]:
    pairing = facts.pairing
    if pairing is None:
        return
    text = facts.document.decoded
    for item in facts.attribution.quotations:
        quotation = item.quotation
        if item.kind != "speech" or quotation.depth != 0:
            continue
        inner = quotation_text(text, quotation)
        if len(words_of(inner)) < options.verified_min_words:
            continue
        result = check_quotation(inner, pairing.original)
        if result.found:
            continue
        if result.passage:
            reason = f"the original reads “{result.passage}” ({result.diff})"
        else:
            reason = "the original has no passage like it"
        yield Finding(
            span=quotation.span,
            fields={
                "quote": excerpt(text, quotation.span),
                "reason": reason,
                "passage": result.passage,
                "diff": result.diff,
                "source": pairing.original.path,
            },
        )


def quotation_text(text: str, quotation: Quotation) -> str:
    """What a quotation says, between its marks."""
    start = quotation.span.start + len(quotation.open_mark)
    return text[start : quotation.span.end - len(quotation.close_mark)]


def excerpt(text: str, span: Span, words: int = _EXCERPT_WORDS) -> str:
    """The first words of a quotation, marks included, on one line."""
    parts = text[span.start : span.end].split()
    if len(parts) <= words:
        return " ".join(parts)
    return " ".join(parts[:words]).rstrip(",;:") + "…"


KIND = Kind(
    name="quote-attribution",
    summary="Every quoted statement says who is speaking.",
    options_type=QuoteAttributionOptions,
    modes=_MODES,
    conventions=("quotations", "sentences", "speech", "quotation_kinds", "grammar"),
    check=check,
)
