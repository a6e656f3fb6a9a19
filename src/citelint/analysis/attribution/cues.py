"""Attribution cues: the lexicon and its pattern, where a post's cues are, and which cue
points at a quotation from its own sentence or the next."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property, partial
from typing import Literal, NamedTuple

import regex

from citelint.analysis.attribution.spans import SortedSpans, span_start
from citelint.analysis.attribution.text import (
    CONTRACTED_BEFORE_S,
    EMPHASIS_AND_SPACE,
    WORD,
    only,
)
from citelint.analysis.quotes import Quotation
from citelint.analysis.tries import trie_pattern
from citelint.caching import frozen_hash
from citelint.document import Span

CueRole = Literal["verb", "lead", "phrase", "colon", "dash", "link"]

# An epigraph or testimonial credit right after the quotation: "…" —Amy, Senior Advisor.
# The name may be a template tag, blanked to spaces: “…” - {{ "shawn" | team_link }}.
DASH_CREDIT = regex.compile(
    r"[*_ \t]*(?:\r?\n[ \t]*)?(?:—|–|--|-)[ \t]*(?=[\p{Lu}\p{N}\[@*_(]|[ \t]*(?:\r?\n|\r|\Z))"
)
# Words between the start of the next sentence and its cue: “…!” Lee Yumi said.
_NEXT_SENTENCE_MAX_WORDS = 6


@dataclass(frozen=True)
class NounMarkers:
    """Words after which a cue word is a noun, not the verb the lexicon means: the state,
    her emails, a message, in the post. After a preposition a word with one of the
    ``gerund_endings`` is still the verb (after saying)."""

    determiners: frozenset[str] = frozenset()
    prepositions: frozenset[str] = frozenset()
    gerund_endings: tuple[str, ...] = ()
    adjective_endings: tuple[str, ...] = ()
    # Compound nouns opening with a cue word, as (cue word, next word): (talk, show).
    compounds: frozenset[tuple[str, str]] = frozenset()

    __hash__ = frozen_hash

    def mark_a_noun(self, text: str, start: int, end: int) -> bool:
        """Whether the word before ``text[start:end]`` makes it a noun: a determiner, a
        possessive (the country's budget), a preposition, or one of them before an
        adjective (the official state language, through sponsored posts); or whether the
        word after it does, in a compound noun (Al Jazeera talk show host)."""
        if self.compounds and (text[start:end].lower(), _word_after(text, end)) in self.compounds:
            return True
        before, before_start = _word_before_at(text, start)
        if before in self.determiners or (
            before.endswith(("'s", "’s")) and before[:-2] not in CONTRACTED_BEFORE_S
        ):
            return True
        gerund = text[start:end].lower().endswith(self.gerund_endings)
        if before in self.prepositions and not gerund:
            return True
        if gerund and len(before) > _SHORTEST_GERUND and before.endswith(self.gerund_endings):
            return True  # the object of a gerund: (who keep) promoting reading (culture)
        if gerund or not self.adjective_endings or not before.endswith(self.adjective_endings):
            return False
        earlier = _word_before(text, before_start)
        return earlier in self.determiners or earlier in self.prepositions


NO_NOUN_MARKERS = NounMarkers()
# A gerund is longer than a word that merely ends like one (thing, being, bring).
_SHORTEST_GERUND = 5


@dataclass(frozen=True)
class CueLexicon:
    """Attribution cues. ``verbs`` are lemmas expanded to their inflections (``verb_forms``
    lists the irregular ones, replacing the derived past and -ing forms); ``lead_phrases``
    are followed by their speaker (according to); ``phrases`` are other multiword cues."""

    verbs: tuple[str, ...]
    verb_forms: tuple[tuple[str, tuple[str, ...]], ...]
    lead_phrases: tuple[str, ...]
    phrases: tuple[str, ...]
    # False for a language whose verbs English endings do not inflect: each verb and each of
    # its verb_forms is then matched only as written.
    inflect: bool = True
    nouns: NounMarkers = NO_NOUN_MARKERS

    __hash__ = frozen_hash

    @cached_property
    def pattern(self) -> re.Pattern[str]:
        return _compile_cue_pattern(self, ignore_case=False)

    @cached_property
    def pattern_ignoring_case(self) -> re.Pattern[str]:
        return _compile_cue_pattern(self, ignore_case=True)


class Cue(NamedTuple):
    span: Span
    role: CueRole


# Longest word looked at before a cue, and the marks a sentence may open with.
_WORD_BEFORE_REACH = 24
_SENTENCE_OPENERS = " \t\r\n*_\"'“‘«([„‚—–-"


def _word_before(text: str, start: int) -> str:
    """The word just before ``start`` (spaces between), in lower case; read backwards in
    place and only a word's length: no slice of the sentence."""
    return _word_before_at(text, start)[0]


def _word_after(text: str, end: int) -> str:
    """The word just after ``end`` (spaces between), in lower case; read in place and only a
    word's length."""
    position = end
    ceiling = min(len(text), end + _WORD_BEFORE_REACH)
    while position < ceiling and text[position] in " \t":
        position += 1
    start = position
    while position < ceiling and text[position].isalpha():
        position += 1
    return text[start:position].lower()


def _word_before_at(text: str, start: int) -> tuple[str, int]:
    """The word just before ``start``, in lower case, and where it starts."""
    position = start
    floor = max(0, start - _WORD_BEFORE_REACH)
    while position > floor and text[position - 1] in " \t":
        position -= 1
    end = position
    while position > floor and (text[position - 1].isalpha() or text[position - 1] in "’'"):
        position -= 1
    return text[position:end].lower(), position


def _opens_sentence(text: str, start: int, sentences: Sequence[Span]) -> bool:
    """Whether ``start`` is the first word of its sentence (``sentences``: its paragraph's,
    as the sentence analysis split them), opening marks and emphasis aside."""
    index = bisect_right(sentences, start, key=span_start) - 1
    if index < 0:
        return True
    return only(text, sentences[index].start, start, _SENTENCE_OPENERS)


def cue_role(match: re.Match[str]) -> CueRole:
    """The role of a match of ``cue_pattern``: which of its lists matched."""
    return "lead" if match["lead"] else "phrase" if match["phrase"] else "verb"


def used_as_cue(
    text: str,
    start: int,
    end: int,
    role: CueRole,
    nouns: NounMarkers,
    sentences: Callable[[], Sequence[Span]],
) -> bool:
    """Whether a match of the cue pattern (found in lower case) is the cue it looks like;
    ``sentences`` gives those of its paragraph (asked for only for a capitalised verb). A cue
    is written in lower case, its first letter aside: "US" is not "us". A verb with a capital
    letter inside a sentence is part of a name (the United States, the Post Office, Mr.
    Said), and after a determiner or a preposition it is a noun."""
    written = text[start:end]
    rest = written[1:]
    if rest != rest.lower():
        return False
    if role != "verb":
        return True
    if written[:1].isupper() and not _opens_sentence(text, start, sentences()):
        return False
    return not nouns.mark_a_noun(text, start, end)


def inflections(lemma: str, irregular: Sequence[str] = ()) -> tuple[str, ...]:
    """The forms of a verb: says, said, saying. ``irregular`` replaces past and -ing forms."""
    if " " in lemma:
        # The head takes the endings; irregular forms are given whole (summed up, went on).
        head, _, rest = lemma.partition(" ")
        regular = tuple(f"{form} {rest}" for form in inflections(head))
        return (*regular[:2], *irregular) if irregular else regular
    if lemma.endswith(("s", "x", "z", "ch", "sh", "o")):
        third = lemma + "es"  # echoes, goes
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
    compiled once per lexicon (the conventions keep their lexicons for the run).

    It runs on lower-cased text (``ignore_case`` for text whose lower-case form changes
    length). The standard ``re`` engine is used here because it is several times faster than
    ``regex`` on plain word lists, and these patterns need nothing more.
    """
    return lexicon.pattern_ignoring_case if ignore_case else lexicon.pattern


def verb_forms(
    lemmas: Sequence[str],
    irregular_forms: Sequence[tuple[str, Sequence[str]]],
    *,
    inflect: bool,
) -> frozenset[str]:
    """Every form of the verbs ``lemmas``: their inflections (``irregular_forms`` replacing
    the derived past and -ing forms) or, for a language English endings do not inflect, each
    lemma and its listed forms as written."""
    irregular = dict(irregular_forms)
    if inflect:
        return frozenset(
            form for lemma in lemmas for form in inflections(lemma, irregular.get(lemma, ()))
        )
    return frozenset(form for lemma in lemmas for form in (lemma, *irregular.get(lemma, ())))


def _compile_cue_pattern(lexicon: CueLexicon, *, ignore_case: bool) -> re.Pattern[str]:
    verbs = verb_forms(lexicon.verbs, lexicon.verb_forms, inflect=lexicon.inflect)

    def alternatives(words: Collection[str]) -> str:
        return trie_pattern(" ".join(word.lower().split()) for word in words)

    return re.compile(
        rf"(?<![\w’'-])(?:(?P<lead>{alternatives(lexicon.lead_phrases)})"
        rf"|(?P<phrase>{alternatives(lexicon.phrases)})|(?P<verb>{alternatives(verbs)}))"
        r"(?!\w|[’'][^\W\d_])",
        re.IGNORECASE if ignore_case else 0,
    )


@dataclass(frozen=True)
class CueList:
    """Cues in text order with their starts listed once. The first or last cue of a stretch
    is looked up by bisection, not by listing them all: a sentence of many cues and many
    quotations would copy that list once for each quotation."""

    cues: Sequence[Cue]
    starts: Sequence[int]

    @classmethod
    def of(cls, cues: Sequence[Cue]) -> CueList:
        return cls(cues=cues, starts=[cue.span.start for cue in cues])

    def between(self, start: int, end: int) -> list[Cue]:
        return list(self.cues[bisect_left(self.starts, start) : bisect_left(self.starts, end)])

    def first(self, start: int, end: int) -> Cue | None:
        index = bisect_left(self.starts, start)
        return self.cues[index] if index < len(self.cues) and self.starts[index] < end else None

    def last(self, start: int, end: int) -> Cue | None:
        index = bisect_left(self.starts, end) - 1
        return self.cues[index] if index >= 0 and self.starts[index] >= start else None

    def last_of_roles(self, start: int, end: int, roles: frozenset[CueRole]) -> Cue | None:
        first = bisect_left(self.starts, start)
        for index in range(bisect_left(self.starts, end) - 1, first - 1, -1):
            if self.cues[index].role in roles:
                return self.cues[index]
        return None


NO_CUES = CueList(cues=(), starts=())


@dataclass(frozen=True)
class PlacedCues:
    """A post's cues grouped by where they stand: outside every quotation, or inside one
    (by the index of the innermost quotation holding them). A cue inside a quotation
    attributes only the quotations nested in that one."""

    top_level: CueList
    nested: Mapping[int, CueList]

    def in_container(self, container: int | None) -> CueList:
        """The cues directly inside quotation ``container``, or outside all when None."""
        if container is None:
            return self.top_level
        return self.nested.get(container, NO_CUES)


def find_cues(
    text: str,
    lowered: str | None,
    lexicon: CueLexicon,
    paragraphs: SortedSpans,
    sentences: Sequence[Sequence[Span]],
    quotations: Sequence[Quotation],
) -> PlacedCues:
    """The cues of the paragraphs that can attribute a quotation, placed in the
    quotations holding them. ``lowered`` is ``text`` in lower case when that keeps its
    length; ``sentences`` are each paragraph's (asked for only where a cue is capitalised)."""
    searched = lowered if lowered is not None else text
    pattern = cue_pattern(lexicon, ignore_case=lowered is None)
    found: list[Cue] = []
    for index in _paragraphs_near_quotations(paragraphs, quotations):
        paragraph = paragraphs.spans[index]
        for match in pattern.finditer(searched, paragraph.start, paragraph.end):
            role = cue_role(match)
            if not used_as_cue(
                text,
                match.start(),
                match.end(),
                role,
                lexicon.nouns,
                partial(sentences.__getitem__, index),
            ):
                continue
            cue = Cue(span=Span(match.start(), match.end()), role=role)
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
    top_level: list[Cue] = []
    nested: dict[int, list[Cue]] = {}
    stack: list[int] = []
    index = 0
    for cue in found:
        while index < len(quotations) and quotations[index].span.start < cue.span.start:
            while stack and quotations[stack[-1]].span.end <= quotations[index].span.start:
                stack.pop()
            stack.append(index)
            index += 1
        while stack and quotations[stack[-1]].span.end <= cue.span.start:
            stack.pop()
        if stack:
            nested.setdefault(stack[-1], []).append(cue)
        else:
            top_level.append(cue)
    return PlacedCues(
        top_level=CueList.of(top_level),
        nested={container: CueList.of(cues) for container, cues in nested.items()},
    )


def _paragraphs_near_quotations(
    paragraphs: SortedSpans, quotations: Sequence[Quotation]
) -> list[int]:
    """The paragraphs whose cues can attribute a quotation: those a quotation spans, and
    the paragraph on either side (a colon introducing it, a block quotation's credit)."""
    last = len(paragraphs.spans) - 1
    stretches = sorted(
        (
            max(paragraphs.index_at(quotation.span.start) - 1, 0),
            min(paragraphs.index_at(quotation.span.end - 1) + 1, last),
        )
        for quotation in quotations
    )
    # Joined before they are listed: many quotations running through many paragraphs
    # (marks left open and reopened paragraph after paragraph) would each list them all.
    needed: list[int] = []
    for first, final in stretches:
        start = max(first, needed[-1] + 1) if needed else first
        needed.extend(range(start, final + 1))
    return needed


class QuotationSentences(NamedTuple):
    """The sentences a quotation opens and closes in, and the one after that in its
    paragraph (or the quotation holding it), if any."""

    opening: Span
    closing: Span
    following: Span | None


class OwnCue(NamedTuple):
    cue: Cue
    via: Literal["sentence", "next-sentence"]


def own_cue(
    text: str,
    quotation: Quotation,
    sentences: QuotationSentences,
    cues: CueList,
    siblings: Sequence[Span],
    first_later: int,
    source_links: SortedSpans | None,
    next_sentence_stop: regex.Pattern[str],
) -> OwnCue | None:
    """The cue attributing a quotation from its own sentence, or opening the next one.
    ``siblings[first_later:]`` are the quotations after this one in its paragraph (sorted;
    looked up by bisection, so a paragraph of many quotations stays linear);
    ``source_links`` are the links that name a source, None when links do not; a next
    sentence with a ``next_sentence_stop`` before its cue is not led by the speaker."""
    span = quotation.span
    opening, closing, following = sentences
    next_sibling = siblings[first_later].start if first_later < len(siblings) else closing.end
    after = cues.first(span.end, closing.end)
    if after is not None and after.span.start < next_sibling:
        return OwnCue(cue=after, via="sentence")
    before = cues.last(opening.start, span.start)
    if before is not None:
        return OwnCue(cue=before, via="sentence")
    if after is not None:
        return OwnCue(cue=after, via="sentence")
    if _colon_before(text, opening.start, span.start):
        return OwnCue(cue=Cue(span=Span(span.start, span.start), role="colon"), via="sentence")
    dash = DASH_CREDIT.match(text, span.end)
    if dash is not None:
        return OwnCue(cue=Cue(span=Span(span.end, dash.end()), role="dash"), via="sentence")
    if source_links is not None:
        link = source_links.first_starting_within(opening.start, closing.end)
        if link is not None:
            return OwnCue(cue=Cue(span=link, role="link"), via="sentence")
    if following is not None and only(text, span.end, closing.end, " \t\r\n.,;"):
        cue = cues.first(following.start, following.end)
        # A verb with its subject (“…!” Lee said.); "According to X, …" opening the next
        # sentence sources that sentence's claim, not the quotation before it.
        # A sentence ending in a colon introduces what follows it (She continues:).
        introduces = text[following.start : following.end].rstrip(EMPHASIS_AND_SPACE).endswith(":")
        if cue is not None and cue.role != "lead" and not introduces:
            lead = text[following.start : cue.span.start]
            inside = bisect_left(siblings, following.start, lo=first_later, key=span_start)
            if (
                not (inside < len(siblings) and siblings[inside].start < cue.span.start)
                and len(WORD.findall(lead)) <= _NEXT_SENTENCE_MAX_WORDS
                and not next_sentence_stop.search(lead)
            ):
                return OwnCue(cue=cue, via="next-sentence")
    return None


def _colon_before(text: str, start: int, quotation_start: int) -> bool:
    """A colon just before the quotation, emphasis aside: **Catherine:** "…", Or: *"…"*."""
    # Read backwards from the quotation: a slice from the start of the sentence would copy
    # a long sentence once for each of its quotations.
    position = quotation_start
    while position > start and text[position - 1] in EMPHASIS_AND_SPACE:
        position -= 1
    return position > start and text[position - 1] == ":"


def cue_text(text: str, cue: Cue) -> str:
    """The cue as a finding reports it: its words, or ``:`` and ``link`` for those roles."""
    if cue.role == "colon":
        return ":"
    if cue.role == "link":
        return "link"
    if cue.role == "dash":
        return text[cue.span.start : cue.span.end].strip(EMPHASIS_AND_SPACE)
    return " ".join(text[cue.span.start : cue.span.end].split())
