"""Kind ``source-tag``: a post credits the outlet whose reporting it excerpts.

A post is credited by any of the forms its rule enables (``credit_forms``):

- ``tag``: its last line is a credit such as ``[Reuters]`` (trailing link text such as
  ``Read more`` on its own line is skipped: it is what an excerpt's link says, not the post's
  last words). A credit is the whole line, so brackets inside a sentence never count, and
  neither do lines the ``not_credit_pattern`` matches (WordPress shortcodes, footnotes);
- ``credit-line``: its last line names the source, such as ``Source: Reuters``;
- ``front-matter``: a metadata field names it (``source: Reuters``);
- ``dateline``: one of its first paragraphs opens with a wire dateline,
  ``SEOUL (Reuters) –``;
- ``editor-note``: an editor's note says where it first appeared, ``*This post was originally
  published on the [DigitalGov blog](…)*``.

What a rule reports (``report``): ``missing``, a post with no credit; ``malformed``, a post
whose last line is almost a credit (``[Reuters``, ``(Reuters)``, ``[ Reuters ]``), which
``missing`` leaves to it; ``unknown``, a credit that names none of the ``known_sources``, with
the nearest name as a suggestion; ``no-archived-source``, a credited post for which the
sources directory (``--sources``) holds no original.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import regex

from citelint.document import Span, trimmed
from citelint.kinds.base import (
    Finding,
    Kind,
    choices,
    natural,
    one_of,
    option,
    pattern,
    text_list,
    text_table,
)
from citelint.patterns import TimedPattern, compile_timed

if TYPE_CHECKING:
    from citelint.analysis import PostFacts

_QUOTED_ENDING_CHARS = 40
_ENDING_SCAN_CHARS = 2000
_CREDIT_FORMS = ("tag", "credit-line", "front-matter", "dateline", "editor-note")
# What each value of ``report`` fills in the rule's message (``line``: the last line, or
# for no-archived-source the directory of originals searched).
_MODES = {
    "missing": frozenset({"title", "ending"}),
    "malformed": frozenset({"title", "ending", "line", "source"}),
    "unknown": frozenset({"title", "source", "suggestion", "form"}),
    "no-archived-source": frozenset({"title", "source", "form", "line"}),
}

# The defaults are shared by every rule of this kind (SRC001, SRC002, SRC003), so that they
# agree on what a credit is; a rule file sets an option only to differ.

# A credit is a whole line: one bracketed name with at least one letter, no nested brackets.
CREDIT = r"\[(?=[^\]]*\p{L})(?P<source>[^\[\]\s](?:[^\[\]\r\n]{0,118}[^\[\]\s])?)\]"
# Shortcodes, attributes (=), editorial notes and ellipses in brackets are never credits.
NOT_CREDIT = (
    r"(?i)\[/?(?:caption|embed|youtube|vimeo|gallery|audio|video|playlist|soundcloud|"
    r"googlemaps|tweet|instagram|wpvideo|slideshare|spotify|ted|dailymotion|scribd|gist|code|"
    r"sourcecode|contact-form|editor|ed\.|update|updated|correction|clarification|note|sic|"
    r"photo|image)\b|\[[^\]]*=|\[(?:\.\.\.|…)\]"
)
LINK_TEXT = r"(?i)(?:read more|continue reading|read the full (?:story|article|report))\W{0,3}"
CREDIT_LINE = (
    r"(?:(?i:sources?|via|credits?)\s*[:：]|(?i:originally (?:published|appeared) (?:by|in|on|at)))"
    r"\s*(?P<source>\S.{0,150}?)\.?"
)
# An editor's note that credits where the post first appeared, in its first or last
# paragraphs: *This post was originally published on the [DigitalGov blog](…)*, _Cross-posted
# from [API Evangelist]_, *[Originally posted on Medium](…)*. It opens its paragraph (after
# emphasis marks, a bracket or "Editor's note:"), or it is in a paragraph set wholly in
# emphasis, as notes are.
EDITOR_NOTE = (
    # A note begins a word: the \b first spares trying the rest inside every word.
    r"\b(?i:(?:editor'?’?s note\s*:\s*)?(?:this (?:post|article|story|piece|was)\b.{0,40}?\s)?"
    r"(?:originally|first) (?:published|posted|appeared|ran)|cross-?posted|republished|reprinted)"
    r"\s+(?i:(?:here\s+)?(?:from|on|in|at|by|with))\s+(?:the\s+)?\[?"
    # The name runs to a bracket or the end of the clause; a full stop inside (USA.gov) stays.
    r"(?P<source>[\p{L}\p{N}](?:[^\]\[()\r\n.,;]|\.(?=\w)){0,80}(?<=[^\s.])|\p{L})"
    r"(?<!\b\p{N}+)"
)
# SEOUL (Reuters) –, WASHINGTON (AP) —, LONDON, June 1 (Reuters) -, BEIRUT, Lebanon (AP) —
DATELINE = (
    r"\p{Lu}[\p{Lu}\p{M}'’.\- ]{0,40}\p{Lu}(?:,[^()\r\n]{1,40}?)?\s*"
    r"\((?P<source>\p{L}[^()\r\n]{0,58})\)\s*[-–—]"
)
# An outlet's name: capitalised words, with small connecting words between them (The
# Organization for World Peace), so that a sentence in parentheses is never taken for one.
_WORD = r"\p{Lu}[\p{L}\p{N}.&'’-]{0,30}"
_CONNECTOR = r"(?:of|the|for|and|on|in|at|de|del|la|le|du|al|el|y|und|&)"
_NAME = rf"{_WORD}(?:\s+(?:{_CONNECTOR}\s+)*{_WORD}){{0,8}}"
MALFORMED = (
    rf"(?P<padded>\[\s+{_NAME}\s*\]|\[{_NAME}\s+\])"
    rf"|(?P<doubled>[\[(]{{2}}{_NAME}[\])]{{2}})"
    rf"|(?P<unclosed>\[\s*{_NAME})"
    rf"|(?P<unopened>{_NAME}\])"
    rf"|(?P<parentheses>\({_NAME}\))"
    rf"|(?P<braces>\{{{_NAME}\}}|<{_NAME}>)"
)
MALFORMED_REASONS = (
    ("padded", "the name is padded with spaces inside the brackets"),
    ("doubled", "the brackets are doubled"),
    ("unclosed", "the closing bracket is missing"),
    ("unopened", "the opening bracket is missing"),
    ("parentheses", "it is in parentheses, not square brackets"),
    ("braces", "it is in braces or angle brackets, not square brackets"),
)


@dataclass(frozen=True)
class SourceTagOptions:
    credit_pattern: TimedPattern = option(
        pattern,
        doc="A whole last line (trimmed) that is a credit tag, such as [Reuters]; its 'source' "
        "group, or else the text inside the brackets, is the source.",
        default=compile_timed(CREDIT),
    )
    not_credit_pattern: TimedPattern = option(
        pattern,
        doc="Lines the credit pattern matches that are not credits: shortcodes, footnotes.",
        default=compile_timed(NOT_CREDIT),
    )
    link_text_pattern: TimedPattern = option(
        pattern,
        doc="Link text such as 'Read more': skipped as a last line, and cut from the end of "
        "the last line before it is quoted in the message.",
        default=compile_timed(LINK_TEXT),
    )
    report: str = option(
        one_of(*_MODES),
        doc="What the rule reports: 'missing' (no credit), 'malformed' (a last line that is "
        "almost a credit), 'unknown' (a credit naming none of known_sources) or "
        "'no-archived-source' (a credited post with no original in --sources).",
        default="missing",
    )
    credit_forms: tuple[str, ...] = option(
        choices(*_CREDIT_FORMS),
        doc="The forms of credit that count: tag ([Reuters] as the last line), credit-line "
        "(Source: Reuters as the last line), front-matter (credit_fields), dateline "
        "(SEOUL (Reuters) – opening the body), editor-note (This post was originally "
        "published on …, anywhere).",
        default=_CREDIT_FORMS,
    )
    credit_fields: tuple[str, ...] = option(
        text_list,
        doc="Front matter fields that credit the source when they hold a name or a link "
        "(source, via…).",
        default=("source", "sources", "source_url", "canonical_url", "via"),
    )
    original_fields: tuple[str, ...] = option(
        text_list,
        doc="Front matter fields that mark a post as the site's own work, needing no credit, "
        "when they are true (original: true; in a WordPress custom field or a JSON line, "
        "true, yes or 1). An empty list turns this off.",
        default=("original",),
    )
    credit_line_pattern: TimedPattern = option(
        pattern,
        doc="A whole last line that names the source, such as 'Source: Reuters'; its 'source' "
        "group is the source.",
        default=compile_timed(CREDIT_LINE),
    )
    dateline_pattern: TimedPattern = option(
        pattern,
        doc="A wire dateline matched at the start of a paragraph, such as 'SEOUL (Reuters) –'; "
        "its 'source' group is the source.",
        default=compile_timed(DATELINE),
    )
    editor_note_pattern: TimedPattern = option(
        pattern,
        doc="An editor's note crediting where the post first appeared ('This post was "
        "originally published on the DigitalGov blog'), searched in the post's first and "
        "last paragraphs (editor_note_paragraphs); it counts when it opens the paragraph or "
        "the paragraph is wholly in emphasis (*…* or _…_). Its 'source' group is the source.",
        default=compile_timed(EDITOR_NOTE),
    )
    editor_note_paragraphs: int = option(
        natural,
        doc="How many of the post's first paragraphs, and of its last, may hold the editor's "
        "note (a republished post says so before its text or after it, not in the middle).",
        default=3,
    )
    dateline_paragraphs: int = option(
        natural,
        doc="How many of the post's first paragraphs may open with the dateline (a photo "
        "caption and a byline often come before it).",
        default=4,
    )
    malformed_pattern: TimedPattern = option(
        pattern,
        doc="A whole last line that is almost a credit; the name of the group that matched "
        "('unclosed', 'unopened', 'parentheses', 'padded', 'doubled'…) says what is wrong.",
        default=compile_timed(MALFORMED),
    )
    malformed_reasons: tuple[tuple[str, str], ...] = option(
        text_table,
        doc="For each group of malformed_pattern, the words that say what is wrong.",
        default=MALFORMED_REASONS,
    )
    known_sources: tuple[str, ...] = option(
        text_list,
        doc="The outlets a credit may name (compared without case); for 'unknown'.",
        default=(),
    )


@dataclass(frozen=True)
class Credit:
    """A credit found in a post: its form, the source it names, and where it is."""

    form: str
    source: str
    span: Span


def check(facts: PostFacts, options: SourceTagOptions) -> Iterator[Finding]:
    credit = find_credit(facts, options)
    if options.report == "no-archived-source":
        if credit is not None and facts.archive is not None and facts.pairing is None:
            fields = {
                "title": facts.post.title or "untitled",
                "source": credit.source,
                "form": credit.form,
                "line": str(facts.archive.directory),
            }
            span = credit.span if credit.span.end > credit.span.start else _report_line(facts)
            yield Finding(span=span, fields=fields)
        return
    if options.report == "unknown":
        if credit is not None:
            yield from _unknown(facts, options, credit)
        return
    if credit is not None:
        return
    last = _last_line(facts, options)
    if last is None:
        return
    if options.report == "missing" and marked_original(facts.post.metadata, options):
        return
    span, content = last
    alone = _stands_alone(facts.document.text, span, facts.post.prose)
    malformed = _malformed(content, options) if alone else None
    fields = {"title": facts.post.title or "untitled", "ending": _ending(content, options)}
    if options.report == "malformed":
        if malformed is not None:
            yield Finding(span=span, fields={**fields, "line": content, "source": malformed})
        return
    if malformed is None:
        yield Finding(span=_report_line(facts), fields=fields)


def find_credit(facts: PostFacts, options: SourceTagOptions) -> Credit | None:
    """The post's credit in the first enabled form that has one."""
    forms = options.credit_forms
    if "front-matter" in forms:
        declared = declared_source(facts.post.metadata, options.credit_fields)
        if declared is not None:
            return Credit("front-matter", declared, Span(0, 0))
    last = _last_line(facts, options)
    if last is not None:
        span, content = last
        if "tag" in forms and is_credit(content, options):
            match = options.credit_pattern.fullmatch(content)
            return Credit("tag", _named_source(match, content.strip("[] ")), span)
        if "credit-line" in forms:
            match = options.credit_line_pattern.fullmatch(content)
            if match is not None:
                return Credit("credit-line", _named_source(match, content), span)
    if "dateline" in forms:
        text = facts.document.text
        for paragraph in facts.paragraphs[: options.dateline_paragraphs]:
            match = options.dateline_pattern.match(text, paragraph.start, paragraph.end)
            if match is not None:
                return Credit("dateline", _named_source(match, match.group()), _source_span(match))
    if "editor-note" in forms:
        return _editor_note(facts, options)
    return None


# What may come before a note at the start of its paragraph, and what sets a paragraph wholly
# in emphasis.
_NOTE_OPENING = regex.compile(r"[\s*_\[(>]*")
_EMPHASIS_MARKS = "*_"


def _editor_note(facts: PostFacts, options: SourceTagOptions) -> Credit | None:
    text = facts.document.text
    paragraphs = facts.paragraphs
    reach = options.editor_note_paragraphs
    # The first paragraphs, then the last ones not among them.
    places = [*paragraphs[:reach], *paragraphs[max(reach, len(paragraphs) - reach) :]]
    for paragraph in places:
        match = options.editor_note_pattern.search(text, paragraph.start, paragraph.end)
        if match is None:
            continue
        opening = _NOTE_OPENING.match(text, paragraph.start, paragraph.end)
        opens = opening is not None and opening.end() == match.start()
        body = text[paragraph.start : paragraph.end].strip()
        emphasised = len(body) > 2 and body[0] in _EMPHASIS_MARKS and body[-1] in _EMPHASIS_MARKS
        if opens or emphasised:
            return Credit("editor-note", _named_source(match, match.group()), _source_span(match))
    return None


def _source_span(match: regex.Match[str]) -> Span:
    """Where a credit's match names its source: its 'source' group, or else all of it."""
    return Span(*(match.span("source") if "source" in match.groupdict() else match.span()))


def _named_source(match: regex.Match[str] | None, fallback: str) -> str:
    if match is not None and "source" in match.groupdict() and match.group("source"):
        return " ".join(match.group("source").split())
    return " ".join(fallback.split())


def _last_line(facts: PostFacts, options: SourceTagOptions) -> tuple[Span, str] | None:
    """The post's last line that is not link text, and what it says."""
    text = facts.document.text
    for line in _lines_from_the_end(text, facts.post.prose):
        content = text[line.start : line.end].strip()
        if not options.link_text_pattern.fullmatch(content):
            return line, content
    return None


def _stands_alone(text: str, line: Span, prose: Sequence[Span]) -> bool:
    """Whether ``line`` is a paragraph of its own, as a credit is (and the end of a link
    text wrapped over two lines, ``Demo\nDay]``, is not)."""
    region_start = max((region.start for region in prose if region.start <= line.start), default=0)
    cursor = line.start
    breaks = 0
    while cursor > region_start and text[cursor - 1].isspace():
        cursor -= 1
        breaks += text[cursor] == "\n" or (text[cursor] == "\r" and text[cursor + 1] != "\n")
    return cursor == region_start or breaks >= 2


def _report_line(facts: PostFacts) -> Span:
    """The post's very last line, link text included: where a missing credit belongs."""
    return next(_lines_from_the_end(facts.document.text, facts.post.prose))


# The line break before a line, searched backwards from its end: looking for each kind of
# line break on its own reads back to the start of the post for the kind a file does not
# use, once for every line (a post ending in many lines of link text).
_LAST_LINE_BREAK = regex.compile(r"[\r\n]", regex.REVERSE)


def _lines_from_the_end(text: str, prose: Sequence[Span]) -> Iterator[Span]:
    """The non-blank lines of the post, last first, read backwards without a full split."""
    for region in reversed(prose):
        end = region.end
        while end > region.start:
            found = _LAST_LINE_BREAK.search(text, region.start, end)
            start = -1 if found is None else found.start()
            line_start = region.start if start < 0 else start + 1
            line = trimmed(text, Span(line_start, end))
            if line.end > line.start:
                yield line
            end = line_start - 1 if start >= 0 else region.start


def declared_source(metadata: Mapping[str, object], fields: Sequence[str]) -> str | None:
    """The source a credit field names: its text, or the first text in a list
    (``sources: [Reuters, AP]``)."""
    for field in fields:
        value = metadata.get(field)
        values = value if isinstance(value, list) else [value]
        for item in values:
            if isinstance(item, str) and item.strip():
                return item.strip()
    return None


# A custom field in WordPress or a JSON line holds text, not a YAML boolean.
_TRUE_TEXT = frozenset({"true", "yes", "1", "on"})


def marked_original(metadata: Mapping[str, object], options: SourceTagOptions) -> bool:
    """Whether the post's front matter says it is the site's own work (original: true)."""
    for field in options.original_fields:
        value = metadata.get(field)
        if value is True or (isinstance(value, str) and value.strip().lower() in _TRUE_TEXT):
            return True
    return False


def is_credit(line: str, options: SourceTagOptions) -> bool:
    return (
        options.credit_pattern.fullmatch(line) is not None
        and options.not_credit_pattern.match(line) is None
    )


def _malformed(line: str, options: SourceTagOptions) -> str | None:
    """What is wrong with a last line that is almost a credit, or None."""
    if options.not_credit_pattern.match(line):
        return None
    match = options.malformed_pattern.fullmatch(line)
    if match is None:
        return None
    reasons = dict(options.malformed_reasons)
    for name, value in match.groupdict().items():
        if value is not None:
            return reasons.get(name, name)
    return "it is not written as a credit"


def _unknown(facts: PostFacts, options: SourceTagOptions, credit: Credit) -> Iterator[Finding]:
    known = {name.casefold(): name for name in options.known_sources}
    name = credit.source
    if not known or name.casefold() in known or _is_link(name):
        return
    close = difflib.get_close_matches(name.casefold(), list(known), n=1, cutoff=0.75)
    suggestion = f"; did you mean {known[close[0]]}?" if close else ""
    fields = {
        "title": facts.post.title or "untitled",
        "source": name,
        "suggestion": suggestion,
        "form": credit.form,
    }
    yield Finding(span=credit.span, fields=fields)


def _is_link(name: str) -> bool:
    return name.startswith(("http://", "https://", "www."))


def _ending(line: str, options: SourceTagOptions) -> str:
    """The last words of the line, without trailing link text, for the message."""
    # Only the end of a long line is read (a paragraph can be one line of megabytes), with its
    # runs of spaces (blanked markup) collapsed; a word cut at the start is dropped.
    tail = line[-_ENDING_SCAN_CHARS:]
    shortened = len(tail) < len(line)
    line = " ".join(tail.split())
    if shortened:
        line = line.partition(" ")[2]
    for match in options.link_text_pattern.finditer(line):
        if match.end() == len(line) and match.start() > 0 and line[match.start() - 1].isspace():
            line = line[: match.start()].rstrip()
            break
    if len(line) <= _QUOTED_ENDING_CHARS:
        return "…" + line if shortened else line
    cut = line.find(" ", len(line) - _QUOTED_ENDING_CHARS)
    return "…" + line[cut + 1 if cut >= 0 else len(line) - _QUOTED_ENDING_CHARS :]


KIND = Kind(
    name="source-tag",
    summary="A post credits its source: a credit line, front matter or a dateline.",
    options_type=SourceTagOptions,
    modes=_MODES,
    check=check,
)
