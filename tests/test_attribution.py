"""ATR001 and the quotation inventory: the seed, cuts made on it, and real sentences."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from citelint.cli import main
from conftest import FIXTURES, SEED, lint, problems

REUTERS = FIXTURES / "reuters-underground-railroad.txt"


def atr(text: str, path: str = "post.txt") -> list[tuple[int, int, str]]:
    return problems(text, select=("ATR",), path=path)


def atr001(text: str, path: str = "post.txt") -> list[tuple[int, int, str]]:
    """ATR001's errors alone, without ATR002's notes on speakers carried over by design."""
    return problems(text, select=("ATR001",), path=path)


def test_no_unattributed_quotation_in_the_seed(seed_text: str) -> None:
    assert atr(seed_text) == []


def test_every_quotation_of_the_reuters_story_is_attributed() -> None:
    assert atr001(REUTERS.read_text(encoding="utf-8")) == []


# Each cut removes the attribution from a real quotation of the seed.
SEED_CUTS = [
    (
        "“We walked for five hours through the jungle, before reaching a road where a car was "
        "waiting for us,” said Kwang.",
        "“We walked for five hours through the jungle, before reaching a road where a car was "
        "waiting for us.”",
    ),
    (
        "destabilize its own regime,” he added.",
        "destabilize its own regime.”",
    ),
    (
        "if one of them gets caught,” said Tim Peters, the American pastor living in Seoul who "
        "is helping North Koreans flee.",
        "if one of them gets caught.”",
    ),
    (
        "“The crackdown is severe,” said Y. H. Kim, chairman of the North Korea Refugees Human "
        "Rights Association of Korea.",
        "“The crackdown is severe.”",
    ),
    (
        "to smash up networks,” he said, speaking on condition of anonymity to protect the "
        "organization’s work.",
        "to smash up networks.”",
    ),
    (
        "“I burst into tears as soon as I saw him,” said Kwang, who is now 24 years old.",
        "“I burst into tears as soon as I saw him.”",
    ),
    (
        "for many millions of North Koreans,” Michelle Bachelet, the UN’s High Commissioner for "
        "Human Rights, said.",
        "for many millions of North Koreans.”",
    ),
    ("“I’m so happy!” she said, as the embassy approached.", "“I’m so happy!”"),
    (
        "with my mother and grandparents,” she said.",
        "with my mother and grandparents.”",
    ),
    (
        "“Raiding a house? I’ve only seen two or three times,” said Y. H. Kim, chairman of the "
        "North Korea Refugees Human Rights Association of Korea, who left North Korea in 1988 "
        "and has acted as a middleman for the past 15 years, connecting donors with brokers who "
        "help defectors.",
        "“Raiding a house? I’ve only seen two or three times.”",
    ),
]


@pytest.mark.parametrize(("original", "cut"), SEED_CUTS)
def test_cutting_the_attribution_gives_atr001_on_that_line(
    seed_text: str, original: str, cut: str
) -> None:
    assert seed_text.count(original) == 1
    line = seed_text[: seed_text.index(original)].count("\n") + 1
    found = atr(seed_text.replace(original, cut))
    assert [item[0] for item in found] == [line]


def test_the_message_quotes_the_first_words() -> None:
    text = "The team crossed the river at night. “We walked for five hours through the jungle.”"
    (violation,) = lint(text, select=("ATR",))
    assert violation.start.column == text.index("“") + 1
    assert violation.message.startswith(
        "Unattributed quotation: “We walked for five hours through the jungle.” has no speaker;"
    )


@pytest.mark.parametrize(
    "text",
    [
        # Attribution after, before, in the next sentence, carried, or by a colon (a speaker
        # carried from the sentence before is an ATR002 note: test_news_attribution).
        "“That is a bit of a different level,” he said, speaking on condition of anonymity.",
        "They said a Ministry of People’s Security officer told the crowd: “This could happen.”",
        "“Hi, I want to go to South Korea. Can you help me?” read the first message she sent.",
        "“I’m so happy!” Lee said, as the embassy approached.",
        "“I don’t know about other groups,” he said. “Because everyone who moves is caught.”",
        # Titles and terms are not speech.
        "Crowds gathered, the NGO said in its report, “Mapping the fate of the dead”.",
        "The repatriation policy holds that defectors are “illegal economic migrants.”",
        "The flyers condemned Kim as the “demon who killed his brother,” in Korean.",
        # Real 18F sentences: a scare quote, a modifier, a heading, a list, a credit dash,
        # a link as the source, an interview label, a quotative "like".
        "The team decides that shipping a “quick and dirty solution” *now* is worth the cost.",
        'Handoff to operations brings a "keep the lights on" mindset, rather than planning.',
        "## “We don’t have time, money, or expertise.”",
        'Run trainings on topics like "Basic open source community management," "How to handle a '
        'well-meaning but not helpful contribution in a friendly and positive way," and more.',
        "\"It's like a Kickstarter for people's time.\" –Joe Polastre at [18F Demo Day]",
        "They are “certain structures in the code that indicate violation of fundamental design "
        "principles” ([Wikipedia](https://en.wikipedia.org/wiki/Code_smell)).",
        "**Atul:** Remember that part in The Matrix, “I know kung fu”? In this case it's "
        "“I know government procurement.”",
        "So people were like ‘Oh my gosh, this is amazing.’ And we got a lot of feedback.",
    ],
)
def test_attributed_or_not_speech(text: str) -> None:
    assert atr(text, path="post.md") == []


@pytest.mark.parametrize(
    "text",
    [
        # Real 18F paragraphs that once gave false ATR001s.
        "18F Front End Developer Christine Cheung agreed.\n\n"
        "“There isn’t much critique, which is pretty good. Because everyone has\nan opinion.”\n",
        '<blockquote class="testimonial-blockquote">\n“I had worked in journalism and start-ups, '
        "but was craving something more.”\n<span>- Erin Zimmer Strenio, Content Strategist"
        "</span>\n</blockquote>\n",
        "Definitions of innovation we heard included:\n\n"
        '- _"Novelty plus change"_\n- _"Taking a calculated risk"_\n'
        '- _"An investment in learning"_\n',
        "Bottom line: it took 29 minutes to go from “How\ncould we do this?” to a working code "
        "integration that went live the same\nafternoon.",
        "A 5 might be something that is not as clear. For example, “So that team member details "
        "can be updated, an edit form should be added.”",
        "This Executive Order directs agencies to “establish mechanisms to solicit customer "
        "feedback on government services.”",
        # A short quotation in the writer's sentence is a term, its full stop and all.
        "Officials called the plan “a disaster.”",
        # https://18f.gsa.gov/2016/08/31/kanban-for-government/ (an all-caps sign is a title)
        "The sign on the board read “WE NEED THAT.”",
    ],
)
def test_real_blog_paragraphs_without_false_alarms(text: str) -> None:
    assert atr001(text, path="post.md") == []


def test_a_block_quotation_takes_its_source_from_the_line_after() -> None:
    text = (
        '> "System security should not depend on the secrecy of the implementation."\n'
        "\n"
        "-- [Guide to General Server Security](http://csrc.nist.gov/), NIST\n"
    )
    assert atr(text, path="post.md") == []
    assert atr(
        text.replace(
            "-- [Guide to General Server Security](http://csrc.nist.gov/), NIST",
            "A codebase is a terrible secret.",
        ),
        path="post.md",
    ) == [(1, 3, "ATR001")]


def test_a_colon_paragraph_introduces_a_series_of_quotations() -> None:
    text = (
        "Initial feedback was very positive:\n\n"
        '*"Tock has made accurate reporting of how we spend our time much easier."*\n\n'
        '*"Before Tock, I used to hate Mondays."*\n'
    )
    assert atr(text, path="post.md") == []


def test_the_speaker_carries_only_into_a_paragraph_that_opens_with_the_quotation() -> None:
    story = REUTERS.read_text(encoding="utf-8")
    carried = (
        "“Raiding a house? I’ve only seen two or three times,” said Kim.\n\n"
        "“You get caught on the way, you get caught moving.”\n"
    )
    assert atr001(carried) == []
    assert atr(carried) == [(3, 1, "ATR002")]
    # Cut after reported speech, the quotation is the woman's to a reader: ATR002's note,
    # which names her; with no speaker before it at all, ATR001's error.
    cut = (
        "The woman said she heard rumors.\n\n“You get caught on the way, you get caught moving.”\n"
    )
    assert problems(cut, select=("ATR",)) == [(3, 1, "ATR002")]
    assert atr001(cut.replace("The woman said she heard rumors.", "Rumors spread.")) == [
        (3, 1, "ATR001")
    ]
    assert "“You get caught on the way" in story


def test_a_chain_of_unattributed_quotations_is_reported_once() -> None:
    text = "Chun met them at night. “I burst into tears.” “For the first time, I felt safe.”"
    (violation,) = lint(text, select=("ATR",))
    assert "the 1 quotation after it shares its missing speaker" in violation.message


def test_quotes_inventory_json_round_trips(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["quotes", "--format", "json", str(SEED)])
    records = json.loads(capsys.readouterr().out)
    assert code == 0
    text = SEED.read_text(encoding="utf-8")
    assert len(records) == 43
    for record in records:
        assert text[record["offset"] : record["end_offset"]] == record["text"]
        assert set(record) == {
            "path",
            "line",
            "column",
            "end_line",
            "end_column",
            "offset",
            "end_offset",
            "text",
            "kind",
            "attributed",
            "speaker",
            "cue",
            "depth",
            "post",
            "post_id",
            "verified",
            "source",
            "carried",
            "speaker_ref",
        }
    first = records[0]
    assert (first["line"], first["column"], first["kind"], first["attributed"]) == (
        9,
        202,
        "speech",
        True,
    )
    assert (first["speaker"], first["cue"]) == ("the woman", "said")
    by_text = {record["text"]: record for record in records}
    assert by_text["“red zone”"]["kind"] == "term"
    assert by_text["“red zone”"]["attributed"] is None
    assert by_text["“Mapping the fate of the dead”"]["kind"] == "title"
    kim = by_text["“Raiding a house? I’ve only seen two or three times,”"]
    assert kim["speaker"] == "Y. H. Kim"
    # The relative clause (she sent) is trimmed, as every speaker's is.
    message = by_text["“Hi, I want to go to South Korea. Can you help me?”"]
    assert message["speaker"] == "the first message"


def test_quotes_inventory_offsets_survive_a_bom_and_crlf(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    post = tmp_path / "post.txt"
    post.write_bytes("\ufeffTitle\r\n\r\n“We are scared,” said Kim.\r\n".encode())
    assert main(["quotes", "--format", "json", str(post)]) == 0
    (record,) = json.loads(capsys.readouterr().out)
    decoded = post.read_bytes().decode("utf-8-sig")
    assert decoded[record["offset"] : record["end_offset"]] == "“We are scared,”"
    assert (record["line"], record["column"], record["end_line"], record["end_column"]) == (
        3,
        1,
        3,
        17,
    )


def test_quotes_text_table(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["quotes", str(SEED)]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].split() == ["LOCATION", "KIND", "ATTRIBUTED", "SPEAKER", "QUOTATION"]
    # ‘shut up’ inside “I heard voices, someone saying ‘shut up’ in Chinese,” is someone's
    # speech, nested (the count of speech is of outermost quotations).
    assert "43 quotations: 36 speech (0 unattributed), 1 title, 5 terms." in out


def test_the_quotes_table_lines_up_wide_characters(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A speaker in Chinese takes two terminal columns a character: the next column lines up.
    from rich.cells import cell_len

    post = tmp_path / "post.txt"
    post.write_text(
        "Title\n\n“We are scared,” said 孙海英.\n\n“We are not,” said Kim.\n\n[AP]\n",
        encoding="utf-8",
    )
    assert main(["quotes", str(post)]) == 0
    header, first, second = capsys.readouterr().out.splitlines()[:3]
    assert "孙海英" in first and "Kim" in second
    columns = {cell_len(row[: row.index("“")]) for row in (first, second)}
    assert columns == {cell_len(header[: header.index("QUOTATION")])}


def test_the_documented_keys_of_the_quotes_json_are_its_keys(
    capsys: pytest.CaptureFixture[str],
) -> None:
    import re

    from conftest import ROOT

    page = (ROOT / "docs" / "usage.md").read_text(encoding="utf-8")
    table = page.split("with exactly these keys:", 1)[1].split("\n\n", 2)[1]
    documented = {
        key for row in table.splitlines() for key in re.findall(r"`(\w+)`", row.split("|")[1])
    }
    assert main(["quotes", "--format", "json", str(SEED)]) == 0
    [first, *_] = json.loads(capsys.readouterr().out)
    assert documented == set(first)
