"""Kind ``figure-source``: statistics with no source in their sentence, or not in the
original the post excerpts.

The post's figures are found once, with the patterns of its conventions (``[figures]``);
the rule's ``statistics`` option says which categories need a source. A figure is sourced
when its sentence (or, by option, its paragraph up to it) holds a source cue of the
conventions' ``[sourcing]`` outside quotations (according to, said, a report, a survey…) or
a link, or when the sentence before it in its paragraph had sourced figures it elaborates.
A figure inside a quotation or a block quotation is its speaker's, who is its source (ATR001
reports a quotation with no speaker). One finding per sentence, at its first unsourced
figure, naming them all.

When the post is paired with an archived original (``--sources``), an unsourced figure the
original holds is traceable to it: its finding is downgraded to ``info`` and says so; the
others say that the original does not hold them either. With ``report = "not-in-source"``
the rule reports instead every figure the original does not hold, naming the nearest figure
of the same kind there.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

import regex

from citelint.analysis.attribution.cues import NounMarkers, cue_role, used_as_cue
from citelint.analysis.attribution.speakers import person_label
from citelint.analysis.figures import Figure, find_figures, is_bare_number
from citelint.analysis.numbers import NumberStyle
from citelint.analysis.paragraphs import is_block_quotation, is_quoted_post, split_paragraphs
from citelint.analysis.verification import (
    FigureValue,
    NearestFigures,
    OriginalValues,
    figure_values,
)
from citelint.document import Span
from citelint.kinds.base import (
    Finding,
    Kind,
    boolean,
    natural,
    one_of,
    option,
    text_list,
    text_table,
)
from citelint.patterns import TimedPattern

if TYPE_CHECKING:
    from citelint.analysis import PostFacts
    from citelint.conventions import Conventions
    from citelint.originals import Original

# What each value of ``report`` fills in the rule's message.
_MODES = {
    "unsourced": frozenset({"figures", "reason", "what"}),
    "not-in-source": frozenset({"figures", "reason", "source"}),
}


@dataclass(frozen=True, kw_only=True)
class FigureSourceOptions:
    scope: str = option(
        one_of("sentence", "paragraph"),
        doc="Where a figure's source may be: sentence (its own, the strict wire-service rule) "
        "or paragraph (its sentence or one before it in its paragraph).",
        default="sentence",
    )
    link_is_source: bool = option(
        boolean, doc="A link in the sentence is a source (blogs cite by linking).", default=True
    )
    elaborating_figures: bool = option(
        boolean,
        doc="A sentence of figures right after a sentence whose figures have a source, in "
        "the same paragraph, shares that source (it elaborates them).",
        default=True,
    )
    category_names: tuple[tuple[str, str], ...] = option(
        text_table,
        doc="What a figure of each category is, as the message's {what} names it: why it "
        'needs a source (percent = "a percentage"). A category not listed is named '
        '"a statistic".',
        default=(
            ("percent", "a percentage"),
            ("money", "a sum of money"),
            ("proportion", "a proportion"),
            ("people", "a count of people"),
            ("estimate", "an estimate"),
            ("population", "a population"),
            ("scale", "a count in millions or more"),
            ("count_claim", "a count of harm"),
            ("count", "a count"),
        ),
    )
    statistics: tuple[str, ...] = option(
        text_list,
        doc="The categories of figure (the names of the conventions' [figures] statistics, "
        "and count) that need a source: what someone measured or estimated. Counts of "
        "things and bare large numbers (scale) are description, not claims. A name no "
        "set of conventions gives a figure is refused.",
        default=(
            "percent",
            "money",
            "proportion",
            "people",
            "estimate",
            "population",
            "count_claim",
        ),
    )
    lead_reach: int = option(
        natural,
        doc="How many paragraphs after a lead that names a study, a report or a count "
        "(according to…, a survey, researchers found) elaborate it, their figures sourced "
        "by it. 0, the default, turns this off: a cut source in those paragraphs would go "
        "unseen.",
        default=0,
    )
    public_record_years: int = option(
        natural,
        doc="A count of people (or a count_claim) in a sentence naming a year at least this "
        "many years before the post's date is history on the record, not a claim to source "
        "(the 1991 Hajj, in which 1,426 pilgrims were trampled). 0 turns this off; a post "
        "with no date has none.",
        default=2,
    )
    report: str = option(
        one_of(*_MODES),
        doc="What the rule reports: figures with no source in their sentence, or figures the "
        "archived original does not hold (with --sources).",
        default="unsourced",
    )


def check(facts: PostFacts, options: FigureSourceOptions) -> Iterator[Finding]:
    if options.report == "not-in-source" and facts.pairing is None:
        return  # no original to compare with: nothing to work out
    document = facts.document
    figures_found = facts.figures
    if not figures_found:
        return  # most paragraphs hold no statistic: nothing more to work out
    if options.report == "not-in-source":
        yield from _not_in_source(facts, options, figures_found)
        return
    conventions = facts.conventions
    original = _OriginalFigures(facts.pairing.original, conventions) if facts.pairing else None
    paragraphs = facts.paragraphs
    paragraph_starts = [paragraph.start for paragraph in paragraphs]
    sentences = facts.sentences
    outermost = facts.quotes.outermost
    link_starts = [link.start for link in document.links]
    lowered = document.lowered
    searched = lowered if lowered is not None else document.text
    pattern = conventions.source_cues(ignore_case=lowered is None)
    paragraph_pattern = conventions.paragraph_source_cues(ignore_case=lowered is None)
    nouns = conventions.sourcing_lexicon.nouns
    matcher = conventions.figure_matcher
    claims = matcher.count_claims
    text = document.text
    post_year = _year_of(facts.post.metadata.get("date"))
    lead = _sourcing_lead(facts, options, text, searched, paragraph_pattern, nouns, outermost)
    # Findings are one per sentence; the source is looked for in the sentence or, with
    # scope = "paragraph", in it and the sentences before it in its paragraph. Never after
    # it, nor in the paragraph before: a source there is another claim's (the seed's "for
    # its report" after the 318 sites, "he added" closing the quotation before the $500).
    by_unit: dict[Span, list[Figure]] = {}
    # Where each unit stands (paragraph, sentence), to know the sentence right before it.
    placed: dict[Span, tuple[int, int]] = {}
    for figure in figures_found:
        paragraph_index = bisect_right(paragraph_starts, figure.span.start) - 1
        if paragraph_index < 0:
            continue
        split = sentences[paragraph_index]
        sentence_index = bisect_right(split, figure.span.start, key=_start) - 1
        if sentence_index < 0:
            continue
        unit = split[sentence_index]
        placed[unit] = (paragraph_index, sentence_index)
        by_unit.setdefault(unit, []).append(figure)
    # A figure mentioned again (“That $30 billion gets…”) was judged where it first appeared.
    seen: set[str] = set()
    # The sentence whose figures had a source, as (paragraph, sentence): the next sentence's
    # figures elaborate them (“… 42% of all spam, according to Sophos. Trailing are South
    # Korea with 13% and China with 8%.”). Only figures carry a source on: a source for
    # something else (“…, the rights group said.”) sources no figure after it.
    sourced_before: tuple[int, int] | None = None
    quoted_paragraphs: dict[int, bool] = {}

    def quoted(paragraph_index: int) -> bool:
        """Someone else's words, whose speaker is the source (a block quotation of a post or
        a tweet, a paragraph opening with its speaker's name, an interview's answer), or
        words of another language, whose sources its cues would name."""
        if paragraph_index not in quoted_paragraphs:
            paragraph = paragraphs[paragraph_index]
            quoted_paragraphs[paragraph_index] = (
                is_block_quotation(text, paragraph)
                or is_quoted_post(text, paragraph)
                or person_label(text, paragraph) is not None
                or paragraph_index in facts.interview_answers
                or facts.languages.foreign(paragraph_index)
                # The translation of a post quoted in another language is the post's words.
                or facts.languages.translation(paragraph_index)
            )
        return quoted_paragraphs[paragraph_index]

    for unit, figures in sorted(by_unit.items()):
        paragraph_index, sentence_index = placed[unit]
        region = (
            Span(paragraphs[paragraph_index].start, unit.end)
            if options.scope == "paragraph"
            else unit
        )
        sourced = (
            (options.link_is_source and _holds(link_starts, region))
            or _has_cue(
                text,
                searched,
                pattern,
                nouns,
                region,
                outermost,
                partial(sentences.__getitem__, paragraph_index),
                paragraph_pattern,
            )
            or (
                options.elaborating_figures
                and sourced_before == (paragraph_index, sentence_index - 1)
            )
            # The paragraphs just after a lead that names a study or report elaborate it
            # (the ants' paper in Evolution; NASA's Near Earth Object Program).
            or (lead is not None and lead < paragraph_index <= lead + options.lead_reach)
            # A report, a finding or an estimate earlier in the paragraph sources what the
            # paragraph goes on to count (The scientists found… They estimated… By 2050, …).
            or (
                sentence_index > 0
                and _has_cue(
                    text,
                    searched,
                    paragraph_pattern,
                    nouns,
                    Span(paragraphs[paragraph_index].start, unit.start),
                    outermost,
                    partial(sentences.__getitem__, paragraph_index),
                )
            )
        )
        if sourced:
            sourced_before = (paragraph_index, sentence_index)
        unsourced: list[tuple[Figure, str, str]] = []
        for figure in figures:
            written = " ".join(document.decoded[figure.span.start : figure.span.end].split())
            if written in seen:
                continue
            seen.add(written)
            # A quotation's speaker is its source (ATR001 reports one with no speaker).
            if sourced or _inside(figure.span, outermost):
                continue
            category = matcher.category_of(text, figure)
            if category == "count" and claims is not None and _near(claims, text, figure, unit):
                category = "count_claim"
            if category not in options.statistics or (
                category in _HISTORY_CATEGORIES
                and _on_the_record(text, unit, post_year, options.public_record_years)
            ):
                continue
            unsourced.append((figure, written, category))
        if not unsourced or quoted(paragraph_index):
            continue
        traceable = []
        if original is not None:
            # Split in one pass: looking each figure up in the list of the others would cost
            # the square of a sentence's figures.
            held = [original.holds(document.decoded, item[0]) for item in unsourced]
            traceable = [item for item, holds in zip(unsourced, held, strict=True) if holds]
            unsourced = [item for item, holds in zip(unsourced, held, strict=True) if not holds]
        for group, severity in ((unsourced, None), (traceable, "info")):
            if not group:
                continue
            named = [written for _, written, _ in group]
            plural = len(named) > 1
            their = "their" if plural else "its"
            where = f"{their} sentence" + (
                " or before it in its paragraph" if options.scope == "paragraph" else ""
            )
            reason = f"{'have' if plural else 'has'} no source in {where}"
            if original is not None:
                path = original.original.path
                reason += (
                    f", but the original {path} holds {'them' if plural else 'it'}"
                    if severity
                    else f", and the original {path} does not hold {'them' if plural else 'it'}"
                )
            elif facts.archive is not None:
                reason += " (no archived original was found for this post)"
            yield Finding(
                span=group[0][0].span,
                fields={
                    "figures": _join(named),
                    "reason": reason,
                    "what": _what(options, [category for *_, category in group]),
                },
                severity=severity,
            )


def _what(options: FigureSourceOptions, categories: Sequence[str]) -> str:
    """Why a sentence's unsourced figures need a source, each kind named once: it is a
    percentage, someone's claim; each is a sum of money…; they are a population and a count
    of people, someone's claims."""
    names = dict(options.category_names)
    kinds = list(dict.fromkeys(names.get(category, "a statistic") for category in categories))
    if len(categories) == 1:
        return f"it is {kinds[0]}, someone's claim"
    if len(kinds) == 1:
        return f"each is {kinds[0]}, someone's claim"
    return f"they are {', '.join(kinds[:-1])} and {kinds[-1]}, someone's claims"


class _OriginalFigures:
    """The figures of an archived original, worked out once per original and pattern set."""

    def __init__(self, original: Original, conventions: Conventions) -> None:
        self.original = original
        # The original is read with the post's conventions: an excerpt and its original are
        # written in one language.
        self.numbers = conventions.number_style
        # By identity: two sets of one name (a house style replacing en-US) differ.
        key = ("figures", id(conventions))
        cached = original.cache.get(key)
        if cached is None:
            document = original.document
            paragraphs = split_paragraphs(document.text, original.post.prose)
            matcher = conventions.figure_matcher
            figures = find_figures(document.text, paragraphs, matcher, document.lowered)
            written = [(_with_noun(document.decoded, f, self.numbers), f.span) for f in figures]
            decoded = document.decoded
            figures_written = [
                (text, figure_values(decoded, span, self.numbers)) for text, span in written
            ]
            cached = (
                NearestFigures(figures_written),
                OriginalValues(figure_values(original.prose_text(), numbers=self.numbers)),
            )
            original.cache[key] = cached
        self.figures: NearestFigures = cached[0]
        self.values: OriginalValues = cached[1]

    def missing(self, source: str, figure: Figure) -> list[FigureValue]:
        return self.values.missing(figure_values(source, figure.span, self.numbers))

    def holds(self, source: str, figure: Figure) -> bool:
        values = figure_values(source, figure.span, self.numbers)
        return bool(values) and not self.values.missing(values)


_FOLLOWING_WORDS = re.compile(r"(?:[ \t]+[^\W\d_][\w’'-]*){1,3}")


def _with_noun(text: str, figure: Figure, numbers: NumberStyle) -> str:
    """A figure as written, and for a bare number the words after it that say of what
    (“30 North Korean escapees”), so that a message can name it."""
    written = " ".join(text[figure.span.start : figure.span.end].split())
    if not is_bare_number(written, numbers):
        return written  # it says what it is: 17%, $500, three-quarters of
    following = _FOLLOWING_WORDS.match(text, figure.span.end, figure.span.end + 60)
    return written if following is None else f"{written}{following.group()}"


def _not_in_source(
    facts: PostFacts, options: FigureSourceOptions, figures: Sequence[Figure]
) -> Iterator[Finding]:
    pairing = facts.pairing
    if pairing is None:
        return
    original = _OriginalFigures(pairing.original, facts.conventions)
    source = facts.document.decoded
    seen: set[str] = set()
    for figure in figures:
        written = " ".join(source[figure.span.start : figure.span.end].split())
        if written in seen:
            continue
        seen.add(written)
        missing = original.missing(source, figure)
        if not missing:
            continue
        nearest = original.figures.nearest(missing[0])
        reason = f"the original {pairing.original.path} does not hold it"
        if nearest is not None:
            reason += f"; its nearest {_kind_name(missing[0].kind)} is “{nearest}”"
        yield Finding(
            span=figure.span,
            fields={"figures": written, "reason": reason, "source": pairing.original.path},
        )


# The lead is the first paragraph of running text among the first few.
_LEAD_PARAGRAPHS = 3
_LEAD_MIN_WORDS = 20


def _sourcing_lead(
    facts: PostFacts,
    options: FigureSourceOptions,
    text: str,
    searched: str,
    paragraph_pattern: re.Pattern[str],
    nouns: NounMarkers,
    outermost: Sequence[Span],
) -> int | None:
    """The index of the post's lead when it names the study, report or body that measured
    what the post goes on to give (a report, a survey, according to…), or None."""
    if options.lead_reach == 0:
        return None
    paragraphs = facts.paragraphs
    for index in range(min(_LEAD_PARAGRAPHS, len(paragraphs))):
        paragraph = paragraphs[index]
        if len(text[paragraph.start : paragraph.end].split()) < _LEAD_MIN_WORDS:
            continue
        sourced = _has_cue(
            text,
            searched,
            paragraph_pattern,
            nouns,
            paragraph,
            outermost,
            partial(facts.sentences.__getitem__, index),
        )
        return index if sourced else None
    return None


# The counts a past year makes history: tolls and counts of people, not rates or money.
_HISTORY_CATEGORIES = frozenset(("people", "count_claim"))
_YEAR = regex.compile(r"(?<![\p{N},.$])(?:1[6-9]\d\d|20\d\d)(?![\p{N}%])")


def _year_of(date: object) -> int | None:
    """The year of a post's date field (a YAML date, or text opening with the year)."""
    year = getattr(date, "year", None)
    if isinstance(year, int):
        return year
    if isinstance(date, str):
        found = _YEAR.match(date.strip())
        return int(found.group()) if found else None
    return None


def _on_the_record(text: str, sentence: Span, post_year: int | None, years: int) -> bool:
    """Whether the sentence names a year at least ``years`` before the post's: its counts
    of people are history (a previous cyclone in 1999 left 10,000 people dead)."""
    if post_year is None or years == 0:
        return False
    return any(
        int(found.group()) <= post_year - years
        for found in _YEAR.finditer(text, sentence.start, sentence.end)
    )


def _kind_name(kind: str) -> str:
    return {"percent": "percentage", "money": "amount", "count": "figure"}.get(kind, "figure")


def _has_cue(
    text: str,
    searched: str,
    pattern: re.Pattern[str],
    nouns: NounMarkers,
    unit: Span,
    outermost: Sequence[Span],
    sentences: Callable[[], Sequence[Span]],
    measuring: re.Pattern[str] | None = None,
) -> bool:
    """A source cue in ``unit`` outside every quotation; ``sentences`` gives those of its
    paragraph. A verb of speech in the passive sources nothing (Iodine is added to only 10
    per cent of salt); one of measuring does (about 30,000 are estimated to…), so only the
    cues of ``measuring`` may stand after is, was, been."""
    return any(
        not _inside(Span(match.start(), match.end()), outermost)
        and used_as_cue(text, match.start(), match.end(), cue_role(match), nouns, sentences)
        and (
            measuring is None
            or not _PASSIVE_BEFORE.search(
                text, max(0, match.start() - _PASSIVE_REACH), match.start()
            )
            or measuring.match(searched, match.start(), match.end()) is not None
        )
        for match in pattern.finditer(searched, unit.start, unit.end)
    )


_PASSIVE_BEFORE = regex.compile(r"\b(?i:is|are|was|were|be|been|being)\s+(?:\p{L}+ly\s+)?\Z")
_PASSIVE_REACH = 24


def _inside(span: Span, quotations: Sequence[Span]) -> bool:
    index = bisect_right(quotations, span.start, key=_start) - 1
    return index >= 0 and quotations[index].start < span.start and span.end <= quotations[index].end


def _start(span: Span) -> int:
    return span.start


# How far from a bare count, in its sentence, the words that make it a claim may stand.
_CLAIM_REACH = 100


def _near(claims: TimedPattern, text: str, figure: Figure, sentence: Span) -> bool:
    """Whether a bare count's sentence gives an account of harm near it (318 sites used for
    public executions): bounded, so that a sentence of many counts stays linear."""
    start = max(sentence.start, figure.span.start - _CLAIM_REACH)
    end = min(sentence.end, figure.span.end + _CLAIM_REACH)
    return claims.search(text, start, end) is not None


def _holds(starts: Sequence[int], unit: Span) -> bool:
    return bisect_left(starts, unit.start) < bisect_left(starts, unit.end)


def _join(items: Sequence[str]) -> str:
    if len(items) == 1:
        return items[0]
    return ", ".join(items[:-1]) + " and " + items[-1]


def _unknown_categories(
    options: FigureSourceOptions, conventions: Conventions
) -> list[tuple[str, str, str]]:
    """The categories ``statistics`` and ``category_names`` name that no pattern of the
    conventions gives a figure, as (option, name, the categories the conventions give)."""
    figures = conventions.figures
    known = {
        *(name for name, _ in figures.statistics),
        *(name for name, _ in figures.records),
        "count",
        "count_claim",
    }
    listed = ", ".join(sorted(known))
    named = [
        *(("statistics", name) for name in options.statistics),
        *(("category_names", name) for name, _ in options.category_names),
    ]
    return [(option, name, listed) for option, name in named if name not in known]


KIND = Kind(
    name="figure-source",
    summary="Every statistic says where it comes from.",
    options_type=FigureSourceOptions,
    modes=_MODES,
    unknown_names=_unknown_categories,
    conventions=(
        "quotations",
        "sentences",
        "speech",
        "quotation_kinds",
        "sourcing",
        "grammar",
        "numbers",
        "figures",
    ),
    check=check,
)
