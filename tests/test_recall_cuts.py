"""Recall on real cuts: real attributed quotations and real sourced figures from news, each
copied with its attribution or source deleted, and what ATR001, ATR002 and FIG001 say.

Every case is a real paragraph (quotations: with the real paragraph before it, whose speaker
ATR002 names when one carries) or a real sentence (figures), copied word for word from the
article at its address; the only change is the deletion ``cut`` makes. Sources:
/work/shared/corpus (English Wikinews: CC BY 2.5, or public domain for text before 25
September 2005; Global Voices: CC BY 3.0, quoted third-party material excluded), the seed
(examples/north-korean-refugees.txt) and the Reuters story of
tests/fixtures/reuters-underground-railroad.txt. Change noted for the licences: the
attribution or source of each copy is deleted.

How the cases were picked, before their cuts were linted: candidates in file order (seed,
Reuters story, wikinews-gum news, wikinews-wikinewssum, globalvoices; interviews and
interview answers, block quotations and headings left out, and lead-ins with more than the
speaker and the verb, such as "On Wednesday, X told GB News:"); a quotation with its speaker
in its own sentence ("…," said X / "…," X said / X said: "…" / "…", according to X) of five
words or more, a figure (a percentage, money, a count of people of ten or more, an estimate,
a population) in a sentence with no quotation marks whose source opens or closes the
sentence (According to X, … / …, according to X. / X said (that) … / …, police said.). Only
candidates whose uncut text has no finding were kept, at most two per article, a repeated
paragraph once; then 40 of each, evenly spaced (the k-th of n kept when floor((k + 1) * 40 /
n) > floor(k * 40 / n)). Figure candidates whose deletion did not leave a sentence (a
fragment with no verb), or whose cue was not the figure's source, were dropped before
linting; a few cuts were corrected by hand to delete the whole sourcing clause. ``expected``
is the code the cut got (or MISSED), as observed, not as wished: each miss says why.
"""

from __future__ import annotations

import pytest

from conftest import problems

ATR001 = "ATR001"
ATR002 = "ATR002"
FIG001 = "FIG001"
MISSED = "MISSED"
SEED = "seed"
REUTERS = "Reuters story, tests/fixtures/reuters-underground-railroad.txt"
HEADLINE = "Headline\n\n"  # the first paragraph is the headline, whose quotations are exempt


def cut(text: str, deleted: str, kept: str = "") -> tuple[str, str]:
    """The uncut ``text`` and its copy with ``deleted`` (found once) replaced by ``kept``."""
    assert text.count(deleted) == 1, deleted
    return text, text.replace(deleted, kept)


SEED_LEE_AND_KWANG = (
    "Lee had crossed the Tumen River in a group of eight girls. When she arrived in "
    "China, Lee said she was taken to a apartment on the fourth floor of a pale yellow "
    "building in Yanji, a city in Jilin province about 50 kilometers from Tumen, where "
    "most signs are written in Korean and Chinese and scores of restaurants sell "
    "bibimbap and kimchi, due to the large population of ethnic Koreans. At the "
    "apartment, she realized there was no restaurant job. Instead, Lee said her broker "
    "had sold her for 30,000 yuan (about $4,500) to the operator of a cybersex "
    "chatroom. “When I found out, I felt so humiliated,” she whispered. “I started "
    "crying and asked to leave, but the boss said he had paid a lot of money for me "
    "and I now had a debt towards him.”\n\nTwo other North Korean women already lived "
    "in the two-bedroom apartment Lee was delivered to. One was 19-year-old Kwang "
    "Ha-Yoon, whose name has also been changed to protect her identity, locked up for "
    "two years when Lee arrived. “My parents split up when I was very young and I grew "
    "up with my mother and grandparents,” she said. “We never had enough to eat.” "
    "Kwang left North Korea to earn money to send to her family. “Both my mother and "
    "my grandmother had cancer and needed treatment,” she said. But all the money "
    "Kwang earned in China went to her captor. During the seven years Kwang spent "
    "locked up in his apartment, she said he never gave her a cent."
)

QUOTATION_CUTS: list[tuple[str, str, str, str]] = [
    (
        SEED,
        *cut(
            "The woman, now living in South Korea, said she heard rumors her son is being held "
            "in a Chinese prison near the North Korean border, but has had no official news of "
            "his whereabouts.\n\n“Raiding a house? I’ve only seen two or three times,” said Y. "
            "H. Kim, chairman of the North Korea Refugees Human Rights Association of Korea, "
            "who left North Korea in 1988 and has acted as a middleman for the past 15 years, "
            "connecting donors with brokers who help defectors. “You get caught on the way, "
            "you get caught moving. But getting caught at a home, you can count on one hand.”",
            "times,” said Y. H. Kim, chairman of the North Korea Refugees Human Rights "
            "Association of Korea, who left North Korea in 1988 and has acted as a middleman "
            "for the past 15 years, connecting donors with brokers who help defectors.",
            "times.”",
        ),
        ATR002,
    ),
    (
        SEED,
        *cut(
            "An activist at another organization that helps spirit defectors out of North "
            "Korea said so far its network had not been affected, but they were concerned "
            "about networks being targeted and safe houses being raided.\n\n“That is a bit of "
            "a different level, more targeted and acting on intelligence that they may have "
            "been sitting on to smash up networks,” he said, speaking on condition of "
            "anonymity to protect the organization’s work.",
            "networks,” he said, speaking on condition of anonymity to protect the "
            "organization’s work.",
            "networks.”",
        ),
        ATR002,
    ),
    (
        SEED,
        *cut(
            SEED_LEE_AND_KWANG,
            "grandparents,” she said.",
            "grandparents.”",
        ),
        ATR001,
    ),
    (
        SEED,
        *cut(
            SEED_LEE_AND_KWANG,
            "treatment,” she said.",
            "treatment.”",
        ),
        # The speaker of the earlier quotation in the paragraph (“…,” she said) carries over,
        # past the writer's sentence between: a note that the speaker is carried.
        ATR002,
    ),
    (
        SEED,
        *cut(
            "In order to keep a close eye on them, Lee’s captor slept in the living room of "
            "the small apartment from where she worked along with another young North Korean "
            "woman, Kwang. “The front door was always locked from the outside and there was no "
            "handle on the inside. … Every six months, he would take us out to the park. "
            "During those outings, he would always stay right next to us, so we never got to "
            "talk to anyone,” said Lee. In 2015, Lee tried to escape by climbing out of a "
            "window and down a metal drain, but she fell and hurt her back and leg. She still "
            "limps slightly.\n\n“One day one of my customers [from South Korea] realized I was "
            "North Korean and was being held captive,” said Lee. While most men probably knew "
            "the girls weren’t South Korean, because North Koreans have different accents and "
            "dialects to people in the south, they chose to look the other way. This man was "
            "different. “He bought a laptop and let me take control of the screen remotely, so "
            "I could send messages without my boss noticing,” Lee said.",
            "captive,” said Lee.",
            "captive.”",
        ),
        ATR001,
    ),
    (
        SEED,
        *cut(
            "After Kim Jong Un came to power in 2011, border security was tightened to avoid "
            "the bad publicity associated with defections and prevent information about North "
            "Korea trickling into the country, according to Tim Peters, an American pastor who "
            "co-founded an NGO called Helping Hands that helps defectors flee. An electric "
            "fence was added, as well as cameras at the border. \xa0\n\n“On the Chinese side, "
            "patrols were also increased because Beijing is afraid an influx of refugees could "
            "destabilize its own regime,” he added.",
            "regime,” he added.",
            "regime.”",
        ),
        ATR001,
    ),
    (
        SEED,
        *cut(
            "Korean pastors have set up a network of routes and safe houses in China inspired "
            "by the Underground Railroad, the secret passages enslaved African-Americans used "
            "to escape to free states from the late 1700s until the US Civil War.\n\n“Each "
            "individual cell knows nothing about the other ones, to avoid compromising the "
            "whole operation if one of them gets caught,” said Tim Peters, the American pastor "
            "living in Seoul who is helping North Koreans flee.",
            "caught,” said Tim Peters, the American pastor living in Seoul who is helping "
            "North Koreans flee.",
            "caught.”",
        ),
        ATR002,
    ),
    (
        REUTERS,
        *cut(
            "Most worrisome for activists is that the arrests largely occurred away from the "
            "North Korean border – an area dubbed the “red zone” where most escapees get "
            "caught – and included rare raids on at least two safe houses.\n\n“Raiding a "
            "house? I’ve only seen two or three times,” said Kim, who left North Korea in 1988 "
            "and has acted as a middleman for the past 15 years, connecting donors with "
            "brokers who help defectors.",
            "times,” said Kim, who left North Korea in 1988 and has acted as a middleman for "
            "the past 15 years, connecting donors with brokers who help defectors.",
            "times.”",
        ),
        ATR001,
    ),
    (
        REUTERS,
        *cut(
            "The increase in arrests is likely driven by multiple factors, including "
            "deteriorating economic conditions in North Korea and China’s concern about the "
            "potential for a big influx of refugees, said Kim Seung-eun, a pastor at Seoul’s "
            "Caleb Mission Church, which helps defectors escape.\n\n“In the past, up to half a "
            "million North Korean defectors came to China,” Kim said, citing the period in the "
            "1990s when famine struck North Korea. “A lot of these arrests have to do with "
            "China wanting to prevent this again.”\xa0",
            "China,” Kim said, citing the period in the 1990s when famine struck North Korea.",
            "China.”",
        ),
        ATR002,
    ),
    (
        "https://en.wikinews.org/wiki/Australian_children_suffering_from_iodine_deficiency",
        *cut(
            "Professor Eastman says iodine is added to only 10 per cent of Australian salt in "
            "contravention of a World Health Organisation recommendation that all salt be "
            "iodised. He says authorities are reacting slowly to his urgent calls for "
            'mandatory iodised salt.\n\n"The effects of iodine deficiency are dependent upon '
            "how severe it is and when it occurs. So if we go to the pregnant woman, she "
            "doesn't get enough iodine, she won't make enough thyroid hormone, and the foetus "
            "won't get the amount of thyroid hormone it needs for adequate and proper "
            "development of the brain, so you'll then see consequences being loss of IQ, "
            'learning difficulties, hearing difficulties and other neurological problems," '
            "Professor Eastman said.",
            'problems," Professor Eastman said.',
            'problems."',
        ),
        ATR002,
    ),
    (
        "https://en.wikinews.org/wiki/Hackers_attack_Church_of_Scientology_website",
        *cut(
            'One poster admitted to being a part of the effort, writing in a blog post "I have '
            "myself, as per instructions, loaded up Gigaloader and started bombarding the "
            "Scientology homepage. Theres [sic] something in the hilarious anarchy of the net "
            "that produces these 'events' every now and again.\" The poster wrote that "
            '"Prompted I think by the Tom Cruise video, a new obsession is taking hold on the '
            'internet. An insurgency against The Church of Scientology."\n\n"Someone emailed '
            "me earlier today talking about a tool a group’s been using to attack the "
            "scientology website. It’s an interesting tool, created to overload/create "
            'malformed strings and crash a website’s database," said the post by an unknown '
            "author on pigmy.",
            'database," said the post by an unknown author on pigmy.',
            'database."',
        ),
        ATR002,
    ),
    (
        "https://en.wikinews.org/wiki/Sensitive_Canadian_document_found_on_rainy_streets",
        *cut(
            "Environment Canada spokeswoman Sujata Raisinghani told CBC News the department "
            'will look into the incident.\n\n"We take document security seriously," she said, '
            "but refused to give any more details about how the papers came to be on a road.",
            'seriously," she said, but refused to give any more details about how the papers '
            "came to be on a road.",
            'seriously."',
        ),
        ATR002,
    ),
    (
        "https://en.wikinews.org/wiki/Parents_prosecuted_after_homeopathic_treatment_leads_to_daughter%27s_death",
        *cut(
            "Allegedly, Thomas' sister pleaded with him to send Gloria to a conventional "
            'medical doctor, but he replied "I am not able to do that". The parents are also '
            "accused of putting their social life ahead of their child, taking her on a trip "
            "to India and leaving her to servants while embarking on a busy social schedule, "
            "and giving her homeopathic drops instead of using the prescription creams they "
            "had been given.\n\nGloria was finally taken to the emergency department shortly "
            'before her death. By this time, "her skin was weeping, her body malnourished and '
            'her corneas melting", according to the Sydney Morning Herald.',
            'melting", according to the Sydney Morning Herald.',
            'melting."',
        ),
        ATR001,
    ),
    (
        "https://en.wikinews.org/wiki/Scientology_defector_arrested_after_attempting_to_leave_organization",
        *cut(
            "Montalvo had read an article in the Scientology propaganda publication Freedom "
            "Magazine, which attacked high-ranking defectors from the organization including "
            "Tom Devocht and Mark Rathbun. Montalvo had known Devocht personally, and came to "
            "the conclusion that the claims made about him in the Freedom article were lies. "
            "Montalvo was subsequently motivated to seek out information about Scientology on "
            "the Internet, and came upon a blog written by Rathbun. Montalvo contacted former "
            "members of Scientology, who helped him leave the organization and get in touch "
            "with Devocht. He traveled to Florida to meet with Devocht, who had told Montalvo "
            "he would assist him with future employment and housing.\n\nAccording to Rathbun "
            "the Scientology property in question was returned by mail to the organization by "
            "Montalvo shortly after he left the Sea Org. Scientology officials have stated "
            "they have not received the materials. After calling the Scientology organization "
            "by phone to attempt to speak with his mother, Montalvo was instead put through to "
            'a Scientology attorney, Kendrick Moxon. Rathbun wrote, "Moxon proceeded to lie to '
            "Daniel that the hard drives were never returned, and made a convincing case (not "
            "difficult to do with a 19 year old who does not even know the three branches of "
            "government) that Daniel would be put behind iron bars for a good long time, "
            'UNLESS of course, he returned and cooperated with Moxon and routed out properly." '
            'To "route out" in Scientology jargon refers to the member who wishes to leave '
            "proceeding through a set of interrogative exit interviews while attached to the "
            "Scientology device called the E-meter.",
            'Rathbun wrote, "Moxon',
            '"Moxon',
        ),
        # Caught since: was missed when this case was written.
        ATR002,
    ),
    (
        "https://en.wikinews.org/wiki/Warhol%27s_photo_legacy_spread_by_university_exhibits",
        *cut(
            "\"I think America's obsession with celebrity culture is as strong today as it was "
            'when Warhol was living", said Gustafon. "People are still intrigued by how stars '
            "live, dress and socialize, since it is so different from most people's every day "
            "lives.\"\n\nWilkins explained Warhol's obsession with celebrities began when he "
            "first collected head shots as a kid and continued as a passion throughout his "
            "life. \"He's hanging out with the celebrities, and has kind of become the same "
            'sort of celebrity he was interested in documenting earlier in his career", '
            "Wilkins said.",
            'career", Wilkins said.',
            'career."',
        ),
        # Caught since: was missed when this case was written.
        ATR002,
    ),
    (
        "https://en.wikinews.org/wiki/Over_900_asylum_seekers_rescued_off_Indonesian_coast",
        *cut(
            "Thailand has recently cracked down on human trafficking, which has affected the "
            "routes by which people-smugglers transport migrants.\n\nThe US State Department "
            "said John Kerry, the Secretary of State, contacted Thailand's foreign minister "
            "over temporary housing for the Rohingya out at sea. Jeff Rathke, the State "
            'Department Spokesperson, said, "We urge the governments of the region to work '
            "together quickly, first and foremost, to save the lives of migrants now at sea "
            'who are in need of an immediate rescue effort". Rathke also asked the governments '
            "of South East Asia not to turn away boats of people seeking asylum.",
            'Jeff Rathke, the State Department Spokesperson, said, "We',
            '"We',
        ),
        # Caught since: was missed when this case was written.
        ATR002,
    ),
    (
        "https://en.wikinews.org/wiki/North_Korea_puts_military_in_%27quasi-state_of_war%27",
        *cut(
            '"War maniacs of the South Korean puppet military made another grave provocation '
            "to the DPRK in the central western sector of the front on Thursday afternoon. "
            "They perpetrated such reckless action as firing 36 shells at KPA civil police "
            "posts under the absurd pretext that the KPA fired one shell at the south side. "
            "Six shells of them hit the area near KPA civil police posts 542 and 543 and other "
            '15 shells fell near KPA civil police posts 250 and 251", said KCNA. "Foolhardy '
            'provocation deserves harsh punishment", it added; and, later, "Kim Jong-un issued '
            "an order of the supreme commander of the Korean People's Army [KPA] that the "
            "front-line large combined units of the KPA should enter a wartime state to be "
            'fully battle ready to launch surprise operations".\n\nYesterday, North Korea '
            "fired artillery rounds aimed at a loudspeaker in South Korea that broadcasts "
            "anti-Pyongyang propaganda into the North. \"Commanders of the Korean People's "
            "Army were hastily dispatched to the front-line troops to command military "
            "operations to destroy psychological warfare tools if the enemy does not stop the "
            "propaganda broadcast within 48 hours and prepare against the enemy's possible "
            'counteractions", added KCNA.',
            'counteractions", added KCNA.',
            'counteractions."',
        ),
        ATR001,
    ),
    (
        "https://en.wikinews.org/wiki/At_least_107_killed_in_Mecca_crane_collapse",
        *cut(
            "The accident, which occurred yesterday afternoon, was caused by strong winds and "
            "heavy rain that led the crane to fall. Photos released of the scene showed "
            "numerous bloodied bodies and various scattered debris.\n\nThe accident occurred "
            'at a time when the mosque was relatively uncrowded. "Had it happened an hour '
            'later it would have been much worse," Khaled Al-Maeena, editor at large at the '
            'Saudi Gazette, said. "Had it happened five hours earlier or four hours earlier, I '
            'think the death toll would have been more than a thousand."',
            'worse," Khaled Al-Maeena, editor at large at the Saudi Gazette, said.',
            'worse."',
        ),
        ATR001,
    ),
    (
        "https://en.wikinews.org/wiki/Australians_talk_tough_ahead_of_Brisbane_test_match",
        *cut(
            "Bowler Shane Warne has stated that he will be targeting New Zealand captain "
            "Stephen Fleming, Glenn McGrath has revealed that he will be after Nathan Astle, "
            "and Australian batsman Matthew Hayden has vowed to hit New Zealand bowler Daniel "
            "Vettori out of the ground.\n\nThe New Zealand team's reaction to this Australian "
            'bravado was muted.  "It\'s just history repeating itself", said former New '
            'Zealand coach and former test player John Bracewell.  "They just have a set of '
            "lines they've been using since I've been coming over here and it's exactly the "
            "same story, just a different name saying it. It's just repetitious\", he went on "
            "to say.  New Zealand batsman Scott Styris went further, labelling the "
            'Australians\' comments as "a yawn".',
            'itself", said former New Zealand coach and former test player John Bracewell.',
            'itself."',
        ),
        ATR001,
    ),
    (
        "https://en.wikinews.org/wiki/Nobel_Peace_Prize_awarded_to_Kenyan_environmental_activist",
        *cut(
            "Dr Maathai's project was opposed by the Kenyan government during Daniel arap "
            "Moi's  rule, and Dr Maathai's demonstrations to protect the forests often met "
            'with violent resistance; eventually, she was jailed.\n\n"The government thinks '
            'that by threatening me and bashing me they can silence me," Dr Maathai said. "But '
            "I have an elephant's skin and somebody must raise their voice.\"",
            'me," Dr Maathai said.',
            'me."',
        ),
        ATR001,
    ),
    (
        "https://en.wikinews.org/wiki/'Noise'_takes_on_'Fockers'_in_weekend_box_office_race",
        *cut(
            '"White Noise never gives skeptics a chance to enjoy the film. I also suspect even '
            'believers will be bored," Jack Garner, film critic for Gannet News Service said. '
            "Garner's not alone in panning the film. According to web site RottenTomatoes.com, "
            "87 percent of film critics in its survey have given the film a bad "
            'review.\n\n"The nominal thriller White Noise is worthy neither of Michael '
            "Keaton's talents nor even a desperate horror fan's attention,\" Manohla Dargis, "
            "film critic for the New York Times, said.",
            'attention," Manohla Dargis, film critic for the New York Times, said.',
            'attention."',
        ),
        ATR001,
    ),
    (
        "https://en.wikinews.org/wiki/South_American_Community_of_Nations_announced_at_Third_South_American_Summit",
        *cut(
            "SACN's short-term political and economic effects may be limited. The elimination "
            "of all trade tariffs has long been a goal of both the Andean Community and "
            "Mercosur, but has had little success.\n\nHowever, 32 construction projects were "
            "approved at the summit. Worth US$4.3bn over five years, the projects focus on "
            "improving regional infrastructure. The largest is a US$700m road highway that "
            'will link Brazil and Peru across the Andes mountains. "These are anchor projects '
            'that will be carried out over five years," said Wagner. "They were chosen because '
            "they do not serve merely as corridors between countries and zones, but also as a "
            "means of promoting development in border regions, which have traditionally been "
            'the poorest and most marginalised in our countries." Wagner identifies 350 '
            "potential infrastructure projects of a combined cost of US$200bn.",
            'years," said Wagner.',
            'years."',
        ),
        ATR001,
    ),
    (
        "https://en.wikinews.org/wiki/UN_'optimistic'_on_tsunami_aid_effort",
        *cut(
            "The United Nations (UN) emergency relief coordinator Jan Egeland has said that he "
            "is increasingly optimistic about the relief efforts under way in tsunami-stricken "
            "countries. However, he cautions that there are still major problems getting aid "
            "to the Indonesian province of Aceh. The BBC's Rachel Harvey, stationed in "
            "provincial capital Banda Aceh, reports that the area has been completely cut off "
            "for a week. He also said that logistical bottle necks that hampered speedy "
            "delivery of aid were improving, with new coordination centers set up in Aceh, "
            "near the epicenter of the earthquake, and Jakarta. Regional officials warn that "
            "despite improvements, some places may not receive aid for up to two "
            "weeks.\n\nUnited States helicopters, based on a US aircraft carrier stationed off "
            "the coast of western Aceh, have begun dropping food and supplies into isolated "
            "parts of Aceh province. About 12 Seahawk helicopters are involved in the "
            'operation. "We are relying on the helicopter system because that is the only way '
            'we can reach the most remote areas," said Michael Elmquist, head of the UN '
            "disaster relief operation in Indonesia. According to the World Food Programme, "
            "some helicopters are unable to touch down because mobs of people run towards them "
            "for help. Supplies are often thrown out of the helicopters to the crowd below.",
            'areas," said Michael Elmquist, head of the UN disaster relief operation in Indonesia.',
            'areas."',
        ),
        ATR001,
    ),
    (
        "https://en.wikinews.org/wiki/Yushchenko_claims_victory_in_re-run",
        *cut(
            "This latest round of voting was to replace the results of the second run-off "
            "election held on November 21, 2004. After the November vote, many international "
            "observers criticized the vote as fradulent, and some regions saw voter turnout "
            "listed in excess of 100%, prompting the opposition — including Mr. Yushchenko — "
            "to assert that the results were invalid. Supporters of the opposition pursued "
            "legal channels, such as appealing to the country's parliament and its Supreme "
            "Court, as well as maintained a blocade of key government buildings in an effort "
            "to force a new election.\n\nThe new results were not, however, accepted by both "
            "sides. The government candidate, Mr. Yanukovich, vowed to challenge the outcome "
            'in the Supreme Court. "I will never recognize this defeat because the '
            'constitution and human rights were violated," he said at a press conference.',
            'violated," he said at a press conference.',
            'violated."',
        ),
        # Caught since: was missed when this case was written.
        ATR002,
    ),
    (
        "http://globalvoicesonline.org/?p=185893",
        *cut(
            'His post entitled “We are not all Africans, black people are"has generated '
            "interesting reactions online with some people agreeing with him while others "
            "consider his arguments to be divisive.\n\nHe says, “You can be an African in any "
            "colour as long as he is black.”:",
            "He says, “You",
            "“You",
        ),
        # Missed: the paragraph before opens a quotation with “ and closes it with a straight
        # quote run into the next word (are"has), so the marks pair wrongly and this quotation
        # is not read.
        MISSED,
    ),
    (
        "http://globalvoicesonline.org/?p=188279",
        *cut(
            "> \"We have tried some campaigns on Zing Me, but the results weren't very good. "
            "Most of Zing Me users are under 15, and many of them log in Zing Me just to play "
            "Nong trai (a game similar to Facebook's Farmville). There are not many activities "
            'outside games".\n\nEarlier this year, they ran a campaign for Sony Ericsson Vivaz '
            "where they used Don Nguyen, an American Vietnamese comedian famous in Vietnam for "
            "his lip synching to popular Vietnamese songs, to post a video on YouTube. The "
            "video, supposedly recorded by Sony Ericsson Vivaz, attracted 800,000 views. Don "
            "Nguyen himself has more than 50,000 likes on his fanpage. Click Media’s latest "
            "campaign was for Vietnam Idol. They use many channels including Facebook, forums, "
            "Zing Me, Nhac Cua Tui - a music sharing website, Yume - a local social network. "
            'However, "Facebook is still the most effective despite its being blocked, both in '
            'term of interaction and conversion rate", said Cuong. When talking about '
            "conversion rate, he meant hits to website from Facebook. In any conversation with "
            "marketers in Vietnam, Go.vn - Vietnamese government's response to Faceobok - is "
            "pretty much out of the picture.",
            'rate", said Cuong.',
            'rate."',
        ),
        # Caught since: was missed when this case was written.
        ATR002,
    ),
    (
        "http://globalvoicesonline.org/?p=188279",
        *cut(
            "I can imagine his wink over the square screen of his laptop, with Facebook "
            "opening on top.\n\nFor those who don't enjoy that exclusiveness, what they have "
            "to do is to create a whole new page like what Gao did with 365 fanpage. \"It's "
            'risky to use Facebook", said she. "But once people start knowing you, they will '
            "follow you whenever you go. It's true with 365.\" 365's news fanpage, "
            "365dabandhas had more than 7000 likes after 3 weeks.",
            'Facebook", said she.',
            'Facebook."',
        ),
        ATR001,
    ),
    (
        "http://globalvoicesonline.org/?p=189651",
        *cut(
            "> Now that I’m on a reporting trip in Northern Bahr al Ghazal state—away from the "
            "referendum fever that has continued to reign in Juba—I’ve been slowly working "
            "through a stockpile of interesting articles from the past week or so that have "
            "delved into a variety of referendum-related topics, including the looming process "
            "of nation-state formation in the south. Although I’m too disorganized to commit "
            "to a weekly round-up post on my blog, find below a basic “links I dug” plus "
            "quotes from these articles that made me think. Given the slow ‘net speed where I "
            "am (plus my blog-technology-ineptitude), I’m simply pasting the URLs below "
            "instead of hyperlinking them; I realize this is unacceptable in the blogosphere "
            "so sorry for this.\n\nDadakim is amazed by a huge turnout rate of 97.6% of "
            'Southern Sudan voters in Dallas, Texas. She writes, "I’ve never heard of an '
            "election with such high participation rates (even in Australia, where voting is "
            'compulsory)." She continues:',
            'She writes, "I’ve',
            '"I’ve',
        ),
        # Caught since: was missed when this case was written.
        ATR001,
    ),
    (
        "http://globalvoicesonline.org/?p=190765",
        *cut(
            "Demonstrators singing the Egyptian anthem in New York by the United Nations; "
            'video by blogger Ahmed Al Omran of Saudi Arabia, aka "Saudi Jeans," currently a '
            "student in New York.\n\nIn another post calling for action, Mock lists a number "
            'of events organized in the US: "Demonstrations have already been held in San '
            'Francisco, New York and DC," he writes, adding that Amnesty International USA '
            "organized a rally outside the Egyptian consulate in Chicago on Saturday, January "
            "29.",
            'DC," he writes, adding that Amnesty International USA organized a rally outside '
            "the Egyptian consulate in Chicago on Saturday, January 29.",
            'DC."',
        ),
        # Missed, arguably rightly: the colon after “Mock lists a number of events organized in
        # the US” still introduces the quotation after the cut.
        MISSED,
    ),
    (
        "http://globalvoicesonline.org/?p=192426",
        *cut(
            "The fact is that in the program, rather than analyze the vehicle as such, the "
            "presenters devoted their time to criticizing Mexican people based on ignorant and "
            "ill-founded stereotypes, even offending the ambassador of our country in "
            "England.\n\nJeremy Clarkson, another of the show's presenters, said: \"We won't "
            "get any complaints about this because the Mexican ambassador's going to be "
            'sitting there with a remote control like this." Mexican Ambassador to the UK, '
            "Eduardo Medina-Mora, has written to the BBC asking for an apology.",
            "Jeremy Clarkson, another of the show's presenters, said: \"We",
            '"We',
        ),
        ATR002,
    ),
    (
        "http://globalvoicesonline.org/?p=195307",
        *cut(
            "Prominent Egyptian blogger Kareem Amer, also known as Abdulkareem Nabeel "
            "Sulaiman, has been set free, tweeps confirmed today.\n\nKareem, who was with "
            "independent film-maker Samir Eshra, were 'kidnapped' by a group of thugs after "
            "leaving Tahrir Square on February 7. They were then handed over to military "
            "security for having violated the curfew imposed on Egypt, since the January 25 "
            "protests started. After spending a day in a local prison, they were sent to an "
            'army jail "in the middle of the desert" where they spent the last few days, '
            'seeing other prisoners being "water-boarded, beaten with sticks and '
            'electrocuted," according to an interview with the blogger on The Daily Beast.',
            'electrocuted," according to an interview with the blogger on The Daily Beast.',
            'electrocuted."',
        ),
        # Missed by design: the partial quotation is read as a term (a few words), not speech,
        # so it needs no speaker.
        MISSED,
    ),
    (
        "http://globalvoicesonline.org/?p=198278",
        *cut(
            '"印象深的就是那个农民工（旭日阳刚）唱的歌（《春天里》）,唱得已经非常好了，声情并茂'
            '。而且你能听出那个声音是从内心里释放出来的，里面有朴实，有感动。"\n\n“I '
            "was impressed by migrant workers’ interpretation of In Spring. Xunriyanggang "
            "showed great singing skills. You can tell the voice is from their hearts, simple "
            "yet very touching,” said Sun Haiying, a senior Chinese movie star best known for "
            "his genuine portraits of ordinary workers and soldiers, at an interview with The "
            "Beijing News.",
            "touching,” said Sun Haiying, a senior Chinese movie star best known for his "
            "genuine portraits of ordinary workers and soldiers, at an interview with The "
            "Beijing News.",
            "touching.”",
        ),
        # The quotation translates the Chinese quotation in the paragraph before, which
        # nothing before it introduces and no one signs: the translation is unattributed.
        ATR001,
    ),
    (
        "http://globalvoicesonline.org/?p=197783",
        *cut(
            "With Fidel Castro out of the public arena and the increased activity from the "
            'opposition, the leader Martha Beatriz Roque explains that "mobilization should be '
            'encouraged at the exact moment that would generate significant changes. " Parmly, '
            'in the meantime, acknowledged that the actions of the opposition, "while useful '
            "and necessary, are insufficient to achieve regime change. From our point of view, "
            "only XXXXXXXXX and Oswaldo Paya have the national recognition to mobilize a "
            'figure close to one million Cubans. "\n\nThree years after the cable was '
            "delivered, the proposal by Martha Beatriz Roque has not yet been materialized. "
            "Apparently, contrary to Parmly's predictions, the most significant figures of the "
            "traditional opposition do not have the popular support necessary to trigger an "
            "uprising.\xa0The successor of the Interests Section, Jonhatan D. Farrar, in\xa0a "
            'cable dated April 2009, says, "it is the new generation of nontraditional '
            'dissidents who are closer to achieving long-term impact on post-Castro Cuba. " '
            "For this reason, in recent years, there is focus on the performance of two key "
            'figures:\xa0the Catholic Church and "alternative bloggers."',
            'Farrar, in\xa0a cable dated April 2009, says, "it',
            '"It',
        ),
        ATR001,
    ),
    (
        "http://globalvoicesonline.org/?p=199784",
        *cut(
            '"Where ignorance is bliss, \'tis folly to be wise," wrote Thomas Gray in 1742. In '
            "the age of social networking and online media, sometimes it seems there is "
            "nothing but bad news and that there is nothing the ordinary citizen can do.",
            'wise," wrote Thomas Gray in 1742.',
            'wise."',
        ),
        ATR001,
    ),
    (
        "http://globalvoicesonline.org/?p=200628",
        *cut(
            "Libyan dictator Muammar Al Gaddafi allegedly addressed supporters in Tripoli's "
            "Green Square, promising more gloom and doom to people protesting against his "
            "rule. In his latest speech, broadcast today on Libyan TV, Gaddafi called on "
            "Libyans to defend their country, adding that he would burn it if people don't "
            'defend him.\n\n"I\'m in central Tripoli now," he said. "The people who don\'t '
            "love me don't deserve to live,\" he added, as more top Libyan officials and "
            "entire Embassies and missions abroad continued to desert him.",
            'now," he said.',
            'now."',
        ),
        ATR002,
    ),
    (
        "http://globalvoicesonline.org/2012/05/06/indonesia-geography-lesson-for-justin-bieber/",
        *cut(
            "In a recent interview during an event in London, Justin Bieber cited Indonesia as "
            '"random country" and no wonder it made a trending topic on Twitter during the '
            "last week of April.\n\nWhile explaining the creative process for one of his new "
            'tracks, Bieber said that it was recorded in some "random country". His manager, '
            'Scott Braun, interjected by saying it was produced in Indonesia. "I recorded it '
            "in a studio. Some little place. They didn't know what they were doing,\" Bieber "
            "continued.",
            'doing," Bieber continued.',
            'doing."',
        ),
        # Caught since: was missed when this case was written.
        ATR002,
    ),
    (
        "http://globalvoicesonline.org/2012/05/09/hungary-oligarch-is-the-new-buzzword-of-the-hungarian-net/",
        *cut(
            "Lajos Simicska and Zsolt Nyerges became really popular with the Hungarian "
            "netizens, who produced funny pictures and animated GIFs using their old portraits "
            'published in dailies. Gergely Karácsony, an MP with the LMP "Politics Can Be '
            'Different" Party, used one of the funny pictures with a cat on skis on his blog '
            "(cat on skis is a pun on the name of Mr. Simicska in Hungarian). Mr. Karácsony "
            'published the post titled "What makes the state different from a bunch of '
            "gangsters?\" after Transparency International Hungary's release of the National "
            "Integrity Study, which stated that the Hungarian state had been captured by "
            "private interest groups. In addition to the former State Secretary's claims, Mr. "
            "Karácsony listed the cases when the two influential businessmen might have "
            "received remarkable shares through their company which way too often turned out "
            "to be the winner in public procurement tenders.\n\nLast Wednesday, Mr. Ángyán had "
            "to face quite a sophisticated attack in the battle for justice. Kettős Mérce blog "
            "reported that the Hungarian news agency MTI was referring to a blog in their "
            "article about Mr. Ángyán which was created not long before the publication of the "
            "text. Kettős Mérce authors shared a screenshot of their Google Search without any "
            'result. From 14:20 "till 16:30 no one was able to find the blog on the internet '
            'but then it showed up," wrote Kettős Mérce. HVG.hu news site eventually was able '
            "to obtain the link to the blog from MTI. Napraforgoblog has only one post about "
            "the former State Secretary in the Ministry of Rural Development. Napraforgo's "
            "post lists some fishy cases in which Mr. Ángyán allegedly was involved. The title "
            'of the post is "Whose Mercenary Was Ángyán?", and so far it has more than three '
            "hundred comments. Hungarian netizens were shocked over the strange practices of "
            "the newswire and also complained that they lost their trust in the Hungarian "
            "media.",
            'up," wrote Kettős Mérce.',
            'up."',
        ),
        # Caught since: was missed when this case was written.
        ATR002,
    ),
    (
        "http://globalvoicesonline.org/2012/05/16/spain-the-indignados-of-the-15m/",
        *cut(
            "Karlos has found an escape valve. “I'm living this wake up with a lot of hope,\" "
            'he said. "We, the restless people, were in a helpless situation and with 15M we '
            "found each other.”\n\nThere are many reasons why people have taken action, but "
            "the main one is - and everybody agrees - that the situation has to change. “The "
            "prospect is raw, more than ever with so many cuts in Catalunya, we'll see how "
            "this ends,” said Miguel Ángel. “I have neighbors that are agonizing. If we keep "
            "going this way, there's going to be a civil revolution.”",
            "ends,” said Miguel Ángel.",
            "ends.”",
        ),
        # Caught since: was missed when this case was written.
        ATR002,
    ),
    (
        "http://globalvoicesonline.org/2012/05/19/malawi-netizens-react-as-president-promises-to-lift-ban-on-homosexuality/",
        *cut(
            "In her first national address Joyce Banda told Parliament that\xa0 her government "
            "will repeal laws that discriminates against people based on sexual "
            'orientation.\n\n"The indecency and unnatural acts laws shall be repealed,” she '
            "said.",
            "repealed,” she said.",
            "repealed.”",
        ),
        ATR002,
    ),
    (
        "http://globalvoicesonline.org/2012/05/21/turkey-poetic-commemoration-of-uludere-airstrike-victims/",
        *cut(
            "> @bejanmatur:\xa0'Aile ici siddet nasil korkuncsa bizim cocuklarimiz da bu "
            "seslerle buyuyor' diyor biri roboskideki top seslerini kastederek.\n\nSomeone "
            'said, "These sounds have the same effect on children as an abusive family." He '
            "meant the sound of heavy artillery.",
            'Someone said, "These',
            '"These',
        ),
        # Missed: the paragraph translates the Turkish tweet quoted before it, whose author
        # speaks its quotations (by design); the next sentence ("He meant…") was the cue.
        MISSED,
    ),
]

FIGURE_CUTS: list[tuple[str, str, str, str]] = [
    (
        SEED,
        *cut(
            "Chun said his Christian aid organization, Durihana, has helped over 1,000 "
            "defectors reach Seoul since 1999.",
            "Chun said his",
            "His",
        ),
        FIG001,
    ),
    (
        SEED,
        *cut(
            "The embassy, which receives about 10 defectors a month, according to officials, "
            "kept the women for about 10 days for questioning.",
            "according to officials, kept",
            "kept",
        ),
        FIG001,
    ),
    (
        SEED,
        *cut(
            "Usually, women defecting from North Korea pay brokers $500 to $1,000 to organize "
            "their safe passage to China, according to NGOs and defector accounts.",
            "China, according to NGOs and defector accounts.",
            "China.",
        ),
        FIG001,
    ),
    (
        SEED,
        *cut(
            "Korean NGOs estimate that 70% to 80% of North Korean women who make it to China "
            "are trafficked, for between 6,000 and 30,000 yuan ($890 to $4,500), depending on "
            "their age and beauty.",
            "Korean NGOs estimate that 70%",
            "70%",
        ),
        FIG001,
    ),
    (
        "https://en.wikinews.org/wiki/Australian_children_suffering_from_iodine_deficiency",
        *cut(
            "Professor Eastman says iodine is added to only 10 per cent of Australian salt in "
            "contravention of a World Health Organisation recommendation that all salt be "
            "iodised.",
            "Professor Eastman says iodine",
            "Iodine",
        ),
        # Caught since: was missed when this case was written.
        FIG001,
    ),
    (
        "https://en.wikinews.org/wiki/Scientology_defector_arrested_after_attempting_to_leave_organization",
        *cut(
            "Whitmore stated to LA Weekly that the alleged crime involved five hard drives "
            "each of $ 200 in value.",
            "Whitmore stated to LA Weekly that the",
            "The",
        ),
        FIG001,
    ),
    (
        "https://en.wikinews.org/wiki/Scientists_analyse_effects_of_global_warming,_atmospheric_ozone_on_crops",
        *cut(
            "The scientists found reduction of crop yields by 2050 exceeded 10% of 2000 "
            "levels, substantially decreasing food security, in all cases examined.",
            "The scientists found reduction",
            "Reduction",
        ),
        FIG001,
    ),
    (
        "https://en.wikinews.org/wiki/Scientists_analyse_effects_of_global_warming,_atmospheric_ozone_on_crops",
        *cut(
            "They estimated by 2050, increasing population and changing diet would increase "
            "world food needs by 50 percent.",
            "They estimated by",
            "By",
        ),
        FIG001,
    ),
    (
        "https://en.wikinews.org/wiki/At_least_107_killed_in_Mecca_crane_collapse",
        *cut(
            "A storm yesterday caused a crane to fall into Mecca's Grand Mosque, killing 107 "
            "or more and wounding 238, according to Saudi Arabia's Civil Defense Authority.",
            "238, according to Saudi Arabia's Civil Defense Authority.",
            "238.",
        ),
        FIG001,
    ),
    (
        "https://en.wikinews.org/wiki/Reports:_%27streamlined%27_UK_asylum_process_to_replace_interview_with_questionnaire_for_five_nationalities",
        *cut(
            "Figures to be published today show a record 45,756 migrants crossing the Channel "
            "last year drove outstanding asylum claims over 150,000, also a record.",
            "Figures to be published today show a",
            "A",
        ),
        # Missed: the noun “asylum claims” is read as the verb “claim”, a source.
        MISSED,
    ),
    (
        "https://en.wikinews.org/wiki/Security_firm_identifies_United_States_as_world's_top_spamming_country",
        *cut(
            "According to research done by an anti-spam research company Sophos, the United "
            "States is the point of origin of over 42% of all spam.",
            "According to research done by an anti-spam research company Sophos, the",
            "The",
        ),
        FIG001,
    ),
    (
        "http://globalvoicesonline.org/?p=185470",
        *cut(
            "Today's news says that at least 20 people have been killed in both the city of "
            "Tala, 200km southwest of the capital Tunis, and in the Kasserine region - and the "
            "Twitterosphere is on fire.",
            "Today's news says that at",
            "At",
        ),
        FIG001,
    ),
    (
        "http://globalvoicesonline.org/?p=185470",
        *cut(
            "According to Al Jazeera, 20 people killed in Tunisia's protests today.",
            "According to Al Jazeera, 20",
            "20",
        ),
        FIG001,
    ),
    (
        "http://globalvoicesonline.org/?p=186220",
        *cut(
            "It also says that BSF killed 74 innocent Bangladeshi citizens in 2010, injured "
            "seventy-two and kidnapped 43.",
            "It also says that BSF",
            "BSF",
        ),
        FIG001,
    ),
    (
        "http://globalvoicesonline.org/?p=186633",
        *cut(
            "News reports published earlier state that the money funneled illegally abroad "
            "from Tunisia to foreign banks in the period from 1987 to 2008 exceeded $13 "
            "billion, which is equivalent to the country's budget for a year.",
            "News reports published earlier state that the",
            "The",
        ),
        # Caught since: was missed when this case was written.
        FIG001,
    ),
    (
        "http://globalvoicesonline.org/?p=187763",
        *cut(
            "This data will show that the residential CPI saw a 4.4% year-on-year rise in "
            "December, a slight decrease from November's rise of 5.1%, yet still too high.",
            "This data will show that the",
            "The",
        ),
        FIG001,
    ),
    (
        "http://globalvoicesonline.org/?p=181579",
        *cut(
            "According to the blogAsociación por tí mujer (Association for women), in 2010 "
            "alone, up to 680 women were killed by fire arms or stabbed in Guatemala City, and "
            "48,000 complaints of domestic violence were filed.",
            "According to the blogAsociación por tí mujer (Association for women), in",
            "In",
        ),
        FIG001,
    ),
    (
        "http://globalvoicesonline.org/?p=189457",
        *cut(
            "According to well-known female politician, Gameela Ismail, at least 40 people "
            "were arrested by the police and taken to an unknown place, including her son "
            "Noor, Dr. Mostafa El Nagar, the general coordinator for the Campaign for Change, "
            "journalist Mohamed Abdelfattah, and AbdelRahman Ayyash, an engineering student "
            "who was scheduled to take an exam tomorrow in his faculty.",
            "According to well-known female politician, Gameela Ismail, at",
            "At",
        ),
        FIG001,
    ),
    (
        "http://globalvoicesonline.org/?p=188704",
        *cut(
            "Ecuadorians don't seem comfortable expressing their thoughts in favor of the "
            "referendum, even though 57% of them support it, according to a local pollster.",
            "it, according to a local pollster.",
            "it.",
        ),
        FIG001,
    ),
    (
        "http://globalvoicesonline.org/?p=190143",
        *cut(
            "In Ukraine, the official state language is Ukrainian, native to 67.5% of the "
            "population, according to the 2001 census.",
            "population, according to the 2001 census.",
            "population.",
        ),
        # Caught since: was missed when this case was written.
        FIG001,
    ),
    (
        "http://globalvoicesonline.org/?p=190818",
        *cut(
            "Reports say that at least 11 people were killed, 100 injured and all schools will "
            "remain closed until February 13.",
            "Reports say that at",
            "At",
        ),
        FIG001,
    ),
    (
        "http://globalvoicesonline.org/?p=190933",
        *cut(
            "The most expensive schools, according to Russian information agency RIA Novosti , "
            "one year ago were Moscow State University’s department of Economics and "
            "Management, which cost from $6,700 to $10,000 a year, and Moscow State Institute "
            "for International Relations, which was around $10,000 a year.",
            "schools, according to Russian information agency RIA Novosti ,",
            "schools",
        ),
        FIG001,
    ),
    (
        "http://globalvoicesonline.org/?p=193880",
        *cut(
            "According to a study in progress, 62.89% of the tweets tagged with #Aristegui "
            "were RTs, and 39% of the tweets were made via the Web and the rest with mobile "
            "devices.",
            "According to a study in progress, 62.89%",
            "62.89%",
        ),
        # Caught since: was missed when this case was written.
        FIG001,
    ),
    (
        "http://globalvoicesonline.org/?p=193943",
        *cut(
            "Official referendum figures released on Monday showed that 98.83 per cent of "
            "voters from the south chose to secede from the north.",
            "Official referendum figures released on Monday showed that 98.83",
            "98.83",
        ),
        FIG001,
    ),
    (
        "http://globalvoicesonline.org/?p=194379",
        *cut(
            "At the end of 2010 it was estimated that 75% of Ghana’s population had mobile "
            "phones; up from 63% in 2009.",
            "2010 it was estimated that",
            "2010,",
        ),
        FIG001,
    ),
    (
        "http://globalvoicesonline.org/?p=197172",
        *cut(
            "According to government statistics released January 28, 2011, 7.7 million mu "
            "(5,160 million square km) of agricultural land, 2.57 million people and 2.79 "
            "million livestock have been hit by the drought.",
            "According to government statistics released January 28, 2011, 7.7",
            "7.7",
        ),
        FIG001,
    ),
    (
        "http://globalvoicesonline.org/?p=197574",
        *cut(
            "Bahrain's News Agency announced through their Twitter account that over 100,000 "
            "people participated in the rallies.",
            "Bahrain's News Agency announced through their Twitter account that over",
            "Over",
        ),
        FIG001,
    ),
    (
        "http://globalvoicesonline.org/?p=198134",
        *cut(
            "Al Jazeera reported that a group of roughly 1,000 anti-regime protesters clashed "
            "with a group of 300-400 pro-Saleh protesters.",
            "Al Jazeera reported that a",
            "A",
        ),
        FIG001,
    ),
    (
        "http://globalvoicesonline.org/?p=198883",
        *cut(
            "Majed Al-Noaimi appeared on national TV and announced that over 1074 people came "
            "forward to teach and run the schools.",
            "Majed Al-Noaimi appeared on national TV and announced that over",
            "Over",
        ),
        FIG001,
    ),
    (
        "http://globalvoicesonline.org/?p=198745",
        *cut(
            "Somaliland Press reports that 300 protesters demonstrated near the governmental "
            "palace on Friday.",
            "Somaliland Press reports that 300",
            "300",
        ),
        FIG001,
    ),
    (
        "http://globalvoicesonline.org/?p=199238",
        *cut(
            "According to the same report, 5,000 registered voters would be over 110 years "
            "old, remarkable in a country with a life expectancy of 52 years.",
            "According to the same report, 5,000",
            "5,000",
        ),
        FIG001,
    ),
    (
        "http://globalvoicesonline.org/?p=199217",
        *cut(
            "It is also the fifth most spoken language on the Internet, according to Internet "
            "World Stats, with around 82.5 million internet users.",
            "according to Internet World Stats, with",
            "with",
        ),
        FIG001,
    ),
    (
        "http://globalvoicesonline.org/?p=200092",
        *cut(
            "The report also states optimistically that Sina could ultimately monetize Weibo "
            "users at potentially $1-2 dollars per users within the next 3-5 years through "
            "sponsored posts and a daily deal service.",
            "The report also states optimistically that Sina",
            "Sina",
        ),
        # Missed: the noun “sponsored posts” is read as the verb “post”, a source.
        MISSED,
    ),
    (
        "http://globalvoicesonline.org/?p=200125",
        *cut(
            "The Associated Press reports that the US sent $155 million to Yemen in military "
            "aid in 2010.",
            "Associated Press reports that the US",
            "US",
        ),
        FIG001,
    ),
    (
        "http://globalvoicesonline.org/?p=200436",
        *cut(
            "According to Weekly Eleven, over 3,100 people attended the two-day event, and on "
            "Feb 12, the first day of Mandalay Barcamp, a total of 56 topics were discussed, "
            "and on the second day, 52 topics were discussed.",
            "According to Weekly Eleven, over",
            "Over",
        ),
        FIG001,
    ),
    (
        "http://globalvoicesonline.org/?p=201464",
        *cut(
            "According to media reports, internet use in Cambodia increased by 500 percent in "
            "the past year.",
            "According to media reports, internet",
            "Internet",
        ),
        FIG001,
    ),
    (
        "http://globalvoicesonline.org/2012/05/02/ethiopia-netizens-thrilled-with-pens-decision-to-award-jailed-journalist-and-dissident-blogger/",
        *cut(
            "The Committee to Protect Journalists reports that about 25% of exiled journalists "
            "in Africa are from Ethiopia, making the country the world's main enemy of major "
            "driving forces of free expression: journalists, bloggers and political dissidents.",
            "The Committee to Protect Journalists reports that about",
            "About",
        ),
        FIG001,
    ),
    (
        "http://globalvoicesonline.org/2012/05/02/ukraine-if-prison-acquires-a-voice-everything-will-change/",
        *cut(
            "According to him, the acting head of Lukyanivska has been forced to resign; the "
            "government has allotted 1.5 million hryvnias (approx. $185,000) for repairs "
            "inside the facility; the prosecutor's office is investigating all the violations "
            "mentioned in the film; the prison's authorities have confirmed that the walls of "
            "the cells are covered with harmful fungus.",
            "According to him, the",
            "The",
        ),
        # Missed, arguably rightly: the sentence keeps other sources (“the prosecutor's office
        # is investigating”, “the prison's authorities have confirmed”), of its other clauses.
        MISSED,
    ),
    (
        "http://globalvoicesonline.org/2012/05/09/russia-charity-crowdfunding/",
        *cut(
            "According to the research\xa0carried out, only 5% of those questioned across "
            "Russia donate to charity.",
            "According to the research\xa0carried out, only",
            "Only",
        ),
        FIG001,
    ),
    (
        "http://globalvoicesonline.org/2012/05/16/taiwan-could-the-future-be-nuclear-free/",
        *cut(
            "The Taiwanese government estimates that we will need 38% more electricity in the "
            "future.",
            "The Taiwanese government estimates that we",
            "We",
        ),
        # Missed by design: “we” is the writer's own voice, which sources a figure.
        MISSED,
    ),
]


def codes_on_last_line(text: str, select: str) -> tuple[list[str], list[str]]:
    """The codes on the line of the text's last paragraph (the cut quotation or figure), and
    every code of the text."""
    post = HEADLINE + text + "\n"
    line = post.count("\n")
    found = problems(post, select=(select,), path="post.md")
    return [code for at, _, code in found if at == line], [code for _, _, code in found]


def case_id(case: tuple[str, str, str, str]) -> str:
    return f"{case[0].rsplit('/', 1)[-1][:40]}-{case[3]}"


@pytest.mark.parametrize(("url", "uncut", "cut_text", "expected"), QUOTATION_CUTS, ids=case_id)
def test_a_cut_attribution(url: str, uncut: str, cut_text: str, expected: str) -> None:
    assert codes_on_last_line(uncut, "ATR")[1] == []
    on_line, _ = codes_on_last_line(cut_text, "ATR")
    assert on_line == ([] if expected == MISSED else [expected]), url


@pytest.mark.parametrize(("url", "uncut", "cut_text", "expected"), FIGURE_CUTS, ids=case_id)
def test_a_cut_source(url: str, uncut: str, cut_text: str, expected: str) -> None:
    assert codes_on_last_line(uncut, "FIG")[1] == []
    on_line, _ = codes_on_last_line(cut_text, "FIG")
    assert on_line == ([] if expected == MISSED else [expected]), url


def recall(cases: list[tuple[str, str, str, str]]) -> tuple[float, list[str]]:
    misses = [f"{url}: {cut_text[-120:]!r}" for url, _, cut_text, code in cases if code == MISSED]
    return 1 - len(misses) / len(cases), misses


def test_atr001_or_atr002_catch_nine_in_ten_cut_attributions() -> None:
    caught, misses = recall(QUOTATION_CUTS)
    assert caught >= 0.9, "\n".join([f"recall {caught:.2f}; missed:", *misses])


def test_fig001_catches_nine_in_ten_cut_sources() -> None:
    caught, misses = recall(FIGURE_CUTS)
    assert caught >= 0.9, "\n".join([f"recall {caught:.2f}; missed:", *misses])


@pytest.mark.parametrize("cases", [QUOTATION_CUTS, FIGURE_CUTS], ids=["quotations", "figures"])
def test_enough_cases_from_enough_articles(cases: list[tuple[str, str, str, str]]) -> None:
    assert len(cases) >= 30
    assert len({url for url, *_ in cases}) >= 10
    assert {code for *_, code in cases} <= {ATR001, ATR002, FIG001, MISSED}
