"""The seed blog page: the findings it must give, and what cutting a quotation mark does."""

from __future__ import annotations

import pytest
import regex

from conftest import lint, problems

CYBERSEX_SLAVES = "North Korean female defectors in China sold as cybersex slaves"
MEETS_PASTOR = "North Korean cybersex slave meets pastor online"


def straighten(text: str) -> str:
    return text.translate(str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"}))


def test_seed_default_findings_are_exactly_the_two_uncredited_posts_and_the_typo(
    seed_text: str,
) -> None:
    found = [
        (v.start.line, v.start.column, v.rule.code, v.post)
        for v in lint(seed_text, select=("SRC", "QUO"))
    ]
    assert found == [
        (75, 1, "SRC001", CYBERSEX_SLAVES),
        (91, 189, "QUO003", MEETS_PASTOR),
        (97, 1, "SRC001", MEETS_PASTOR),
    ]
    typo = lint(seed_text, select=("QUO003",))[0]
    assert seed_text.splitlines()[90][188] == "‘"
    assert "Durihana‘s" in typo.message


def test_seed_sources_are_named_in_the_messages(seed_text: str) -> None:
    messages = [v.message for v in lint(seed_text, select=("SRC",))]
    assert CYBERSEX_SLAVES in messages[0]
    assert "perform sexual acts." in messages[0]
    assert MEETS_PASTOR in messages[1]


def test_straightened_seed_gives_the_same_findings_less_the_typo(seed_text: str) -> None:
    straight = straighten(seed_text)
    found = [(v.start.line, v.start.column, v.rule.code) for v in lint(straight)]
    curly = [(v.start.line, v.start.column, v.rule.code) for v in lint(seed_text)]
    assert found == [item for item in curly if item[2] != "QUO003"]
    assert [item for item in found if item[2] != "FIG001"] == [(75, 1, "SRC001"), (97, 1, "SRC001")]


def _paragraph_bounds(text: str, offset: int) -> tuple[int, int]:
    start = text.rfind("\n\n", 0, offset)
    end = text.find("\n\n", offset)
    return (0 if start < 0 else start + 2, len(text) if end < 0 else end)


def _quotation_marks(text: str) -> list[int]:
    """Offsets of every quotation mark in the seed (apostrophes and the typo excluded)."""
    offsets = [m.start() for m in regex.finditer("[“”]", text)]
    for pair in regex.finditer(r"‘[^‘’\n]*’(?!\w)", text):
        offsets.extend((pair.start(), pair.end() - 1))
    return sorted(offsets)


def _running_quotation_left(text: str, offset: int) -> bool:
    """Deleting a paragraph's last closing mark before a paragraph that opens with “: the
    paragraph then ends inside a quotation the next one reopens, as a running quotation does
    (“Underground Railroad”. followed by “The crackdown… becomes one)."""
    _, end = _paragraph_bounds(text, offset)
    last_mark = not regex.search("[“”‘’]", text[offset + 1 : end])
    return text[offset] == "”" and last_mark and text[end + 2 : end + 3] == "“"


# Deleting ‘ from ‘defectors’ leaves "testimonies of defectors’ who", a well-formed
# plural possessive: no mark-level check can tell it from the original.
_UNDETECTABLE = ("defectors’ who",)


@pytest.mark.parametrize("variant", ["curly", "straight"])
def test_deleting_any_quotation_mark_gives_a_finding_on_its_line(
    seed_text: str, variant: str
) -> None:
    text = seed_text if variant == "curly" else straighten(seed_text)
    baseline = set(problems(text))
    checked = 0
    for offset in _quotation_marks(seed_text):
        if _running_quotation_left(seed_text, offset):
            continue
        cut = text[:offset] + text[offset + 1 :]
        following = straighten(cut[offset : offset + 20])
        if any(following.startswith(straighten(phrase)) for phrase in _UNDETECTABLE):
            continue
        line = text.count("\n", 0, offset) + 1
        new = set(problems(cut)) - baseline
        context = text[offset - 30 : offset + 30]
        assert new, f"no finding after deleting the mark at line {line}: {context!r}"
        assert {found_line for found_line, _, _ in new} == {line}, (line, new)
        checked += 1
    assert checked >= 80


def test_turning_two_paragraphs_into_a_running_quotation_gives_no_finding(
    seed_text: str,
) -> None:
    original = seed_text.splitlines()[12]
    assert original.startswith("“Raiding a house?")
    running = (
        "“Raiding a house? I’ve only seen two or three times. You get caught on the way, "
        "you get caught moving.\n\n"
        "“But getting caught at a home, you can count on one hand,” said Y. H. Kim."
    )
    text = seed_text.replace(original, running)
    assert problems(text) == [(93, 189, "QUO003")]  # only the typo, two lines lower


def test_a_paragraph_ending_inside_a_quotation_without_a_reopening_is_reported(
    seed_text: str,
) -> None:
    original = seed_text.splitlines()[12]
    broken = (
        "“Raiding a house? I’ve only seen two or three times. You get caught on the way.\n\n"
        "Kim said getting caught at a home was rare."
    )
    found = lint(seed_text.replace(original, broken), select=("QUO001",))
    assert [(v.start.line, v.start.column) for v in found] == [(13, 1)]
    assert "next paragraph does not reopen" in found[0].message
