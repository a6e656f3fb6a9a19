"""Attribution carried to a quotation with no cue of its own: from the sentence before, an
earlier or outer quotation, a block quotation's credit, an interview's speaker label, or the
previous paragraph (a colon introducing it, or the speaker a wire story goes on quoting);
and a running quotation's speaker into the paragraph where it closes."""

from __future__ import annotations

from collections.abc import Sequence

import regex

from citelint.analysis.attribution.cues import (
    DASH_CREDIT,
    Cue,
    CueList,
    CueRole,
    cue_text,
)
from citelint.analysis.attribution.facts import (
    QuotationFacts,
    attributed_speech,
    not_speech,
    unattributed_speech,
)
from citelint.analysis.attribution.settings import AttributionSettings
from citelint.analysis.attribution.spans import SortedSpans
from citelint.analysis.attribution.speakers import (
    SpeakerFinder,
    credit_line,
    speaker_from,
    speaker_label,
)
from citelint.analysis.attribution.text import EMPHASIS_AND_SPACE, only
from citelint.analysis.paragraphs import ParagraphLanguages, is_block_quotation
from citelint.analysis.quotes import Quotation
from citelint.document import Span

_LIST_MARKER_REACH = 16  # a list marker and its emphasis sit just before the quotation
_LIST_ITEM_START = regex.compile(r"(?:\A|\n)[ \t]*(?:[-*+•]|\d{1,3}[.)])[ \t]+[*_]*\Z")
_LIST_ITEM = regex.compile(r"[ \t]*(?:[-*+•]|\d{1,3}[.)])[ \t]")
_SPEECH_CUE_ROLES: frozenset[CueRole] = frozenset(("verb", "phrase"))
_PREVIOUS_SENTENCE_ROLES: frozenset[CueRole] = frozenset(("verb", "phrase", "lead"))
# What may follow a quotation that ends its paragraph, and the words of a name on its own.
_CLOSING = " \t\r\n.,;:!?*_"
_CREDIT_NAME_WORDS = 5
_QUOTE_OR_STOP = '"“”‘’«».!?:;'
# A verb cue after a form of "be" is passive, no one speaking: An electric fence was added.
_PASSIVE_BEFORE = regex.compile(r"\b(?:is|are|was|were|be|been|being)[ \t]+\Z", regex.IGNORECASE)
# What may close the previous paragraph's last sentence after a cue that ends it.
_SENTENCE_CLOSE = ".:!?,;*_ "


def previous_sentence_cue(
    text: str,
    settings: AttributionSettings,
    sentences: Sequence[Span],
    index: int,
    cues: CueList,
    earlier_speech: QuotationFacts | None,
) -> Cue | None:
    """A speech cue in the sentence before ``sentences[index]`` (indirect speech whose
    speaker goes on talking: Kiara Perkins admitted she was willing to skip class; the
    friends, according to them), unless an earlier quotation of the paragraph came after it.
    A question of the writer's between them is stepped over: Why did she so badly want to
    attend? “It's Warhol. He is a legend.”"""
    if not settings.carry_from_previous_sentence:
        return None
    previous_index = index - 1
    while previous_index > 0 and _is_question(text, sentences[previous_index], cues):
        previous_index -= 1
    if previous_index < 0:
        return None
    previous = sentences[previous_index]
    if earlier_speech is not None and earlier_speech.quotation.span.end > previous.start:
        return None
    return cues.last_of_roles(previous.start, previous.end, _PREVIOUS_SENTENCE_ROLES)


def _is_question(text: str, sentence: Span, cues: CueList) -> bool:
    """A question of the writer's: it ends in a question mark and holds no cue."""
    said = text[sentence.start : sentence.end].rstrip(EMPHASIS_AND_SPACE)
    return said.endswith("?") and not cues.between(sentence.start, sentence.end)


def from_earlier_quotation(
    quotation: Quotation, earlier: QuotationFacts, across_narration: bool = False
) -> QuotationFacts:
    """Speech that goes on from an earlier quotation of its paragraph, attributed or not.
    Across a sentence of the writer's between them (“…,” she said. Kwang left North Korea to
    earn money. “…”) the speaker is carried, as from the sentence before: an excerpt that cut
    this quotation's own attribution leaves it to the earlier speaker (ATR002)."""
    return QuotationFacts(
        quotation=quotation,
        kind="speech",
        attributed=earlier.attributed,
        speaker=earlier.speaker,
        cue=earlier.cue,
        via="earlier-quotation" if earlier.attributed else None,
        carried=earlier.carried or (across_narration and bool(earlier.attributed)),
    )


def from_outer_quotation(quotation: Quotation, outer: QuotationFacts) -> QuotationFacts:
    """Speech nested in another quotation, quoted by the outer speaker: attributed unless
    the outer quotation is unattributed speech."""
    return QuotationFacts(
        quotation=quotation,
        kind="speech",
        attributed=outer.attributed is not False,
        speaker=outer.speaker,
        cue=outer.cue,
        via="outer-quotation",
    )


def inherited(quotation: Quotation, outer: QuotationFacts) -> QuotationFacts:
    """A quotation nested too deep to examine takes the kind and speaker of its parent."""
    if outer.kind == "speech":
        return from_outer_quotation(quotation, outer)
    return not_speech(quotation, outer.kind)


class ParagraphCarry:
    """Attribution carried between the top-level quotations of different paragraphs. The
    walk records each top-level quotation's facts here, in text order."""

    def __init__(
        self,
        text: str,
        paragraphs: SortedSpans,
        paragraph_sentences: Sequence[tuple[Span, ...]],
        cues: CueList,
        links: SortedSpans,
        settings: AttributionSettings,
        speakers: SpeakerFinder,
        languages: ParagraphLanguages | None = None,
    ) -> None:
        """``cues`` are the top-level cues, outside all quotations; ``languages`` tells the
        paragraphs in another language (None: none is)."""
        self.text = text
        self.paragraphs = paragraphs
        self.paragraph_sentences = paragraph_sentences
        self.cues = cues
        self.links = links
        self.settings = settings
        self.speakers = speakers
        self.languages = languages
        self.top_level_facts: list[QuotationFacts] = []
        # A running quotation's speaker carries into the paragraph where it closes.
        self.running_into: dict[int, QuotationFacts] = {}

    def record(self, facts: QuotationFacts, paragraph_index: int) -> None:
        """Note a top-level quotation of paragraph ``paragraph_index`` once attributed."""
        self.top_level_facts.append(facts)
        closing_paragraph = self.paragraphs.index_at(facts.quotation.span.end - 1)
        if closing_paragraph != paragraph_index:
            self.running_into[closing_paragraph] = facts

    def running_quotation_into(self, paragraph_index: int) -> QuotationFacts | None:
        """The facts of a running quotation that closes in this paragraph, if any."""
        return self.running_into.get(paragraph_index)

    def from_previous_paragraph(
        self, quotation: Quotation, paragraph_index: int, opening: Span
    ) -> QuotationFacts:
        """Facts for top-level speech with no cue in its paragraph; ``opening`` is the
        sentence it opens in."""
        text = self.text
        paragraph = self.paragraphs.spans[paragraph_index]
        label = speaker_label(text, paragraph)
        if label is not None:
            return attributed_speech(
                quotation, speaker=speaker_from(label), cue=":", via="speaker-label"
            )
        opens = self._opens_paragraph(quotation, paragraph)
        translation = self._translation(quotation, paragraph_index)
        if translation is not None:
            return translation
        if is_block_quotation(text, paragraph):
            block = self._block_quotation_source(quotation, paragraph_index)
            if block is not None:
                return block
            if not opens:
                # Quoted within quoted text: the block's author quotes it, and the reader
                # of the post cannot be told more than that author said.
                return attributed_speech(quotation, speaker=None, cue=None, via="block-quotation")
            if self._continues_unattributed_block(paragraph_index):
                # One block quotation, one missing source: reported once, at its first.
                return QuotationFacts(quotation=quotation, kind="speech", attributed=False)
        if paragraph_index == 0:
            return unattributed_speech(quotation)
        sentences = self.paragraph_sentences[paragraph_index]
        previous = self.paragraphs.spans[paragraph_index - 1]
        last_sentence = self.paragraph_sentences[paragraph_index - 1][-1]
        introduced = text[previous.start : previous.end].rstrip(EMPHASIS_AND_SPACE)
        # The colon introduces the first sentence, or every item of a list that follows.
        if introduced.endswith(":") and (
            opening == sentences[0]
            or _LIST_ITEM_START.search(
                text, max(0, quotation.span.start - _LIST_MARKER_REACH), quotation.span.start
            )
        ):
            speaker, cue = self._introducer(last_sentence)
            return attributed_speech(
                quotation, speaker=speaker, cue=cue or ":", via="colon-paragraph"
            )
        introduction = self._list_introduction(paragraph_index)
        if introduction is not None:
            # Every item of a list a colon introduces (Here are additional articles on the
            # matter: ¶ - And it would be good to “Refocus the debate?…”).
            speaker, cue = self._introducer(self.paragraph_sentences[introduction][-1])
            return attributed_speech(
                quotation, speaker=speaker, cue=cue or ":", via="colon-paragraph"
            )
        if not self.settings.carry_between_paragraphs or opening != sentences[0]:
            return unattributed_speech(quotation)
        if not opens:
            return unattributed_speech(quotation)
        # Where the sentence's closing punctuation begins, found once: a cue ending there
        # closes the sentence.
        ending = last_sentence.end
        while ending > last_sentence.start and text[ending - 1] in _SENTENCE_CLOSE:
            ending -= 1
        closing_cues = [
            cue
            for cue in self.cues.between(last_sentence.start, last_sentence.end)
            if cue.role in _SPEECH_CUE_ROLES and cue.span.end >= ending
        ]
        if closing_cues:
            # The previous paragraph ends on its cue: Christine Cheung agreed.
            closing_cue = closing_cues[-1]
            return attributed_speech(
                quotation,
                speaker=self.speakers.speaker(closing_cue, quotation, last_sentence, [], []),
                cue=cue_text(text, closing_cue),
                via="previous-paragraph",
                carried=True,
            )
        for facts in reversed(self.top_level_facts):
            earlier = facts.quotation.span
            if earlier.end <= last_sentence.start:
                break  # a quotation of several sentences may close in the last one
            if (
                facts.quotation.depth == 0
                and earlier.end <= last_sentence.end
                and facts.kind == "speech"
                and facts.attributed
            ):
                if facts.via == "colon-paragraph":
                    # One of a series a colon introduced (Initial feedback was positive:).
                    return attributed_speech(
                        quotation, speaker=facts.speaker, cue=facts.cue, via="colon-paragraph"
                    )
                return attributed_speech(
                    quotation,
                    speaker=facts.speaker,
                    cue=facts.cue,
                    via="previous-paragraph",
                    carried=True,
                )
        reported = [
            cue
            for cue in self.cues.between(last_sentence.start, last_sentence.end)
            if cue.role == "verb" and not _PASSIVE_BEFORE.search(text, 0, cue.span.start)
        ]
        if reported:
            # Reported speech ends the paragraph before: Roberts conceded that ATT's
            # deregulation posed risks to MCI. A reader takes the quotation for Roberts's.
            return attributed_speech(
                quotation,
                speaker=self.speakers.speaker(reported[0], quotation, last_sentence, [], []),
                cue=cue_text(text, reported[0]),
                via="previous-paragraph",
                carried=True,
            )
        return unattributed_speech(quotation)

    def _list_introduction(self, paragraph_index: int) -> int | None:
        """The paragraph ending in a colon that introduces the list this paragraph is an
        item of, or None."""
        text, spans = self.text, self.paragraphs.spans
        if not _is_list_item(text, spans[paragraph_index]):
            return None
        index = paragraph_index - 1
        while index >= 0 and _is_list_item(text, spans[index]):
            index -= 1
        if index < 0:
            return None
        introduced = text[spans[index].start : spans[index].end].rstrip(EMPHASIS_AND_SPACE)
        return index if introduced.endswith(":") else None

    def _block_run(self, paragraph_index: int) -> tuple[int, int]:
        """The first and last paragraph of the run of block quotations around one."""
        text, spans = self.text, self.paragraphs.spans
        first = last = paragraph_index
        while first > 0 and is_block_quotation(text, spans[first - 1]):
            first -= 1
        while last + 1 < len(spans) and is_block_quotation(text, spans[last + 1]):
            last += 1
        return first, last

    def _continues_unattributed_block(self, paragraph_index: int) -> bool:
        """Whether the last speech of the block quotations just before this one, in the same
        run, is speech nobody was quoted as saying."""
        run_start = self.paragraphs.spans[self._block_run(paragraph_index)[0]].start
        for facts in reversed(self.top_level_facts):
            if facts.quotation.span.start < run_start:
                return False
            if facts.kind == "speech":
                return facts.attributed is False
        return False

    def _opens_paragraph(self, quotation: Quotation, paragraph: Span) -> bool:
        """Whether only emphasis and a block quotation's mark stand before the quotation."""
        return not self.text[paragraph.start : quotation.span.start].strip(EMPHASIS_AND_SPACE + ">")

    def _translation(self, quotation: Quotation, paragraph_index: int) -> QuotationFacts | None:
        """A paragraph right after one in another language, and of about its length, is
        its translation (a tweet in Arabic, then “…” in English): its quotations are the
        original's, attributed as it is, by the cue of the paragraph that introduced it,
        if any."""
        if self.languages is None or not self.languages.translation(paragraph_index):
            return None
        original = paragraph_index - 1
        speaker, cue = (
            self._introducer(self.paragraph_sentences[original - 1][-1])
            if original > 0
            else (None, None)
        )
        if original == 0 or self._is_headline(original - 1):
            # An original that opens the post, introduced by no one: signed as a quoted post
            # (> @bejanmatur: …) or its translation is as unattributed as any quotation (the
            # Chinese of a movie star, then its English, “said Sun Haiying” cut).
            label = speaker_label(self.text, self.paragraphs.spans[original])
            if label is None and not is_block_quotation(self.text, self.paragraphs.spans[original]):
                return None
            speaker = None if label is None else speaker_from(label)
        return attributed_speech(quotation, speaker=speaker, cue=cue, via="translation")

    def _is_headline(self, paragraph_index: int) -> bool:
        """Whether the post's first paragraph is its headline: one line that ends no
        sentence, so it introduces nothing after it."""
        if paragraph_index != 0:
            return False
        paragraph = self.paragraphs.spans[0]
        line = self.text[paragraph.start : paragraph.end].strip(EMPHASIS_AND_SPACE + "#")
        return "\n" not in line and not line.endswith((".", ":", "!", "?", "”", '"'))

    def _owner_of_work(self, sentence: Span) -> str | None:
        """The owner a sentence names of a work, whose text a block quotation after it is:
        Deepak Adhikari's in-depth analysis, Rich's post."""
        pattern = self.settings.owner_of_work
        found = None if pattern is None else pattern.search(self.text, sentence.start, sentence.end)
        return None if found is None else found["owner"]

    def _introducer(self, sentence: Span) -> tuple[str | None, str | None]:
        """Who introduces what follows a sentence, and the cue that says so: the phrase
        before its last cue (Zeinobia wrote:), or nobody when it holds none."""
        cues = self.cues.between(sentence.start, sentence.end)
        if not cues:
            return None, None
        speaker = self.speakers.phrase_before(cues[-1].span.start, sentence.start, cues[:-1], [])
        return speaker, cue_text(self.text, cues[-1])

    def _block_quotation_source(
        self, quotation: Quotation, paragraph_index: int
    ) -> QuotationFacts | None:
        """A block quotation's source: a line of its own after the quotation (> Dan
        Tangherlini, Administrator, GSA), or a cue, credit dash or link in the paragraph
        just before or just after the block, its paragraphs taken together (tweets quoted
        one after another after “Others continue to pray:”); a colon ending the paragraph
        before introduces them all."""
        text = self.text
        spans = self.paragraphs.spans
        paragraph = spans[paragraph_index]
        line = credit_line(text, quotation.span.end, paragraph.end)
        if line is not None:
            return attributed_speech(
                quotation, speaker=speaker_from(line), cue=None, via="block-quotation"
            )
        first, last = self._block_run(paragraph_index)
        if paragraph_index < last and only(text, quotation.span.end, paragraph.end, _CLOSING):
            name = _name_line(text, spans[paragraph_index + 1])
            if name is not None:  # > “Effective and fast justice…” ¶ > Valeriy Nazarov
                return attributed_speech(quotation, speaker=name, cue=None, via="block-quotation")
        neighbours = []
        if first > 0:
            introduction = self.paragraph_sentences[first - 1][-1]
            neighbours.append(introduction)
            if first < paragraph_index and text[introduction.start : introduction.end].rstrip(
                EMPHASIS_AND_SPACE
            ).endswith(":"):
                speaker, cue = self._introducer(introduction)
                return attributed_speech(
                    quotation, speaker=speaker, cue=cue or ":", via="colon-paragraph"
                )
        if first > 0:
            owner = self._owner_of_work(neighbours[0])
            if owner is not None:
                # China Dialogue has Deepak Adhikari's in-depth analysis of the energy drought.
                return attributed_speech(quotation, speaker=owner, cue=None, via="block-quotation")
        if last + 1 < len(spans):
            neighbours.append(self.paragraph_sentences[last + 1][0])
        for sentence in neighbours:
            cues = self.cues.between(sentence.start, sentence.end)
            dash = DASH_CREDIT.match(text, sentence.start)
            if cues or dash or self.links.first_starting_within(sentence.start, sentence.end):
                if dash is not None:
                    speaker = self.speakers.phrase_after(dash.end(), sentence.end)
                    found_cue: str = text[sentence.start : dash.end()].strip()
                elif cues:
                    speaker = self.speakers.speaker(cues[-1], quotation, sentence, cues, [])
                    found_cue = cue_text(text, cues[-1])
                else:
                    speaker, found_cue = None, "link"
                return attributed_speech(
                    quotation, speaker=speaker, cue=found_cue, via="block-quotation"
                )
        return None


def _name_line(text: str, paragraph: Span) -> str | None:
    """A paragraph that is a name alone, a block quotation's credit on a line of its own
    (> Valeriy Nazarov), or None."""
    line = credit_line(text, paragraph.start, paragraph.end)
    if line is None:
        return None
    words = line.split()
    if not 1 <= len(words) <= _CREDIT_NAME_WORDS or not all(
        word[:1].isupper() or not word.isalpha() for word in words
    ):
        return None
    if any(mark in line for mark in _QUOTE_OR_STOP):
        return None
    return speaker_from(line)


def _is_list_item(text: str, paragraph: Span) -> bool:
    return _LIST_ITEM.match(text, paragraph.start, paragraph.end) is not None
