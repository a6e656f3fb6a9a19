"""Options several kinds share: the quotation-mark style and the attribution cue lexicon.

The quotation style defaults to the English conventions (“…” and straight double marks
outside, ‘…’ and straight single marks inside, ’ and ' as apostrophes), so a rule file sets
it only to differ. The cue lexicon has no default: each rule file lists its own cues.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from citelint.analysis.attribution import CueLexicon
from citelint.analysis.quotes import QuotePair, QuoteStyle
from citelint.kinds.base import (
    non_empty_text_list,
    option,
    string_pairs,
    text_list,
    text_list_table,
)


@dataclass(frozen=True, kw_only=True)
class QuoteStyleOptions:
    outer_pairs: tuple[tuple[str, str], ...] = option(
        string_pairs,
        doc='[open, close] marks of the outer level, e.g. “ ” and straight ".',
        default=(("“", "”"), ('"', '"')),
    )
    nested_pairs: tuple[tuple[str, str], ...] = option(
        string_pairs,
        doc="[open, close] marks of a quotation within a quotation, e.g. ‘ ’.",
        default=(("‘", "’"), ("'", "'")),
    )
    apostrophes: tuple[str, ...] = option(
        non_empty_text_list, doc="Marks that are also apostrophes (’ and ').", default=("’", "'")
    )
    leading_elisions: tuple[str, ...] = option(
        text_list,
        doc="Words written after an apostrophe, so it opens nothing: til for ’til, n' for ’n’.",
        default=("til", "em", "n'", "cause", "tis", "twas", "bout", "nother"),
    )
    trailing_elisions: tuple[str, ...] = option(
        text_list,
        doc="Word endings an apostrophe may follow when no quotation is open: s for Jones’.",
        default=("s", "in"),
    )

    @cached_property
    def style(self) -> QuoteStyle:
        pairs = tuple(QuotePair(o, c, "outer") for o, c in self.outer_pairs) + tuple(
            QuotePair(o, c, "nested") for o, c in self.nested_pairs
        )
        return QuoteStyle(pairs, self.apostrophes, self.leading_elisions, self.trailing_elisions)


@dataclass(frozen=True, kw_only=True)
class CueOptions:
    verbs: tuple[str, ...] = option(
        non_empty_text_list,
        doc="Cue verbs as lemmas (say, tell); their inflections are derived (says, said…).",
    )
    verb_forms: tuple[tuple[str, tuple[str, ...]], ...] = option(
        text_list_table,
        doc='Irregular forms by lemma (say = ["said", "saying"]), replacing derived ones.',
        default=(),
    )
    lead_phrases: tuple[str, ...] = option(
        text_list, doc="Cues followed by their source: according to.", default=()
    )
    phrases: tuple[str, ...] = option(
        text_list,
        doc="Other cue words and phrases, matched as written: in a statement.",
        default=(),
    )

    @cached_property
    def lexicon(self) -> CueLexicon:
        return CueLexicon(self.verbs, self.verb_forms, self.lead_phrases, self.phrases)
