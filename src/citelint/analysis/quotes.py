"""Quotation marks: a state machine over each post's paragraphs.

Marks are classified from their neighbours, not by counting: a straight ``"`` after a space
and before a letter opens, after a letter or punctuation and before a space closes. ``’`` and
``'`` are also apostrophes (don’t, defectors’, ’90s, ’n’), decided from the letters around
them and, where only the state can tell (``the Joneses’`` inside ``‘…’``), by whether a later
mark could close the quotation instead.

State carries from one paragraph to the next only for a running quotation (a paragraph that
ends inside a quotation while the next one opens with a quotation mark); otherwise each
paragraph starts afresh, so the damage of a broken paragraph stays local.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Literal, NamedTuple

import regex

from citelint.caching import frozen_hash
from citelint.document import Span

Level = Literal["outer", "nested"]
Category = Literal["unclosed", "unopened", "mismatched", "misplaced-apostrophe"]
Cause = Literal[
    "paragraph-end",  # unclosed: the paragraph ends and the next one does not reopen
    "post-end",  # unclosed: the post ends inside the quotation
    "outer-closed",  # unclosed: the enclosing quotation closes first
    "reopened-inside",  # unclosed: the same mark opens again before this one closes
    "nothing-open",  # unopened
    "different-style",  # mismatched: “…"
    "nested-same-style",  # mismatched: “…“…”…”
    "apostrophe-typo",  # mismatched: ‘ typed for the apostrophe ’
    "closing-mark-opens",  # mismatched: ”…” or ’…’
    "opening-mark-closes",  # mismatched: “…“
    "space-after-apostrophe",  # misplaced-apostrophe: O' Neill
    "possessive-without-s",  # misplaced-apostrophe: the UK' opposition
    "space-in-possessive",  # misplaced-apostrophe: Ivory Coast’ s
]

# Markdown emphasis (*, _) and HTML tags (<, >) sit on either side of a quotation:
# _"like this"_, <em>"or this"</em>.
_OPENING_PUNCTUATION = frozenset("([{<>—–-/*_")
_CLOSING_PUNCTUATION = frozenset(".,;:!?)]}<>—–-/…*_")
_LONGEST_NAME = 40
_BLOCK_MARKS_REACH = 8
_SIBILANT_ENDINGS = frozenset("xzXZ")
# Marks that may end a name set in markup or brackets: <Ciba-Geigy Corp>'s, *Gazette*'s.
_MARKUP_ENDS = frozenset(">*_")
# What cannot begin quoted words, so a mark before it does not open a quotation.
_ENDING_PUNCTUATION = frozenset(".,;:!?)]}…")


@dataclass(frozen=True)
class QuotePair:
    open: str
    close: str
    level: Level


@dataclass(frozen=True)
class QuoteStyle:
    """Which marks quote, and which words an apostrophe may start or end.

    ``leading_elisions`` are words written with an apostrophe in front (``til`` for ’til, ``n'``
    for ’n’); ``trailing_elisions`` are word endings an apostrophe may follow when no quotation
    could be closing (``s`` for defectors’, ``in`` for goin’).
    """

    pairs: tuple[QuotePair, ...]
    apostrophes: tuple[str, ...]
    leading_elisions: tuple[str, ...]
    trailing_elisions: tuple[str, ...]

    __hash__ = frozen_hash


@dataclass(frozen=True)
class QuoteProblem:
    category: Category
    cause: Cause
    mark: str
    span: Span
    related_mark: str | None = None
    related_offset: int | None = None


@dataclass(frozen=True)
class Quotation:
    """A quotation that opens and closes: ``span`` runs from its opening mark to the end of
    its closing mark, across paragraphs for a running quotation. ``depth`` is 0 for an
    outermost quotation, 1 for a quotation within it, and so on."""

    span: Span
    open_mark: str
    close_mark: str
    depth: int


@dataclass(frozen=True)
class QuoteAnalysis:
    problems: tuple[QuoteProblem, ...]
    quotations: tuple[Quotation, ...] = ()

    @cached_property
    def outermost(self) -> tuple[Span, ...]:
        """The spans of the quotations inside no other, in text order."""
        return tuple(quotation.span for quotation in self.quotations if quotation.depth == 0)


@dataclass(eq=False)
class _Open:
    pair: QuotePair
    mark: str
    span: Span
    inside_same: _Open | None = None
    reported: bool = False
    index: int = -1  # where it stands in the open quotations; -1 once closed


class _OpenQuotations:
    """The quotations open at a point of the scan, outermost first.

    What the scanner asks of them (the innermost open with a given closing mark, pair or
    level) is a lookup, never a walk down the stack: marks nested thousands deep, or a
    running quotation carried through thousands of paragraphs, would otherwise cost the
    depth of the stack at every mark or paragraph. Each lookup keeps a stack of its own,
    from which closed quotations are dropped when they come to its top.
    """

    def __init__(self) -> None:
        self.entries: list[_Open] = []
        self._by_close: dict[str, list[_Open]] = {}
        self._by_pair: dict[QuotePair, list[_Open]] = {}
        self._by_level: dict[str, list[_Open]] = {}

    def __len__(self) -> int:
        return len(self.entries)

    def push(self, entry: _Open) -> None:
        entry.index = len(self.entries)
        self.entries.append(entry)
        self._by_close.setdefault(entry.pair.close, []).append(entry)
        self._by_pair.setdefault(entry.pair, []).append(entry)
        self._by_level.setdefault(entry.pair.level, []).append(entry)

    @property
    def top(self) -> _Open | None:
        return self.entries[-1] if self.entries else None

    def close_from(self, position: int) -> list[_Open]:
        """Close the quotation at ``position`` and all inside it; they are returned."""
        closed = self.entries[position:]
        del self.entries[position:]
        for entry in closed:
            entry.index = -1
        return closed

    def remove(self, entries: Sequence[_Open]) -> None:
        """Take ``entries`` out wherever they stand (those below them move down)."""
        gone = {id(entry) for entry in entries if entry.index >= 0}
        if not gone:
            return
        lowest = min(entry.index for entry in entries if entry.index >= 0)
        kept = [entry for entry in self.entries[lowest:] if id(entry) not in gone]
        for entry in self.entries[lowest:]:
            entry.index = -1
        del self.entries[lowest:]
        for entry in kept:
            entry.index = len(self.entries)
            self.entries.append(entry)

    def innermost_closed_by(self, mark: str) -> int | None:
        return self._innermost(self._by_close.get(mark))

    def innermost_of_level(self, level: str) -> int | None:
        return self._innermost(self._by_level.get(level))

    def holds_pair(self, pair: QuotePair) -> bool:
        return self._innermost(self._by_pair.get(pair)) is not None

    @staticmethod
    def _innermost(entries: list[_Open] | None) -> int | None:
        while entries and entries[-1].index < 0:
            entries.pop()
        return entries[-1].index if entries else None


class _Token(NamedTuple):
    mark: str
    span: Span
    before: str | None
    after: str | None


class QuoteMarks:
    """Lookups derived from a ``QuoteStyle``, once per set of conventions."""

    def __init__(self, style: QuoteStyle) -> None:
        self.style = style
        self.openers: dict[str, QuotePair] = {}
        self.closers: dict[str, QuotePair] = {}
        for pair in style.pairs:
            self.openers.setdefault(pair.open, pair)
            self.closers.setdefault(pair.close, pair)
        self.apostrophes = frozenset(style.apostrophes)
        marks = sorted({*self.openers, *self.closers}, key=len, reverse=True)
        # A class of single characters lets ``re`` skip the text between marks quickly.
        self.pattern = re.compile(
            "[" + "".join(re.escape(mark) for mark in marks) + "]"
            if all(len(mark) == 1 for mark in marks)
            else "|".join(re.escape(mark) for mark in marks)
        )
        apostrophe_class = "[" + "".join(regex.escape(mark) for mark in self.apostrophes) + "]"
        words = sorted(style.leading_elisions, key=len, reverse=True)
        alternatives = "|".join(
            apostrophe_class.join(regex.escape(part) for part in regex.split(r"[’']", word))
            for word in words
        )
        self.leading_elision = (
            regex.compile(rf"(?i:{alternatives})(?!\p{{L}})") if alternatives else None
        )
        self.trailing_elisions = tuple(word.lower() for word in style.trailing_elisions)
        self.opening_context = _OPENING_PUNCTUATION | self.openers.keys()
        self.closing_context = _CLOSING_PUNCTUATION | self.closers.keys()


# UTF-8 text decoded as cp1252 and saved again (mojibake): a dash – (E2 80 93) becomes â€“.
_MOJIBAKE_LEAD = "â€"


def analyse_quotes(
    text: str, decoded: str, paragraphs: Sequence[Span], marks: QuoteMarks
) -> QuoteAnalysis:
    """Find the quotation-mark problems of one post, given its paragraphs in order.

    Marks are read from ``text`` (markup blanked); their neighbours from ``decoded``, so a mark
    next to blanked markup (``[NotAlone](…)'s``, `` `code`'s ``) still sees what is written
    there rather than a space.
    """
    problems: list[QuoteProblem] = []
    quotations: list[Quotation] = []
    # The quotations a running quotation keeps open from one paragraph into the next.
    carried = _OpenQuotations()
    for index, paragraph in enumerate(paragraphs):
        tokens = _paragraph_tokens(text, decoded, paragraph, marks)
        if not tokens and not carried:
            continue  # most paragraphs hold no quotation mark at all
        following = paragraphs[index + 1] if index + 1 < len(paragraphs) else None
        scanner = _ParagraphScanner(text, paragraph, tokens, marks, carried, problems, quotations)
        carried = scanner.run(following)
    quotations.sort(key=lambda quotation: quotation.span.start)
    return QuoteAnalysis(problems=tuple(problems), quotations=tuple(quotations))


def _paragraph_tokens(text: str, decoded: str, paragraph: Span, marks: QuoteMarks) -> list[_Token]:
    """The marks of a paragraph with their neighbours (read from ``decoded``)."""
    start, end = paragraph.start, paragraph.end
    tokens = []
    for match in marks.pattern.finditer(text, start, end):
        if decoded.startswith(_MOJIBAKE_LEAD, match.start() - 2) and match.start() - 2 >= start:
            continue  # “ and ” after â€ are the cp1252 reading of a UTF-8 – and —, not marks
        before = decoded[match.start() - 1] if match.start() > start else None
        after = decoded[match.end()] if match.end() < end else None
        tokens.append(_Token(match.group(), Span(match.start(), match.end()), before, after))
    return tokens


def _content_start(text: str, paragraph: Span) -> int:
    """Where a paragraph's words start, after the marks of a block quotation (> “…”), so a
    running quotation may go on in one."""
    start = paragraph.start
    limit = min(paragraph.end, start + _BLOCK_MARKS_REACH)
    while start < limit and text[start] in "> \t":
        start += 1
    return start if start < limit else paragraph.start


def _is_word(char: str | None) -> bool:
    return char is not None and char.isalnum()


def _is_space(char: str | None) -> bool:
    return char is None or char.isspace()


class _ParagraphScanner:
    def __init__(
        self,
        text: str,
        paragraph: Span,
        tokens: list[_Token],
        marks: QuoteMarks,
        carried: _OpenQuotations,
        problems: list[QuoteProblem],
        quotations: list[Quotation],
    ) -> None:
        self.text = text
        self.quotations = quotations
        self.paragraph = paragraph
        self.marks = marks
        self.stack = carried
        self.reopen_budget = len(carried)
        self.problems = problems
        self.nested_same: list[_Open] = []
        self.tokens = tokens
        self.next_closing_apostrophe = self._next_index(self._may_close_as_apostrophe)
        self.next_outer_closer = self._next_index(self._may_close_outer)
        self.skip_until = _content_start(text, paragraph)

    # -- set-up -------------------------------------------------------------------------------

    def _next_index(self, predicate: Callable[[_Token], bool]) -> list[int]:
        """For each token, the index of the first later token meeting ``predicate``."""
        result = [len(self.tokens)] * len(self.tokens)
        following = len(self.tokens)
        for index in range(len(self.tokens) - 1, -1, -1):
            result[index] = following
            if predicate(self.tokens[index]):
                following = index
        return result

    def _may_close_as_apostrophe(self, token: _Token) -> bool:
        return (
            token.mark in self.marks.apostrophes
            and not _is_space(token.before)
            and not _is_word(token.after)
        )

    def _may_close_outer(self, token: _Token) -> bool:
        pair = self.marks.closers.get(token.mark)
        return (
            pair is not None
            and pair.level == "outer"
            and not _is_space(token.before)
            and self._closes_context(token.after)
        )

    def _opens_context(self, char: str | None) -> bool:
        return _is_space(char) or char in self.marks.opening_context

    def _closes_context(self, char: str | None) -> bool:
        return _is_space(char) or char in self.marks.closing_context

    # -- the machine --------------------------------------------------------------------------

    def run(self, following: Span | None) -> _OpenQuotations:
        for index, token in enumerate(self.tokens):
            if token.span.start < self.skip_until:
                continue
            if self._reopens_running_quotation(token):
                continue
            self._classify(index, token)
        return self._finish(following)

    def _reopens_running_quotation(self, token: _Token) -> bool:
        """Leading marks of a paragraph that continues a running quotation reopen it."""
        if self.reopen_budget == 0:
            return False
        if token.span.start != self.skip_until or token.mark not in self.marks.openers:
            self.reopen_budget = 0
            return False
        self.reopen_budget -= 1
        self.skip_until = token.span.end
        return True

    def _classify(self, index: int, token: _Token) -> None:
        mark = token.mark
        if mark in self.marks.apostrophes:
            self._classify_apostrophe_mark(index, token)
            return
        opener = self.marks.openers.get(mark)
        closer = self.marks.closers.get(mark)
        if opener is not None and closer is not None:
            self._classify_two_way(token, opener, closer)
        elif opener is not None:
            self._classify_opening_mark(index, token, opener)
        elif closer is not None:
            self._classify_closing_mark(token, closer)

    def _classify_opening_mark(self, index: int, token: _Token, pair: QuotePair) -> None:
        if pair.close in self.marks.apostrophes and self._in_apostrophe_place(index, token):
            self._report("mismatched", "apostrophe-typo", token)
            return
        top = self.stack.top
        if (
            top is not None
            and top.pair == pair
            and not self._opens_context(token.before)
            and self._closes_context(token.after)
        ):
            self._report("mismatched", "opening-mark-closes", token, top.mark, top.span.start)
            self._close_at(len(self.stack) - 1, token)
            return
        self._open(token, pair)

    def _in_apostrophe_place(self, index: int, token: _Token) -> bool:
        """Between letters (Durihana‘s), or before a two-digit year or an elided word (‘90s,
        ‘em) when no later mark closes it."""
        if _is_word(token.before) and token.after is not None and token.after.isalpha():
            return True
        return (
            self._opens_context(token.before)
            and (
                self._two_digit_elision_follows(index, token)
                or self._leading_elision_end(token) is not None
            )
            and self.next_closing_apostrophe[index] >= len(self.tokens)
        )

    def _two_digit_elision_follows(self, index: int, token: _Token) -> bool:
        """’90s, ’08: two digits then a plural s, or a word end where no later mark could
        close a quotation they open (the '30 Minute' delivery system); not '18F or ’1990."""
        end, stop = token.span.end, self.paragraph.end
        digits = self.text[end : min(end + 2, stop)]
        if len(digits) != 2 or not digits.isdigit():
            return False
        following = self.text[end + 2 : min(end + 4, stop)]
        if following[:1] == "s" and not following[1:2].isalnum():
            return True
        return not following[:1].isalnum() and not self._later_closer_exists(index)

    def _classify_closing_mark(self, token: _Token, pair: QuotePair) -> None:
        if (
            self.stack.innermost_closed_by(token.mark) is None
            and self._opens_context(token.before)
            and _is_word(token.after)
        ):
            self._report("mismatched", "closing-mark-opens", token)
            self._open(token, pair)
            return
        self._close(token)

    def _classify_two_way(self, token: _Token, opener: QuotePair, closer: QuotePair) -> None:
        """A mark that can open or close (straight ``"``, or ``“`` where „“ is a pair)."""
        top = self.stack.top
        if opener != closer:
            if top is not None and top.pair == closer:
                self._close(token)
            else:
                self._open(token, opener)
            return
        before, after = token.before, token.after
        is_open = self.stack.holds_pair(opener)
        if before is not None and before.isdigit() and self._closes_context(after):
            if is_open:  # 12" is a measure unless a quotation is waiting for its closer
                self._close(token)
            return
        opens = self._opens_context(before) and not self._closes_context(after)
        closes = not _is_space(before) and self._closes_context(after)
        if opens and not closes:
            self._open(token, opener)
        elif (closes and not opens) or (top is not None and top.pair == opener):
            self._close(token)
        else:
            self._open(token, opener)

    def _classify_apostrophe_mark(self, index: int, token: _Token) -> None:
        """``’`` or ``'``: an apostrophe, a measure, or a (nested) quotation mark."""
        before, after = token.before, token.after
        if _is_word(before) and _is_word(after):
            return  # don’t, O’Malley, 1980’s, and 6'2 (a measure)
        opener = self.marks.openers.get(token.mark)
        closer = self.marks.closers.get(token.mark)
        if before in _MARKUP_ENDS and self._possessive_s_follows(token):
            return  # <Ciba-Geigy Corp>'s, *Gazette*'s: a possessive after markup
        if self._opens_context(before):
            elision_end = self._leading_elision_end(token)
            if elision_end is not None:
                self.skip_until = elision_end  # the closing mark of ’n’ is part of the word
                return
            if self._two_digit_elision_follows(index, token):
                return
            if _is_space(after) or after in _ENDING_PUNCTUATION:
                if (
                    not _is_space(before)
                    and closer is not None
                    and self.stack.innermost_closed_by(token.mark) is not None
                ):
                    self._close(token)  # 'http://example.org/' and 'Origin:*' end on a slash
                return  # a lone mark between spaces says nothing
            if opener is not None:
                self._open(token, opener)
            elif closer is not None and self._later_closer_exists(index):
                self._report("mismatched", "closing-mark-opens", token)
                self._open(token, closer)
            return  # otherwise an elision we do not list, like ’fraid
        if after is not None and after.isalpha():
            return  # a possessive after punctuation: the U.K.’s, [NotAlone](…)’s
        if closer is None:
            return
        is_open = self.stack.innermost_closed_by(token.mark) is not None
        if before is not None and before.isdigit():
            if is_open:  # 5' is a measure unless a quotation is waiting for its closer
                self._close(token)
            return
        if is_open:
            if self._ends_with_trailing_elision(token) and self._later_closer_exists(index):
                return  # ‘the Joneses’ house’: a later mark closes the quotation
            self._close(token)
            return
        if self._ends_with_trailing_elision(token):
            return
        if not self.stack:
            misplaced = self._misplaced_apostrophe(token)
            if misplaced == "possessive":
                return
            if misplaced is not None:
                self._report("misplaced-apostrophe", misplaced, token)
                return
        self._close(token)

    def _possessive_s_follows(self, token: _Token) -> bool:
        end = token.span.end
        after_s = self.text[end + 1 : end + 2] if end + 1 < self.paragraph.end else ""
        return token.after == "s" and not after_s.isalnum()

    def _misplaced_apostrophe(self, token: _Token) -> Cause | Literal["possessive"] | None:
        """Why a mark after a name, closing nothing, is an apostrophe typed in the wrong
        place: O' Neill (a space after it), the UK' opposition (a possessive without its s).
        A lowercase word before it (shut up’ in Chinese) is the end of a cut quotation."""
        start = token.span.start
        word_start = start
        # A name is short; bounding the walk keeps a hostile run of marks linear.
        shortest = max(self.paragraph.start, start - _LONGEST_NAME)
        while word_start > shortest and (
            self.text[word_start - 1].isalpha()
            or self.text[word_start - 1] in self.marks.apostrophes
        ):
            word_start -= 1
        next_start = token.span.end
        if next_start >= self.paragraph.end or self.text[next_start] != " ":
            return None
        next_start += 1
        if word_start == start or not self.text[word_start].isupper():
            return None
        if next_start >= self.paragraph.end or not self.text[next_start].isalpha():
            return None
        single_letter = start - word_start == 1
        if self.text[next_start].isupper():
            # O' Neill; but Sana' University and Mwana' Nyandi are names ending in the mark.
            return "space-after-apostrophe" if single_letter else None
        after_end = next_start
        while after_end < self.paragraph.end and self.text[after_end].isalpha():
            after_end += 1
        if self.text[next_start:after_end] == "s":
            return "space-in-possessive"  # Ivory Coast’ s
        if single_letter:
            return None  # I' am is no possessive
        if self.text[start - 1] in _SIBILANT_ENDINGS:
            # Chavez' decision: a style of the possessive, where no quotation is open (inside
            # one, 'World Giving Index' closes at Index').
            return "possessive"
        return "possessive-without-s"

    def _later_closer_exists(self, index: int) -> bool:
        """Whether a later mark could close a nested quotation before the outer one closes;
        or, where the apostrophe's quotation is the outer one (UK English ‘…’), close it."""
        later = self.next_closing_apostrophe[index]
        pair = self.marks.closers.get(self.tokens[index].mark)
        if pair is not None and pair.level == "outer":
            return later < len(self.tokens)
        return later < self.next_outer_closer[index]

    def _leading_elision_end(self, token: _Token) -> int | None:
        """Where the elided word after ``token`` ends (’til, ’n’), if one follows."""
        elision = self.marks.leading_elision
        if elision is None:
            return None
        match = elision.match(self.text, token.span.end, self.paragraph.end)
        return None if match is None else match.end()

    def _ends_with_trailing_elision(self, token: _Token) -> bool:
        start = token.span.start
        word_start = start
        while word_start > self.paragraph.start and self.text[word_start - 1].isalpha():
            word_start -= 1
        word = self.text[word_start:start].lower()
        # An ending ends a longer word: Jones’, Chavez’, Moussa's'; but ‘X’ is a quoted letter.
        inside_word = (
            word_start - 2 >= self.paragraph.start
            and self.text[word_start - 1] in self.marks.apostrophes
            and self.text[word_start - 2].isalpha()
        )
        return any(
            (len(word) > len(ending) or inside_word) and word.endswith(ending)
            for ending in self.marks.trailing_elisions
        )

    # -- opening and closing ------------------------------------------------------------------

    def _open(self, token: _Token, pair: QuotePair) -> None:
        top = self.stack.top
        inside_same = top if top is not None and top.pair == pair else None
        self.stack.push(_Open(pair, token.mark, token.span, inside_same))

    def _close(self, token: _Token) -> None:
        position = self.stack.innermost_closed_by(token.mark)
        if position is not None:
            self._close_at(position, token)
            return
        if not self.stack:
            self._report("unopened", "nothing-open", token)
            return
        # No quotation of this pair is open: the mark closes the innermost quotation of its
        # level (“…"), or failing that the innermost of any level (‘…”), in the wrong style.
        level = self.marks.closers[token.mark].level
        position = self.stack.innermost_of_level(level)
        if position is None:
            position = len(self.stack) - 1
        entry = self.stack.entries[position]
        self._report("mismatched", "different-style", token, entry.mark, entry.span.start)
        self._close_at(position, token)

    def _close_at(self, position: int, token: _Token) -> None:
        closed, *inside = self.stack.close_from(position)
        for inner in reversed(inside):
            self._report_unclosed(inner, "outer-closed", token.mark, token.span.start)
        self.quotations.append(
            Quotation(Span(closed.span.start, token.span.end), closed.mark, token.mark, position)
        )
        if closed.inside_same is not None:
            self.nested_same.append(closed)

    # -- the end of the paragraph -------------------------------------------------------------

    def _finish(self, following: Span | None) -> _OpenQuotations:
        """Report what the paragraph leaves open, or hand it to a running quotation."""
        reopened = []
        for inner in self.nested_same:
            outer = inner.inside_same
            assert outer is not None
            if outer.index >= 0:  # still open
                self._report_unclosed(outer, "reopened-inside", inner.mark, inner.span.start)
                reopened.append(outer)
            else:
                self._report_problem(
                    "mismatched",
                    "nested-same-style",
                    inner.mark,
                    inner.span,
                    outer.mark,
                    outer.span.start,
                )
        # What was reported is not carried on; everything else open is unreported.
        self.stack.remove(reopened)
        if not self.stack:
            return _OpenQuotations()
        if following is not None and self._starts_running_quotation(following):
            return self.stack
        cause: Cause = "paragraph-end" if following is not None else "post-end"
        for entry in reversed(self.stack.entries):
            self._report_unclosed(entry, cause, None, self.paragraph.end)
        return _OpenQuotations()

    def _starts_running_quotation(self, following: Span) -> bool:
        start = _content_start(self.text, following)
        first = self.text[start : start + 2]
        for mark in self.marks.openers:
            if first.startswith(mark):
                rest = self.text[start + len(mark) : start + len(mark) + 1]
                return mark not in self.marks.apostrophes or rest.isalpha()
        return False

    # -- reporting ----------------------------------------------------------------------------

    def _report_unclosed(
        self, entry: _Open, cause: Cause, related_mark: str | None, related_offset: int
    ) -> None:
        if entry.reported:
            return
        entry.reported = True
        self._report_problem(
            "unclosed", cause, entry.mark, entry.span, related_mark, related_offset
        )

    def _report(
        self,
        category: Category,
        cause: Cause,
        token: _Token,
        related_mark: str | None = None,
        related_offset: int | None = None,
    ) -> None:
        self._report_problem(category, cause, token.mark, token.span, related_mark, related_offset)

    def _report_problem(
        self,
        category: Category,
        cause: Cause,
        mark: str,
        span: Span,
        related_mark: str | None,
        related_offset: int | None,
    ) -> None:
        self.problems.append(
            QuoteProblem(category, cause, mark, span, related_mark, related_offset)
        )
