"""Inline suppressions and LNT001, on posts of the seed page."""

from __future__ import annotations

import pytest

from conftest import lint

RAIDS = "At least 30 North Korean escapees have been rounded up in a string of raids across China since mid-April."  # noqa: E501
TYPO = "Over the following weeks, Durihana‘s members arrived at the foot of the building."


def found(text: str, path: str = "post.md") -> list[tuple[int, str]]:
    return [(v.start.line, v.rule.code) for v in lint(text, path)]


def post(*paragraphs: str) -> str:
    return "Chinese raids\n\n" + "\n\n".join(paragraphs) + "\n\n[Reuters]\n"


def test_without_directives_both_findings_are_reported() -> None:
    assert found(post(RAIDS, TYPO)) == [(3, "FIG001"), (5, "QUO003")]


def test_disable_next_line_covers_the_next_paragraph_only() -> None:
    later = "More than 500 defectors reached Seoul in the first half of the year."
    text = post(f"<!-- citelint-disable-next-line FIG001 -->\n{RAIDS}", later)
    assert found(text) == [(6, "FIG001")]


def test_disable_and_enable_cover_what_is_between() -> None:
    text = post(
        "<!-- citelint-disable FIG001, QUO003 -->", RAIDS, TYPO, "<!-- citelint-enable -->", TYPO
    )
    assert found(text) == [(11, "QUO003")]
    # Enabling one code ends only its range.
    text = post(
        "<!-- citelint-disable FIG001 -->",
        "<!-- citelint-disable QUO003 -->",
        "<!-- citelint-enable QUO003 -->",
        TYPO,
        RAIDS,
    )
    # The QUO003 range closes before anything is in it: that directive suppressed nothing.
    assert found(text) == [(5, "LNT001"), (9, "QUO003")]


def test_disable_without_codes_means_every_code() -> None:
    assert found(post("<!-- citelint-disable-next-line -->\n" + RAIDS + " " + TYPO)) == []


def test_disable_file_anywhere_covers_the_whole_file() -> None:
    assert found(post(RAIDS, TYPO, "<!-- citelint-disable-file QUO003 -->")) == [(3, "FIG001")]


def test_plain_text_directives_are_lines_of_their_own_and_not_prose() -> None:
    text = f"Chinese raids\n\ncitelint-disable-next-line FIG001\n{RAIDS}\n\n[Reuters]\n"
    assert found(text, "post.txt") == []
    # The directive line is not the post's last line.
    text = f"Chinese raids\n\n{RAIDS}\n\n[Reuters]\ncitelint-disable-file FIG001\n"
    assert found(text, "post.txt") == []


def test_html_and_wordpress_comments_are_directives() -> None:
    page = f"<article><p>{TYPO}</p><!-- citelint-disable-next-line QUO003 --><p>{TYPO}</p><p>[Reuters]</p></article>"  # noqa: E501
    assert [v.rule.code for v in lint(page, "post.html")] == ["QUO003"]


@pytest.mark.parametrize(
    ("directive", "reason"),
    [
        ("citelint-disable-next-line FIG001", "no FIG001 finding to suppress"),
        ("citelint-disable-next-line FIG01", "FIG01 is not a rule code"),
        ("citelint-disable-next-line XYZ999", "no rule XYZ999 is loaded"),
        ("citelint-disable-next-line", "no finding to suppress"),
        ("citelint-enable", "no citelint-disable before it is still open"),
    ],
)
def test_a_directive_that_suppresses_nothing_is_lnt001(directive: str, reason: str) -> None:
    text = post(TYPO.replace("‘", "’"), f"<!-- {directive} -->\n{RAIDS}, according to activists.")
    violations = lint(text, "post.md")
    assert [(v.start.line, v.start.column, v.rule.code) for v in violations] == [(5, 1, "LNT001")]
    assert violations[0].message == f"Unused suppression <!-- {directive} -->: {reason}"


def test_a_directive_for_a_rule_that_is_not_running_is_not_judged() -> None:
    text = post(f"<!-- citelint-disable-next-line FIG001 -->\n{RAIDS}, according to activists.")
    assert lint(text, "post.md", select=("QUO", "LNT")) == []


def test_a_directive_shown_as_code_is_an_example_not_a_directive() -> None:
    # As this project's README shows them: in a fenced block, and in inline code.
    shown = "```markdown\n<!-- citelint-disable-next-line FIG001 -->\n```"
    inline = "Write `<!-- citelint-disable-file QUO003 -->` above the paragraph."
    assert found(post(shown, inline, RAIDS, TYPO)) == [(9, "FIG001"), (11, "QUO003")]


LATER = "More than 500 defectors reached Seoul in the first half of the year."


def test_disable_line_covers_its_own_line_only() -> None:
    # markdownlint's habit: before, "disable" was read and FIG001 was off for the rest.
    text = post(f"{RAIDS} <!-- citelint-disable-line FIG001 -->", LATER)
    assert found(text) == [(5, "FIG001")]


def test_noqa_is_ruffs_word_for_the_line() -> None:
    assert found(post(f"{RAIDS} <!-- citelint: noqa FIG001 -->", LATER)) == [(5, "FIG001")]
    assert found(post(f"{RAIDS} <!-- citelint: noqa: FIG001 -->", LATER)) == [(5, "FIG001")]
    assert found(post(f"{RAIDS} <!-- citelint: noqa -->", LATER)) == [(5, "FIG001")]


def test_disable_line_in_a_wrapped_paragraph_covers_the_physical_line() -> None:
    text = post(f"{TYPO} <!-- citelint-disable-line QUO003 -->\n{TYPO}")
    assert found(text) == [(4, "QUO003")]


@pytest.mark.parametrize(
    "directive",
    [
        "citelint-disable-paragraph FIG001",
        "citelint-disabled FIG001",
        "citelint-ignore FIG001",
        "citelint-disable-lines FIG001",
    ],
)
def test_an_unknown_shape_suppresses_nothing_and_is_lnt001(directive: str) -> None:
    text = post(f"<!-- {directive} -->\n{RAIDS}", LATER)
    violations = lint(text, "post.md")
    assert [(v.start.line, v.rule.code) for v in violations] == [
        (3, "LNT001"),
        (4, "FIG001"),
        (6, "FIG001"),
    ]
    shape = directive.split(maxsplit=1)[0]
    assert f"'{shape}' is no citelint directive" in violations[0].message


def test_an_unknown_shape_on_a_line_of_its_own_in_plain_text_is_lnt001() -> None:
    text = f"Chinese raids\n\ncitelint-disable-line FIG001\n{RAIDS}\n\n[Reuters]\n"
    assert found(text, "post.txt") == [(3, "LNT001"), (4, "FIG001")]
