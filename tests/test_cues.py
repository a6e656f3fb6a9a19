"""Attribution and source cues are verbs: a cue word used as a noun or inside a name is not
one (issue 16). Real sentences; each source is named beside it."""

from __future__ import annotations

from citelint.analysis.attribution import CueLexicon, cue_pattern
from citelint.analysis.attribution.cues import cue_role, used_as_cue
from citelint.conventions import builtin_catalog
from citelint.document import Span
from conftest import problems

EN_US = builtin_catalog().get("en-US")
SPEECH = EN_US.attribution.lexicon
SOURCING = EN_US.sourcing_lexicon

GLOBAL_VOICES_MEXICO = "http://globalvoicesonline.org/?p=189392"
GLOBAL_VOICES_YEMEN = (
    "http://globalvoicesonline.org/2012/05/03/yemen-anger-at-expansion-of-us-drone-war/"
)
GLOBAL_VOICES_SAUDI = (
    "http://globalvoicesonline.org/2012/05/14/saudi-arabia-may-7-marked-as-saudi-liberalism-day/"
)
GLOBAL_VOICES_LIBYA = (
    "http://globalvoicesonline.org/2011/02/22/libya-s-gaddafi-death-to-all-for-everything/"
)
WIKINEWS_SPAM = "https://en.wikinews.org/wiki/Security_firm_identifies_United_States_as_world's_top_spamming_country"
EIGHTEEN_F_POST_OFFICE = (
    "https://18f.gsa.gov/2016/04/26/"
    "thinking-about-the-future-of-the-post-office-an-interview-with-amanda-weaver/"
)


def cues(text: str, lexicon: CueLexicon = SPEECH) -> list[str]:
    """The cue words of ``text`` (one sentence) as the analysis keeps them."""
    whole = (Span(0, len(text)),)
    return [
        text[match.start() : match.end()]
        for match in cue_pattern(lexicon).finditer(text.lower())
        if used_as_cue(
            text, match.start(), match.end(), cue_role(match), lexicon.nouns, lambda: whole
        )
    ]


def test_a_verb_after_its_subject_is_a_cue() -> None:
    assert cues("“We are scared,” said Kim, who asked not to be named.") == ["said", "asked"]


def test_a_gerund_after_a_preposition_is_still_a_verb() -> None:
    assert cues("Personally, I don't approve, but it goes without saying that …") == ["saying"]


def test_a_cue_word_after_a_determiner_is_a_noun() -> None:
    # Global Voices, GLOBAL_VOICES_MEXICO.
    assert cues("The movement has a lot of support from the indigenous people in the state.") == []
    # The wire copy.
    assert cues("She deleted her emails before the hearing.") == []
    assert cues("The vote sends a message to Beijing.") == []
    assert cues("He signed with a record label in 2009.") == []
    assert cues("More than 2,000 fans attended the show.") == []


def test_a_capitalised_cue_word_inside_a_sentence_is_part_of_a_name() -> None:
    # Wikinews, WIKINEWS_SPAM: "States" was the cue and "The United" its speaker.
    assert cues("The United States accounts for slightly over 25% of all Internet usage.") == []
    assert cues("He left the Post Office in 2001.") == []
    assert cues("Said Kim: “We are scared.”") == ["Said"]


def test_a_cue_word_in_capitals_is_not_the_lower_case_word() -> None:
    # Global Voices, GLOBAL_VOICES_YEMEN: "US" is not the pronoun "us".
    assert cues("> Total US strikes: 41 - 132", SOURCING) == []
    assert cues("The numbers were sent to us by the ministry.", SOURCING) == ["us"]


def test_a_cue_word_opening_a_compound_noun_is_a_noun() -> None:
    # Global Voices, GLOBAL_VOICES_SAUDI: "talk" bounded the speaker, "show host Faisal…".
    text = "Abdullah Mohemed Al Dawood quoted Al Jazeera talk show host Faisal Al Qassem who "
    assert cues(text + "apparently said:") == ["quoted", "said"]
    # Global Voices, GLOBAL_VOICES_LIBYA: "state" made “pro-Gaddafi” a quotation of speech.
    text = 'Libyan state TV finally finds some "pro-Gaddafi" crowds, but they have to go to…'
    assert cues(text) == []


def test_a_noun_cue_of_the_18f_blog_is_not_a_verb() -> None:
    # 18F, EIGHTEEN_F_POST_OFFICE: "talked" is the cue, "the post office" a place.
    text = "We talked to Amanda about the things her office is dreaming up for the post office."
    assert cues(text) == ["talked"]


def test_a_figure_next_to_a_name_holding_a_cue_word_has_no_source() -> None:
    assert problems("US\n\nThe US economy grew by 3.5% last year.\n\n[AP]\n", select=("FIG",)) == [
        (3, 24, "FIG001")
    ]
