"""Speakers on real news: for real attributed quotations of Wikinews (CC BY 2.5, or public
domain before 25 September 2005) and Global Voices (CC BY 3.0), the inventory's speaker is
the person or body speaking; and over whole corpora no speaker is a clause fragment, starts
with a preposition or holds a quotation mark.

The pairs were chosen by a fixed rule, not by the result: in each corpus's file order, the
straight or curly double-quoted spans of four words or more whose sentence holds a speech
verb (said, told, according to, writes...), every second of wikinews-gum, every one of
wikinews-wikinewssum, every twelfth of globalvoices, at most three an article; of those, the
ten that are no one's speech (titles, slogans, a robot's name) were left out. Each case is the
real paragraph, with the paragraphs before it that name the speaker, and the article's
address. A speaker that is a pronoun is right only when its ``speaker_ref`` is the name; one
with a description after a comma may give the name alone. The wrong ones are marked xfail
with what citelint gives, so they are seen, not hidden."""

from __future__ import annotations

import re
from itertools import pairwise
from pathlib import Path

import pytest

from citelint.inventory import QuotationRecord, quotation_records
from citelint.readers import read_document

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "news"
CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
CORPORA = ("wikinews-gum", "wikinews-wikinewssum", "globalvoices")

PRONOUNS = frozenset({"i", "you", "he", "she", "it", "we", "they"})


def wrong(gives: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=f"citelint {gives}")


def records(text: str, path: str = "post.md") -> list[QuotationRecord]:
    return list(quotation_records(read_document(path, text.encode("utf-8"))))


def named(record: QuotationRecord) -> str | None:
    """The speaker, or the name a pronoun speaker stands for."""
    if record.speaker is None:
        return None
    speaker = record.speaker.strip()
    if speaker.lower() in PRONOUNS:
        reference = getattr(record, "speaker_ref", None)
        return reference.strip() if reference else speaker
    return speaker


# Wikinews, Australians talk tough ahead of Brisbane test match: two of John Bracewell's quotations.
BRACEWELL = (
    "The New Zealand team's reaction to this Australian bravado was muted.  "
    '"It\'s just history repeating itself", said former New Zealand coach and '
    "former test player John Bracewell.  \"They just have a set of lines they've "
    "been using since I've been coming over here and it's exactly the same "
    "story, just a different name saying it. It's just repetitious\", he went on "
    "to say.  New Zealand batsman Scott Styris went further, labelling the "
    'Australians\' comments as "a yawn".\n'
)

# Wikinews, Internal emails expose Boeing-Air Force contract discussions: two quotations.
BOEING_EMAILS = (
    'GovExec.com quotes a "Senate aide" as saying: "The House language [of the '
    "spending bill] ignores an analysis of alternatives called for in last "
    "year's authorizing language and by Pentagon Acquisition Director Michael "
    "Wynne and the DSB. It precludes such an analysis and predetermines the "
    'outcome in favor of the Boeing 767 before the study is even initiated." The '
    'activist organization the Project on Government Oversight has called it "a '
    'textbook case of favoritism to a single defense contractor."\n'
)

PAIRS = [
    pytest.param(
        "https://en.wikinews.org/wiki/Australian_children_suffering_from_iodine_deficiency",
        (
            "Professor Eastman says manufacturers could easily remedy the situation by "
            "using iodised salt in their products in line with the United States and "
            "most European countries. \"I suspect they won't do that on a voluntary "
            "basis, we've tried so far and haven't succeeded, so we've convinced the "
            "Food Standards of Australia and New Zealand | that all salt should be "
            'iodised," he said.\n'
        ),
        "\"I suspect they won't do that",
        "Professor Eastman",
        id="gum-00",
    ),
    pytest.param(
        "https://en.wikinews.org/wiki/Australian_children_suffering_from_iodine_deficiency",
        (
            'Professor Eastman said he is alarmed by what they found. "Pregnant women in '
            "Australia are getting about half as much as what they require on a daily "
            "basis. So that alarms me, because there's quite serious potential for "
            "adverse effects and brain damage in the next generation of children born in "
            'this country," he said.\n'
        ),
        '"Pregnant women in Australia',
        "Professor Eastman",
        id="gum-01",
    ),
    pytest.param(
        "https://en.wikinews.org/wiki/Australian_children_suffering_from_iodine_deficiency",
        (
            "Senior researcher Mu Li, of the University of NSW's school of public "
            'health, said "it is reasonable to assume that pregnant women and '
            "breastfeeding mothers are also iodine deficient, putting the next "
            "generation of children born in this country at risk of the "
            'neuropsychological consequences of iodine deficiency."\n'
        ),
        '"it is reasonable to assume',
        "Senior researcher Mu Li, of the University of NSW's school of public health",
        id="gum-02",
    ),
    pytest.param(
        "https://en.wikinews.org/wiki/BDSM_as_business:_An_interview_with_the_owners_of_a_dungeon",
        (
            'I remember one of our ads that I had put in said, "If you think nice girls '
            "don't do S&M,\" -- I forgot what the rest of it said --\n"
        ),
        '"If you think nice girls',
        "one of our ads",
        marks=wrong("gives 'the rest'"),
        id="gum-04",
    ),
    pytest.param(
        "https://en.wikinews.org/wiki/Hackers_attack_Church_of_Scientology_website",
        (
            "One poster admitted to being a part of the effort, writing in a blog post "
            '"I have myself, as per instructions, loaded up Gigaloader and started '
            "bombarding the Scientology homepage. Theres [sic] something in the "
            "hilarious anarchy of the net that produces these 'events' every now and "
            'again." The poster wrote that "Prompted I think by the Tom Cruise video, a '
            "new obsession is taking hold on the internet. An insurgency against The "
            'Church of Scientology."\n'
        ),
        '"I have myself, as per',
        "One poster",
        marks=wrong("gives no speaker (kind speech, attributed True)"),
        id="gum-05",
    ),
    pytest.param(
        "https://en.wikinews.org/wiki/Hackers_attack_Church_of_Scientology_website",
        (
            '"Someone emailed me earlier today talking about a tool a group’s been using '
            "to attack the scientology website. It’s an interesting tool, created to "
            'overload/create malformed strings and crash a website’s database," said the '
            "post by an unknown author on pigmy.\n"
        ),
        '"Someone emailed me earlier',
        "the post by an unknown author on pigmy",
        id="gum-06",
    ),
    pytest.param(
        "https://en.wikinews.org/wiki/Sensitive_Canadian_document_found_on_rainy_streets",
        (
            "Environment Canada spokeswoman Sujata Raisinghani told CBC News the "
            'department will look into the incident.\n\n"We take document security '
            'seriously," she said, but refused to give any more details about how the '
            "papers came to be on a road.\n"
        ),
        '"We take document security',
        "Environment Canada spokeswoman Sujata Raisinghani",
        id="gum-07",
    ),
    pytest.param(
        "https://en.wikinews.org/wiki/Parents_prosecuted_after_homeopathic_treatment_leads_to_daughter%27s_death",
        (
            "Mr. Tedeschi also told the court that, over the last five months of her "
            "life, \"Gloria's eczema played a devastating role in her overall health and "
            "it is asserted by the Crown that both her parents knew this and discussed "
            "it with each other.\" However, despite their child's severe illness, and "
            "her lack of improvement, the Sams continued to shun conventional medical "
            "treatment, instead seeking help from other homeopaths and naturopaths. "
            "Gloria temporarily improved during the rare times they used conventional "
            "treatments, but they soon dropped them in favour of homeopathy, and she "
            "consistently worsened.\n"
        ),
        "\"Gloria's eczema played a",
        "Mr. Tedeschi",
        id="gum-08",
    ),
    pytest.param(
        "https://en.wikinews.org/wiki/Parents_prosecuted_after_homeopathic_treatment_leads_to_daughter%27s_death",
        (
            "Gloria was finally taken to the emergency department shortly before her "
            'death. By this time, "her skin was weeping, her body malnourished and her '
            'corneas melting", according to the Sydney Morning Herald.\n'
        ),
        '"her skin was weeping, her',
        "the Sydney Morning Herald",
        id="gum-09",
    ),
    pytest.param(
        "https://en.wikinews.org/wiki/Scientology_defector_arrested_after_attempting_to_leave_organization",
        (
            "Steve Whitmore, a representative for the LA Sheriff's office, told LA "
            "Weekly in a statement that the case involving Montalvo was being dealt with "
            "as charges relating to grand theft. Whitmore stated Montalvo left "
            "Scientology-related employment in Los Angeles on September 24. On September "
            "29, Scientology officials went to the East Los Angeles sheriff's station "
            "where they claimed Montalvo allegedly left the organization with computer "
            "hard drives. Whitmore told LA Weekly that on October 6 after traveling back "
            'from Florida, Montalvo "walked into lobby of the East L.A. station and '
            'turned himself in", and told the police, "everything he did". Whitmore '
            "stated to LA Weekly that the alleged crime involved five hard drives each "
            "of $ 200 in value.\n"
        ),
        '"walked into lobby of the',
        "Whitmore",
        marks=wrong("gives 'the police'"),
        id="gum-10",
    ),
    pytest.param(
        "https://en.wikinews.org/wiki/Microsoft_waits_for_death_of_Internet_Explorer_6",
        (
            "Internet Explorer's market share is slipping. IE's various versions "
            "accounted for 70 percent of the market in 2009; this has dropped to "
            "approximately 56 percent today. Mozilla Firefox, its main rival, has been "
            "actively increasing its market share while the recently released Google "
            "Chrome is also quickly gaining users. PC World's recent analysis of its own "
            'web traffic statistics concluded, "Usually, Internet Explorer is the #2 '
            "browser after Firefox, but over the past 30 days it's been #3, a couple of "
            "points behind Safari - and nearly tied with Chrome. It might be a "
            "statistical blip. But if it isn't, and Chrome continues to surge, IE could "
            'fall to fourth place."\n'
        ),
        '"Usually, Internet Explorer',
        "PC World's recent analysis of its own web traffic statistics",
        id="gum-11",
    ),
    pytest.param(
        "https://en.wikinews.org/wiki/Wikinews_interviews_New_York_bar_owner_on_Santorum_cocktail",
        (
            "The Pacific Standard bar is located in Brooklyn, New York, and is co-owned "
            "by Jonathan M. Stan and John-Christian G. Rauschenberg. Stan commented on "
            'the creation of the Santorum cocktail, "When he was winning in the polls, I '
            "thought, 'OK, I'll do a Santorum'.\" Regarding how long the beverage will "
            "be made available, Stan remarked to The Brooklyn Paper, \"We'll keep it "
            'around until he’s irrelevant. I hope he’s there the whole way".\n'
        ),
        "\"We'll keep it around until",
        "Stan",
        id="gum-13",
    ),
    pytest.param(
        "https://en.wikinews.org/wiki/Warhol%27s_photo_legacy_spread_by_university_exhibits",
        (
            "Wilkins explained Warhol's obsession with celebrities began when he first "
            "collected head shots as a kid and continued as a passion throughout his "
            "life. \"He's hanging out with the celebrities, and has kind of become the "
            "same sort of celebrity he was interested in documenting earlier in his "
            'career", Wilkins said.\n'
        ),
        "\"He's hanging out with the",
        "Wilkins",
        id="gum-14",
    ),
    pytest.param(
        "https://en.wikinews.org/wiki/Warhol%27s_photo_legacy_spread_by_university_exhibits",
        (
            'He was also an influential figure in the pop art movement. "Pop art was '
            'about what popular American culture really thought was important", Kathryn '
            "Waters said. \"That's why he did the Campbell Soup cans or the Marilyn "
            "pictures, these iconic products of American culture whether they be in "
            "film, video or actually products we consumed. So even back in the sixties, "
            "he was very aware of this part of our culture. Which as we all know in "
            '2014, has only increased probably a thousand fold."\n'
        ),
        '"Pop art was about what',
        "Kathryn Waters",
        id="gum-15",
    ),
    pytest.param(
        "https://en.wikinews.org/wiki/Warhol%27s_photo_legacy_spread_by_university_exhibits",
        (
            'Hilary Braysmith, USI associate professor of art history, said, "I think '
            "his photography is equally influential as his graphic works, his more "
            "famous pictures of Marilyn. In terms of the evolution of photography and "
            "experimentation, like painting on them or the celebrity fascination, I "
            'think he was really ground-breaking in that regard."\n'
        ),
        '"I think his photography is',
        "Hilary Braysmith, USI associate professor of art history",
        id="gum-16",
    ),
    pytest.param(
        "https://en.wikinews.org/wiki/Scientists_analyse_effects_of_global_warming,_atmospheric_ozone_on_crops",
        (
            "The study focuses on ozone-temperature covariation: ground-level ozone "
            "increases with temperatures. Heald said although temperature and ozone are "
            'separately known to impact crop yields, "nobody has looked at these '
            'together". Depending on region and crops, the yields may be primarily '
            "sensitive to ozone - in the case of wheat - or heat - in the case of maize "
            "- alone, providing a local estimation of relative benefits of climate "
            "change adaptation versus ozone regulation.\n"
        ),
        '"nobody has looked at these',
        "Heald",
        id="gum-17",
    ),
    pytest.param(
        "https://en.wikinews.org/wiki/Wikinews_interviews_Mario_J._Lucero_and_Isabel_Ruiz_of_Heaven_Sent_Gaming",
        (
            "We met back in high school. In this private, tiny-tiny private school of 50 "
            "students. But, before hand in middle school, I kept on hearing about this "
            "guy named Mario, and he kept on hearing about me, this girl named Isabel. "
            "And, everyone, all of our friends and all of our acquaintances would say, "
            '"Hey, you\'d get along with him really well." So before hand I kinda knew '
            "about him, but I never met him. And one of our friends, our common friends, "
            "he introduced us during study hall, and we just kind of hit it off from "
            "there.\n"
        ),
        "\"Hey, you'd get along with",
        "all of our friends and all of our acquaintances",
        id="gum-18",
    ),
    pytest.param(
        "https://en.wikinews.org/wiki/New_Zealand_begins_process_to_consider_changing_national_flag_design",
        (
            "The current New Zealand flag is partially based on the United Kingdom's "
            "flag; the new one would be unique to New Zealand. The government's Flag "
            "Consideration Project has planned a number of conferences and roadshows as "
            "part of this process, with the first meeting set to take place in "
            "Christchurch on May 16. According to the New Zealand Herald, Emeritus "
            "Professor John Burrows, the chairman of the project's panel of twelve, said "
            "New Zealand's flag has never before been open to public choice. Professor "
            "Burrows also said resources and kits would be accessible for schools and "
            'communities," For example, schools can run their own flag discussions and '
            "referendums to mirror the formal process as part of their own learning "
            'exercise". People were encouraged to submit their designs online at '
            "www.flag.govt.nz and suggest what the flag should mean on "
            "www.standfor.co.nz. Names of participants would be engraved, at their "
            "option, on a flag pole monument to be built in the nation's capital, "
            "Wellington. New Zealand's Prime Minister John Key said he believes "
            'redesigning the flag now has a "strong rationale". Mr Key promoted the '
            "campaign for a unique New Zealand flag on Waitangi Day - February 6 - this "
            "year. Of the public process, he said, \"In the end I'll have one vote in "
            'each referendum just like every other New Zealander on the electoral roll". '
            "The New Zealand government intends to hold two referendums to reach a "
            "verdict on the flag, at an estimated cost of NZ $ 26 million, although a "
            "recent poll found only a quarter of citizens favoured changing the flag. "
            "This is a decrease from the year before, when it was forty percent. The "
            "first referendum is to be held from November 20 to December 11, selecting a "
            "single new flag design out of about four finalists. Voters would then "
            "choose between the new flag and their current flag early in 2016.\n"
        ),
        "\"In the end I'll have one",
        "Mr Key",
        id="gum-19",
    ),
    pytest.param(
        "https://en.wikinews.org/wiki/Over_900_asylum_seekers_rescued_off_Indonesian_coast",
        (
            "The US State Department said John Kerry, the Secretary of State, contacted "
            "Thailand's foreign minister over temporary housing for the Rohingya out at "
            'sea. Jeff Rathke, the State Department Spokesperson, said, "We urge the '
            "governments of the region to work together quickly, first and foremost, to "
            "save the lives of migrants now at sea who are in need of an immediate "
            'rescue effort". Rathke also asked the governments of South East Asia not to '
            "turn away boats of people seeking asylum.\n"
        ),
        '"We urge the governments of',
        "Jeff Rathke, the State Department Spokesperson",
        id="gum-20",
    ),
    pytest.param(
        "https://en.wikinews.org/wiki/Local_municipalities_in_Italy_ask_taxes_from_religious_schools",
        (
            'Undersecretary for Education Mr. Toccafondi says "many schools will '
            "increase their fees or they will quit. Then the State will have to find new "
            'resources to build new structures and manage them" ((it)).\n'
        ),
        '"many schools will increase',
        "Undersecretary for Education Mr. Toccafondi",
        id="gum-21",
    ),
    pytest.param(
        "https://en.wikinews.org/wiki/North_Korea_puts_military_in_%27quasi-state_of_war%27",
        (
            '"War maniacs of the South Korean puppet military made another grave '
            "provocation to the DPRK in the central western sector of the front on "
            "Thursday afternoon. They perpetrated such reckless action as firing 36 "
            "shells at KPA civil police posts under the absurd pretext that the KPA "
            "fired one shell at the south side. Six shells of them hit the area near KPA "
            "civil police posts 542 and 543 and other 15 shells fell near KPA civil "
            'police posts 250 and 251", said KCNA. "Foolhardy provocation deserves harsh '
            'punishment", it added; and, later, "Kim Jong-un issued an order of the '
            "supreme commander of the Korean People's Army [KPA] that the front-line "
            "large combined units of the KPA should enter a wartime state to be fully "
            'battle ready to launch surprise operations".\n'
        ),
        '"Foolhardy provocation',
        "KCNA",
        id="gum-22",
    ),
    pytest.param(
        "https://en.wikinews.org/wiki/North_Korea_puts_military_in_%27quasi-state_of_war%27",
        (
            "Yesterday, North Korea fired artillery rounds aimed at a loudspeaker in "
            "South Korea that broadcasts anti-Pyongyang propaganda into the North. "
            "\"Commanders of the Korean People's Army were hastily dispatched to the "
            "front-line troops to command military operations to destroy psychological "
            "warfare tools if the enemy does not stop the propaganda broadcast within 48 "
            "hours and prepare against the enemy's possible counteractions\", added "
            "KCNA.\n"
        ),
        '"Commanders of the Korean',
        "KCNA",
        id="gum-23",
    ),
    pytest.param(
        "https://en.wikinews.org/wiki/At_least_107_killed_in_Mecca_crane_collapse",
        (
            "The accident occurred at a time when the mosque was relatively uncrowded. "
            '"Had it happened an hour later it would have been much worse," Khaled '
            'Al-Maeena, editor at large at the Saudi Gazette, said. "Had it happened '
            "five hours earlier or four hours earlier, I think the death toll would have "
            'been more than a thousand."\n'
        ),
        '"Had it happened an hour',
        "Khaled Al-Maeena, editor at large at the Saudi Gazette",
        id="gum-24",
    ),
    pytest.param(
        "https://en.wikinews.org/wiki/After_visa_snags%2C_all-girl_Afghan_team_honored_for_%27courageous_achievement%27_at_international_robotics_competition",
        (
            '"We are so interested because we find a big chance to show the talent and '
            'ability of Afghans," team member Rodaba Noori told the press, "to show that '
            "Afghan women can make robots too and we can improve in this section — [the] "
            "robotics section. We were so interested because we hadn't long or enough "
            "time to get ready for competition but we came to United States and now we "
            'are here because of Trump intervention."\n'
        ),
        '"to show that Afghan women',
        "team member Rodaba Noori",
        id="gum-26",
    ),
    pytest.param(
        "https://en.wikinews.org/wiki/Reports:_%27streamlined%27_UK_asylum_process_to_replace_interview_with_questionnaire_for_five_nationalities",
        (
            "It also must be returned within twenty working days. A leaked internal "
            'letter seen by Sky News says "failure to return the questionnaire without '
            "reasonable explanation may result in an individual's asylum claim being "
            'withdrawn in line with the published policy", but the government will '
            "provide a reminder after the deadline and consider extensions.\n"
        ),
        '"failure to return the',
        "A leaked internal letter seen by Sky News",
        id="gum-27",
    ),
    pytest.param(
        "https://en.wikinews.org/wiki/Reports:_%27streamlined%27_UK_asylum_process_to_replace_interview_with_questionnaire_for_five_nationalities",
        (
            "Labour's Shadow Home Secretary Yvette Cooper said her party has supported "
            'the idea "for months", and said it was "damning that the Home Office isn\'t '
            'doing this already [...] including for safe countries like Albania" after '
            'the United Nations High Commissioner for Refugees "recommended it two years '
            'ago."\n'
        ),
        '"recommended it two years',
        "Labour's Shadow Home Secretary Yvette Cooper",
        id="gum-28",
    ),
    pytest.param(
        "https://en.wikinews.org/wiki/Reports:_%27streamlined%27_UK_asylum_process_to_replace_interview_with_questionnaire_for_five_nationalities",
        (
            "On Wednesday, Home Secretary Suella Braverman told GB News: \"It's clear "
            "that we have an unsustainable situation in towns and cities around our "
            "country [...] because of the overwhelming numbers of people arriving here "
            'illegally and our legal duties to accommodate them".\n'
        ),
        "\"It's clear that we have an",
        "Home Secretary Suella Braverman",
        id="gum-29",
    ),
    pytest.param(
        "https://en.wikinews.org/wiki/Australians_talk_tough_ahead_of_Brisbane_test_match",
        BRACEWELL,
        "\"It's just history repeating",
        "former New Zealand coach and former test player John Bracewell",
        id="wns-30",
    ),
    pytest.param(
        "https://en.wikinews.org/wiki/Australians_talk_tough_ahead_of_Brisbane_test_match",
        BRACEWELL,
        '"They just have a set of',
        "former New Zealand coach and former test player John Bracewell",
        id="wns-31",
    ),
    pytest.param(
        "https://en.wikinews.org/wiki/Brazilian_delegation_returns_from_Arafat_funeral",
        (
            "PCdoB (Brazilian communist political party) Deputy Jamil Murad, member of "
            'the delegation, said there was a "deep mourning" feeling. Jamil Murad had '
            "visited Yasser Arafat in April 2004, along with nine other Brazilian "
            'deputies. According to Jamil Murad: "Yasser Arafat was a Palestinian leader '
            'who became a world projection leader". He said Arafat had written him a '
            "letter thanking the Brazilian people for their support of the Palestinian "
            "cause and saying that he, Arafat, considered President Luiz Inácio Lula da "
            "Silva a great world leader.\n"
        ),
        '"Yasser Arafat was a',
        "Jamil Murad",
        id="wns-32",
    ),
    pytest.param(
        "https://en.wikinews.org/wiki/Gusenbauer_reelected_as_Austrian_Social_Democrat_Party_leader",
        (
            "Alfred Gusenbauer has been reelected as leader of the Austrian Social "
            "Democrat Party (SPOE) at the party's convention in Vienna. Gusenbauer "
            "received 88.93% of the vote, an unexpectedly low value. In 2002, he was "
            "reelected with 99.6%. Gusenbauer leads the SPOE since 1999.\n\nAlbeit the "
            'low result he has called the vote an "impressive display of confidence". '
            "Gusenbauer and other heads of the party, including influential Vienna mayor "
            "Michael Haeupl have confirmed that Gusenbauer will be the party's top "
            "candidate for the next parliamental election which will also determine the "
            "Austrian chancellor.\n"
        ),
        '"impressive display of',
        "Gusenbauer",
        id="wns-33",
    ),
    pytest.param(
        "https://en.wikinews.org/wiki/Internal_emails_expose_Boeing-Air_Force_contract_discussions",
        (
            "An email from Burkhardt & Associates to James Roche advises the Secretary "
            "to release fiscal numbers favorable to Boeing, apparently regardless of the "
            "facts: \"I'd distribute a one page memo saying the per plane cost of the "
            "lease will not be greater than x and have x be less than the last lease "
            "Boeing did for some commercial entity--or that x is y dollars less than the "
            'cost of a new tanker," it said. An additional email by Roche provides a '
            "stark contrast to his criticism of Airbus, as he talks to Assistant "
            "Secretary of the Air Force for Acquisition Marvin Sambur about Boeing, "
            'saying, "I love Ya, Big Guy. Give it to the Blue Eyed Arabs of the North '
            '(the expression we used for Boeing)."\n'
        ),
        "\"I'd distribute a one page",
        "An email from Burkhardt & Associates to James Roche",
        marks=wrong("gives 'James Roche'"),
        id="wns-34",
    ),
    pytest.param(
        "https://en.wikinews.org/wiki/Internal_emails_expose_Boeing-Air_Force_contract_discussions",
        BOEING_EMAILS,
        '"The House language [of the',
        "a Senate aide",
        marks=wrong("gives no speaker (kind term, attributed None)"),
        id="wns-35",
    ),
    pytest.param(
        "https://en.wikinews.org/wiki/Internal_emails_expose_Boeing-Air_Force_contract_discussions",
        BOEING_EMAILS,
        '"a textbook case of',
        "The activist organization the Project on Government Oversight",
        id="wns-36",
    ),
    pytest.param(
        "https://en.wikinews.org/wiki/Nobel_Peace_Prize_awarded_to_Kenyan_environmental_activist",
        (
            "On her Green Belt Movement project, Dr Maathai told the UNESCO Courier in "
            '1999, "If you want to save the environment, you should protect the people '
            "first, because human beings are part of biological diversity. And if we "
            "can't protect our own species, what's the point of protecting tree "
            'species?"\n'
        ),
        '"If you want to save the',
        "Dr Maathai",
        id="wns-37",
    ),
    pytest.param(
        "https://en.wikinews.org/wiki/Nobel_Peace_Prize_awarded_to_Kenyan_environmental_activist",
        (
            '"The government thinks that by threatening me and bashing me they can '
            'silence me," Dr Maathai said. "But I have an elephant\'s skin and somebody '
            'must raise their voice."\n'
        ),
        '"The government thinks that',
        "Dr Maathai",
        id="wns-38",
    ),
    pytest.param(
        "https://en.wikinews.org/wiki/'Noise'_takes_on_'Fockers'_in_weekend_box_office_race",
        (
            '"White Noise never gives skeptics a chance to enjoy the film. I also '
            'suspect even believers will be bored," Jack Garner, film critic for Gannet '
            "News Service said. Garner's not alone in panning the film. According to web "
            "site RottenTomatoes.com, 87 percent of film critics in its survey have "
            "given the film a bad review.\n"
        ),
        '"White Noise never gives',
        "Jack Garner, film critic for Gannet News Service",
        marks=wrong("gives no speaker (kind title, attributed None)"),
        id="wns-39",
    ),
    pytest.param(
        "https://en.wikinews.org/wiki/'Noise'_takes_on_'Fockers'_in_weekend_box_office_race",
        (
            "\"The nominal thriller White Noise is worthy neither of Michael Keaton's "
            "talents nor even a desperate horror fan's attention,\" Manohla Dargis, film "
            "critic for the New York Times, said.\n"
        ),
        '"The nominal thriller White',
        "Manohla Dargis, film critic for the New York Times",
        marks=wrong("gives no speaker (kind title, attributed None)"),
        id="wns-40",
    ),
    pytest.param(
        "https://en.wikinews.org/wiki/'Noise'_takes_on_'Fockers'_in_weekend_box_office_race",
        (
            "But not all reviews were bad. Hollywood Reporter critic, Kirk Honeycutt "
            'said, "Even though logic takes a holiday in White Noise, Geoffrey Sax, a '
            "British television director making his theatrical debut, lavishes enough "
            "craft on the paranormal thriller to send more than a few chills down the "
            'spine."\n'
        ),
        '"Even though logic takes a',
        "Kirk Honeycutt",
        id="wns-41",
    ),
    pytest.param(
        "https://en.wikinews.org/wiki/South_American_Community_of_Nations_announced_at_Third_South_American_Summit",
        (
            "SACN is a more ambitious union than the previous Andean Community and "
            "Mercosur. It has been established to be more than a trade union. The "
            '"ultimate goal, which can hopefully be reached, in time, is the United '
            'States of South America," explains Secretary General of the Andean '
            "Community Wagner. A common currency, tariff-free common market, and "
            "regional parliament are all proposed in the Cusco declaration.\n"
        ),
        '"ultimate goal, which can',
        "Secretary General of the Andean Community Wagner",
        id="wns-42",
    ),
    pytest.param(
        "https://en.wikinews.org/wiki/South_American_Community_of_Nations_announced_at_Third_South_American_Summit",
        (
            "However, 32 construction projects were approved at the summit. Worth "
            "US$4.3bn over five years, the projects focus on improving regional "
            "infrastructure. The largest is a US$700m road highway that will link Brazil "
            'and Peru across the Andes mountains. "These are anchor projects that will '
            'be carried out over five years," said Wagner. "They were chosen because '
            "they do not serve merely as corridors between countries and zones, but also "
            "as a means of promoting development in border regions, which have "
            'traditionally been the poorest and most marginalised in our countries." '
            "Wagner identifies 350 potential infrastructure projects of a combined cost "
            "of US$200bn.\n"
        ),
        '"These are anchor projects',
        "Wagner",
        id="wns-43",
    ),
    pytest.param(
        "https://en.wikinews.org/wiki/UN_'optimistic'_on_tsunami_aid_effort",
        (
            "United States helicopters, based on a US aircraft carrier stationed off the "
            "coast of western Aceh, have begun dropping food and supplies into isolated "
            "parts of Aceh province. About 12 Seahawk helicopters are involved in the "
            'operation. "We are relying on the helicopter system because that is the '
            'only way we can reach the most remote areas," said Michael Elmquist, head '
            "of the UN disaster relief operation in Indonesia. According to the World "
            "Food Programme, some helicopters are unable to touch down because mobs of "
            "people run towards them for help. Supplies are often thrown out of the "
            "helicopters to the crowd below.\n"
        ),
        '"We are relying on the',
        "Michael Elmquist",
        id="wns-44",
    ),
    pytest.param(
        "https://en.wikinews.org/wiki/US_president_Bush_visits_Canada",
        (
            "During an early afternoon news conference with Prime Minister Paul Martin, "
            'Bush said he was pleased with the welcome he received Tuesday morning. "I '
            "want to thank the Canadian people who came out to wave —with all five "
            'fingers —for their hospitality," he said with a chuckle.\n'
        ),
        '"I want to thank the Canadian',
        "Bush",
        id="wns-45",
    ),
    pytest.param(
        "https://en.wikinews.org/wiki/Yushchenko_claims_victory_in_re-run",
        (
            "The new results were not, however, accepted by both sides. The government "
            "candidate, Mr. Yanukovich, vowed to challenge the outcome in the Supreme "
            'Court. "I will never recognize this defeat because the constitution and '
            'human rights were violated," he said at a press conference.\n'
        ),
        '"I will never recognize this',
        "Mr. Yanukovich",
        id="wns-46",
    ),
    pytest.param(
        "http://globalvoicesonline.org/?p=184500",
        (
            "> Urimtal writes : “I think Kara Zhorga is not just a dance, but a whole "
            "phenomenon that has united the nation. Even Kazakhs who live abroad are "
            "taking part. When our government describes the expatriates in "
            "not-so-flattering terms, Kara Zhorga is a kind of response to such "
            "criticism.”\n"
        ),
        "“I think Kara Zhorga is not",
        "Urimtal",
        id="gv-47",
    ),
    pytest.param(
        "http://globalvoicesonline.org/?p=184771",
        (
            "> Giles Muhume, Rolling Stone editor, remained defiant in the face of the "
            "court ruling. In a press release, he said that “homos had a short-lived "
            "smile today” but that Rolling Stone would appeal the decision. Calling the "
            "ruling a risk to media freedom, Muhume added, “The newspaper will fight "
            "homos on different fronts. Our supporters should remain strong –- the "
            "agents of the devil shall be defeated.”\n"
        ),
        "“The newspaper will fight",
        "Muhume",
        id="gv-48",
    ),
    pytest.param(
        "http://globalvoicesonline.org/?p=184515",
        (
            "The article raised 180 comments which show the radical opposition among "
            'africans. One user says :\n\n> "Thomas Sankara disait ceci: "aux paresseux, '
            'abas, aux corrumpus abas..ect..abas." Nous disons: le neocolonialisme, '
            "abas, le gouvernement Sakozy abas, les complices onusiens abas, les ennemis "
            'de l"Afrique abas, les marionnettes dirigeants Af...ricains, abas......"\n\n'
            '"Thomas Sankara (assassinated former president of Burkina Faso) used to '
            'say: "Down with lazy people, down with corrupted persons and so on..." We '
            "say: Down with neocolonialism, down with Sarkozy government, down with UN "
            "accomplices, down with the ennemies of Africa, down with marionnette "
            'African leaders, down with......"\n'
        ),
        '"Thomas Sankara (assassinated',
        "One user",
        id="gv-49",
    ),
    pytest.param(
        "http://globalvoicesonline.org/?p=186850",
        (
            'A last-minute\xa0poster, where a Tunisian demonstrator writes: "The will of '
            'the People"\n'
        ),
        '"The will of the People"',
        "a Tunisian demonstrator",
        id="gv-50",
    ),
    pytest.param(
        "http://globalvoicesonline.org/?p=186951",
        (
            "Likewise, the Venezuelan chancellery emitted a press release where it "
            "vigorously condemned Insulza's opinion . The text states that these attacks "
            'constitute "a new, abusive and opportunistic act of interference that '
            'discredits even more the Secretary General of the OAS".\n'
        ),
        '"a new, abusive and',
        "The text",
        id="gv-51",
    ),
    pytest.param(
        "http://globalvoicesonline.org/?p=187894",
        (
            "After popular Russian blogger Oleg Kozyrev posted the news on his page, "
            "comments ranged from “This is a totally concrete and normal method of "
            "regulating those who work with secret information” to arguments that the "
            "FSB’s directive is illogical: “the traditional methods of communication "
            "(like average telephones) that are available and used by our officials – "
            "and are hundred times less protected than Skype and Gmail.”\n"
        ),
        "“the traditional methods of",
        "comments",
        marks=wrong("gives 'the news on his page'"),
        id="gv-53",
    ),
    pytest.param(
        "http://globalvoicesonline.org/?p=189392",
        (
            "Samuel Ruiz continued sporadically coming to Chiapas, he was invited to "
            "several celebrations, like his 50-year episcopal ordination (January 2010), "
            "or to preside over meetings of the board of the Human Rights Center Fray "
            "Bartolome de las Casas.\n\nAt all times he vindicated the indigenous cause "
            "and the contribution of the armed uprising of 1994. In one of his last "
            'interviews he said: "Although the conflict has not been solved in terms of '
            "their causes, the effort to build peace with justice and dignity, in which "
            "the actors have been many and varied, is a common heritage of the whole "
            "nation and has brought new developments and achievements and a new "
            'awareness."\n'
        ),
        '"Although the conflict has',
        "Samuel Ruiz",
        id="gv-54",
    ),
    pytest.param(
        "http://globalvoicesonline.org/?p=190071",
        ("> “If he has been murdered, that’s bad and we pray for his soul,” Muhame said.\n"),
        "“If he has been murdered,",
        "Muhame",
        id="gv-55",
    ),
    pytest.param(
        "http://globalvoicesonline.org/?p=191355",
        (
            "Masih, a very dynamic conservative Islamist blogger explains in a very long "
            "post why Iran's Hizbollah should not destroy Egyptian opposition figure "
            'Mohamed Mustafa ElBaradei or "how not to transform our clear victory into a '
            "defeat\". The blogger talks about the Egyptian Muslim Brotherhood's support "
            "for ElBaradei and writes:\n"
        ),
        '"how not to transform our',
        "Masih",
        marks=wrong('gives "Iran\'s Hizbollah"'),
        id="gv-56",
    ),
    pytest.param(
        "http://globalvoicesonline.org/?p=192575",
        (
            '> "The attacks on journalists, which began last week, have now intensified '
            "to levels unseen in Egypt's modern history,\" said Mohamed Abdel Dayem, "
            "CPJ's Middle East and North Africa program coordinator. \"We are concerned "
            "for the safety of our colleagues, and we're alarmed at the prospect of "
            "these witnesses being sidelined at this crucial moment in Egyptian "
            'history."\n'
        ),
        '"The attacks on journalists,',
        "Mohamed Abdel Dayem",
        id="gv-58",
    ),
    pytest.param(
        "http://globalvoicesonline.org/?p=193468",
        (
            "> One of them asked me and my friend as his face beamed with a smile “why "
            "did you come?”… my friend said “because this is our country…”, I looked him "
            "in the eye and resisted hugging him as I answered “because YOU are my "
            "country”… and they are, Oh God, they are the country I have been looking "
            "for my entire life and I finally found it…\n"
        ),
        "“why did you come?”",
        "One of them",
        marks=wrong("gives 'my friend'"),
        id="gv-60",
    ),
    pytest.param(
        "http://globalvoicesonline.org/?p=193600",
        (
            "By her part, Desireé López, a master’s degree student, questioned the "
            "legitimacy of the process arguing that the UPR's regulations do not "
            'contemplate the act of "pausing academic programs". "It is an illegal and '
            "irresponsible invention. The University has the legal and moral commitment "
            'of making available this academic offering to those that ask for it", added '
            "the student.\n"
        ),
        '"It is an illegal and',
        "the student",
        id="gv-61",
    ),
    pytest.param(
        "http://globalvoicesonline.org/?p=189542",
        (
            "N: Look - a lot of our videos, after we've published them online, we've "
            'receive comments saying: "Nice video and love the critique." And maybe '
            "after we've made them - and after someone has pointed it out to us - we'll "
            "go like: \"Damn, it's true.\" But not quite with Fico Fronte. There's no "
            "real message there. I'm not going to try to sell you something I don't "
            'quite buy. Fico Fronte is a character who calls women "bitches"... Perhaps '
            "you should use Fico Fronte as an example of how NOT to behave, since I'm "
            "making him the target of ridicule.\n"
        ),
        '"Nice video and love the',
        "comments",
        marks=wrong("gives no speaker (kind term, attributed None)"),
        id="gv-62",
    ),
    pytest.param(
        "http://globalvoicesonline.org/?p=195457",
        (
            "You've decided, in what many considered a controversial move, to join the "
            "interim government. Your decision has raised much criticism, not least "
            "among your friends who blamed you for participating in a government that "
            "includes members and symbols of the old guard. Your friend Yassine Ayari "
            'published a video addressing you personally, where he says "you are being '
            'used to weaken the youth movement." Others commented on Twitter saying: '
            '"he\'s sold his soul"; "why has he accepted a post under a farce '
            'government?" Your friend Sami Ben Gharbia tweeted: "don\'t accept to '
            'collaborate with those who killed Tunisians, stay clean stay citizen." '
            "What's your response to those who criticize your decision?\n"
        ),
        "\"don't accept to collaborate",
        "Your friend Sami Ben Gharbia",
        id="gv-63",
    ),
    pytest.param(
        "http://globalvoicesonline.org/?p=194160",
        (
            'The political scientist Armando Chaguaseda explains that the white card "is '
            'not only indefensible, but it also violates the rights of the people." '
            "There seems to be an ample consensus on the implications of the withe card "
            "within Cuban intellectuals and artists, some of whom are members of the "
            "Unión de Escritores y Artistas de Cuba (UNEAC), and within prominent "
            "representatives of national culture, such as the singer songwriter Pablo "
            "Milanés.\n"
        ),
        '"is not only indefensible,',
        "The political scientist Armando Chaguaseda",
        id="gv-64",
    ),
    pytest.param(
        "http://globalvoicesonline.org/?p=198330",
        (
            "> Ongoing clashes btween police and a handful of what my contacts in "
            'Marrakech called "thugs unrelated to marchers. Minor incidents" #feb20\n'
        ),
        '"thugs unrelated to marchers.',
        "my contacts in Marrakech",
        id="gv-66",
    ),
    pytest.param(
        "http://globalvoicesonline.org/?p=198405",
        (
            '> @AJELive:"there is a white mitsubishi lancer ... they are shooting at '
            'people randomly" doctor in Tripoli tells @AJELive #Libya\n'
        ),
        '"there is a white mitsubishi',
        "doctor in Tripoli",
        id="gv-67",
    ),
    pytest.param(
        "http://globalvoicesonline.org/?p=199366",
        (
            "> @Mustafa_Qadri: \"It's not true, Michael Jackson stole the colonel outfit "
            'from me" says Gaddafi "The one white glove was my idea!"\n'
        ),
        '"The one white glove was my',
        "Gaddafi",
        id="gv-68",
    ),
    pytest.param(
        "http://globalvoicesonline.org/?p=199217",
        (
            "Offering no response to his question, Teixeira Neves\xa0states that\xa0"
            '"language is a treasure" and concludes:\n'
        ),
        '"language is a treasure"',
        "Teixeira Neves",
        id="gv-69",
    ),
    pytest.param(
        "http://globalvoicesonline.org/?p=200298",
        (
            "@NadineHeredia If Ollanta was first in the polls he would say, “This is a "
            "dirty war being fought against patriotism”…. :)\n"
        ),
        "“This is a dirty war being",
        "Ollanta",
        id="gv-70",
    ),
    pytest.param(
        "http://globalvoicesonline.org/?p=200714",
        (
            "On the third day of the campaign, at which point violence had been ongoing "
            "since Saturday 19 February, 2011,\xa0@Belligiani concluded that US media "
            "“don’t care about Côte d’Ivoire”:\n"
        ),
        "“don’t care about Côte",
        "@Belligiani",
        id="gv-72",
    ),
    pytest.param(
        "http://globalvoicesonline.org/2012/05/02/cuba-bloggers-offended-by-archbishops-statements/",
        (
            "Finally, at Translating Cuba, Wendy Iriepa and Ignacio Estrada confessed "
            'that they had "no words to describe the recent statements made by his '
            "Eminence Cardinal and Archbishop of Havana Jaime Lucas Ortega Alamino "
            'during his stay last week in the United States of America":\n\n> Despite '
            "the fact that he has spoken in a deliberate tone, the language used by the "
            "Cuban cardinal places at disadvantage the credibility of the good function "
            "of the Catholic hierarchy in the island. He has repeated in his discourse "
            "the same phrases used by the ruling class.\n\n> All of us who follow the "
            "evolution of the Catholic Church in Cuba, have denounced on many occasions "
            "the so badly called relationship between Church and State, and the "
            "complicity of the Church with the silence of the true existing situation in "
            "the island related to the lack of a state of rights and also the lack of "
            "places for free religious worship.\n\nThey went on to say that the "
            "Cardinal's speech \"was similar to one of the many speeches dictated by the "
            "office of the Department of Ideology of the Central Committee of the "
            'Communist Party of Cuba":\n'
        ),
        '"was similar to one of the',
        "Wendy Iriepa and Ignacio Estrada",
        marks=wrong('gives "the Cardinal\'s speech"'),
        id="gv-73",
    ),
    pytest.param(
        "http://globalvoicesonline.org/2012/05/05/cuba-national-meeting-of-bloggers-ends-in-controversy/",
        (
            "The document also demands the release of the five Cubans held prisoner in "
            "the United States and the end of the economic and financial sanctions which "
            "the United States have held in place against Cuba for over half a "
            "century.\xa0The participants also requested that the \"State's Central "
            "Administration Bodies reformulate the regulations which limit connectivity "
            "and access to the web\xa0by state institutions, in the interest of "
            'establishing a greater presence of Cuban citizens in cyberspace."\n'
        ),
        "\"State's Central",
        "The participants",
        id="gv-74",
    ),
    pytest.param(
        "http://globalvoicesonline.org/2012/05/07/egypt-anger-at-arrest-of-lawyer-in-saudi-arabia/",
        (
            "> Such an opportunity to meet with the Saudi king would likely not have "
            "arisen in the short to medium term had Gizawy's case not been escalated by "
            "Egyptian activists. During the visit, Katatny clearly stated, “We will not "
            "interfere in Gizawy's case,” adding that “the Saudi justice system is "
            "fair.” Katatny stressed the “historic relations” between Saudi Arabia and "
            "Egypt, and said that Saudi has “white hands” (Arabic for “a shining track "
            "record”) in backing Egypt. Katatny again remarked that Egypt and Saudi "
            "Arabia, “the two greatest powers in the region,” could lead the region into "
            "a bright future.\n"
        ),
        "“the Saudi justice system is",
        "Katatny",
        id="gv-75",
    ),
    pytest.param(
        "http://globalvoicesonline.org/2012/05/10/spain-nomoreeuros-for-bankia/",
        (
            "“Bankia, the rats are jumping ship,” the blog Salmón wrote in an article "
            "that has circulated throughout the web\xa0:\n"
        ),
        "“Bankia, the rats are jumping",
        "the blog Salmón",
        id="gv-77",
    ),
    pytest.param(
        "http://globalvoicesonline.org/2012/05/11/russia-yavlinsky-stir-reveals-opposition-rift/",
        (
            "Reactions to Yavlinsky's comments have varied. Some bloggers have been less "
            'than polite. Anti-Putin LiveJournal user i_l_d responded\xa0 simply: "Go '
            'screw yourself, Yavlinsky." Nationalist blogger sinn-fein-front wrote\xa0 '
            "gloatingly:\n"
        ),
        '"Go screw yourself,',
        "Anti-Putin LiveJournal user i_l_d",
        id="gv-78",
    ),
    pytest.param(
        "http://globalvoicesonline.org/2012/05/15/brazil-hands-that-cure-words-that-heal/",
        (
            "The training of folk healers, individuals who according to Maria Luiza "
            'Benitez\xa0are usually "predestined and born with a special gift of power, '
            'talent or knowledge", requires great dedication:\n'
        ),
        '"predestined and born with a',
        "Maria Luiza Benitez",
        marks=wrong("gives 'great dedication'"),
        id="gv-79",
    ),
    pytest.param(
        "http://globalvoicesonline.org/2012/05/16/spain-the-indignados-of-the-15m/",
        (
            "Mari Ángeles was forced to take an early retirement a year ago from a "
            "private health company. Her pension doesn't even reach 500 Euros free of "
            "taxes and it is not enough to live with her son, a grown man, so now they "
            "share his home. \"My son is at the strike. He's studying English like crazy "
            'so he can look for a job outside in England or Canada," she explained, '
            "although she interrupts herself often to join the chants her companions "
            "make to the cars that get impatient with the protest: \"Don't look at us, "
            'join us!" Josep Maria, on the contrary, has a good pension. "If the '
            'distribution of wealth was more just, I would end up losing," he declared '
            "while walking to Catalunya Plaza without hurrying, but also without "
            "pausing.\n"
        ),
        '"My son is at the strike.',
        "Mari Ángeles",
        id="gv-80",
    ),
    pytest.param(
        "http://globalvoicesonline.org/2012/05/18/russia-the-runets-enduring-tomatoes-tusovki/",
        (
            "After he went to prison in 2007, Morozov fell off the RuNet radar, though "
            "he has been writing regularly since his 2009 release. Most of the "
            "protestors present at his latest action had no idea who he was. The ones "
            'who did recognize him reacted with disbelief and nostalgia. "F..., the man '
            "who threw tomatoes at Yashin was the notorious Murz? Now that's f-ing "
            'something!" tweeted Kashin. "The very same?" sentimentally asked Rykov.\n'
        ),
        '"F..., the man who threw',
        "Kashin",
        id="gv-81",
    ),
]


@pytest.mark.parametrize(("url", "text", "quote", "expected"), PAIRS)
def test_speaker_of_real_quotation(url: str, text: str, quote: str, expected: str) -> None:
    (record,) = [item for item in records(text) if item.text.startswith(quote)]
    # The name alone is right too where the text adds a description after a comma.
    assert named(record) in {expected, expected.split(",", maxsplit=1)[0].strip()}, url


def test_pairs_are_many_and_spread() -> None:
    urls = [pair.values[0] for pair in PAIRS]
    assert len(PAIRS) >= 70
    assert len(set(urls)) >= 25
    assert max(urls.count(url) for url in urls) <= 3
    assert any("globalvoices" in url for url in urls)
    assert any("wikinews" in url for url in urls)
    right = [pair for pair in PAIRS if not pair.marks]
    assert len(right) >= 60, f"only {len(right)} of {len(PAIRS)} speakers are right"


# Speaker phrases that were clause fragments, each in its real paragraph of Global Voices (CC
# BY 3.0; the address is the post's) or Wikinews: the speaker is now the noun phrase or
# pronoun that speaks, or none where the sentence names no one.
@pytest.mark.parametrize(
    ("url", "text", "quote", "expected"),
    [
        (
            "http://globalvoicesonline.org/?p=191085",
            "Ghonim, who spoke at a recent Al Jazeera forum on Internet freedom, tweeted "
            "throughout the demonstrations on January 25. On the 26th, following the ban on "
            'Twitter, he expressed anger at the censors in a tweet that would become a "top '
            'tweet":\n',
            '"top tweet"',
            "he",
        ),
        (
            "http://globalvoicesonline.org/?p=192786",
            "And indeed, the disease is already in Lima, although the Minister of Health states "
            'that "they are imported cases from the Loreto region" and that the infection by '
            'mosquito bite "did not occur here."\n',
            '"they are imported',
            "the Minister of Health",
        ),
        (
            "http://globalvoicesonline.org/?p=198330",
            "> Ongoing clashes btween police and a handful of what my contacts in Marrakech "
            'called "thugs unrelated to marchers. Minor incidents" #feb20\n',
            '"thugs unrelated',
            "my contacts in Marrakech",
        ),
        (
            "http://globalvoicesonline.org/?p=199366",
            '> @tololy: NOW Gaddafi: "If things reach the level of using force, we WILL use it '
            "in accordance with int'l law & the Libyan constitution\"\n",
            '"If things reach',
            "Gaddafi",
        ),
        (
            "http://globalvoicesonline.org/?p=195359",
            "> “Come out on streets if you want to get justice and secure your rights,” he "
            "emphatically urged the people.\n",
            "“Come out on streets",
            "he",
        ),
        (
            "http://globalvoicesonline.org/?p=189367",
            "This other video, posted by no2again, shows more protesters peacefully chanting "
            'among other slogans: "Down, down with Hosni Mubarak!", "State security? State '
            'security? We have no state, and no security!":\n',
            '"Down, down',
            None,
        ),
        (
            "http://globalvoicesonline.org/2012/05/07/"
            "russia-violence-plunges-opposition-into-debate-about-tactics/",
            "Ksenia Sobchak, for her part, maintains hope in the salvation powers of the "
            'Internet, writing on LiveJournal, "Please, Mother of God, send Putin a computer '
            "-- it's the last chance we've got.\"\n",
            '"Please, Mother of God',
            "Ksenia Sobchak",
        ),
        (
            "http://globalvoicesonline.org/?p=190293",
            '> RT @SamerKaram: just got off phone with a friend in Egypt: "people r bein '
            "kidnapped by police, some return, some haven't returned\" #jan25\n",
            '"people r bein',
            "@SamerKaram",
        ),
        (
            "http://globalvoicesonline.org/?p=196008",
            'Because Mr Yang Chao is not a normal netizen, he is a representative of "the '
            'intellectuals", who keep promoting reading culture.\n',
            '"the intellectuals"',
            None,
        ),
        (
            "http://globalvoicesonline.org/2012/05/10/"
            "venezuela-video-caracas-city-of-farewells-sparks-discussion-on-emigration/",
            "A kind of opposition dictatorship has sprung up, just like the Chavista one, in "
            'which everyone repeats in unison whatever the "leaders of the opposition" tell '
            "them to say.\n",
            '"leaders of the opposition"',
            None,
        ),
        (
            "http://globalvoicesonline.org/2012/05/14/"
            "saudi-arabia-may-7-marked-as-saudi-liberalism-day/",
            "Abdullah Mohemed Al Dawood quoted Al Jazeera talk show host Faisal Al Qassem who "
            "apparently said: \"I laugh very much when I see a secular man, who hasn't even "
            "convinced his family about his ideas, attacking the Islamists who control the "
            'streets everywhere."\n',
            '"I laugh very much',
            "Al Jazeera talk show host Faisal Al Qassem",
        ),
        (
            "http://globalvoicesonline.org/2011/02/14/"
            "russia-blogger-detained-for-spreading-bombing-rumors/",
            'Not a surprise, but the news about the "League of Internet Safety" made Russia '
            "netizens feel neither more secure nor safer in their blogging.\n",
            '"League of Internet Safety"',
            None,
        ),
        (
            "http://globalvoicesonline.org/2012/05/14/kenya-to-pay-or-not-to-payinterns/",
            '> @tyrus_: Aye how come all those KE companies on Twitter who tweet "Good morning '
            'and Good night" and sell new products cant respond to #PayInterns ?\n',
            '"Good morning',
            None,
        ),
        (
            "http://globalvoicesonline.org/2012/05/11/russia-yavlinsky-stir-reveals-opposition-rift/",
            "What kind of simpleton (or conscious discreditor) does one have to be to distort "
            "this into 'Yavlinksy is against the demonstrations' and equate his statement with "
            "the position of Putin and his buddies!?\n",
            "'Yavlinksy is against",
            None,
        ),
        (
            "http://globalvoicesonline.org/2012/05/21/"
            "israel-increase-in-racism-against-african-asylum-seekers/",
            "It is crucial to remind editors in charge of phrasing headlines and crime reporters "
            "that Article 14 of the Ethics Regulations of the Israeli Press Council - entitled "
            '"Discrimination and Racism" - forbids mentioning the association of a criminal or a '
            "suspect with any sector of society, unless the affiliation to this group has a direct "
            "and clear connection to his crime. [...] It is clear that the headlines "
            '"Eritreans suspected of an assault in southern Tel Aviv" and "African suspected of '
            'robbery" are grave violations of the aforementioned article, because the '
            "mentioning of the criminal's ethnicity implicates the criminal's entire people or "
            "race.\n",
            '"Eritreans suspected',
            None,
        ),
        (
            "https://en.wikinews.org/wiki/Americans_contribute_to_relief_effort",
            "On Monday of this week, Jan Egeland, the UN's chief of emergency relief, said that "
            'rich nations like the U.S. were being "stingy" by making small contributions.\n',
            '"stingy"',
            "Jan Egeland",
        ),
    ],
)
def test_a_speaker_phrase_is_a_noun_phrase(
    url: str, text: str, quote: str, expected: str | None
) -> None:
    (record,) = [item for item in records(text) if item.text.startswith(quote)]
    assert record.speaker == expected, url


def wordset(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Words a speaker cannot start with: prepositions, conjunctions, times.
OPENERS = wordset(
    """to of in on at by for from with via after before despite during since while when as
    about against among around between into over through under until upon within without
    including and but or nor if because although though unless whether earlier later
    yesterday today tonight tomorrow now then monday tuesday wednesday thursday friday
    saturday sunday not also even just there here"""
)
# Finite verbs and speech verbs, lowercase (May and Will are names): a speaker holding one
# is a clause.
VERBS = wordset(
    """is was were are am has had have been does did could would will can shall should may
    might must said says say told tells wrote writes asked added explained noted tweeted
    stated comes goes runs gets get forgot knows thinks wants seems"""
)
CONTRACTION = re.compile(
    r"(?i)\b(?:\w+n['’]t|(?:i|you|he|she|it|we|they|that|there|here|what|who)['’](?:s|m|d|re|ve|ll))\b"
)
# Verbs a fragment opens with, lowercase (made Russia netizens, shows more protesters), and
# participles that open a noun phrase instead (unnamed officials, armed men).
OPENING_VERBS = wordset(
    """made makes sent sends shows show forbids keep sell equate deludes goes gives leaves
    seems hope let tell ask came took got found became began published posted called wants
    think know"""
)
ADJECTIVES = wordset(
    """unnamed armed united elected retired concerned unidentified detained exiled jailed
    wounded injured unemployed disabled educated"""
)
# A subject pronoun inside a longer speaker opens a clause (With tears in her eyes she).
SUBJECTS = wordset("he she we they")
# Alone, no speaker: an article, a determiner or an object pronoun (A, her, them).
NOT_ALONE = wordset("a an the this that my his her their our its your him them me us")
# Lowercase words in -ly that are nouns or adjectives, not adverbs (family members).
NOT_ADVERBS = wordset("family ally daily weekly monthly assembly elderly")
# Words a speaker cannot end with: prepositions, conjunctions, determiners.
CLOSERS = (
    OPENERS - wordset("now then today yesterday tonight tomorrow also even just there here")
) | wordset("a an the my his her their our its your than")
# A quotation mark; ' and ’ are apostrophes inside a word (O'Brien, it’s) and after a
# possessive's s, z or x (Reuters', Chavez').
QUOTE_MARK = re.compile(r"[\"“”‘«»„]|(?<!\w)['’]|['’](?!\w)(?<![sSzZxX]['’])")
WORD = re.compile(r"[\w@#'’.-]*\w")


# Real speakers of the corpora that look like fragments: a blog ("Sin EVAsion") and a
# policeman as a transcript names him.
NAMES = frozenset({"Without Evasion", "Security Police A"})


def faults(speaker: str) -> list[str]:
    """Why ``speaker`` is no person or body: empty for a good one."""
    if speaker in NAMES:
        return []
    found = []
    words = WORD.findall(speaker)
    if not words:
        return ["no word"]
    first, last = words[0], words[-1]
    if QUOTE_MARK.search(speaker):
        found.append("a quotation mark")
    if first.lower() in OPENERS:
        found.append(f"starts with {first!r}")
    verb = next((word for word in words if word in VERBS), None)
    contraction = CONTRACTION.search(speaker)
    if verb or contraction:
        found.append(f"a finite verb, {verb or contraction.group()!r}")
    if first in OPENING_VERBS or (
        first.islower() and first.endswith("ed") and len(first) > 4 and first not in ADJECTIVES
    ):
        found.append(f"starts with the verb {first!r}")
    if len(words) > 1 and (
        any(word in SUBJECTS for word in words)
        or any(word == "I" and after.islower() for word, after in pairwise(words))
    ):
        found.append("a clause: a subject pronoun")
    if first.islower() and first.endswith("ly") and len(first) > 3 and first not in NOT_ADVERBS:
        found.append(f"starts with the adverb {first!r}")
    if len(words) == 1 and first.lower() in NOT_ALONE and first != "US":  # the country
        found.append(f"only {first!r}")
    if len(words) > 1 and last.lower() in CLOSERS:
        found.append(f"ends with {last!r}")
    if len(words) > 12 or speaker.endswith("…"):
        found.append("more than 12 words")
    if not (speaker[0].isalnum() or speaker[0] in "@#") or speaker[-1] in ",:;(-…":
        found.append("starts or ends with punctuation")
    return found


@pytest.mark.parametrize(
    "speaker",
    [
        "Jeff Rathke, the State Department Spokesperson",
        "Mr. Tedeschi",
        "Conan O'Brien",
        "Armenia’s first President",
        "the Sydney Morning Herald",
        "PC World's recent analysis of its own web traffic statistics",
        "The Canadian Press' reporter",
        "@Belligiani",
        "he",
        "unnamed officials",
        "Theresa May",
        "Y. H. Kim",
        "family members",
        "Without Evasion",
        "US",
    ],
)
def test_faults_pass_names(speaker: str) -> None:
    assert faults(speaker) == []


@pytest.mark.parametrize(
    ("speaker", "fault"),
    [
        ('" Professor Eastman', "a quotation mark"),
        ("'what I did", "a quotation mark"),
        ("his return from 'political retirement.'", "a quotation mark"),
        ("to al-Ikhbariya television", "starts with 'to'"),
        ("In one of his last interviews he", "starts with 'In'"),
        ("Yesterday the minister", "starts with 'Yesterday'"),
        ("all of our friends and all of our acquaintances would", "a finite verb, 'would'"),
        ("it's", 'a finite verb, "it\'s"'),
        ("made Russia netizens", "starts with the verb 'made'"),
        ("created a Facebook page", "starts with the verb 'created'"),
        ("in a very long", "starts with 'in'"),
        ("issued a", "ends with 'a'"),
        ("Bolden to the gathered crowd by", "ends with 'by'"),
        ("a b c d e f g h i j k l m", "more than 12 words"),
        (
            "Senior researcher Mu Li, of the University of NSW's school of public…",
            "more than 12 words",
        ),
        ("> Urimtal", "starts or ends with punctuation"),
        ("Granier,", "starts or ends with punctuation"),
        ("With tears in her eyes she", "a clause: a subject pronoun"),
        ("I forgot what the rest of it", "a clause: a subject pronoun"),
        ("someone comes up", "a finite verb, 'comes'"),
        ("sentimentally", "starts with the adverb 'sentimentally'"),
        ("not", "starts with 'not'"),
        ("A", "only 'A'"),
    ],
)
def test_faults_find_fragments(speaker: str, fault: str) -> None:
    assert fault in faults(speaker)


def offenders(folder: Path, files: list[Path]) -> list[str]:
    """Every speaker of ``files`` with a fault, as file:line: "quotation" -> speaker."""
    found = []
    for path in files:
        document = read_document(str(path), path.read_bytes())
        for record in quotation_records(document):
            if record.speaker is None or not (problems := faults(record.speaker.strip())):
                continue
            found.append(
                f"{path.relative_to(folder)}:{record.line}: {record.text[:40]!r} -> "
                f"{record.speaker!r} ({'; '.join(problems)})"
            )
    return found


@pytest.mark.parametrize(
    "where",
    [
        pytest.param("fixtures", id="fixtures"),
        pytest.param("shared corpus", id="shared-corpus"),
    ],
)
def test_no_speaker_is_a_fragment(where: str) -> None:
    if where == "fixtures":
        folder, files = FIXTURES, sorted(FIXTURES.glob("*/*.md"))
        assert len(files) == 88
    else:
        if not (CORPUS / "globalvoices").is_dir():
            pytest.skip(f"no corpus at {CORPUS}")
        folder = CORPUS
        files = sorted(path for name in CORPORA for path in (CORPUS / name).glob("*.md"))
    found = offenders(folder, files)
    assert not found, f"{len(found)} speakers are no person or body:\n" + "\n".join(found)
