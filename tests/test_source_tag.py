"""SRC001: what is and is not a credit line."""

from __future__ import annotations

import pytest

from conftest import FIXTURES, problems
from test_readers import wxr_with

BODY = "Headline\n\nAt least 30 escapees were rounded up, according to activists.\n\n"


@pytest.mark.parametrize(
    "ending",
    [
        "[Reuters]",
        "[BBC]",
        "[The Organization for World Peace]",
        "[International Journal of Korean Unification Studies]",
        "[Reuters]\n\nRead more",
        "  [UPI]  ",
        "[dpa]",
    ],
)
def test_credits(ending: str) -> None:
    assert problems(BODY + ending, select=("SRC001", "SRC002")) == []


@pytest.mark.parametrize(
    "ending",
    [
        "They fled. Read more",
        "Read more",
        '[caption id="attachment_1" align="alignnone"]',
        "[/caption]",
        "[youtube=http://www.youtube.com/watch?v=abc]",
        "[embed]",
        "[1]",
        "[Reuters](https://reuters.com)",
        "One of my customers [from South Korea] realized it.",
        "[Updated: the figures were corrected]",
        "[…]",
    ],
)
def test_not_credits(ending: str) -> None:
    text = BODY + ending
    last_line = text.count("\n") + 1
    assert problems(text, select=("SRC001", "SRC002")) == [(last_line, 1, "SRC001")]


# The Reuters story's own opening (tests/fixtures/reuters-underground-railroad.txt).
DATELINE_POST = """Chinese raids hit North Korean defectors’ ‘Underground Railroad’

Photo sheets of the North Korean refugees are displayed in Seoul, South Korea, June 11, 2019.

By Josh Smith and Joyce Lee

SEOUL (Reuters) – A decade after leaving her family behind to flee North Korea, the defector \
was overwhelmed with excitement.
"""


@pytest.mark.parametrize(
    "text",
    [
        DATELINE_POST,
        DATELINE_POST.replace("SEOUL (Reuters) –", "WASHINGTON (AP) —"),
        DATELINE_POST.replace("SEOUL (Reuters) –", "SEOUL, June 11 (Reuters) -"),
        BODY + "Source: Reuters",
        BODY + "Via: The Guardian",
        BODY + "Originally published by The Conversation.",
    ],
)
def test_datelines_and_credit_lines_are_credits(text: str) -> None:
    assert problems(text, select=("SRC001", "SRC002")) == []


def test_the_reuters_story_is_credited_by_its_dateline() -> None:
    from conftest import FIXTURES

    story = (FIXTURES / "reuters-underground-railroad.txt").read_text(encoding="utf-8")
    assert problems(story, select=("SRC",)) == []
    assert problems(story.replace("SEOUL (Reuters) –", "SEOUL –"), select=("SRC001",))


def test_a_dateline_deep_in_the_post_is_not_a_credit() -> None:
    late = BODY * 5 + "SEOUL (Reuters) – More arrests followed.\n\nThe end."
    assert problems(late, select=("SRC001",)) == [(23, 1, "SRC001")]


@pytest.mark.parametrize(
    ("ending", "reason"),
    [
        ("[Reuters", "the closing bracket is missing"),
        ("Reuters]", "the opening bracket is missing"),
        ("(Reuters)", "it is in parentheses, not square brackets"),
        ("[ Reuters ]", "the name is padded with spaces inside the brackets"),
        ("[[The Organization for World Peace]]", "the brackets are doubled"),
        ("{UPI}", "it is in braces or angle brackets, not square brackets"),
    ],
)
def test_malformed_credits_are_one_warning(ending: str, reason: str) -> None:
    from conftest import lint

    violations = lint(BODY + ending, select=("SRC",))
    assert [(v.start.line, v.rule.code) for v in violations] == [(5, "SRC002")]
    assert reason in violations[0].message
    assert f"“{ending}”" in violations[0].message


@pytest.mark.parametrize(
    "ending",
    [
        # Real last lines of the CC Labs export and the 18F blog: asides and wrapped link text.
        "(P.S. This is cross-posted to the cc-devel list.)",
        "(photo courtesy Joi Ito CC BY)",
        "[Register at Eventbrite for 18F Demo\nDay](https://www.eventbrite.com/e/18f-demo-day)",
    ],
)
def test_asides_and_wrapped_links_are_not_malformed_credits(ending: str) -> None:
    assert problems(BODY + ending, select=("SRC002",), path="post.md") == []


def test_unknown_sources_suggest_the_nearest_known_one() -> None:
    from conftest import lint

    violations = lint(BODY + "[Reuter]", select=("SRC003",))
    assert [(v.start.line, v.start.column) for v in violations] == [(5, 1)]
    assert violations[0].message.endswith(
        "credits “Reuter”, which is not a known source; did you mean Reuters?"
    )
    dateline = lint(DATELINE_POST.replace("(Reuters)", "(Reutres)"), select=("SRC003",))
    assert [(v.start.line, v.start.column) for v in dateline] == [(7, 8)]
    assert problems(BODY + "[Yonhap]", select=("SRC003",)) == []
    assert problems(BODY + "[Reuter]") == []  # off unless selected


# Editor's notes of republished posts in the 18F blog (https://github.com/18F/18f.gsa.gov,
# _posts/, CC0): each says where the post first appeared.
@pytest.mark.parametrize(
    "note",
    [
        "*This post was originally published on the [DigitalGov blog](https://www.digitalgov.gov/"
        "2015/10/20/5-factors/). Marina Fox is the Digital Analytics Program Manager.*",
        "*Cross-posted from [API Evangelist](https://apievangelist.com/2014/04/08/fbopen/) by "
        "former Presidential Innovation Fellow Kin Lane.*",
        "_This post originally appeared on the [GSA Blog](http://gsablogs.gsa.gov/gsablog/)._",
        "*[Originally posted on Medium](https://medium.com/@GeneralServicesAdministration/x)*",
        "*Editor's note: This post was originally published on [whitehouse.gov](https://"
        "obamawhitehouse.archives.gov/blog/2015/09/12/).*",
        "_Jim Sheire is the director of the FICAM program. Originally published on [GSA's blog]"
        "(https://gsablogs.gsa.gov/)._",
        "This was originally published on [USA.gov's blog](https://blog.usa.gov/front-door).",
    ],
)
def test_an_editors_note_of_first_publication_is_a_credit(note: str) -> None:
    body = "Headline\n\nThe team shipped a new dashboard last week.\n\n"
    assert problems(body + note + "\n\nWe look forward to more.", ("SRC001",), "post.md") == []
    assert problems(body + "We look forward to more.\n\n" + note, ("SRC001",), "post.md") == []


def test_an_editors_note_in_the_middle_of_a_long_post_is_not_a_credit() -> None:
    note = "*This post was originally published on the [DigitalGov blog](https://digitalgov.gov/).*"
    middle = BODY * 4 + note + "\n\n" + BODY * 4 + "The end."
    assert problems(middle, ("SRC001",), "post.md") == [(35, 1, "SRC001")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The report, which was originally published in 2015, was updated.",
        "Our newsletter is republished here with small changes by the agency.",
        "*Originally published in 2015, the report was updated this year.*",
    ],
)
def test_a_mention_of_publication_inside_a_sentence_is_not_a_credit(sentence: str) -> None:
    text = f"Headline\n\nThe team shipped a dashboard.\n\n{sentence}\n\nWe look forward to more."
    assert problems(text, ("SRC001",), "post.md") == [(7, 1, "SRC001")]


# 18F's own post (tests/fixtures, from https://github.com/18F/18f.gsa.gov, public domain):
# original work, crediting no one, so SRC001 asks for a credit until the post says it is its own.
OWN_POST = (FIXTURES / "2016-05-12-introducing-18fs-new-visual-identity.md").read_text("utf-8")
MARKED_OWN = OWN_POST.replace("date: 2016-05-12\n", "date: 2016-05-12\noriginal: true\n", 1)


def test_a_post_of_the_sites_own_work_is_asked_for_a_credit_until_marked() -> None:
    assert [code for *_, code in problems(OWN_POST, ("SRC001",), "post.md")] == ["SRC001"]


def test_original_true_in_front_matter_needs_no_credit() -> None:
    assert problems(MARKED_OWN, ("SRC001",), "post.md") == []


@pytest.mark.parametrize("value", ["false", "no", "'maybe'"])
def test_original_that_is_not_true_still_needs_a_credit(value: str) -> None:
    text = MARKED_OWN.replace("original: true", f"original: {value}")
    assert [code for *_, code in problems(text, ("SRC001",), "post.md")] == ["SRC001"]


@pytest.mark.parametrize("value", ["true", "yes", "1", "True"])
def test_a_wordpress_custom_field_original_needs_no_credit(value: str) -> None:
    meta = f"<wp:postmeta><wp:meta_key>original</wp:meta_key><wp:meta_value>{value}</wp:meta_value></wp:postmeta>"  # noqa: E501
    export = wxr_with("The team shipped a new dashboard last week.", extra=meta)
    assert problems(export, ("SRC001",), "export.xml") == []
    assert len(problems(wxr_with("The team shipped a dashboard."), ("SRC001",), "export.xml")) == 1


def test_a_json_line_marked_original_needs_no_credit() -> None:
    line = '{"title": "Our survey", "text": "The team shipped a new dashboard.", "original": true}'
    assert problems(line + "\n", ("SRC001",), "posts.jsonl") == []
    assert len(problems(line.replace("true", "false") + "\n", ("SRC001",), "posts.jsonl")) == 1


def test_an_original_post_still_gets_malformed_credit_warnings() -> None:
    text = "---\noriginal: true\n---\n\nHeadline\n\nThe team shipped a dashboard.\n\n[Reuters\n"
    assert problems(text, ("SRC001", "SRC002"), "post.md") == [(9, 1, "SRC002")]
