"""What the conventions set for attribution: the cues, how quotation kinds are told apart,
how far attribution carries and where a sentence ends."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import regex

from citelint.analysis.attribution.classify import QuotationClassifier
from citelint.analysis.attribution.cues import CueLexicon
from citelint.analysis.attribution.speakers_subject import NameWords
from citelint.analysis.attribution.text import CLAUSE_MARKS
from citelint.analysis.sentences import PLAIN_SENTENCES, SentenceStyle
from citelint.caching import frozen_hash
from citelint.patterns import TimedPattern, compile_timed


@dataclass(frozen=True)
class AttributionSettings:
    """``classifier`` None treats every quotation as speech."""

    lexicon: CueLexicon
    classifier: QuotationClassifier | None
    carry_between_paragraphs: bool
    carry_from_previous_sentence: bool = True
    link_is_source: bool = True
    # Where a sentence ends, inside a quotation too: the conventions' abbreviations and marks.
    sentences: SentenceStyle = PLAIN_SENTENCES
    # Marks of the language's quotations (besides CLAUSE_MARKS) that end a clause, and with
    # it a speaker's name: German „ and », for example.
    quotation_marks: str = ""
    # Where a cue holds its own subject (French dit-il, a-t-elle déclaré): group 1 of the
    # pattern, searched in the cue and right after it, is the speaker; "" when none does.
    inverted_subject: str = ""
    # Whether a partial quotation takes its sentence's named subject as speaker, and the
    # words that never open a name (None: it does not).
    subject_names: NameWords | None = None
    # Nouns of a work whose owner, named before a block quotation (Deepak Adhikari's in-depth
    # analysis), is its source: the sourcing conventions' single words (report, study…).
    work_nouns: frozenset[str] = frozenset()
    # Forms of verbs a speaker phrase does not open with (made, forbids): a clause's rest.
    clause_verbs: frozenset[str] = frozenset()

    __hash__ = frozen_hash

    @cached_property
    def clause_marks(self) -> str:
        own = "".join(mark for mark in self.quotation_marks if mark not in CLAUSE_MARKS)
        return CLAUSE_MARKS + regex.escape(own)

    @cached_property
    def owner_of_work(self) -> regex.Pattern[str] | None:
        """A name and its work (Deepak Adhikari's in-depth analysis; Rich's post): a title
        word of the classifier or a work noun, a few words after the name's 's."""
        titles = self.classifier.title_words if self.classifier is not None else ()
        works = sorted({*titles, *self.work_nouns}, key=len, reverse=True)
        if not works:
            return None
        nouns = "|".join(regex.escape(word) for word in works)
        return regex.compile(
            r"(?P<owner>\p{Lu}[\p{L}.-]*(?:[ \t]+\p{Lu}[\p{L}.-]*){0,3})['’]s"
            rf"(?:[ \t]+[\p{{Ll}}-]+){{0,3}}?[ \t]+(?:{nouns})(?![\p{{L}}-])"
        )

    @cached_property
    def speaker_stop(self) -> regex.Pattern[str]:
        """What ends the speaker phrase after a cue; initials (said Y. H. Kim) keep their dots."""
        return regex.compile(f"[{self.clause_marks}]")

    @cached_property
    def next_sentence_stop(self) -> regex.Pattern[str]:
        """A next sentence with a clause mark or full stop before its cue is not led by its
        speaker."""
        return regex.compile(f"[.{self.clause_marks}]")

    @cached_property
    def inverted_subject_pattern(self) -> TimedPattern | None:
        if not self.inverted_subject:
            return None
        return compile_timed(self.inverted_subject, regex.IGNORECASE)
