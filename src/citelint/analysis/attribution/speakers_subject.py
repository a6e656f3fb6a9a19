"""The named subject of a sentence, who speaks a partial quotation woven into it: “Generation
Y draws a parallel to “the last time the Plaza of the Revolution was full”” is Generation Y's
quotation, though no cue says so."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import regex

from citelint.caching import frozen_hash

# Sentence openers that are not names though capitalised: Currently, Following, Since.
_NOT_A_NAME = regex.compile(
    r"\p{L}+ly|\p{L}+ing|(?i:since|because|although|though|while|whereas|when|if|unless|"
    r"after|before|yet|but|however|meanwhile|moreover|still|then|now|here|there|thus|hence|"
    r"today|yesterday|despite|given|once|even|just|only|perhaps|indeed|instead|"
    r"nevertheless|besides|later|earlier|unlike|like|albeit|many|some|most|several|few|all|both|"
    r"each|other|others|another|one|what|why|how|where|whether|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    # A pronoun and its verb: I’m, We've.
    r"(?:i|you|he|she|we|they|it)['’]\p{L}+)"
)
_FOLLOWING_WORD = regex.compile(r"\G[ \t]+\K\p{Ll}[\p{L}-]*+")
_SPEAKER_WORDS = 6
_OPENING_MARKUP = " \t\r\n>*_-•([“‘\"'"
# A partial quotation opens in lower case, after any emphasis, space or ellipsis.
_PARTIAL_OPENING = regex.compile(r"[\s*_.…\[\]]*\p{Ll}")
# How far into a sentence its subject is looked for.
_SUBJECT_REACH = 300


@dataclass(frozen=True)
class NameWords:
    """The words that do not open a name though written with a capital at the start of a
    sentence: the determiners, prepositions and commonest words of the language."""

    not_names: frozenset[str]
    # The lower-case words a name may hold between its capitalised ones: of, de, bin.
    particles: frozenset[str] = frozenset()

    __hash__ = frozen_hash

    @cached_property
    def _name(self) -> str:
        """The pattern of a name: capitalised words, a particle between them."""
        particle = "|".join(regex.escape(word) for word in sorted(self.particles)) or "(?!)"
        # A name in camel case opens in lower case: wikiHow, eBay, iPhone.
        word = r"(?:\p{Lu}[\p{L}\p{N}'’.-]*+|\p{Ll}++\p{Lu}[\p{L}\p{N}]*+)"
        joined = rf"(?:[ \t\u00a0]+(?:(?:{particle})[ \t\u00a0]+)?{word}){{0,8}}"
        return rf"(?<![\p{{L}}\p{{N}}'’])(?P<name>{word}{joined})"

    @cached_property
    def _name_then_verb(self) -> regex.Pattern[str]:
        """A name, then, after a comma or not, a word in lower case: the verb it is the
        subject of."""
        return regex.compile(rf"{self._name}(?=,?[ \t\u00a0]+\p{{Ll}})")

    @cached_property
    def _apposed_name(self) -> regex.Pattern[str]:
        """A name and the comma (and article) of an apposition, ending where it ends."""
        return regex.compile(rf"{self._name},[ \t]+(?:an?[ \t]+|the[ \t]+)?[*_]*\Z")

    def apposed_to(self, text: str, sentence_start: int, quotation_start: int) -> str | None:
        """The name a partial quotation stands in apposition to, its own description:
        Menzies House, ‘the leading Australian community for conservative … thinkers’;
        Buala, a “place for long, in-depth articles…”."""
        start = max(sentence_start, quotation_start - _SUBJECT_REACH)
        found = self._apposed_name.search(text, start, quotation_start)
        if found is None:
            return None
        words = found["name"].split()
        if words[0].lower() in self.not_names or _NOT_A_NAME.fullmatch(words[0]):
            words = words[1:]
        return " ".join(words) or None

    def subject_before(self, text: str, sentence_start: int, quotation_start: int) -> str | None:
        """The name opening the sentence, or its main clause after an introductory phrase
        and a comma (Also on Twitter, Foreign Minister …), as the subject of a verb; None
        when the sentence opens otherwise (The construction work …, His death …)."""
        end = min(quotation_start, sentence_start + _SUBJECT_REACH)
        clause_start = sentence_start
        while clause_start < end and text[clause_start] in _OPENING_MARKUP:
            clause_start += 1
        for match in self._name_then_verb.finditer(text, clause_start, end):
            words = match["name"].split()
            while words and (words[0].lower() in self.not_names or _NOT_A_NAME.fullmatch(words[0])):
                words = words[1:]  # The Authority …, Also on Twitter, …, On Monday …
            if match.start() > clause_start:
                # Only an introductory phrase and its comma may stand before the subject.
                introduction = text[clause_start : match.start()].rstrip()
                if not introduction.endswith(",") or "," in introduction[:-1]:
                    return None
                return self._phrase(text, words, match.end(), end)
            if words:
                return self._phrase(text, words, match.end(), end)
        return None

    def _phrase(self, text: str, words: list[str], after: int, end: int) -> str | None:
        """The subject's words; a possessive name goes on to the noun it qualifies: NASA's
        current risk analysis (for the asteroid) indicates that …"""
        if not words:
            return None
        if words[-1].endswith(("'s", "’s")):
            for word in _FOLLOWING_WORD.finditer(text, after, end):
                if word.group().lower() in self.not_names or len(words) >= _SPEAKER_WORDS:
                    break
                words.append(word.group())
        return " ".join(words).rstrip(".")


def is_partial(text: str, inner_start: int, inner_end: int) -> bool:
    """Whether the words inside a quotation's marks open in lower case: a fragment of what
    was said, woven into the writer's sentence."""
    return _PARTIAL_OPENING.match(text, inner_start, inner_end) is not None
