"""Quotation kinds: a quotation is speech unless it names a work (``title``: after report,
book, film…, in Title Case or in a heading) or is a short phrase or a fragment with no
sentence punctuation, a modifier or one introduced by called, dubbed… (``term``)."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

import regex

from citelint.analysis.attribution.cues import Cue, CueList, CueRole
from citelint.analysis.attribution.facts import QuotationKind
from citelint.analysis.attribution.spans import SortedSpans
from citelint.analysis.attribution.text import EMPHASIS_AND_SPACE, WORD
from citelint.analysis.quotes import Quotation
from citelint.caching import frozen_hash
from citelint.document import Span

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
# At most a few words and commas or a colon between a cue and its quotation. Each run is
# possessive: a word that may also be split into shorter words (the separator after a word
# may be empty) let a failed match try every split, which on a long run of letters took
# minutes for a single quotation.
_ADJACENT_GAP = regex.compile(r"[\s,:—–-]*+(?:[\p{L}\p{N}][\p{L}\p{N}’'.-]*+[\s,:]*+){0,4}+")
# Four long words and their commas: "Jean-Baptiste Rodríguez-Villanueva, spokesperson, said".
_ADJACENT_REACH = 160
# Punctuation that makes a quotation more than a term: inside it, followed by a space.
_SENTENCE_PUNCTUATION = regex.compile(r"[.!?;:…](?=[\s*_]|\Z)|…")
# A quotation used as a compound modifier: the “hang it on a wall”-style critique. Emphasis
# after the quotation is stepped over first and the hyphen matched right there, within two
# characters: ``regex`` looks for the first literal of a pattern that starts with a repeat
# (the hyphen of ``[*_]*-``) ahead in the whole text before it tries to match at the
# position, which cost one pass over the rest of the file for every quotation.
_COMPOUND_MODIFIER = regex.compile(r"-\p{L}")
_HEADING = regex.compile(r"#{1,6}[ \t]")
_REST_OF_SENTENCE = regex.compile(r"[^.!?\r\n]{0,200}")
_DETERMINER_BEFORE = regex.compile(
    r"(?:\b(?:a|an|the|no|this|that|our|their|its|every)|\p{L}[’']s)[ \t*_]*\Z", regex.IGNORECASE
)
_NOUN_AFTER = regex.compile(r"[*_]*[ \t]+(?!(?:is|are|was|were|has|have|had)\b)\p{Ll}")
# How far before a quotation a naming word or a determiner before a modifier is looked for.
_NAMING_REACH = 80
_DETERMINER_REACH = 24
_NAMING_WORDS_READ = 4
# Words of the writer's between a quotation and the naming word after it: Facebook Page.
_NAMING_WORDS_AFTER = 2
_COPULAS = frozenset(("is", "was", "are", "were", "be", "been", "has", "had"))
# d'Arrêt, l'Homme: an elided particle before a capitalised word of a name.
_ELIDED_PARTICLE = regex.compile(r"\p{Ll}['’]\p{Lu}")
_SPOKEN_CUE_ROLES: frozenset[CueRole] = frozenset(("verb", "phrase", "lead"))
_VERB_ROLE: frozenset[CueRole] = frozenset(("verb",))
# A quotation opening a bracket of its own: (“…”) or [“…”, …].
_GLOSS_OPENING = regex.compile(r"[(\[][ \t*_]*\Z")
_HASHTAG_BEFORE = regex.compile(r"(?<![\p{L}\p{N}])#[\p{L}\p{N}_]+[ \t:*_]*\Z")
# A possessive owner, and a word of how often or how known, before a short name:
# her 'Born this Way Ball', his weekly 'Saturday’s socialist speak out'.
_OWNER_BEFORE = regex.compile(
    r"\b(?:his|her|their|its|our|my|your)(?:[ \t]+\p{Ll}+ly|[ \t]+(?:new|latest|own|annual))?"
    r"[ \t*_]*\Z",
    regex.IGNORECASE,
)
_SLOGAN_MAX_WORDS = 12
# Verbs that name their object with the quotation, however long the object: calls X “…”.
_CALLING = frozenset(("called", "calls", "call", "calling"))
_SUBJECT_BEFORE_CALLING = frozenset(
    (
        "has",
        "have",
        "had",
        "he",
        "she",
        "they",
        "we",
        "i",
        "it",
        "who",
        "also",
        "once",
        "repeatedly",
    )
)
_NAMING_VERBS = frozenset(
    ("calls", "called", "dubbed", "named", "nicknamed", "termed", "labeled", "labelled")
)
# The object of “of” that opens with a capital names something: the creator of
# “Demotivational Lebanon: a demotivational page…”, a compilation of intense “Amateur video…”.
_OF_BEFORE = regex.compile(r"\bof(?:[ \t]+\p{Ll}+)?[ \t*_]*\Z")


@dataclass(frozen=True)
class QuotationClassifier:
    title_words: tuple[str, ...]
    term_words: tuple[str, ...]
    term_max_words: int
    minor_words: tuple[str, ...]
    fragment_max_words: int = 0

    __hash__ = frozen_hash


def classify(
    text: str,
    quotation: Quotation,
    cue: Cue | None,
    sentence_start: int,
    cues: CueList,
    classifier: QuotationClassifier | None,
    headings: SortedSpans,
) -> QuotationKind:
    """The kind of a quotation whose sentence starts at ``sentence_start``; ``cue`` is the
    one pointing at it, ``cues`` those around it. ``classifier`` None makes all speech."""
    if classifier is None:
        return "speech"
    span = quotation.span
    if _HEADING.match(text, sentence_start) or headings.holds(span):
        return "title"  # a quotation in a heading: ## “We just need something to show”
    named_by = _naming_word(text, sentence_start, span.start, classifier, cues)
    if named_by is not None:
        return named_by
    if cue is not None and cue.role in _SPOKEN_CUE_ROLES and _adjacent(text, cue, span):
        return "speech"
    named_after = _naming_word_after(text, quotation, classifier)
    if named_after is not None:
        return named_after
    if _GLOSS_OPENING.search(text, max(sentence_start, span.start - 2), span.start):
        # (“I support sentenced blogger Łukasz Kasprowicz”), [“The boss finds out...”, a
        # parody…]: a translation or gloss of the words before it, in brackets of its own.
        return "term"
    if _HASHTAG_BEFORE.search(text, max(sentence_start, span.start - _NAMING_REACH), span.start):
        return "term"  # #ifmubarakwerecolombian “I'm here and I'm here to stay”: a hashtag's joke
    hyphen = span.end
    while hyphen < len(text) and text[hyphen] in "*_":
        hyphen += 1
    if _COMPOUND_MODIFIER.match(text, hyphen, hyphen + 2):
        return "term"  # the “hang it on a wall”-style critique
    before = text[max(sentence_start, span.start - _DETERMINER_REACH) : span.start]
    if _DETERMINER_BEFORE.search(before) and _NOUN_AFTER.match(text, span.end):
        return "term"  # used as a modifier: a “keep the lights on” mindset
    inner = text[span.start + len(quotation.open_mark) : span.end - len(quotation.close_mark)]
    words = WORD.findall(inner)
    body = inner.strip(EMPHASIS_AND_SPACE).rstrip(".,;:…*_ ")
    if (
        not _SENTENCE_PUNCTUATION.search(body)
        and not body.endswith(("?", "!"))
        and (
            len(words) <= classifier.term_max_words
            or (len(words) <= classifier.fragment_max_words and body[:1].islower())
        )
        and not _own_sentence(text, quotation, sentence_start, inner)
    ):
        if body[:1].islower() and cues.last_of_roles(sentence_start, span.start, _VERB_ROLE):
            # Words quoted inside reported speech are the reporter's subject's: Heald said
            # although…, “nobody has looked at these together”; Cooper said her party has
            # supported the idea “for months”.
            return "speech"
        return "term"
    if len(words) >= 2 and _title_case(words, classifier.minor_words):
        return "title"
    if words and words[0][:1].isupper() and _OF_BEFORE.search(before):
        return "title"
    said_whole = inner.rstrip(EMPHASIS_AND_SPACE).endswith((".", "!", "?", "…"))
    unpunctuated = not _SENTENCE_PUNCTUATION.search(body) and not said_whole
    if unpunctuated and len(words) <= classifier.fragment_max_words:
        owner = text[max(sentence_start, span.start - _DETERMINER_REACH) : span.start]
        if _OWNER_BEFORE.search(owner):
            return "title"  # her 'Born this Way Ball'; his weekly 'Saturday’s socialist speak out'
    if unpunctuated and _stands_alone(text, quotation, sentence_start):
        # A paragraph of a few words in quotation marks and nothing else, no sentence said:
        # a slogan, a banner or a caption (“Demonstrate for the right to demonstrate”).
        return "title"
    if body.endswith("?") and cue is None and _sentence_goes_on(text, quotation, sentence_start):
        return "term"  # a question named, not asked: it took 29 minutes to go from “How…?” to…
    return "speech"


def _stands_alone(text: str, quotation: Quotation, sentence_start: int) -> bool:
    """Whether the quotation is its paragraph, outside a block quotation, with at most
    a slogan's words."""
    span = quotation.span
    line_start = text.rfind("\n", 0, span.start) + 1
    if line_start < sentence_start or text[line_start : span.start].strip(EMPHASIS_AND_SPACE):
        return False
    line_end = text.find("\n", span.end)
    after = text[span.end : len(text) if line_end < 0 else line_end]
    inner = text[span.start : span.end]
    return not WORD.search(after) and len(WORD.findall(inner)) <= _SLOGAN_MAX_WORDS


def _own_sentence(text: str, quotation: Quotation, sentence_start: int, inner: str) -> bool:
    """Whether a short quotation is a whole sentence said: a capital first, a full stop
    inside its marks, no words of the writer's around it (“We leave tomorrow.”). A term
    stands in the writer's sentence, and ends with the writer's full stop, if any."""
    said = inner.strip(EMPHASIS_AND_SPACE)
    return (
        said[:1].isupper()
        and said.endswith((".", "…"))
        and not _sentence_goes_on(text, quotation, sentence_start)
    )


def _sentence_goes_on(text: str, quotation: Quotation, sentence_start: int) -> bool:
    """Whether the quotation's sentence has words of its own around it."""
    # Searched in place: a slice from the start of the sentence would copy a long sentence
    # once for each of its quotations.
    before = WORD.search(text, sentence_start, quotation.span.start)
    after = _REST_OF_SENTENCE.match(text, quotation.span.end)
    return bool(before or (after and WORD.search(after.group())))


def _adjacent(text: str, cue: Cue, span: Span) -> bool:
    # Matched in place: the cue may stand far away, and a slice would copy all between. A gap
    # longer than a few words can hold is refused unread: many quotations may share one far
    # cue, and reading the gap for each of them would cost its length again and again.
    start, end = (
        (span.end, cue.span.start) if cue.span.start >= span.end else (cue.span.end, span.start)
    )
    return end - start <= _ADJACENT_REACH and _ADJACENT_GAP.fullmatch(text, start, end) is not None


def _naming_word(
    text: str,
    sentence_start: int,
    start: int,
    classifier: QuotationClassifier,
    cues: CueList,
) -> QuotationKind | None:
    """title or term when a naming word stands just before the quotation."""
    window = max(sentence_start, start - _NAMING_REACH)
    found = list(WORD.finditer(text, window, start))[-_NAMING_WORDS_READ:]
    others = 0
    for match in reversed(found):
        word = match.group().lower()
        holding = bisect_right(cues.starts, match.start()) - 1
        if holding >= 0:
            cue_span = cues.cues[holding].span
            if match.start() < cue_span.end and " " in text[cue_span.start : cue_span.end]:
                return None  # part of a multiword cue: people were like, “…”
        written = match.group()
        if (
            word in classifier.title_words
            and written[:1].isupper()
            and match.start() > sentence_start
            and "," in text[match.end() : start]
        ):
            # Part of a name, set off by a comma, not a word naming a work: Stan remarked to
            # The Brooklyn Paper, “We'll keep it around…” (but the Criminal Code “…”).
            others += 1
            continue
        if word in _CALLING and _speaks(text, match.start(), sentence_start):
            return None  # Gusenbauer has called the vote an “…”: speech, not a name given
        if others <= 1 and word in classifier.title_words:
            return "title"
        if word in classifier.term_words and (others <= 1 or word in _NAMING_VERBS):
            if cues.last_of_roles(window, match.start(), _VERB_ROLE) is not None:
                # The object of a speech verb, not a word naming the quotation: Rodaba Noori
                # told the press, “to show that Afghan women can make robots too…”
                return None
            return "term"  # calls Taseer's Murder “The beginning of misinterpreted Islam”
        if word in _DETERMINERS:
            continue
        others += 1
    return None


def _speaks(text: str, start: int, sentence_start: int) -> bool:
    """Whether a calling verb has a speaking subject before it (has called, Clinton called,
    they call), not a thing it names (a group called “…”)."""
    before = WORD.findall(text, max(sentence_start, start - _NAMING_REACH), start)
    if not before:
        return False
    last = before[-1]
    return last.lower() in _SUBJECT_BEFORE_CALLING or (last[:1].isupper() and len(before) > 1)


def _naming_word_after(
    text: str, quotation: Quotation, classifier: QuotationClassifier
) -> QuotationKind | None:
    """title or term when a naming word follows the quotation in its sentence: “No to the
    mine on Riesco Island,” a site on Facebook; “14th February | Our hearts fly with joy”
    Facebook Page; “Will the PM resign” is a million dollar question."""
    inner_end = quotation.span.end - len(quotation.close_mark)
    said = text[quotation.span.start + len(quotation.open_mark) : inner_end].rstrip(
        EMPHASIS_AND_SPACE + ",;"
    )
    if said.endswith((".", "!", "?", "…")):
        return None  # a sentence said: what follows is the writer's next sentence
    others = 0
    for match in WORD.finditer(text, quotation.span.end, quotation.span.end + _NAMING_REACH):
        between = text[quotation.span.end : match.start()]
        # A comma after a word ends the phrase: “…,” Jack Garner, film critic for…
        if any(mark in between for mark in ".!?;:(\n") or "," in between.strip(" ,"):
            return None
        word = match.group().lower().rstrip(".")
        if word in classifier.title_words:
            return "title"
        if word in classifier.term_words:
            return "term"
        if word in _DETERMINERS or word in _COPULAS:
            continue
        others += 1
        if others > _NAMING_WORDS_AFTER:
            return None
    return None


def _title_case(words: Sequence[str], minor_words: Sequence[str]) -> bool:
    if not words[0][:1].isupper():
        return False
    return all(
        word[:1].isupper()
        or word[:1].isdigit()
        or word in minor_words
        or _ELIDED_PARTICLE.match(word) is not None
        for word in words
    )
