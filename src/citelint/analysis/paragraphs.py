"""Paragraphs: runs of non-blank lines inside a post's prose, and whether each is in the
post's language."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property
from itertools import islice

import regex

from citelint.caching import frozen_hash
from citelint.document import LINE_BREAK, Span, append_trimmed

# A line break, then one or more lines holding only whitespace: what separates paragraphs.
_PARAGRAPH_BREAK = regex.compile(rf"{LINE_BREAK}(?:[^\S\r\n]*{LINE_BREAK})+")


def split_paragraphs(text: str, prose: Sequence[Span]) -> tuple[Span, ...]:
    """Paragraph spans, trimmed of surrounding whitespace, in text order."""
    paragraphs: list[Span] = []
    for region in prose:
        cursor = region.start
        for gap in _PARAGRAPH_BREAK.finditer(text, region.start, region.end):
            append_trimmed(text, cursor, gap.start(), paragraphs)
            cursor = gap.end()
        append_trimmed(text, cursor, region.end, paragraphs)
    return tuple(paragraphs)


def is_block_quotation(text: str, paragraph: Span) -> bool:
    """Whether a paragraph is a Markdown block quotation (``> …``): a post, a tweet or a
    document quoted whole, whose words are its author's."""
    return text.startswith(">", paragraph.start)


# Marks of text quoted from someone else's post set as a paragraph of its own, without a
# block quotation's >: a cut shown in brackets ([...], […]), an opening ellipsis (...With a
# GDP of…), a retweet (RT @vol1oleg:), a hashtag the writer does not introduce (carbon
# monoxide in the air dropped by 44% during the #carfreeday; but tweets tagged with #Aristegui,
# the hashtag #Blockupy), or a user name and colon
# (Jéssica Remón @jess_rr: …).
_QUOTED_POST = regex.compile(
    r"\[(?:\.{2,}|…)\]"
    r"|\G[\s*_“\"]*(?:\.{3}|…)"
    r"|\bRT\s@\w"
    # The # first: the words before it are looked back at only where there is one.
    r"|#(?<!\b(?:hashtags?|tagged|tag|under|using|with)\s#|[\p{L}\p{N}&/]#)\p{L}[\p{L}\p{N}_]*"
    r"|\G[^\n:]{0,60}?(?<![\p{L}\p{N}_])@[\p{L}\p{N}_]+\s*:"
)
# A tweet is short: longer paragraphs with a hashtag are the writer's (the hashtag
# #Blockupy trended as thousands marched).
_TWEET_LENGTH = 320


def is_quoted_post(text: str, paragraph: Span) -> bool:
    """Whether a paragraph is a post or tweet quoted whole without a block quotation's >."""
    if paragraph.end - paragraph.start > _TWEET_LENGTH * 4:
        return False
    found = _QUOTED_POST.search(text, paragraph.start, paragraph.end)
    if found is None:
        return False
    if found.group().startswith("#"):
        return paragraph.end - paragraph.start <= _TWEET_LENGTH
    return True


# The words of a paragraph that tell its language: not a handle (@user), a hashtag or the
# pieces of an address, which every language's tweets share.
_LANGUAGE_WORD = regex.compile(r"(?<![@#/\p{L}\p{N}._-])\p{L}[\p{L}’'-]*+")
# The first words tell: a paragraph keeps to its language (a translation is a paragraph of
# its own).
_LANGUAGE_WORDS_READ = 60
# Fewer different words than this tell nothing: "Up to half a million defectors came to
# China." holds none of the commonest and is English, as "Janabi suggested another option:"
# is; "150 won (13 cents)" again and again holds one word.
_LANGUAGE_WORDS_NEEDED = 12
# Running text has a third or more of its words among its language's commonest; another
# language's text shares a few by chance (the English "has" in Spanish). Below this share a
# paragraph of enough words is in another language.
_LANGUAGE_SHARE = 0.05
# A paragraph most of whose letters are of another script is in another language however
# short it is: 印象深的就是那个农民工…
_SCRIPT_SHARE = 0.5
_QUICK_CHARS = 400
_QUICK_COMMON_WORDS = 3
# A translation is about as long as its original: within this factor either way; or, from
# another script, up to ten times as long (four ideographs of Chinese may take forty letters
# of English).
_TRANSLATION_LENGTHS = 4
_TRANSLATION_FROM_SCRIPT = 10


@dataclass(frozen=True)
class LanguageTest:
    """How a paragraph is known to be in the post's language: its script (a Unicode script
    name, "" for any) and its commonest words, in lower case but for words only written
    with a capital, such as "I" (none: every paragraph is)."""

    common_words: frozenset[str] = frozenset()
    script: str = ""

    __hash__ = frozen_hash

    @cached_property
    def _script_letter(self) -> regex.Pattern[str] | None:
        return regex.compile(rf"\p{{Script={self.script}}}") if self.script else None

    @cached_property
    def _spaced_common_words(self) -> tuple[str, ...]:
        return tuple(f" {word.lower()} " for word in self.common_words if len(word) > 1)

    @cached_property
    def _other_script(self) -> regex.Pattern[str] | None:
        if not self.script:
            return None
        # A letter (not \P{L}) outside the script, in one character class: a lookahead
        # for the letter would be tried at every character.
        return regex.compile(rf"[^\P{{L}}\p{{Script={self.script}}}]")

    def other_script_in(self, text: str, paragraph: Span) -> bool:
        """Whether the paragraph holds a letter of another script than the language's."""
        other_script = self._other_script
        return other_script is not None and (
            other_script.search(text, paragraph.start, paragraph.end) is not None
        )

    def holds(self, text: str, paragraph: Span) -> bool:
        """Whether the paragraph reads as the language (or is too short to tell)."""
        if not self.common_words and self._script_letter is None:
            return True
        # Most paragraphs are plainly the language: three of its commonest words in the
        # first lines, and no letter of another script, tell it at the cost of a few
        # substring searches, before any word is read.
        chunk = text[paragraph.start : min(paragraph.end, paragraph.start + _QUICK_CHARS)]
        other_script = self._other_script
        if other_script is None or other_script.search(chunk) is None:
            lowered_chunk = f" {chunk.lower()} "
            hits = 0
            for word in self._spaced_common_words:
                if word in lowered_chunk:
                    hits += 1
                    if hits >= _QUICK_COMMON_WORDS:
                        return True
        found = [
            match.group()
            for match in islice(
                _LANGUAGE_WORD.finditer(text, paragraph.start, paragraph.end),
                _LANGUAGE_WORDS_READ,
            )
        ]
        words = len(found)
        lowered = [word.lower() for word in found]
        distinct = set(lowered)
        letters = sum(map(len, found))
        common_words = self.common_words
        # As written first: "I" is English, "i" Italian.
        common = sum(
            1
            for word, low in zip(found, lowered, strict=True)
            if word in common_words or low in common_words
        )
        lower = sum(1 for word in found if word[0].islower())
        script_letter = self._script_letter
        in_script = 0
        if script_letter is not None:
            joined = "".join(found)
            # ASCII letters are Latin: other words are read letter by letter.
            if self.script == "Latin" and joined.isascii():
                in_script = letters
            else:
                in_script = len(script_letter.findall(joined))
        if self._script_letter is not None and letters and in_script < letters * _SCRIPT_SHARE:
            return False
        # Labels and names (Department assistant IV: $2,029.14) hold no common word in any
        # language: only running text, mostly in lower case, tells.
        if not self.common_words or len(distinct) < _LANGUAGE_WORDS_NEEDED or lower * 2 < words:
            return True
        return common >= words * _LANGUAGE_SHARE


class ParagraphLanguages:
    """Which of a post's paragraphs are in its language, each read on first asking: a
    post quoting a tweet in Arabic or a blog in Spanish, then its translation."""

    def __init__(self, text: str, paragraphs: Sequence[Span], test: LanguageTest) -> None:
        self._text = text
        self._paragraphs = paragraphs
        self._test = test
        self._known: dict[int, bool] = {}
        self._translations: dict[int, bool] = {}

    def foreign(self, index: int) -> bool:
        known = self._known.get(index)
        if known is None:
            known = not self._test.holds(self._text, self._paragraphs[index])
            self._known[index] = known
        return known

    def translation(self, index: int) -> bool:
        """Whether the paragraph translates the one before it: that one is in another
        language, this one is not, and their lengths are alike (a tweet in Arabic, then
        “…” in English; a blog quoted in Portuguese, then its English)."""
        known = self._translations.get(index)
        if known is None:
            known = self._translations[index] = self._translates(index)
        return known

    def _translates(self, index: int) -> bool:
        if index == 0 or self.foreign(index) or not self.foreign(index - 1):
            return False
        length = self._paragraphs[index].end - self._paragraphs[index].start
        before = self._paragraphs[index - 1]
        original = before.end - before.start
        longer = (
            _TRANSLATION_FROM_SCRIPT
            if self._test.other_script_in(self._text, before)
            else _TRANSLATION_LENGTHS
        )
        return original <= length * _TRANSLATION_LENGTHS and length <= original * longer


# A question of an interview: a short paragraph ending with a question mark.
_QUESTION_END = regex.compile(r"\?[\s*_)\]”\"’']*\Z")
_QUESTION_MAX_CHARS = 600
# An interview asks this many questions at least, each answered by the paragraphs after it.
_INTERVIEW_QUESTIONS = 3


def interview_answers(
    text: str, paragraphs: Sequence[Span], title: str | None, interview_words: Sequence[str]
) -> frozenset[int]:
    """The paragraphs that answer an interview's questions, whose words, and figures, are
    the interviewee's: in a post whose title says it is an interview (one of
    ``interview_words``: Wikinews interviews…, … tells Wikinews…) and that asks at least
    three questions (short paragraphs ending with a question mark, followed by one that
    does not), every paragraph after a question up to the next one. An FAQ's answers are
    its writer's."""
    lowered_title = (title or "").lower()
    if not any(word.lower() in lowered_title for word in interview_words):
        return frozenset()
    questions = [
        index
        for index, paragraph in enumerate(paragraphs)
        if len(paragraph) <= _QUESTION_MAX_CHARS
        and _QUESTION_END.search(text, paragraph.start, paragraph.end) is not None
    ]
    asked = set(questions)
    answered = [
        index for index in questions if index + 1 < len(paragraphs) and index + 1 not in asked
    ]
    if len(answered) < _INTERVIEW_QUESTIONS:
        return frozenset()
    answers: set[int] = set()
    for question in answered:
        index = question + 1
        while index < len(paragraphs) and index not in asked:
            answers.add(index)
            index += 1
    return frozenset(answers)
