"""The walk over one post's quotations: each paragraph's top-level quotations in text order,
then the quotations nested in each quotation, each given its kind and attribution."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

import regex

from citelint.analysis.attribution.carry import (
    ParagraphCarry,
    from_earlier_quotation,
    from_outer_quotation,
    inherited,
    previous_sentence_cue,
)
from citelint.analysis.attribution.classify import classify
from citelint.analysis.attribution.cues import (
    Cue,
    QuotationSentences,
    cue_text,
    find_cues,
    own_cue,
)
from citelint.analysis.attribution.facts import (
    AttributionAnalysis,
    QuotationFacts,
    attributed_speech,
    not_speech,
    unread_speech,
)
from citelint.analysis.attribution.settings import AttributionSettings
from citelint.analysis.attribution.spans import SortedSpans, index_at
from citelint.analysis.attribution.speakers import SpeakerFinder, speaker_from
from citelint.analysis.attribution.speakers_subject import is_partial
from citelint.analysis.attribution.text import SUBJECT_PRONOUNS
from citelint.analysis.paragraphs import ParagraphLanguages, is_block_quotation
from citelint.analysis.quotes import Quotation
from citelint.analysis.sentences import ParagraphSentences, split_sentences
from citelint.document import Span

# Between the items of a list of quotations: “A,” “B” and “C”; “A” versus “B”.
_LIST_JOINER = regex.compile(r"[\s,;*_]*(?:(?:and|or|versus|vs\.?|to|nor)[\s*_]*)?")
# Quotations nested deeper than this are not examined but take their parent's kind and
# speaker: real text nests two or three deep, and examining every level of marks nested
# thousands deep would read the inside of each outer quotation again, which costs the square
# of the length of the text.
_NESTING_EXAMINED = 8


class Analyser:
    """The attribution of one post's quotations, worked out by ``run``."""

    def __init__(
        self,
        text: str,
        paragraphs: Sequence[Span],
        quotations: Sequence[Quotation],
        settings: AttributionSettings,
        links: Sequence[Span],
        lowered: str | None,
        sentences: Sequence[tuple[Span, ...]] | None,
        headings: Sequence[Span],
        languages: ParagraphLanguages | None = None,
    ) -> None:
        self.text = text
        self.paragraphs = SortedSpans.of(paragraphs)
        self.headings = SortedSpans.of(headings)
        self.languages = languages
        self.links = SortedSpans.of(links)
        self.source_links = self.links if settings.link_is_source else None
        self.quotations = quotations
        self.settings = settings
        self.parent = _parents(quotations)
        self.facts: dict[int, QuotationFacts] = {}
        if sentences is None:
            top_spans = [
                quotation.span
                for quotation, parent in zip(quotations, self.parent, strict=True)
                if parent is None
            ]
            sentences = ParagraphSentences(text, paragraphs, top_spans, settings.sentences)
        self.paragraph_sentences = sentences
        self.cues = find_cues(
            text, lowered, settings.lexicon, self.paragraphs, sentences, quotations
        )
        self.speakers = SpeakerFinder(text, settings)
        self.carry = ParagraphCarry(
            text,
            self.paragraphs,
            sentences,
            self.cues.top_level,
            self.links,
            settings,
            self.speakers,
            languages,
        )

    def run(self) -> AttributionAnalysis:
        by_paragraph: dict[int, list[int]] = {}
        children: dict[int, list[int]] = {}
        for index, parent in enumerate(self.parent):
            if parent is None:
                paragraph_index = self.paragraphs.index_at(self.quotations[index].span.start)
                by_paragraph.setdefault(paragraph_index, []).append(index)
            else:
                children.setdefault(parent, []).append(index)
        for paragraph_index, members in sorted(by_paragraph.items()):
            self._attribute_siblings(members, None, paragraph_index)
        # Parents come before their children in start order, so their facts exist.
        for parent in sorted(children):
            if self.facts[parent].via == "other-language":
                for index in children[parent]:
                    self.facts[index] = unread_speech(self.quotations[index])
            elif self.quotations[parent].depth < _NESTING_EXAMINED:
                self._attribute_siblings(children[parent], parent, None)
            else:
                outer = self.facts[parent]
                for index in children[parent]:
                    self.facts[index] = inherited(self.quotations[index], outer)
        facts = [self.facts[index] for index in range(len(self.quotations))]
        return AttributionAnalysis(quotations=tuple(self._with_referents(facts)))

    def _quoted_text(self, paragraph_index: int | None) -> bool:
        """Whether a paragraph is someone else's text quoted whole (a block quotation, or the
        translation of a post quoted in another language): None, inside a quotation, too."""
        if paragraph_index is None:
            return True
        if is_block_quotation(self.text, self.paragraphs.spans[paragraph_index]):
            return True
        return self.languages is not None and self.languages.translation(paragraph_index)

    def _with_referents(self, facts: list[QuotationFacts]) -> list[QuotationFacts]:
        """Each pronoun speaker with the name it stands for: the speaker of the nearest
        named speech before it, or else the nearest name written before it, in its
        paragraph or the previous one (Professor Eastman said… “…,” he said)."""
        named: list[tuple[int, str]] = []  # (end, speaker) of named speech, in text order
        result = []
        for item in facts:
            speaker = item.speaker
            if speaker is not None and speaker.lower() not in SUBJECT_PRONOUNS:
                if item.kind == "speech":
                    named.append((item.quotation.span.end, speaker))
                result.append(item)
                continue
            if speaker is None or speaker.lower() not in _REFERRING_PRONOUNS:
                result.append(item)
                continue
            start = item.quotation.span.start
            paragraph_index = self.paragraphs.index_at(start)
            floor = self.paragraphs.spans[max(0, paragraph_index - 1)].start
            referent = next((name for end, name in reversed(named) if floor <= end <= start), None)
            if referent is None:
                referent = self._last_subject(paragraph_index, start)
            if referent is None:
                names = self.settings.subject_names
                # A particle (of, de) stands inside a name: Governor of Washington Chris Gregoire.
                not_names = frozenset() if names is None else names.not_names - names.particles
                referent = _last_name(self.text, floor, start, not_names)
            result.append(replace(item, speaker_ref=referent))
        return result

    def _last_subject(self, paragraph_index: int, before: int) -> str | None:
        """The named subject of the nearest sentence before ``before`` that has one, in its
        paragraph or the previous one: Professor Creswell Eastman (of the University of
        Sydney) said…"""
        names = self.settings.subject_names
        if names is None:
            return None
        for index in range(paragraph_index, max(-1, paragraph_index - 2), -1):
            for sentence in reversed(self.paragraph_sentences[index]):
                if sentence.start >= before:
                    continue
                subject = names.subject_before(self.text, sentence.start, min(sentence.end, before))
                if subject is not None:
                    return subject
        return None

    def _verb_subject(self, cue: Cue, sentence: Span) -> str | None:
        """The subject of a verb cue with none of its own before it, a participle or a
        second verb sharing the sentence's subject: During the visit, Katatny clearly
        stated, “…,” adding that “…”; Teixeira Neves states that “…” and concludes:"""
        names = self.settings.subject_names
        if names is None or cue.span.start <= sentence.start:
            return None
        subject = names.subject_before(self.text, sentence.start, cue.span.start)
        # The sentence may open otherwise (There's, On Daily Motion): only a noun phrase speaks.
        return None if subject is None else speaker_from(subject, self.settings.clause_verbs)

    def _sentence_subject(self, quotation: Quotation, sentence: Span) -> str | None:
        """The named subject of the sentence of a partial quotation (one opening in lower
        case), whose words it is, when the conventions say so."""
        names = self.settings.subject_names
        if names is None:
            return None
        inner_start = quotation.span.start + len(quotation.open_mark)
        inner_end = quotation.span.end - len(quotation.close_mark)
        if not is_partial(self.text, inner_start, inner_end):
            return None
        return names.apposed_to(
            self.text, sentence.start, quotation.span.start
        ) or names.subject_before(self.text, sentence.start, quotation.span.start)

    def _attribute_siblings(
        self, members: Sequence[int], container: int | None, paragraph_index: int | None
    ) -> None:
        """Attribute the quotations directly inside one paragraph (``container`` None) or
        directly inside quotation ``container`` (``paragraph_index`` None)."""
        text = self.text
        if container is None:
            assert paragraph_index is not None
            region_sentences: Sequence[Span] = self.paragraph_sentences[paragraph_index]
            earlier_speech = self.carry.running_quotation_into(paragraph_index)
        else:
            outer = self.quotations[container]
            region = Span(
                outer.span.start + len(outer.open_mark), outer.span.end - len(outer.close_mark)
            )
            region_sentences = split_sentences(
                text,
                region,
                [self.quotations[index].span for index in members],
                self.settings.sentences,
            )
            earlier_speech = None
        if (
            paragraph_index is not None
            and self.languages is not None
            and self.languages.foreign(paragraph_index)
        ):
            for index in members:
                self.facts[index] = unread_speech(self.quotations[index])
                self.carry.record(self.facts[index], paragraph_index)
            return
        cues = self.cues.in_container(container)
        sibling_spans = [self.quotations[index].span for index in members]
        for position, index in enumerate(members):
            quotation = self.quotations[index]
            opening_index = index_at(region_sentences, quotation.span.start)
            opening = region_sentences[opening_index]
            if container is None:
                closing_paragraph = self.paragraphs.index_at(quotation.span.end - 1)
                closing_sentences: Sequence[Span] = self.paragraph_sentences[closing_paragraph]
            else:
                closing_sentences = region_sentences
            closing_index = index_at(closing_sentences, quotation.span.end - 1)
            closing = closing_sentences[closing_index]
            following = (
                closing_sentences[closing_index + 1]
                if closing_index + 1 < len(closing_sentences)
                else None
            )
            found = own_cue(
                text,
                quotation,
                QuotationSentences(opening=opening, closing=closing, following=following),
                cues,
                sibling_spans,
                position + 1,
                self.source_links,
                self.settings.next_sentence_stop,
            )
            kind = classify(
                text,
                quotation,
                found.cue if found is not None else None,
                opening.start,
                cues,
                self.settings.classifier,
                self.headings,
            )
            if (
                kind == "speech"
                and position > 0
                and self.facts[members[position - 1]].kind != "speech"
                and _LIST_JOINER.fullmatch(
                    text, sibling_spans[position - 1].end, quotation.span.start
                )
            ):
                kind = self.facts[members[position - 1]].kind  # topics like “A,” “B” and “C”
            if kind != "speech":
                self.facts[index] = not_speech(quotation, kind)
                continue
            if found is not None:
                cue_sentence = (
                    opening
                    if found.cue.span.start < quotation.span.start
                    else closing
                    if found.via == "sentence" or following is None
                    else following
                )
                # Ksenia Sobchak maintains hope in the Internet, writing on LiveJournal: a
                # participle's subject is the sentence's, not the words before it. Any other
                # verb with no subject of its own before it shares the sentence's too.
                participle = found.cue.role == "verb" and _is_participle_after_comma(
                    text, found.cue
                )
                speaker = (
                    None
                    if participle
                    else self.speakers.speaker(
                        found.cue, quotation, cue_sentence, cues.cues, sibling_spans
                    )
                )
                if speaker is None and found.cue.role == "verb":
                    speaker = self._verb_subject(found.cue, cue_sentence)
                if speaker is None and participle:
                    speaker = self.speakers.speaker(
                        found.cue, quotation, cue_sentence, cues.cues, sibling_spans
                    )
                facts = attributed_speech(
                    quotation,
                    speaker=speaker,
                    cue=cue_text(text, found.cue),
                    via=found.via,
                    carried=found.via == "next-sentence"
                    and not _ends_asking(text, quotation)
                    and not self._quoted_text(paragraph_index),
                )
            elif (subject := self._sentence_subject(quotation, opening)) is not None:
                facts = attributed_speech(
                    quotation, speaker=subject, cue=None, via="sentence-subject"
                )
            elif (
                previous_cue := previous_sentence_cue(
                    text, self.settings, region_sentences, opening_index, cues, earlier_speech
                )
            ) is not None:
                previous = region_sentences[index_at(region_sentences, previous_cue.span.start)]
                facts = attributed_speech(
                    quotation,
                    speaker=self.speakers.speaker(
                        previous_cue, quotation, previous, cues.cues, sibling_spans
                    ),
                    cue=cue_text(text, previous_cue),
                    via="previous-sentence",
                    # As across paragraphs: an excerpt that cut this quotation's own
                    # attribution leaves it to the speaker before (ATR002); inside quoted
                    # text (a block quotation, a translation) the speaker is its author's.
                    carried=not self._quoted_text(paragraph_index),
                )
            elif earlier_speech is not None:
                facts = from_earlier_quotation(
                    quotation,
                    earlier_speech,
                    across_narration=opening_index > 0
                    and earlier_speech.quotation.span.end
                    <= region_sentences[opening_index - 1].start
                    and not self._quoted_text(paragraph_index),
                )
            elif container is not None:
                facts = from_outer_quotation(quotation, self.facts[container])
            else:
                assert paragraph_index is not None
                facts = self.carry.from_previous_paragraph(quotation, paragraph_index, opening)
            self.facts[index] = facts
            earlier_speech = facts
            if container is None:
                assert paragraph_index is not None
                self.carry.record(facts, paragraph_index)


_REFERRING_PRONOUNS = frozenset(("he", "she", "they", "it"))
# A name: two capitalised words or more (Professor Eastman, Y. H. Kim), particles between.
_NAME = regex.compile(
    r"(?<![\p{L}\p{N}’'])\p{Lu}[\p{L}.’'-]*+(?:[ \t]+(?:(?:of|de|da|van|von|bin|al)[ \t]+)?"
    r"\p{Lu}[\p{L}.’'-]*+)++"
)
_NAME_REACH = 2000


def _last_name(text: str, start: int, end: int, not_names: frozenset[str]) -> str | None:
    """The last name written between ``start`` and ``end`` (read in the last stretch),
    from after any capitalised word that opens no name (@NadineHeredia If Ollanta)."""
    names = list(_NAME.finditer(text, max(start, end - _NAME_REACH), end))
    if not names:
        return None
    words = names[-1].group().rstrip(".").split()
    cut = max(
        (index + 1 for index, word in enumerate(words) if word.lower() in not_names), default=0
    )
    return " ".join(words[cut:]) or None


def _is_participle_after_comma(text: str, cue: Cue) -> bool:
    """Whether a verb cue is a participle set off by a comma: …, writing on LiveJournal;
    …, adding that."""
    if not text.endswith("ing", cue.span.start, cue.span.end):
        return False
    before = cue.span.start  # read back in place: a slice would copy the text before
    while before > 0 and text[before - 1] in " \t":
        before -= 1
    return before > 0 and text[before - 1] == ","


def _ends_asking(text: str, quotation: Quotation) -> bool:
    """Whether a quotation ends with its own ! or ?, which end the writer's sentence too, so
    that the attribution after it stands in the next sentence (“I’m so happy!” Lee said).
    After a full stop, the next sentence's speaker is only the nearest (“…” He meant the
    sound of heavy artillery): reported as carried (ATR002)."""
    inner = text[quotation.span.start : quotation.span.end - len(quotation.close_mark)]
    return inner.rstrip(" \t*_").endswith(("!", "?"))


def _parents(quotations: Sequence[Quotation]) -> list[int | None]:
    """For each quotation (sorted by start, properly nested), the index of the innermost
    quotation around it, or None."""
    parents: list[int | None] = []
    stack: list[int] = []
    for index, quotation in enumerate(quotations):
        while stack and quotations[stack[-1]].span.end <= quotation.span.start:
            stack.pop()
        parents.append(stack[-1] if stack else None)
        stack.append(index)
    return parents
