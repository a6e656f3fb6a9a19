"""Writing conventions: how a language (or a house style) writes quotations, numbers and
attribution, read from one TOML file per set.

A set says which marks open and close a quotation and which are also apostrophes, which
abbreviations do not end a sentence, which words introduce speech (ATR001, ``citelint
quotes``) and which give a statistic its source (FIG001), and which numbers are statistics.
These are properties of the text, not of a rule: every check of a post reads the one
analysis made under its set (``citelint.analysis.PostFacts``).

The shipped sets are in ``conventions/`` (en-US, the default; en-GB; fr; de). A user's
directory of sets (``conventions = ["styles"]`` in the configuration) adds more or replaces
shipped ones of the same name; a set may start from another (``extends = "en-US"``) and
change only the tables or keys it writes.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cache, cached_property
from pathlib import Path
from typing import Any, TypeVar

from citelint import toml
from citelint.analysis.attribution import (
    AttributionSettings,
    CueLexicon,
    NameWords,
    NounMarkers,
    QuotationClassifier,
    cue_pattern,
)
from citelint.analysis.attribution.cues import verb_forms
from citelint.analysis.figures import (
    FigureMatcher,
    FigurePatternError,
    FigurePatterns,
    compile_figure_patterns,
)
from citelint.analysis.numbers import NumberStyle
from citelint.analysis.paragraphs import LanguageTest
from citelint.analysis.quotes import QuoteMarks, QuotePair, QuoteStyle
from citelint.analysis.sentences import Abbreviations, SentenceStyle
from citelint.document import Post
from citelint.errors import ConventionsError, UnknownConventionsError
from citelint.files import CONVENTIONS_FILE, read_text, shown_path, toml_files
from citelint.kinds.base import (
    OptionError,
    boolean,
    natural,
    non_empty_text_list,
    number_mark,
    number_marks,
    number_table,
    one_of,
    option,
    parse_options,
    script_name,
    string_pairs,
    subject_pattern,
    text,
    text_list,
    text_list_table,
    text_table,
)
from citelint.toml import line_of_key

__all__ = [
    "DEFAULT_CONVENTIONS",
    "Conventions",
    "ConventionsCatalog",
    "ConventionsChoice",
    "builtin_catalog",
    "builtin_conventions_dir",
    "conventions_tag",
    "default_choice",
]

DEFAULT_CONVENTIONS = "en-US"
# A set's name is a language tag (en-GB, fr) or a house style's name (newsroom-house).
_NAME = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*")
_MAX_EXTENDS = 16

OptionsT = TypeVar("OptionsT")


@dataclass(frozen=True, kw_only=True)
class QuotationConventions:
    outer: tuple[tuple[str, str], ...] = option(
        string_pairs, doc='[open, close] marks of the outer level, e.g. “ ” and straight ".'
    )
    nested: tuple[tuple[str, str], ...] = option(
        string_pairs, doc="[open, close] marks of a quotation within a quotation, e.g. ‘ ’."
    )
    apostrophes: tuple[str, ...] = option(
        non_empty_text_list, doc="Marks that are also apostrophes (’ and ')."
    )
    leading_elisions: tuple[str, ...] = option(
        text_list,
        doc="Words written after an apostrophe, so it opens nothing: til for ’til, n' for ’n’.",
        default=(),
    )
    trailing_elisions: tuple[str, ...] = option(
        text_list,
        doc="Word endings an apostrophe may follow when no quotation is open: s for Jones’.",
        default=(),
    )


@dataclass(frozen=True, kw_only=True)
class SentenceConventions:
    titles: tuple[str, ...] = option(
        text_list,
        doc="Abbreviations (lower case, no full stop) that never end a sentence: dr, gen.",
        default=(),
    )
    before_number: tuple[str, ...] = option(
        text_list,
        doc="Abbreviations that do not end a sentence before a number: no, sept.",
        default=(),
    )
    may_end: tuple[str, ...] = option(
        text_list, doc="Dotted abbreviations that may end a sentence: a.m., etc.", default=()
    )
    after_ordinal: tuple[str, ...] = option(
        text_list,
        doc="Words before which a number's full stop marks an ordinal, not a sentence's end "
        "(German am 4. Mai, der 3. Platz).",
        default=(),
    )


@dataclass(frozen=True, kw_only=True)
class CueConventions:
    inflect: str = option(
        one_of("english", "none"),
        doc="How verbs are inflected: english derives says, said, saying from say; none "
        "matches each verb only as written (list every form).",
        default="english",
    )
    verbs: tuple[str, ...] = option(
        non_empty_text_list, doc="Cue verbs (as lemmas when inflect = english)."
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
        text_list, doc="Other cue words and phrases, matched as written.", default=()
    )

    @cached_property
    def lexicon(self) -> CueLexicon:
        return CueLexicon(
            self.verbs,
            self.verb_forms,
            self.lead_phrases,
            self.phrases,
            inflect=self.inflect == "english",
        )


@dataclass(frozen=True, kw_only=True)
class SourcingConventions(CueConventions):
    paragraph_verbs: tuple[str, ...] = option(
        text_list,
        doc="Verbs of measuring and reporting (lemmas, as verbs are) that source the figures "
        "after them in their paragraph too, as lead_phrases and phrases do: The scientists "
        "found…; They estimated… A verb of speech (said) sources its own sentence only.",
        default=(),
    )

    @cached_property
    def paragraph_lexicon(self) -> CueLexicon:
        """The cues that source every figure after them in their paragraph."""
        return CueLexicon(
            self.paragraph_verbs,
            tuple(
                (lemma, forms) for lemma, forms in self.verb_forms if lemma in self.paragraph_verbs
            ),
            self.lead_phrases,
            self.phrases,
            inflect=self.inflect == "english",
        )


@dataclass(frozen=True, kw_only=True)
class SpeechConventions(CueConventions):
    carry_between_paragraphs: bool = option(
        boolean,
        doc="A paragraph that opens with a quotation keeps the speaker of attributed speech "
        "in the previous paragraph's last sentence.",
        default=True,
    )
    inverted_subject: str = option(
        subject_pattern,
        doc="Pattern of the subject a verb cue holds or is joined to, its group 1 the speaker "
        "(French dit-il, a-t-elle déclaré); empty when the language has none.",
        default="",
    )
    interview_words: tuple[str, ...] = option(
        text_list,
        doc="Words of a post's title that make it an interview (interview, Q&A, talks to), "
        "whose answers to its questions are the interviewee's words.",
        default=(),
    )
    partial_quotations_take_the_subject: bool = option(
        boolean,
        doc="A partial quotation (opening in lower case) woven into a sentence whose subject "
        "is a name is that subject's words: Generation Y draws a parallel to “the last time "
        "the Plaza of the Revolution was full”.",
        default=False,
    )
    title_nouns: tuple[str, ...] = option(
        text_list,
        doc="Lower-case words of a job or role that stand inside a speaker's name, between "
        "its capitalised words: Environment Canada spokeswoman Sujata Raisinghani.",
        default=(),
    )
    clause_verbs: tuple[str, ...] = option(
        text_list,
        doc="Verbs that are not cues and seldom nouns (lemmas, as verbs are; irregular forms "
        "in verb_forms): a speaker phrase opening with one in lower case is the rest of a "
        "clause, not a speaker (the news about the “League” made Russia netizens feel).",
        default=(),
    )

    @cached_property
    def clause_verb_forms(self) -> frozenset[str]:
        return verb_forms(self.clause_verbs, self.verb_forms, inflect=self.inflect == "english")


@dataclass(frozen=True, kw_only=True)
class QuotationKindConventions:
    title_words: tuple[str, ...] = option(
        text_list,
        doc="Words after which a quotation names a work (report, book, film, titled).",
        default=(),
    )
    term_words: tuple[str, ...] = option(
        text_list,
        doc="Words after which a quotation is a term, not speech (called, dubbed, named).",
        default=(),
    )
    term_max_words: int = option(
        natural,
        doc="A quotation of at most this many words, with no sentence punctuation, is a term.",
        default=3,
    )
    fragment_max_words: int = option(
        natural,
        doc="A quotation starting in lower case, of at most this many words and no sentence "
        "punctuation, is a phrase set off (a “quick and dirty solution”), not speech.",
        default=0,
    )
    minor_words: tuple[str, ...] = option(
        text_list, doc="Lower-case words a Title Case title may contain (of, the, and).", default=()
    )


@dataclass(frozen=True, kw_only=True)
class FigureConventions:
    fragments: tuple[tuple[str, str], ...] = option(
        text_table, doc="Named pieces of pattern the others use as {name}.", default=()
    )
    statistics: tuple[tuple[str, str], ...] = option(
        text_table, doc="Patterns of statistics by category, tried in order (percent, money…)."
    )
    exemptions: tuple[tuple[str, str], ...] = option(
        text_table,
        doc="Patterns of numbers that are not statistics (year, date, age…), tried before counts.",
        default=(),
    )
    records: tuple[tuple[str, str], ...] = option(
        text_table,
        doc="Patterns of figures of record by category (market data, a price, a goal), tried "
        "in order where a statistic (not a bare count) would be reported: one that matches "
        "there gives the figure its category instead. Tried only there, they may look around "
        "the figure at little cost.",
        default=(),
    )
    count: str = option(text, doc="Pattern of a bare count of people or things.")
    count_claims: str = option(
        text,
        doc="Pattern of the words near a bare count, in its sentence, that make it a claim "
        "someone documented (an account of harm: executions, raids); its category is then "
        "count_claim.",
        default="",
    )
    trigger: str = option(
        text,
        doc="Pattern of what every figure holds (a digit): figures are looked for just before it.",
        default=r"\d+",
    )
    trigger_words: tuple[str, ...] = option(
        text_list,
        doc="Words that make a spelled-out number a statistic (million, percent, quarter), "
        "found in any case; figures are looked for just before them too.",
        default=(),
    )
    smallest_count: int = option(
        natural, doc="Counts below this are not statistics (two beds, 3 sites).", default=10
    )


@dataclass(frozen=True, kw_only=True)
class NumberConventions:
    group_marks: tuple[str, ...] = option(
        number_marks,
        doc='Marks between groups of three digits: "," (1,200), "." (1.200), spaces (1 200).',
    )
    decimal_mark: str = option(number_mark, doc='The mark before decimals: "." (3.5) or "," (3,5).')
    scales: tuple[tuple[str, float], ...] = option(
        number_table,
        doc="Words after a number that multiply it, as written (million = 1e6), for a "
        "figure's value.",
        default=(),
    )
    percent: str = option(
        text, doc="Pattern of what makes a number a percentage (% or percent).", default="%"
    )
    currency_before: str = option(
        text, doc="Pattern of a currency written before an amount ($, €, USD).", default="(?!)"
    )
    currency_after: str = option(
        text, doc="Pattern of a currency written after an amount (dollars, euros).", default="(?!)"
    )


@dataclass(frozen=True, kw_only=True)
class GrammarConventions:
    determiners: tuple[str, ...] = option(
        text_list,
        doc="Words after which a cue word is a noun, not a verb (the state, her emails).",
        default=(),
    )
    prepositions: tuple[str, ...] = option(
        text_list,
        doc="Prepositions after which a cue word is a noun (in the post), unless it has a "
        "gerund ending (after saying).",
        default=(),
    )
    gerund_endings: tuple[str, ...] = option(
        text_list,
        doc="Endings of a verb form that may follow a preposition (-ing in English).",
        default=(),
    )
    adjective_endings: tuple[str, ...] = option(
        text_list,
        doc="Endings of adjectives: a cue word after a determiner or preposition and one "
        "word so ending is a noun (the official state language, through sponsored posts).",
        default=(),
    )
    compound_nouns: tuple[str, ...] = option(
        text_list,
        doc="Compound nouns whose first word is a cue word (talk show): that word is then "
        "a noun, whatever stands before it (Al Jazeera talk show host).",
        default=(),
    )
    common_words: tuple[str, ...] = option(
        text_list,
        doc="The language's commonest words (articles, pronouns, auxiliaries) that other "
        "languages do not share, matched in any case unless listed with a capital (I): a "
        "paragraph of eight words or more, mostly in lower case, with almost none of them "
        "is in another language, and its quotations and figures are not read.",
        default=(),
    )
    script: str = option(
        script_name,
        doc="The Unicode script the language is written in (Latin): a paragraph mostly in "
        "another is in another language.",
        default="",
    )

    @cached_property
    def language_test(self) -> LanguageTest:
        # A word listed with a capital matches only so written: "I", not the Italian "i".
        return LanguageTest(
            frozenset(word if word[:1].isupper() else word.lower() for word in self.common_words),
            self.script,
        )

    @cached_property
    def noun_markers(self) -> NounMarkers:
        return NounMarkers(
            determiners=frozenset(word.lower() for word in self.determiners),
            prepositions=frozenset(word.lower() for word in self.prepositions),
            gerund_endings=tuple(ending.lower() for ending in self.gerund_endings),
            adjective_endings=tuple(ending.lower() for ending in self.adjective_endings),
            compounds=frozenset(
                (head, tail)
                for head, _, tail in (
                    " ".join(compound.lower().split()).rpartition(" ")
                    for compound in self.compound_nouns
                )
                if head
            ),
        )


# Each table of a conventions file and the schema of its keys.
_TABLES: dict[str, type[Any]] = {
    "quotations": QuotationConventions,
    "sentences": SentenceConventions,
    "speech": SpeechConventions,
    "quotation_kinds": QuotationKindConventions,
    "sourcing": SourcingConventions,
    "grammar": GrammarConventions,
    "numbers": NumberConventions,
    "figures": FigureConventions,
}
_TOP_KEYS = frozenset({"name", "language", "description", "extends", *_TABLES})


@dataclass(frozen=True, kw_only=True)
class Conventions:
    """One set of writing conventions, validated. The analyses built from it (compiled
    patterns, the quotation marks' table) are made once per set, on first use."""

    name: str
    # The language the set is written for (a BCP 47 tag): a post that declares another
    # language is read with that language's set.
    language: str
    description: str
    path: str
    quotations: QuotationConventions
    sentences: SentenceConventions
    speech: SpeechConventions
    quotation_kinds: QuotationKindConventions
    sourcing: SourcingConventions
    grammar: GrammarConventions
    numbers: NumberConventions
    figures: FigureConventions

    @cached_property
    def quote_style(self) -> QuoteStyle:
        quotations = self.quotations
        pairs = tuple(QuotePair(o, c, "outer") for o, c in quotations.outer) + tuple(
            QuotePair(o, c, "nested") for o, c in quotations.nested
        )
        return QuoteStyle(
            pairs,
            quotations.apostrophes,
            quotations.leading_elisions,
            quotations.trailing_elisions,
        )

    @cached_property
    def quote_marks(self) -> QuoteMarks:
        return QuoteMarks(self.quote_style)

    @cached_property
    def abbreviations(self) -> Abbreviations:
        sentences = self.sentences
        return Abbreviations(
            titles=frozenset(word.lower() for word in sentences.titles),
            before_number=frozenset(word.lower() for word in sentences.before_number),
            may_end=frozenset(word.lower() for word in sentences.may_end),
            after_ordinal=frozenset(word.lower() for word in sentences.after_ordinal),
        )

    @cached_property
    def sentence_style(self) -> SentenceStyle:
        """Where sentences end: the abbreviations, and the set's quotation marks that may
        close a sentence or open the next."""
        quotations = self.quotations
        pairs = (*quotations.outer, *quotations.nested)
        return SentenceStyle(
            abbreviations=self.abbreviations,
            closing_marks="".join(close for _, close in pairs),
            opening_marks="".join(opening for opening, _ in pairs),
        )

    @cached_property
    def attribution(self) -> AttributionSettings:
        kinds = self.quotation_kinds
        classifier = QuotationClassifier(
            tuple(word.lower() for word in kinds.title_words),
            tuple(word.lower() for word in kinds.term_words),
            kinds.term_max_words,
            kinds.minor_words,
            kinds.fragment_max_words,
        )
        return AttributionSettings(
            replace(self.speech.lexicon, nouns=self.grammar.noun_markers),
            classifier,
            self.speech.carry_between_paragraphs,
            sentences=self.sentence_style,
            quotation_marks="".join(
                mark
                for pair in (*self.quotations.outer, *self.quotations.nested)
                for mark in pair
                if mark not in self.quotations.apostrophes
            ),
            inverted_subject=self.speech.inverted_subject,
            subject_names=(
                NameWords(
                    frozenset(
                        word.lower()
                        for word in (
                            *self.grammar.determiners,
                            *self.grammar.prepositions,
                            *self.grammar.common_words,
                            *kinds.minor_words,
                        )
                    ),
                    frozenset(
                        word.lower() for word in (*kinds.minor_words, *self.speech.title_nouns)
                    ),
                )
                if self.speech.partial_quotations_take_the_subject
                else None
            ),
            work_nouns=frozenset(
                word for word in self.sourcing.phrases if word.isalpha() and word.islower()
            ),
            clause_verbs=self.speech.clause_verb_forms,
        )

    def source_cues(self, *, ignore_case: bool) -> re.Pattern[str]:
        """The pattern of the cues that source a figure, on lower-cased text (``ignore_case``
        for text whose lower case changes its length)."""
        return cue_pattern(self.sourcing_lexicon, ignore_case=ignore_case)

    @cached_property
    def sourcing_lexicon(self) -> CueLexicon:
        """The cues that source a figure, with the words that make one of them a noun."""
        return replace(self.sourcing.lexicon, nouns=self.grammar.noun_markers)

    @cached_property
    def paragraph_sourcing_lexicon(self) -> CueLexicon:
        """The cues that source the figures after them in their paragraph."""
        return replace(self.sourcing.paragraph_lexicon, nouns=self.grammar.noun_markers)

    def paragraph_source_cues(self, *, ignore_case: bool) -> re.Pattern[str]:
        return cue_pattern(self.paragraph_sourcing_lexicon, ignore_case=ignore_case)

    @cached_property
    def number_style(self) -> NumberStyle:
        numbers = self.numbers
        return NumberStyle(
            group_marks=numbers.group_marks,
            decimal_mark=numbers.decimal_mark,
            scales=numbers.scales,
            percent=numbers.percent,
            currency_before=numbers.currency_before,
            currency_after=numbers.currency_after,
        )

    @cached_property
    def figure_patterns(self) -> FigurePatterns:
        figures = self.figures
        return FigurePatterns(
            figures.fragments,
            figures.statistics,
            figures.exemptions,
            figures.count,
            figures.smallest_count,
            figures.trigger,
            figures.trigger_words,
            self.number_style,
            count_claims=figures.count_claims,
            records=figures.records,
        )

    @cached_property
    def figure_matcher(self) -> FigureMatcher:
        return compile_figure_patterns(self.figure_patterns)


def builtin_conventions_dir() -> Path:
    """The shipped sets: inside the installed package, or at the top of a source checkout."""
    packaged = Path(__file__).parent
    if (packaged / f"{DEFAULT_CONVENTIONS}.toml").is_file():
        return packaged
    return Path(__file__).resolve().parents[3] / "conventions"


class ConventionsCatalog:
    """The sets a run can use, by name: the shipped ones, then those of ``directories``
    (a later file of the same name replaces an earlier one). Each set is read and checked
    once, when first asked for."""

    def __init__(self, directories: Sequence[Path] = ()) -> None:
        self.directories = tuple(directories)
        self._files: dict[str, Path] | None = None
        self._loaded: dict[str, Conventions] = {}
        # Each set's tables as TOML values, its parents' merged in: what a set extending it
        # starts from.
        self._tables: dict[str, dict[str, dict[str, Any]]] = {}

    @property
    def files(self) -> Mapping[str, Path]:
        if self._files is None:
            found: dict[str, Path] = {}
            for path in _set_files(builtin_conventions_dir()):
                found[path.stem] = path
            for directory in self.directories:
                for path in _set_files(directory):
                    found[path.stem] = path
            self._files = found
        return self._files

    def names(self) -> list[str]:
        return sorted(self.files)

    def get(self, name: str) -> Conventions:
        """The set called ``name``; an unknown name or a bad file raises ConventionsError."""
        loaded = self._loaded.get(name)
        if loaded is None:
            loaded = self._loaded[name] = self._load(name, ())
        return loaded

    def resolve(self, tag: str, *, exact: bool = False) -> str | None:
        """The name of the set for a language tag a post declares (fr-CA, de_DE, EN-gb):
        the set of that exact tag, else (unless ``exact``) of its language; None when there
        is neither."""
        normalised = tag.strip().replace("_", "-").lower()
        by_lower = {name.lower(): name for name in self.files}
        found = by_lower.get(normalised)
        if found is not None or exact:
            return found
        return by_lower.get(normalised.split("-")[0])

    def _load(self, name: str, extending: tuple[str, ...]) -> Conventions:
        path = self.files.get(name)
        if path is None:
            known = ", ".join(self.names())
            raise UnknownConventionsError(
                f"unknown conventions '{name}' (expected one of: {known})"
            )
        source = read_text(path, CONVENTIONS_FILE)
        shown = shown_path(path)
        try:
            data = toml.loads(source)
        except toml.TomlError as error:
            raise ConventionsError(f"{shown}: invalid TOML: {error}") from None
        fail = _Failer(shown, source)
        for key in data:
            if key not in _TOP_KEYS:
                known = ", ".join(sorted(_TOP_KEYS))
                raise fail(f"unknown key '{key}' (expected one of: {known})", key)
        declared = data.get("name", name)
        if declared != name:
            raise fail(f"name '{declared}' differs from the file's name '{name}'", "name")
        description = data.get("description", "")
        if not isinstance(description, str):
            raise fail("'description' must be a string", "description")
        language = data.get("language")
        if language is not None and not (isinstance(language, str) and _NAME.fullmatch(language)):
            raise fail("'language' must be a language tag, like en-GB or fr", "language")
        tables: dict[str, dict[str, Any]] = {}
        base: Conventions | None = None
        parent = data.get("extends")
        if parent is not None:
            if not isinstance(parent, str) or not parent:
                raise fail("'extends' must be the name of another set, like en-US", "extends")
            if parent == name or parent in extending:
                raise fail(f"extends '{parent}', which extends this set in turn", "extends")
            if len(extending) >= _MAX_EXTENDS:
                raise fail(f"extends sets more than {_MAX_EXTENDS} deep", "extends")
            if parent not in self.files:
                known = ", ".join(self.names())
                raise fail(f"extends '{parent}', which is no set (one of: {known})", "extends")
            base = self._loaded.get(parent)
            if base is None:
                base = self._loaded[parent] = self._load(parent, (*extending, name))
        for table_name in _TABLES:
            own = data.get(table_name, {})
            if not isinstance(own, dict):
                raise fail(f"'{table_name}' must be a table", table_name)
            inherited = {} if base is None else self._tables[base.name][table_name]
            tables[table_name] = {**inherited, **own}
        fragments = tables["figures"].get("fragments")
        if isinstance(fragments, dict) and "number" in fragments:
            # One way to write a number, so that a figure is found and read the same way.
            raise fail(
                "[figures] fragments.number is made from [numbers] (group_marks and "
                "decimal_mark): set those instead",
                "fragments.number",
                "figures",
            )
        values: dict[str, Any] = {}
        for table_name, schema in _TABLES.items():
            values[table_name] = _parse_table(schema, tables[table_name], table_name, fail)
        if language is None:
            language = base.language if base is not None else name
        conventions = Conventions(
            name=name,
            language=language,
            description=description.strip() or (base.description if base else ""),
            path=str(path),
            **values,
        )
        try:
            conventions.figure_matcher  # noqa: B018 - a bad pattern fails where it is read
        except FigurePatternError as error:
            key = _figure_key(tables["figures"], error.key)
            raise fail(f"[figures] {error.message}", key, "figures") from None
        self._tables[name] = tables
        return conventions


class _Failer:
    def __init__(self, shown: str, source: str) -> None:
        self.shown = shown
        self.source = source

    def __call__(self, message: str, key: str | None = None, table: str | None = None) -> Exception:
        line = line_of_key(self.source, table, key) if key is not None else None
        return ConventionsError.at(self.shown, message, line)


def _parse_table(
    schema: type[OptionsT], table: Mapping[str, object], name: str, fail: _Failer
) -> OptionsT:
    try:
        return parse_options(schema, table)
    except OptionError as error:
        raise fail(f"[{name}] {error.message}", error.key, name) from None


def _figure_key(table: Mapping[str, object], pattern_name: str) -> str:
    for group in ("statistics", "records", "exemptions", "fragments"):
        entries = table.get(group)
        if isinstance(entries, dict) and pattern_name in entries:
            return f"{group}.{pattern_name}"
    return pattern_name


def _set_files(directory: Path) -> list[Path]:
    files = toml_files(directory, CONVENTIONS_FILE)
    for path in files:
        if not _NAME.fullmatch(path.stem):
            raise ConventionsError(
                f"{shown_path(path)}: a set's file is named for the set, like en-GB.toml or "
                "house-style.toml"
            )
    return files


def conventions_tag(metadata: Mapping[str, Any]) -> str | None:
    """The language a post declares for itself (front matter ``lang`` or ``language``, or
    the ``lang`` of an HTML page), if any."""
    for key in ("lang", "language"):
        value = metadata.get(key)
        if isinstance(value, str) and value.strip():
            return value
    return None


class ConventionsChoice:
    """Which set a file's posts are read with: the one its configuration names, unless a
    post declares another language (front matter ``lang``, an HTML page's ``lang``) for which
    there is a set. A post that declares the configured set's own language keeps it, so a
    house style that extends en-US still applies to posts marked ``lang: en-US``."""

    def __init__(self, catalog: ConventionsCatalog, name: str = DEFAULT_CONVENTIONS) -> None:
        self.catalog = catalog
        self.name = name
        # Posts of a file mostly declare the same language, or none: each tag is judged once.
        self._by_tag: dict[str, Conventions] = {}

    @property
    def configured(self) -> Conventions:
        return self.catalog.get(self.name)

    def for_post(self, post: Post) -> Conventions:
        tag = conventions_tag(post.metadata)
        if tag is None:
            return self.configured
        chosen = self._by_tag.get(tag)
        if chosen is None:
            chosen = self._by_tag[tag] = self._for_tag(tag)
        return chosen

    def _for_tag(self, tag: str) -> Conventions:
        configured = self.configured
        normalised = tag.strip().replace("_", "-").lower()
        language = configured.language.lower()
        if normalised == language:
            return configured
        exact = self.catalog.resolve(normalised, exact=True)
        if exact is not None:
            return self.catalog.get(exact)
        if normalised.split("-")[0] == language.split("-")[0]:
            return configured
        resolved = self.catalog.resolve(normalised)
        return configured if resolved is None else self.catalog.get(resolved)


@cache
def builtin_catalog() -> ConventionsCatalog:
    """The shipped sets, for callers that name no directory of their own: the files are
    part of citelint, so one catalog serves the whole process."""
    return ConventionsCatalog()


def default_choice() -> ConventionsChoice:
    return ConventionsChoice(builtin_catalog())
