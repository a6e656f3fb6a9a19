"""Who is quoted: the name, title, pronoun or noun phrase next to a cue, an interview's
speaker label, a block quotation's credit line."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from typing import Literal

import regex

from citelint.analysis.attribution.cues import Cue
from citelint.analysis.attribution.settings import AttributionSettings
from citelint.analysis.attribution.spans import span_end
from citelint.analysis.attribution.text import (
    CONTRACTED_BEFORE_S,
    SUBJECT_PRONOUNS,
    WORD,
    only,
)
from citelint.analysis.quotes import Quotation
from citelint.document import Span

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
        "what",
        "because",
        "though",
        # Adverbs and conjunctions a clause opens with, before its subject: (even if) the
        # Hungarian government; (Now) I; (Just yesterday) BusinessBhutan; (why) Gaddafi.
        "or",
        "nor",
        "if",
        "although",
        "even",
        "just",
        "now",
        "here",
        "there",
        "however",
        "instead",
        "including",
        "not",
        "only",
        "yesterday",
        "today",
        "earlier",
        "sometimes",
        "why",
        "how",
        "whom",
    )
)
_SPEAKER_MAX_WORDS = 12
# Lower-case words inside a name (Governor of Washington Chris Gregoire), and verbs that end
# a name standing before them.
_NAME_PARTICLES = frozenset(
    ("of", "de", "del", "da", "van", "von", "bin", "al", "la", "le", "and", "&")
)
_VERBS_AFTER_A_NAME = frozenset(("is", "was", "are", "were", "has", "had", "says", "said"))
_PREPOSITIONS_AFTER_A_NAME = frozenset(
    ("to", "in", "at", "on", "from", "for", "with", "via", "during", "after", "before", "about")
)
_ARTICLES = frozenset(("a", "an", "the"))
_DETERMINERS = _ARTICLES | frozenset(
    ("this", "that", "these", "those", "my", "his", "her", "its", "our", "their", "your")
)
_LEADING_PREPOSITIONS = frozenset(
    (
        "by",
        "of",
        "via",
        "against",
        "since",
        "despite",
        "without",
        "among",
        "through",
        "under",
        "between",
        "into",
        "upon",
    )
)
_AUXILIARIES = frozenset(
    (
        "would",
        "will",
        "can",
        "could",
        "should",
        "must",
        "may",
        "might",
        "has",
        "have",
        "had",
        "is",
        "was",
        "are",
        "were",
        "been",
        "be",
        "did",
        "does",
        "do",
        "not",
        "to",
    )
)
_OBJECT_PRONOUNS = {"him": "he", "her": "she", "them": "they"}
# Object pronouns that are never a possessive (her mother is a speaker).
_ADDRESSEES = frozenset(("him", "them", "me", "us"))
# Words a noun phrase does not end with.
_CLOSING_WORDS = (
    _PREPOSITIONS_AFTER_A_NAME
    | _LEADING_PREPOSITIONS
    | _DETERMINERS
    | _CONNECTIVES
    | frozenset(("than",))
)
# Words that follow a verb as its object, not a noun as its modifier.
_OBJECT_WORDS = _ADDRESSEES | frozenset(("more", "some", "all"))
# Finite verbs and auxiliaries a noun phrase does not hold: a speaker holding one is a clause.
_FINITE = frozenset(
    (
        "is",
        "was",
        "are",
        "were",
        "has",
        "have",
        "had",
        "does",
        "do",
        "did",
        "can",
        "could",
        "would",
        "will",
        "should",
        "must",
        "may",
        "might",
        "seems",
        "am",
        # The commonest reporting verbs: a phrase holding one is a clause (Funes tells his
        # officers), whose subject before it speaks.
        "says",
        "said",
        "tells",
        "told",
        "writes",
        "wrote",
        "asks",
        "asked",
        "adds",
        "added",
        "explains",
        "explained",
        "notes",
        "noted",
        "analyses",
        "analyzes",
        # and verbs a subject does things with before it speaks: someone comes up and says.
        "comes",
        "goes",
        "gets",
        "makes",
        "takes",
        "gives",
        "keeps",
        "shows",
    )
)
_INDEFINITE_PRONOUNS = frozenset(
    ("someone", "somebody", "everyone", "everybody", "anyone", "anybody", "nobody", "one")
)
# A pronoun and 's (is, has): That's what I, it's, Here's a CNN interview.
_PRONOUN_CONTRACTIONS = frozenset(
    f"{word}{mark}s" for word in CONTRACTED_BEFORE_S for mark in ("'", "’")
)
# A speaker holds a quotation mark only inside a word or after a possessive's s (O'Brien,
# Reuters'): any other is part of a quotation, and the phrase is not a speaker.
_QUOTATION_MARK = regex.compile(
    r"[\"“”‘«»„]|(?<![\p{L}\p{N}])['’]|['’](?![\p{L}\p{N}])(?<![sSzZxX]['’])"
)
# A lowercase participle that opens a noun phrase (unnamed officials, armed men) rather than
# a verb's clause (learned through a tweeted Tumblr, besieged the house).
_PARTICIPLE_ADJECTIVES = frozenset(
    (
        "unnamed",
        "armed",
        "united",
        "elected",
        "retired",
        "concerned",
        "unidentified",
        "detained",
        "exiled",
        "jailed",
        "wounded",
        "injured",
        "unemployed",
        "disabled",
        "educated",
        "masked",
        "outraged",
        "frustrated",
        "worried",
        "displaced",
    )
)
_CONTRACTIONS = ("n't", "n’t", "'d", "’d", "'ll", "’ll", "'m", "’m", "'re", "’re", "'ve", "’ve")
_EDGE_MARKUP = regex.compile(r"\A[\s>~(\[\].…*_•-]+|[\s(\[~*_]+\Z")
# A quotation mark standing apart at either end, left by a quotation's edge: (”) Professor
# Eastman; she (“).
_STRAY_MARK = regex.compile(r"\A[\"“”‘«»„]+\s+|\s+[\"“”«»„]+\Z")
_HANDLE_OPENING = regex.compile(r"\A(?:RT\s+)?(?P<name>@[\p{L}\p{N}_]+)\s*:\s*")
_RELATIVE_PRONOUNS = frozenset(("that", "who", "which", "whose", "whom"))
_EDGE_PUNCTUATION = regex.compile(r"\A[\s,;:—–-]+|[\s,;:—–-]+\Z")
# An interview transcript's speaker: **Alex Pennington**: … or Q: …
_SPEAKER_LABEL = regex.compile(
    r"[>*_ \t]*(?P<name>\p{Lu}[\p{L}\p{N}_.’' -]{0,40}?)[*_]*[ \t]*:[*_]*[ \t]"
)
# A user name (one word with a capital inside, or @name) and a quotation right after it.
_USER_NAME = regex.compile(
    r"[>*_ \t]*(?P<name>@[\p{L}\p{N}_]++|\p{L}[\p{Ll}\p{N}_]*+\p{Lu}[\p{L}\p{N}_]*+)[ \t]+"
    r"(?=[\"“«])"
)
_CREDIT_MARKUP = regex.compile(r"[>*_—–]|--")
# How far after a verb cue its subject may end: dit-elle, ajoute-t-elle.
_SUBJECT_REACH = 24
# A stretch whose speaker phrase is read before or after a cue: (side, start, end).
_PhraseKey = tuple[Literal["before", "after"], int, int]


class SpeakerFinder:
    """Finds speakers next to cues in one post's text. The speaker phrase of each stretch is
    worked out once: the quotations of a sentence often share one cue, and the stretch
    before or after it can be long."""

    def __init__(self, text: str, settings: AttributionSettings) -> None:
        self.text = text
        self.phrases: dict[_PhraseKey, str | None] = {}
        self.stop = settings.speaker_stop
        self.inverted_subject = settings.inverted_subject_pattern
        self.clause_verbs = settings.clause_verbs

    def speaker(
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
            return self.phrase_before(cue.span.start, sentence.start, cues, siblings)
        if cue.role == "link":
            return None
        if cue.role == "verb" and self.inverted_subject is not None:
            subject = self.subject_of(cue)
            if subject is not None:
                return subject  # « … », a-t-il déclaré; « … », dit-elle
        if cue.role in {"lead", "dash"}:
            return self.phrase_after(cue.span.end, sentence.end)
        if cue.span.start >= span.end and only(self.text, span.end, cue.span.start, " \t\r\n,"):
            return self.phrase_after(cue.span.end, sentence.end)  # “…,” said Kim
        return self.phrase_before(cue.span.start, sentence.start, cues, siblings) or (
            self.phrase_after(cue.span.end, sentence.end)
        )

    def subject_of(self, cue: Cue) -> str | None:
        """The subject a verb cue holds (a-t-il déclaré) or is joined to (dit-il)."""
        assert self.inverted_subject is not None
        found = self.inverted_subject.search(self.text, cue.span.start, cue.span.end)
        if found is None:
            end = cue.span.end
            found = self.inverted_subject.match(self.text, end, end + _SUBJECT_REACH)
        return None if found is None else found.group(1)

    def phrase_before(
        self, end: int, start: int, cues: Sequence[Cue], siblings: Sequence[Span]
    ) -> str | None:
        """The noun phrase before a cue: after the previous quotation or cue in the
        sentence, and after the last comma unless the phrase ends in an apposition
        (Michelle Bachelet, the UN’s High Commissioner, said)."""
        bound = start
        # Siblings and cues are sorted: only those ending between start and end matter.
        before = bisect_right(siblings, end, key=span_end)
        if before:
            bound = max(bound, siblings[before - 1].end)
        # Cues do not overlap, so their ends are in order too: the last one ending by ``end``
        # bounds the phrase (only the very last cue may run past ``end``).
        first = bisect_left(cues, bound, key=_cue_start)
        for index in range(bisect_left(cues, end, key=_cue_start) - 1, first - 1, -1):
            if cues[index].span.end <= end:
                bound = cues[index].span.end
                break
        key: _PhraseKey = ("before", bound, end)
        if key not in self.phrases:
            whole = self.text[bound:end]
            # A semicolon ends a clause, and the phrase: …about homosexuality; (Savage's readers)
            whole = whole[whole.rfind(";") + 1 :]
            speaker = None
            if not whole.rstrip().endswith(","):
                speaker = speaker_from(whole.rpartition(",")[2], self.clause_verbs)
            # After the last comma may stand only a verb (Cornyn, Republican from Texas,
            # issued a statement): then the subject before the apposition speaks.
            speaker = speaker or speaker_from(whole, self.clause_verbs)
            # Or the subject after an opening phrase: On Monday of this week, Jan Egeland,
            # the UN's chief of emergency relief, (said).
            comma = whole.find(",")
            while speaker is None and comma != -1:
                speaker = speaker_from(whole[comma + 1 :], self.clause_verbs)
                if speaker is not None and not _opens_subject(speaker):
                    speaker = None
                comma = whole.find(",", comma + 1)
            self.phrases[key] = speaker
        return self.phrases[key]

    def phrase_after(self, start: int, end: int) -> str | None:
        """The phrase after a cue, up to the end of its clause: said Kim, a spokesman."""
        key: _PhraseKey = ("after", start, end)
        if key not in self.phrases:
            stop = self.stop.search(self.text, start, end)
            phrase = self.text[start : stop.start() if stop else end].rstrip(". \t\r\n")
            self.phrases[key] = speaker_from(phrase, self.clause_verbs)
        return self.phrases[key]


def speaker_from(phrase: str, clause_verbs: frozenset[str] = frozenset()) -> str | None:
    """The noun phrase a speaker phrase holds: its words without surrounding punctuation,
    connectives, a relative clause or an apposition, or the subject of the clause it is;
    None when no person or body is left (a verb's clause, a preposition's phrase, a
    quotation, a dozen words and more, a phrase opening with one of ``clause_verbs``)."""
    # A block quotation's mark, a tweet's user name (> @weddady: Sayif said…), a credit's
    # tilde and brackets are markup, not the speaker's words.
    phrase = _STRAY_MARK.sub("", _EDGE_MARKUP.sub("", phrase))
    handle = _HANDLE_OPENING.match(phrase)
    if handle is not None:
        phrase = phrase[handle.end() :]
        # What a tweet's writer did, after their name: (RT @SamerKaram:) just got off phone
        # with a friend in Egypt: the tweet's writer speaks.
        if _opens_in_lower_case(phrase):
            return handle["name"]
    if _QUOTATION_MARK.search(phrase):
        return None  # words of a quotation not read as one ('Hosni' Mubarak father)
    words = _EDGE_PUNCTUATION.sub("", phrase).split()
    while words and words[0].lower().rstrip(",;:") in _CONNECTIVES:
        words.pop(0)
    words = _without_preposition(words)
    # A relative clause is trimmed: An activist at another organization (that helps…).
    for index in range(1, len(words)):
        if words[index].lower() in _RELATIVE_PRONOUNS:
            del words[index:]
            break
    # What someone called “…”: the speaker comes after the free relative's what (a handful
    # of what) my contacts in Marrakech (called).
    if "what" in words[:-1]:
        del words[: len(words) - words[::-1].index("what")]
    while words and words[-1].lower() in _CONNECTIVES | _AUXILIARIES:
        words.pop()  # all of our acquaintances (would), he (would), (has been)
    if words and words[-1].lower() in _ARTICLES:
        # A verb and its article before a noun cue (issued a statement) name no one.
        words.pop()
        if words and words[-1][:1].islower():
            words.pop()
    words = _without_clause(_without_apposition(words))
    # A phrase does not end in a preposition or a determiner: technology (for), his
    # coverage of Tunisia's protests (by).
    while len(words) > 1 and words[-1].lower() in _CLOSING_WORDS:
        words.pop()
    # Nor with a word of marks alone: (BattaBox - a Nigerian Conversation -), (♻) @hananegypt.
    while words and not WORD.search(words[-1]):
        words.pop()
    while words and not WORD.search(words[0]) and words[0][:1] not in "@#":
        words.pop(0)
    if words:
        words[-1] = words[-1].rstrip(",;:")
    if not words or not any(WORD.search(word) for word in words):
        return None
    if len(words) > _SPEAKER_MAX_WORDS or not _opens_noun_phrase(words, clause_verbs):
        return None
    return " ".join(words)


def _opens_in_lower_case(phrase: str) -> bool:
    """Whether a phrase's first word, after connectives and adverbs, is in lower case and
    no pronoun or article: the rest of a clause, not a subject."""
    for word in phrase.split():
        lowered = word.lower().rstrip(",;:")
        if lowered in _CONNECTIVES:
            continue
        return (
            word[:1].islower()
            and lowered not in SUBJECT_PRONOUNS
            and lowered not in _DETERMINERS
            and lowered not in _INDEFINITE_PRONOUNS
        )
    return False


def _opens_subject(speaker: str) -> bool:
    """Whether a speaker opens as a sentence's subject does: with a capital, an article or
    a possessive (Jan Egeland; the minister), not with a verb's words (made by…)."""
    first = speaker.split(maxsplit=1)[0]
    return first[:1].isupper() or first.lower() in _DETERMINERS


def _opens_noun_phrase(words: list[str], clause_verbs: frozenset[str]) -> bool:
    """Whether words may be a noun phrase: not a determiner alone (my, This), nor opening
    with a verb (made Russia netizens) or its participle (learned through a tweeted Tumblr,
    besieged the house)."""
    first = words[0]
    if first in clause_verbs:
        return False
    if len(words) == 1 and first.lower() in _DETERMINERS:
        return False
    if len(words) > 1 and first in _ADDRESSEES:
        return False  # whom a verb addresses, not who speaks: (tell) them to say
    if (
        len(words) > 1
        and first.islower()
        and first not in _DETERMINERS
        and words[1].lower() in _DETERMINERS | _OBJECT_WORDS
    ):
        return False  # a verb and its object: sent a letter, shows more protesters, leaves me
    return not (
        first.islower()
        and first.endswith("ed")
        and len(first) > 4
        and first not in _PARTICIPLE_ADJECTIVES
    )


def _subject_in(word: str) -> str | None:
    """The subject pronoun a word is or opens (he; I’ve; we'd), as written."""
    stem = word.rstrip(",;:")
    lowered = stem.lower()
    if lowered.endswith(_CONTRACTIONS):
        ending = next(ending for ending in _CONTRACTIONS if lowered.endswith(ending))
        stem, lowered = stem[: -len(ending)], lowered[: -len(ending)]
    if stem == "I" or (stem != "i" and lowered in SUBJECT_PRONOUNS):
        return stem
    return None


def _without_clause(words: list[str]) -> list[str]:
    """A speaker phrase that is a clause gives its last subject pronoun (how does one;
    Sometimes I wake up; he expressed anger at the censors; I’ve), else the name before its
    verb (Funes tells his officers), else nothing; an adverb alone (rightly) is no one; an
    object pronoun speaks as its subject (according to them: they)."""
    if not words:
        return words
    if len(words) == 1:
        word = words[0].lower()
        if word in _OBJECT_PRONOUNS:
            return [_OBJECT_PRONOUNS[word]]
        if word.endswith(_CONTRACTIONS) or word in _PRONOUN_CONTRACTIONS:
            subject = _subject_in(words[0])
            return [] if subject is None else [subject]
        if word in _FINITE:
            return []  # (it) seems
        return [] if word.endswith("ly") and words[0].islower() else words
    lowered = [word.lower().strip(",;:") for word in words]
    finite = next(
        (
            index
            for index, word in enumerate(lowered)
            if word in _FINITE or word.endswith(_CONTRACTIONS) or word in _PRONOUN_CONTRACTIONS
        ),
        None,
    )
    subjects = [index for index, word in enumerate(words) if _subject_in(word) is not None]
    adverb_first = words[0].islower() and lowered[0].endswith("ly")
    if finite is None and not adverb_first and not subjects:
        return words
    if (
        subjects
        and subjects[0] > 1
        and lowered[0] in _DETERMINERS
        and (finite is None or finite > subjects[0])
    ):
        return words[: subjects[0]]  # a relative clause: the first message (she sent)
    if subjects:
        subject = _subject_in(words[subjects[-1]])
        assert subject is not None
        return [subject]
    if "one" in lowered:
        return ["one"]  # how does one
    if finite == 1 and lowered[0] in _INDEFINITE_PRONOUNS:
        return words[:1]  # someone (comes up and says)
    # The name before the verb, when the phrase opens with it (or its article).
    if (
        finite
        and not adverb_first
        and (words[0][:1].isupper() or lowered[0] in _DETERMINERS)
        and any(word[:1].isupper() for word in words[:finite])
    ):
        return words[:finite]
    return []


def _without_preposition(words: list[str]) -> list[str]:
    """A speaker phrase opening with a preposition: the agent of by or from (by The
    Telegraph, from Moroccan activist Nadia Yassine), the subject after an adverbial
    phrase (In one of his last interviews he), or nothing (to the media)."""
    if not words or words[0].lower() not in _PREPOSITIONS_AFTER_A_NAME | _LEADING_PREPOSITIONS:
        return words
    if words[0].lower() in ("by", "from") and len(words) > 1:
        return words[1:]
    for index in range(len(words) - 1, 0, -1):
        if words[index].lower() in SUBJECT_PRONOUNS:
            return words[index:]
    return []


def _without_apposition(words: list[str]) -> list[str]:
    """A name without the apposition after it (Kiara Perkins, a second year USI art major →
    Kiara Perkins), and without a verb after it (is how Bualais introduced → Bualais)."""
    # A lowercase word before the last comma may be a title's (Senior researcher Mu Li,):
    # the name is looked for up to that comma, found once so the walk stays linear.
    last_comma = max((index for index, word in enumerate(words) if word.endswith(",")), default=-1)
    for index, word in enumerate(words):
        if word.endswith(",") and index + 1 < len(words) and word[:1].isupper():
            # Senior researcher Mu Li, (of the University of NSW's school of public health)
            return [*words[:index], word.rstrip(",")]
        if not _is_name_word(word, index):
            named = index and any(w.lower() not in _ARTICLES for w in words[:index])
            if named and (word.lower() in _VERBS_AFTER_A_NAME or word.endswith("ed")):
                return words[:index]  # Bolden, (is how) Bualais (introduced)
            if named and word in _PREPOSITIONS_AFTER_A_NAME and words[-1][:1].islower():
                return words[:index]  # Bolden (to the gathered crowd), not Minister for Education X
            if not word.endswith(",") and index > last_comma:
                return words
    return words


def _is_name_word(word: str, index: int) -> bool:
    return word[:1].isupper() or (index > 0 and word in _NAME_PARTICLES)


def speaker_label(text: str, paragraph: Span) -> str | None:
    """The label opening an interview paragraph, as written (``speaker_from`` makes it a
    speaker, which a label of connectives alone, So:, does not have), or the user name a
    quoted tweet opens with: TonGalego "Brazil is not Bangladesh, there is no excuse…"."""
    # Bounded by the paragraph: ``regex`` would otherwise look for the label's colon in
    # the rest of the file before trying to match (the pattern starts with a repeat).
    label = _SPEAKER_LABEL.match(text, paragraph.start, paragraph.end)
    if label is not None:
        return label["name"]
    handle = _USER_NAME.match(text, paragraph.start, paragraph.end)
    return None if handle is None else handle["name"]


def person_label(text: str, paragraph: Span) -> str | None:
    """A speaker label that names someone: a name of two words or more (**Lauren
    Frohlich**: …), a user name (@handle: …, Amazing China_cola: …) or one letter (the A of
    a Q and A, T: …) but Q; not the label of a list
    item (**Fee**: …, Availability: …)."""
    label = speaker_label(text, paragraph)
    if label is None:
        return None
    words = label.split()
    if (
        label.startswith("@")
        or (len(label) == 1 and label != "Q")  # A: an answer; T: a user's initial
        or (len(words) >= 2 and all(word[:1].isupper() for word in words))
    ):
        return label
    return None


def credit_line(text: str, start: int, end: int) -> str | None:
    """The first line with a word between ``start`` and ``end``, markup aside: a block
    quotation's source on a line of its own (> Dan Tangherlini, Administrator, GSA)."""
    after = _CREDIT_MARKUP.sub(" ", text[start:end])
    return next((line for line in after.splitlines() if WORD.search(line)), None)


def _cue_start(cue: Cue) -> int:
    return cue.span.start
