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
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Literal, NamedTuple

import regex

from citelint.analysis.quotes import Quotation
from citelint.analysis.sentences import (
    NO_ABBREVIATIONS,
    Abbreviations,
    ParagraphSentences,
    split_sentences,
)
from citelint.analysis.tries import trie_pattern
from citelint.caching import frozen_hash
from citelint.document import Span

QuotationKind = Literal["speech", "title", "term"]
CueRole = Literal["verb", "lead", "phrase", "colon", "dash", "link"]
Via = Literal[
    "sentence",  # a cue in the quotation's own sentence
    "next-sentence",  # a cue opening the next sentence: “…!” Lee said.
    "previous-sentence",  # indirect speech just before: Kim said it was bad. “We are scared.”
    "block-quotation",  # a block quotation with its source on a line of its own or next to it
    "speaker-label",  # an interview paragraph opening with its speaker: **Atul:** … “…”
    "earlier-quotation",  # the speaker of an earlier quotation of the paragraph
    "colon-paragraph",  # the previous paragraph ends with a colon
    "previous-paragraph",  # the previous paragraph's last sentence holds attributed speech
    "outer-quotation",  # a nested quotation, quoted by the outer speaker
]

_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}’'.-]*")
# At most a few words and commas or a colon between a cue and its quotation.
_ADJACENT_GAP = regex.compile(r"[\s,:—–-]*(?:[\p{L}\p{N}][\p{L}\p{N}’'.-]*[\s,:]*){0,4}")
_CONNECTIVES = frozenset(
    (
        "and",
        "but",
        "while",
        "as",
        "so",
        "that",
        "then",
        "also",
        "later",
        "when",
        "where",
        "who",
        "which",
        "because",
        "though",
    )
)
_DETERMINERS = frozenset(
    (
        "the",
        "a",
        "an",
        "its",
        "his",
        "her",
        "their",
        "our",
        "my",
        "your",
        "this",
        "that",
        "these",
        "those",
        "new",
        "latest",
        "so-called",
    )
)
# After a cue, a speaker runs to the next clause; initials (said Y. H. Kim) keep their dots.
_CLAUSE_MARKS = r",;:!?()\[\]“”‘\"«»—–"
_SPEAKER_AFTER_STOP = regex.compile(f"[{_CLAUSE_MARKS}]")
_SPEAKER_STOP = regex.compile(f"[.{_CLAUSE_MARKS}]")
_SPEAKER_MAX_WORDS = 12
# An epigraph or testimonial credit right after the quotation: "…" —Amy, Senior Advisor.
# The name may be a template tag, blanked to spaces: “…” - {{ "shawn" | team_link }}.
_DASH_CREDIT = regex.compile(
    r"[*_ \t]*(?:\r?\n[ \t]*)?(?:—|–|--|-)[ \t]*(?=[\p{Lu}\p{N}\[@*_(]|[ \t]*(?:\r?\n|\r|\Z))"
)
_EMPHASIS_AND_SPACE = "*_ \t\r\n"
# Punctuation that makes a quotation more than a term: inside it, followed by a space.
_SENTENCE_PUNCTUATION = regex.compile(r"[.!?;:…](?=[\s*_]|\Z)|…")
# A quotation used as a compound modifier: the “hang it on a wall”-style critique. Emphasis
# after the quotation is stepped over first and the hyphen matched right there, within two
# characters: ``regex`` looks for the first literal of a pattern that starts with a repeat
# (the hyphen of ``[*_]*-``) ahead in the whole text before it tries to match at the
# position, which cost one pass over the rest of the file for every quotation.
_COMPOUND_MODIFIER = regex.compile(r"-\p{L}")
_HEADING = regex.compile(r"#{1,6}[ \t]")
_CREDIT_MARKUP = regex.compile(r"[>*_—–]|--")
_EDGE_PUNCTUATION = regex.compile(r"\A[\s,;:—–-]+|[\s,;:—–-]+\Z")
_REST_OF_SENTENCE = regex.compile(r"[^.!?\r\n]{0,200}")
_LIST_MARKER_REACH = 16  # a list marker and its emphasis sit just before the quotation
_LIST_ITEM_START = regex.compile(r"(?:\A|\n)[ \t]*(?:[-*+•]|\d{1,3}[.)])[ \t]+[*_]*\Z")
# Between the items of a list of quotations: “A,” “B” and “C”; “A” versus “B”.
_LIST_JOINER = regex.compile(r"[\s,;*_]*(?:(?:and|or|versus|vs\.?|to|nor)[\s*_]*)?")
# An interview transcript's speaker: **Alex Pennington**: … or Q: …
_SPEAKER_LABEL = regex.compile(
    r"[>*_ \t]*(?P<name>\p{Lu}[\p{L}\p{N}.’' -]{0,40}?)[*_]*[ \t]*:[*_]*[ \t]"
)
_DETERMINER_BEFORE = regex.compile(
    r"(?:\b(?:a|an|the|no|this|that|our|their|its|every)|\p{L}[’']s)[ \t*_]*\Z", regex.IGNORECASE
)
_NOUN_AFTER = regex.compile(r"[*_]*[ \t]+(?!(?:is|are|was|were|has|have|had)\b)\p{Ll}")
# Words between the start of the next sentence and its cue: “…!” Lee Yumi said.
_NEXT_SENTENCE_MAX_WORDS = 6
# Quotations nested deeper than this are not examined but take their parent's kind and
# speaker: real text nests two or three deep, and examining every level of marks nested
# thousands deep would read the inside of each outer quotation again, which costs the square
# of the length of the text.
_NESTING_EXAMINED = 8


@dataclass(frozen=True)
class CueLexicon:
    """Attribution cues. ``verbs`` are lemmas expanded to their inflections (``verb_forms``
    lists the irregular ones, replacing the derived past and -ing forms); ``lead_phrases``
    are followed by their speaker (according to); ``phrases`` are other multiword cues."""

    verbs: tuple[str, ...]
    verb_forms: tuple[tuple[str, tuple[str, ...]], ...]
    lead_phrases: tuple[str, ...]
    phrases: tuple[str, ...]

    __hash__ = frozen_hash

    @cached_property
    def pattern(self) -> re.Pattern[str]:
        return _compile_cue_pattern(self, ignore_case=False)

    @cached_property
    def pattern_ignoring_case(self) -> re.Pattern[str]:
        return _compile_cue_pattern(self, ignore_case=True)


@dataclass(frozen=True)
class QuotationClassifier:
    title_words: tuple[str, ...]
    term_words: tuple[str, ...]
    term_max_words: int
    minor_words: tuple[str, ...]
    fragment_max_words: int = 0

    __hash__ = frozen_hash


@dataclass(frozen=True)
class AttributionSettings:
    """``classifier`` None treats every quotation as speech."""

    lexicon: CueLexicon
    classifier: QuotationClassifier | None
    carry_between_paragraphs: bool
    carry_from_previous_sentence: bool = True
    link_is_source: bool = True
    abbreviations: Abbreviations = NO_ABBREVIATIONS

    __hash__ = frozen_hash


class Cue(NamedTuple):
    span: Span
    role: CueRole


@dataclass(frozen=True)
class QuotationFacts:
    """A quotation with its kind and attribution. ``attributed`` is None for titles and
    terms. ``head`` marks the first unattributed quotation of a run that shares its
    (missing) speaker."""

    quotation: Quotation
    kind: QuotationKind
    attributed: bool | None
    speaker: str | None
    cue: str | None
    via: Via | None
    head: bool


@dataclass(frozen=True)
class AttributionAnalysis:
    """The quotations of a post with their attribution."""

    quotations: tuple[QuotationFacts, ...]


def inflections(lemma: str, irregular: Sequence[str] = ()) -> tuple[str, ...]:
    """The forms of a verb: says, said, saying. ``irregular`` replaces past and -ing forms."""
    if " " in lemma:
        head, _, rest = lemma.partition(" ")
        return tuple(f"{form} {rest}" for form in inflections(head, irregular))
    if lemma.endswith(("s", "x", "z", "ch", "sh")):
        third = lemma + "es"
    elif lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        third = lemma[:-1] + "ies"
    else:
        third = lemma + "s"
    if irregular:
        return (lemma, third, *irregular)
    stem = lemma
    vowels = regex.findall(r"[aeiou]+", lemma)
    if len(vowels) == 1 and regex.search(r"[^aeiou][aeiou][^aeiouwxy]\Z", lemma):
        stem = lemma + lemma[-1]  # chat: chatted, chatting
    if lemma.endswith("e"):
        past, ing = lemma + "d", lemma[:-1] + "ing"
    elif lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        past, ing = lemma[:-1] + "ied", lemma + "ing"
    else:
        past, ing = stem + "ed", stem + "ing"
    return (lemma, third, past, ing)


def cue_pattern(lexicon: CueLexicon, *, ignore_case: bool = False) -> re.Pattern[str]:
    """One pattern for every cue, matched as whole words, each list folded into a trie;
    compiled once per lexicon.

    It runs on lower-cased text (``ignore_case`` for text whose lower-case form changes
    length). The standard ``re`` engine is used here because it is several times faster than
    ``regex`` on plain word lists, and these patterns need nothing more.
    """
    return lexicon.pattern_ignoring_case if ignore_case else lexicon.pattern


def _compile_cue_pattern(lexicon: CueLexicon, *, ignore_case: bool) -> re.Pattern[str]:
    irregular = dict(lexicon.verb_forms)
    verbs = {
        form for lemma in lexicon.verbs for form in inflections(lemma, irregular.get(lemma, ()))
    }

    def alternatives(words: set[str] | Sequence[str]) -> str:
        return trie_pattern(" ".join(word.lower().split()) for word in words)

    return re.compile(
        rf"(?<![\w’'-])(?:(?P<lead>{alternatives(lexicon.lead_phrases)})"
        rf"|(?P<phrase>{alternatives(lexicon.phrases)})|(?P<verb>{alternatives(verbs)}))"
        r"(?!\w|[’'][^\W\d_])",
        re.IGNORECASE if ignore_case else 0,
    )


def analyse_attribution(
    text: str,
    paragraphs: Sequence[Span],
    quotations: Sequence[Quotation],
    settings: AttributionSettings,
    links: Sequence[Span] = (),
    lowered: str | None = None,
    sentences: Sequence[tuple[Span, ...]] | None = None,
    headings: Sequence[Span] = (),
) -> AttributionAnalysis:
    """Attribute the quotations of one post; ``links`` (sorted) are where it links out,
    ``lowered`` is ``text`` in lower case when that keeps its length (it speeds up cues),
    ``sentences`` the sentences of each paragraph when they are already known, and
    ``headings`` (sorted) the headings, whose quotations are titles."""
    return _Analyser(
        text, paragraphs, quotations, settings, links, lowered, sentences, headings
    ).run()


class _Analyser:
    def __init__(
        self,
        text: str,
        paragraphs: Sequence[Span],
        quotations: Sequence[Quotation],
        settings: AttributionSettings,
        links: Sequence[Span],
        lowered: str | None,
        sentences: Sequence[tuple[Span, ...]] | None,
        headings: Sequence[Span] = (),
    ) -> None:
        self.text = text
        self.headings = headings
        self.heading_starts = [heading.start for heading in headings]
        self.lowered = lowered
        self.given_sentences = sentences
        self.links = links
        self.link_starts = [link.start for link in links]
        self.paragraphs = paragraphs
        self.paragraph_starts = [span.start for span in paragraphs]
        self.quotations = quotations
        self.settings = settings
        self.parent = _parents(quotations)
        self.facts: dict[int, QuotationFacts] = {}
        # Cues grouped by the innermost quotation holding them (-1: outside all).
        self.cues_by_container: dict[int, list[Cue]] = {}
        self.paragraph_sentences: Sequence[tuple[Span, ...]] = ()
        # A running quotation's speaker carries into the paragraph where it closes.
        self.carry_into: dict[int, QuotationFacts] = {}
        self.top_level_facts: list[QuotationFacts] = []
        # The speaker phrase of each stretch, worked out once: the quotations of a sentence
        # often share one cue, and the stretch before or after it can be long.
        self.phrases: dict[tuple[str, int, int], str | None] = {}
        self._find_cues()
        self.top_level_cue_starts = [cue.span.start for cue in self.cues_by_container.get(-1, [])]

    # -- set-up -------------------------------------------------------------------------------

    def _find_cues(self) -> None:
        searched = self.lowered if self.lowered is not None else self.text
        pattern = cue_pattern(self.settings.lexicon, ignore_case=self.lowered is None)
        found: list[Cue] = []
        text = self.text
        for paragraph in self._paragraphs_near_quotations():
            for match in pattern.finditer(searched, paragraph.start, paragraph.end):
                role: CueRole = "lead" if match["lead"] else "phrase" if match["phrase"] else "verb"
                cue = Cue(Span(match.start(), match.end()), role)
                if (
                    role == "verb"
                    and found
                    and found[-1].role == "verb"
                    and not text[found[-1].span.end : cue.span.start].strip()
                ):
                    # “report says”: the first word is a noun naming the speaker.
                    found[-1] = cue
                else:
                    found.append(cue)
        # Sweep cues and quotations in text order, keeping the chain of open quotations.
        stack: list[int] = []
        index = 0
        quotations = self.quotations
        for cue in found:
            while index < len(quotations) and quotations[index].span.start < cue.span.start:
                while stack and quotations[stack[-1]].span.end <= quotations[index].span.start:
                    stack.pop()
                stack.append(index)
                index += 1
            while stack and quotations[stack[-1]].span.end <= cue.span.start:
                stack.pop()
            self.cues_by_container.setdefault(stack[-1] if stack else -1, []).append(cue)

    def _paragraphs_near_quotations(self) -> list[Span]:
        """The paragraphs whose cues can attribute a quotation: those a quotation spans, and
        the paragraph on either side (a colon introducing it, a block quotation's credit)."""
        last = len(self.paragraphs) - 1
        stretches = sorted(
            (
                max(self._paragraph_of(quotation.span.start) - 1, 0),
                min(self._paragraph_of(quotation.span.end - 1) + 1, last),
            )
            for quotation in self.quotations
        )
        # Joined before they are listed: many quotations running through many paragraphs
        # (marks left open and reopened paragraph after paragraph) would each list them all.
        needed: list[int] = []
        for first, final in stretches:
            start = max(first, needed[-1] + 1) if needed else first
            needed.extend(range(start, final + 1))
        return [self.paragraphs[index] for index in needed]

    # -- the walk -----------------------------------------------------------------------------

    def run(self) -> AttributionAnalysis:
        top_level = [index for index, parent in enumerate(self.parent) if parent == -1]
        if self.given_sentences is None:
            top_spans = [self.quotations[index].span for index in top_level]
            self.given_sentences = ParagraphSentences(
                self.text, self.paragraphs, top_spans, self.settings.abbreviations
            )
        self.paragraph_sentences = self.given_sentences
        by_paragraph: dict[int, list[int]] = {}
        for index in top_level:
            by_paragraph.setdefault(
                self._paragraph_of(self.quotations[index].span.start), []
            ).append(index)
        for paragraph_index, members in sorted(by_paragraph.items()):
            self._attribute_siblings(members, -1, paragraph_index)
        children: dict[int, list[int]] = {}
        for index, parent in enumerate(self.parent):
            if parent != -1:
                children.setdefault(parent, []).append(index)
        # Parents come before their children in start order, so their facts exist.
        for parent in sorted(children):
            if self.quotations[parent].depth < _NESTING_EXAMINED:
                self._attribute_siblings(children[parent], parent, None)
            else:
                self._inherit(children[parent], parent)
        return AttributionAnalysis(
            tuple(self.facts[index] for index in range(len(self.quotations)))
        )

    def _inherit(self, members: Sequence[int], container: int) -> None:
        """Quotations nested too deep to examine take the kind and speaker of their parent."""
        outer = self.facts[container]
        for index in members:
            quotation = self.quotations[index]
            if outer.kind == "speech":
                self.facts[index] = QuotationFacts(
                    quotation,
                    "speech",
                    outer.attributed is not False,
                    outer.speaker,
                    outer.cue,
                    "outer-quotation",
                    False,
                )
            else:
                self.facts[index] = QuotationFacts(
                    quotation, outer.kind, None, None, None, None, False
                )

    def _paragraph_of(self, offset: int) -> int:
        return max(bisect_right(self.paragraph_starts, offset) - 1, 0)

    def _attribute_siblings(
        self, members: Sequence[int], container: int, paragraph_index: int | None
    ) -> None:
        """Attribute the quotations directly inside one paragraph or one quotation."""
        if container == -1:
            assert paragraph_index is not None
            region_sentences = self.paragraph_sentences[paragraph_index]
        else:
            outer = self.quotations[container]
            region = Span(
                outer.span.start + len(outer.open_mark), outer.span.end - len(outer.close_mark)
            )
            region_sentences = split_sentences(
                self.text,
                region,
                [self.quotations[index].span for index in members],
                self.settings.abbreviations,
            )
        cues = self.cues_by_container.get(container, [])
        # The post's top-level cues are listed once, not again for each paragraph.
        cue_starts = (
            self.top_level_cue_starts if container == -1 else [cue.span.start for cue in cues]
        )
        sibling_spans = [self.quotations[index].span for index in members]
        earlier_speech = (
            self.carry_into.get(paragraph_index)
            if container == -1 and paragraph_index is not None
            else None
        )
        for position, index in enumerate(members):
            quotation = self.quotations[index]
            opening_index = _index_at(region_sentences, quotation.span.start)
            opening = region_sentences[opening_index]
            if container == -1:
                closing_sentences = self.paragraph_sentences[
                    self._paragraph_of(quotation.span.end - 1)
                ]
            else:
                closing_sentences = region_sentences
            closing_index = _index_at(closing_sentences, quotation.span.end - 1)
            closing = closing_sentences[closing_index]
            following = (
                closing_sentences[closing_index + 1]
                if closing_index + 1 < len(closing_sentences)
                else None
            )
            cue, via = self._own_cue(
                quotation,
                opening,
                closing,
                following,
                cues,
                cue_starts,
                sibling_spans,
                position + 1,
            )
            kind = self._classify(quotation, cue, opening.start, cues, cue_starts)
            if (
                kind == "speech"
                and position > 0
                and self.facts[members[position - 1]].kind != "speech"
                and _LIST_JOINER.fullmatch(
                    self.text, sibling_spans[position - 1].end, quotation.span.start
                )
            ):
                kind = self.facts[members[position - 1]].kind  # topics like “A,” “B” and “C”
            if kind != "speech":
                self.facts[index] = QuotationFacts(quotation, kind, None, None, None, None, False)
                continue
            if cue is not None:
                assert via is not None
                cue_sentence = (
                    opening
                    if cue.span.start < quotation.span.start
                    else closing
                    if via == "sentence" or following is None
                    else following
                )
                speaker = self._speaker(cue, quotation, cue_sentence, cues, sibling_spans)
                facts = QuotationFacts(
                    quotation, kind, True, speaker, self._cue_text(cue), via, False
                )
            elif (
                previous_cue := self._previous_sentence_cue(
                    region_sentences, opening_index, cues, cue_starts, earlier_speech
                )
            ) is not None:
                previous = region_sentences[opening_index - 1]
                facts = QuotationFacts(
                    quotation,
                    kind,
                    True,
                    self._speaker(previous_cue, quotation, previous, cues, sibling_spans),
                    self._cue_text(previous_cue),
                    "previous-sentence",
                    False,
                )
            elif earlier_speech is not None:
                facts = QuotationFacts(
                    quotation,
                    kind,
                    earlier_speech.attributed,
                    earlier_speech.speaker,
                    earlier_speech.cue,
                    "earlier-quotation" if earlier_speech.attributed else None,
                    False,
                )
            elif container != -1:
                outer_facts = self.facts[container]
                facts = QuotationFacts(
                    quotation,
                    kind,
                    outer_facts.attributed is not False,
                    outer_facts.speaker,
                    outer_facts.cue,
                    "outer-quotation",
                    False,
                )
            else:
                assert paragraph_index is not None
                facts = self._from_previous_paragraph(quotation, paragraph_index, opening)
            self.facts[index] = facts
            earlier_speech = facts
            if container == -1:
                self.top_level_facts.append(facts)
                closing_paragraph = self._paragraph_of(quotation.span.end - 1)
                if closing_paragraph != paragraph_index:
                    self.carry_into[closing_paragraph] = facts

    def _previous_sentence_cue(
        self,
        sentences: Sequence[Span],
        index: int,
        cues: Sequence[Cue],
        cue_starts: Sequence[int],
        earlier_speech: QuotationFacts | None,
    ) -> Cue | None:
        """A speech cue in the sentence just before (indirect speech whose speaker goes on
        talking), unless an earlier quotation of the paragraph came after it."""
        if not self.settings.carry_from_previous_sentence or index == 0:
            return None
        previous = sentences[index - 1]
        if earlier_speech is not None and earlier_speech.quotation.span.end > previous.start:
            return None
        first = bisect_left(cue_starts, previous.start)
        for position in range(bisect_left(cue_starts, previous.end) - 1, first - 1, -1):
            if cues[position].role in {"verb", "phrase"}:
                return cues[position]
        return None

    # -- cues ---------------------------------------------------------------------------------

    def _own_cue(
        self,
        quotation: Quotation,
        opening: Span,
        closing: Span,
        following: Span | None,
        cues: Sequence[Cue],
        cue_starts: Sequence[int],
        siblings: Sequence[Span],
        first_later: int,
    ) -> tuple[Cue | None, Via | None]:
        """``siblings[first_later:]`` are the quotations after this one in its paragraph
        (sorted; looked up by bisection, so a paragraph of many quotations stays linear)."""
        span = quotation.span
        next_sibling = siblings[first_later].start if first_later < len(siblings) else closing.end
        after = _first_cue(cues, cue_starts, span.end, closing.end)
        if after is not None and after.span.start < next_sibling:
            return after, "sentence"
        before = _last_cue(cues, cue_starts, opening.start, span.start)
        if before is not None:
            return before, "sentence"
        if after is not None:
            return after, "sentence"
        if self._colon_before(opening.start, span.start):
            return Cue(Span(span.start, span.start), "colon"), "sentence"
        dash = _DASH_CREDIT.match(self.text, span.end)
        if dash is not None:
            return Cue(Span(span.end, dash.end()), "dash"), "sentence"
        if self.settings.link_is_source:
            link = self._link_between(opening.start, closing.end)
            if link is not None:
                return Cue(link, "link"), "sentence"
        if following is not None and _only(self.text, span.end, closing.end, " \t\r\n.,;"):
            cue = _first_cue(cues, cue_starts, following.start, following.end)
            if cue is not None:
                lead = self.text[following.start : cue.span.start]
                inside = bisect_left(
                    siblings, following.start, lo=first_later, key=lambda sibling: sibling.start
                )
                if (
                    not (inside < len(siblings) and siblings[inside].start < cue.span.start)
                    and len(_WORD.findall(lead)) <= _NEXT_SENTENCE_MAX_WORDS
                    and not _SPEAKER_STOP.search(lead)
                ):
                    return cue, "next-sentence"
        return None, None

    def _colon_before(self, start: int, quotation_start: int) -> bool:
        """A colon just before the quotation, emphasis aside: **Catherine:** "…", Or: *"…"*."""
        # Read backwards from the quotation: a slice from the start of the sentence would copy
        # a long sentence once for each of its quotations.
        text = self.text
        position = quotation_start
        while position > start and text[position - 1] in _EMPHASIS_AND_SPACE:
            position -= 1
        return position > start and text[position - 1] == ":"

    def _link_between(self, start: int, end: int) -> Span | None:
        index = bisect_left(self.link_starts, start)
        if index < len(self.links) and self.links[index].start < end:
            return self.links[index]
        return None

    def _cue_text(self, cue: Cue) -> str | None:
        if cue.role == "colon":
            return ":"
        if cue.role == "link":
            return "link"
        if cue.role == "dash":
            return self.text[cue.span.start : cue.span.end].strip(_EMPHASIS_AND_SPACE)
        return " ".join(self.text[cue.span.start : cue.span.end].split())

    def _speaker(
        self,
        cue: Cue,
        quotation: Quotation,
        sentence: Span,
        cues: Sequence[Cue],
        siblings: Sequence[Span],
    ) -> str | None:
        """The name, title, pronoun or noun phrase next to ``cue`` in ``sentence``."""
        span = quotation.span
        if cue.role == "colon":
            return self._phrase_before(cue.span.start, sentence.start, cues, siblings)
        if cue.role == "link":
            return None
        if cue.role in {"lead", "dash"}:
            return self._phrase_after(cue.span.end, sentence.end)
        if cue.span.start >= span.end and _only(self.text, span.end, cue.span.start, " \t\r\n,"):
            return self._phrase_after(cue.span.end, sentence.end)  # “…,” said Kim
        return self._phrase_before(cue.span.start, sentence.start, cues, siblings) or (
            self._phrase_after(cue.span.end, sentence.end)
        )

    def _phrase_before(
        self, end: int, start: int, cues: Sequence[Cue], siblings: Sequence[Span]
    ) -> str | None:
        """The noun phrase before a cue: after the previous quotation or cue in the
        sentence, and after the last comma unless the phrase ends in an apposition
        (Michelle Bachelet, the UN’s High Commissioner, said)."""
        bound = start
        # Siblings and cues are sorted: only those ending between start and end matter.
        before = bisect_right(siblings, end, key=_span_end)
        if before:
            bound = max(bound, siblings[before - 1].end)
        # Cues do not overlap, so their ends are in order too: the last one ending by ``end``
        # bounds the phrase (only the very last cue may run past ``end``).
        first = bisect_left(cues, bound, key=_cue_start)
        for index in range(bisect_left(cues, end, key=_cue_start) - 1, first - 1, -1):
            if cues[index].span.end <= end:
                bound = cues[index].span.end
                break
        key = ("before", bound, end)
        if key not in self.phrases:
            phrase = self.text[bound:end]
            if not phrase.rstrip().endswith(","):
                phrase = phrase.rpartition(",")[2]
            self.phrases[key] = _shorten(_trim_words(phrase))
        return self.phrases[key]

    def _phrase_after(self, start: int, end: int) -> str | None:
        key = ("after", start, end)
        if key not in self.phrases:
            stop = _SPEAKER_AFTER_STOP.search(self.text, start, end)
            phrase = self.text[start : stop.start() if stop else end].rstrip(". \t\r\n")
            self.phrases[key] = _shorten(_trim_words(phrase))
        return self.phrases[key]

    # -- kinds --------------------------------------------------------------------------------

    def _in_heading(self, span: Span) -> bool:
        index = bisect_right(self.heading_starts, span.start) - 1
        return index >= 0 and span.end <= self.headings[index].end

    def _classify(
        self,
        quotation: Quotation,
        cue: Cue | None,
        sentence_start: int,
        cues: Sequence[Cue],
        cue_starts: Sequence[int],
    ) -> QuotationKind:
        classifier = self.settings.classifier
        if classifier is None:
            return "speech"
        span = quotation.span
        if _HEADING.match(self.text, sentence_start) or self._in_heading(span):
            return "title"  # a quotation in a heading: ## “We just need something to show”
        named_by = self._naming_word(sentence_start, span.start, classifier, cues, cue_starts)
        if named_by is not None:
            return named_by
        if cue is not None and cue.role in {"verb", "phrase", "lead"} and self._adjacent(cue, span):
            return "speech"
        hyphen = span.end
        while hyphen < len(self.text) and self.text[hyphen] in "*_":
            hyphen += 1
        if _COMPOUND_MODIFIER.match(self.text, hyphen, hyphen + 2):
            return "term"  # the “hang it on a wall”-style critique
        before = self.text[max(sentence_start, span.start - 24) : span.start]
        if _DETERMINER_BEFORE.search(before) and _NOUN_AFTER.match(self.text, span.end):
            return "term"  # used as a modifier: a “keep the lights on” mindset
        inner = self.text[
            span.start + len(quotation.open_mark) : span.end - len(quotation.close_mark)
        ]
        words = _WORD.findall(inner)
        body = inner.strip(_EMPHASIS_AND_SPACE).rstrip(".,;:…*_ ")
        if (
            not _SENTENCE_PUNCTUATION.search(body)
            and not body.endswith(("?", "!"))
            and (
                len(words) <= classifier.term_max_words
                or (len(words) <= classifier.fragment_max_words and body[:1].islower())
            )
        ):
            return "term"
        if len(words) >= 2 and _title_case(words, classifier.minor_words):
            return "title"
        if body.endswith("?") and self._sentence_goes_on(quotation, sentence_start, cue):
            return "term"  # a question named, not asked: it took 29 minutes to go from “How…?” to…
        return "speech"

    def _sentence_goes_on(self, quotation: Quotation, sentence_start: int, cue: Cue | None) -> bool:
        """Whether the quotation's sentence has words of its own around it, with no cue."""
        if cue is not None:
            return False
        # Searched in place: a slice from the start of the sentence would copy a long sentence
        # once for each of its quotations.
        before = _WORD.search(self.text, sentence_start, quotation.span.start)
        after = _REST_OF_SENTENCE.match(self.text, quotation.span.end)
        return bool(before or (after and _WORD.search(after.group())))

    def _adjacent(self, cue: Cue, span: Span) -> bool:
        # Matched in place: the cue may stand far away, and a slice would copy all between.
        start, end = (
            (span.end, cue.span.start) if cue.span.start >= span.end else (cue.span.end, span.start)
        )
        return _ADJACENT_GAP.fullmatch(self.text, start, end) is not None

    def _naming_word(
        self,
        sentence_start: int,
        start: int,
        classifier: QuotationClassifier,
        cues: Sequence[Cue],
        cue_starts: Sequence[int],
    ) -> QuotationKind | None:
        """title or term when a naming word stands just before the quotation."""
        window = max(sentence_start, start - 80)
        found = list(_WORD.finditer(self.text, window, start))[-4:]
        others = 0
        for match in reversed(found):
            word = match.group().lower()
            holding = bisect_right(cue_starts, match.start()) - 1
            if holding >= 0:
                cue_span = cues[holding].span
                if match.start() < cue_span.end and " " in self.text[cue_span.start : cue_span.end]:
                    return None  # part of a multiword cue: people were like, “…”
            if word in classifier.title_words:
                return "title"
            if word in classifier.term_words:
                return "term"
            if word in _DETERMINERS:
                continue
            others += 1
            if others > 1:
                return None
        return None

    # -- across paragraphs --------------------------------------------------------------------

    def _from_previous_paragraph(
        self, quotation: Quotation, paragraph_index: int, opening: Span
    ) -> QuotationFacts:
        unattributed = QuotationFacts(quotation, "speech", False, None, None, None, True)
        paragraph = self.paragraphs[paragraph_index]
        # Bounded by the paragraph: ``regex`` would otherwise look for the label's colon in
        # the rest of the file before trying to match (the pattern starts with a repeat).
        label = _SPEAKER_LABEL.match(self.text, paragraph.start, paragraph.end)
        if label is not None:
            speaker = _shorten(_trim_words(label["name"]))
            return QuotationFacts(quotation, "speech", True, speaker, ":", "speaker-label", False)
        if self.text.startswith(">", paragraph.start):
            block = self._block_quotation_source(quotation, paragraph_index)
            if block is not None:
                return block
        if paragraph_index == 0:
            return unattributed
        sentences = self.paragraph_sentences[paragraph_index]
        previous = self.paragraphs[paragraph_index - 1]
        last_sentence = self.paragraph_sentences[paragraph_index - 1][-1]
        introduced = self.text[previous.start : previous.end].rstrip(_EMPHASIS_AND_SPACE)
        # The colon introduces the first sentence, or every item of a list that follows.
        if introduced.endswith(":") and (
            opening == sentences[0]
            or _LIST_ITEM_START.search(
                self.text, max(0, quotation.span.start - _LIST_MARKER_REACH), quotation.span.start
            )
        ):
            cues = self._top_level_cues(last_sentence)
            speaker = (
                self._phrase_before(cues[-1].span.start, last_sentence.start, cues[:-1], [])
                if cues
                else None
            )
            cue = self._cue_text(cues[-1]) if cues else ":"
            return QuotationFacts(quotation, "speech", True, speaker, cue, "colon-paragraph", False)
        if not self.settings.carry_between_paragraphs or opening != sentences[0]:
            return unattributed
        if self.text[paragraph.start : quotation.span.start].strip(_EMPHASIS_AND_SPACE + ">"):
            return unattributed
        # Where the sentence's closing punctuation begins, found once: a cue ending there
        # closes the sentence.
        ending = last_sentence.end
        while ending > last_sentence.start and self.text[ending - 1] in ".:!?,;*_ ":
            ending -= 1
        closing_cues = [
            cue
            for cue in self._top_level_cues(last_sentence)
            if cue.role in {"verb", "phrase"} and cue.span.end >= ending
        ]
        if closing_cues:
            # The previous paragraph ends on its cue: Christine Cheung agreed.
            closing_cue = closing_cues[-1]
            speaker = self._speaker(closing_cue, quotation, last_sentence, [], [])
            return QuotationFacts(
                quotation,
                "speech",
                True,
                speaker,
                self._cue_text(closing_cue),
                "previous-paragraph",
                False,
            )
        for facts in reversed(self.top_level_facts):
            earlier = facts.quotation.span
            if earlier.start < last_sentence.start:
                break
            if (
                facts.quotation.depth == 0
                and earlier.end <= last_sentence.end
                and facts.kind == "speech"
                and facts.attributed
            ):
                return QuotationFacts(
                    quotation, "speech", True, facts.speaker, facts.cue, "previous-paragraph", False
                )
        return unattributed

    def _top_level_cues(self, span: Span) -> list[Cue]:
        cues = self.cues_by_container.get(-1, [])
        return _cues_between(cues, self.top_level_cue_starts, span.start, span.end)

    def _block_quotation_source(
        self, quotation: Quotation, paragraph_index: int
    ) -> QuotationFacts | None:
        """A block quotation's source: a line of its own after the quotation (> Dan
        Tangherlini, Administrator, GSA), or a cue, credit dash or link in the paragraph
        just before or just after the block."""
        paragraph = self.paragraphs[paragraph_index]
        after = _CREDIT_MARKUP.sub(" ", self.text[quotation.span.end : paragraph.end])
        credit_line = next((line for line in after.splitlines() if _WORD.search(line)), None)
        if credit_line is not None:
            speaker = _shorten(_trim_words(credit_line))
            return QuotationFacts(
                quotation, "speech", True, speaker, None, "block-quotation", False
            )
        neighbours = []
        if paragraph_index > 0:
            neighbours.append(self.paragraph_sentences[paragraph_index - 1][-1])
        if paragraph_index + 1 < len(self.paragraphs):
            neighbours.append(self.paragraph_sentences[paragraph_index + 1][0])
        for sentence in neighbours:
            cues = self._top_level_cues(sentence)
            dash = _DASH_CREDIT.match(self.text, sentence.start)
            if cues or dash or self._link_between(sentence.start, sentence.end):
                if dash is not None:
                    speaker = self._phrase_after(dash.end(), sentence.end)
                    cue_text: str | None = self.text[sentence.start : dash.end()].strip()
                elif cues:
                    speaker = self._speaker(cues[-1], quotation, sentence, cues, [])
                    cue_text = self._cue_text(cues[-1])
                else:
                    speaker, cue_text = None, "link"
                return QuotationFacts(
                    quotation, "speech", True, speaker, cue_text, "block-quotation", False
                )
        return None


# -- helpers ----------------------------------------------------------------------------------


def _span_end(span: Span) -> int:
    return span.end


def _cue_start(cue: Cue) -> int:
    return cue.span.start


def _parents(quotations: Sequence[Quotation]) -> list[int]:
    """For each quotation (sorted by start, properly nested), the index of the innermost
    quotation around it, or -1."""
    parents: list[int] = []
    stack: list[int] = []
    for index, quotation in enumerate(quotations):
        while stack and quotations[stack[-1]].span.end <= quotation.span.start:
            stack.pop()
        parents.append(stack[-1] if stack else -1)
        stack.append(index)
    return parents


def _index_at(spans: Sequence[Span], offset: int) -> int:
    """The index of the span holding ``offset`` (or the one before it, in a gap)."""
    return max(bisect_right(spans, offset, key=_span_start) - 1, 0)


def _span_start(span: Span) -> int:
    return span.start


def _cues_between(cues: Sequence[Cue], starts: Sequence[int], start: int, end: int) -> list[Cue]:
    return list(cues[bisect_left(starts, start) : bisect_left(starts, end)])


# The first or last cue of a stretch is looked up, not the list of them all: a sentence of
# many cues and many quotations would copy that list once for each quotation.
def _first_cue(cues: Sequence[Cue], starts: Sequence[int], start: int, end: int) -> Cue | None:
    index = bisect_left(starts, start)
    return cues[index] if index < len(cues) and starts[index] < end else None


def _last_cue(cues: Sequence[Cue], starts: Sequence[int], start: int, end: int) -> Cue | None:
    index = bisect_left(starts, end) - 1
    return cues[index] if index >= 0 and starts[index] >= start else None


def _only(text: str, start: int, end: int, allowed: str) -> bool:
    """Whether ``text[start:end]`` holds only characters of ``allowed``; read in place from
    the start, so that a long stretch is given up at its first other character."""
    position = start
    while position < end and text[position] in allowed:
        position += 1
    return position >= end


def _title_case(words: Sequence[str], minor_words: Sequence[str]) -> bool:
    if not words[0][:1].isupper():
        return False
    return all(word[:1].isupper() or word[:1].isdigit() or word in minor_words for word in words)


def _trim_words(phrase: str) -> list[str]:
    """The words of a phrase without surrounding punctuation or connectives."""
    phrase = _EDGE_PUNCTUATION.sub("", phrase)
    words = phrase.split()
    while words and words[0].lower() in _CONNECTIVES:
        words.pop(0)
    while words and words[-1].lower() in _CONNECTIVES:
        words.pop()
    return words


def _shorten(words: list[str]) -> str | None:
    if not words:
        return None
    if len(words) > _SPEAKER_MAX_WORDS:
        return " ".join(words[:_SPEAKER_MAX_WORDS]) + "…"
    return " ".join(words)
