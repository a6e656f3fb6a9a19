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
from citelint.analysis.attribution.text import SUBJECT_PRONOUNS, WORD, only
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
_LEADING_PREPOSITIONS = frozenset(("by", "of", "via", "against", "since", "despite", "without"))
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
    )
)
_CONTRACTIONS = ("n't", "n’t", "'d", "’d", "'ll", "’ll", "'m", "’m", "'re", "’re", "'ve", "’ve")
_EDGE_MARKUP = regex.compile(r"\A[\s>~(\[\].…*_•-]+|[\s(\[~*_]+\Z")
_HANDLE_OPENING = regex.compile(r"\A(?:RT\s+)?@[\p{L}\p{N}_]+\s*:\s*")
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
            speaker = None
            if not whole.rstrip().endswith(","):
                speaker = speaker_from(whole.rpartition(",")[2])
            # After the last comma may stand only a verb (Cornyn, Republican from Texas,
            # issued a statement): then the subject before the apposition speaks.
            self.phrases[key] = speaker or speaker_from(whole)
        return self.phrases[key]

    def phrase_after(self, start: int, end: int) -> str | None:
        """The phrase after a cue, up to the end of its clause: said Kim, a spokesman."""
        key: _PhraseKey = ("after", start, end)
        if key not in self.phrases:
            stop = self.stop.search(self.text, start, end)
            phrase = self.text[start : stop.start() if stop else end].rstrip(". \t\r\n")
            self.phrases[key] = speaker_from(phrase)
        return self.phrases[key]


def speaker_from(phrase: str) -> str | None:
    """The words of a phrase without surrounding punctuation or connectives, shortened to a
    dozen words; None when none are left."""
    # A block quotation's mark, a tweet's user name (> @weddady: Sayif said…), a credit's
    # tilde and brackets are markup, not the speaker's words.
    phrase = _HANDLE_OPENING.sub("", _EDGE_MARKUP.sub("", phrase))
    words = _EDGE_PUNCTUATION.sub("", phrase).split()
    while words and words[0].lower() in _CONNECTIVES:
        words.pop(0)
    words = _without_preposition(words)
    # A relative clause is trimmed: An activist at another organization (that helps…).
    for index in range(1, len(words)):
        if words[index].lower() in _RELATIVE_PRONOUNS:
            del words[index:]
            break
    while words and words[-1].lower() in _CONNECTIVES | _AUXILIARIES:
        words.pop()  # all of our acquaintances (would), he (would), (has been)
    if words and words[-1].lower() in _ARTICLES:
        # A verb and its article before a noun cue (issued a statement) name no one.
        words.pop()
        if words and words[-1][:1].islower():
            words.pop()
    words = _without_clause(_without_apposition(words))
    if words:
        words[-1] = words[-1].rstrip(",;:")
    if not words or not words[-1]:
        return None
    if len(words) > _SPEAKER_MAX_WORDS:
        return " ".join(words[:_SPEAKER_MAX_WORDS]) + "…"
    return " ".join(words)


def _without_clause(words: list[str]) -> list[str]:
    """A speaker phrase that is a clause (how does one, people out there are getting hurt
    each time we) gives its last subject pronoun, or nothing; an adverb alone (rightly) is
    no one; an object pronoun speaks as its subject (according to them: they)."""
    if not words:
        return words
    if len(words) == 1:
        word = words[0].lower()
        if word in _OBJECT_PRONOUNS:
            return [_OBJECT_PRONOUNS[word]]
        return [] if word.endswith("ly") and words[0].islower() else words
    lowered = [word.lower().strip(",;:") for word in words]
    finite = any(word in _FINITE or word.endswith(_CONTRACTIONS) for word in lowered)
    adverb_first = words[0].islower() and lowered[0].endswith("ly")
    if not finite and not adverb_first:
        return words
    for index in range(len(lowered) - 1, -1, -1):
        if lowered[index] in SUBJECT_PRONOUNS or lowered[index] == "one":
            return [words[index]]
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
