"""No control or invisible character of a linted file reaches any output raw (issue 14.8).

A post whose title, sentences and quotations hold terminal escapes, C1 controls, bidi
controls, separators, zero-width and tag characters goes through every format of ``check``
and ``quotes``; then the same for any text (hypothesis).
"""

from __future__ import annotations

import dataclasses
import json
import unicodedata
from pathlib import Path
from typing import Any
from xml.dom import minidom
from xml.etree import ElementTree

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from citelint.cli import main
from citelint.engine import lint_document
from citelint.inventory import quotation_records
from citelint.readers import read_document
from citelint.report import FORMATS, Report, render
from citelint.report.full_format import printable
from citelint.report.quotes_format import render_json, render_text
from citelint.report.safe_json import dumps
from citelint.terminal import UNSAFE, visible
from conftest import RULES, lint

# ESC, BEL, CSI (C1), RLO, LRI, line separator, NEL, zero-width space, TAG LATIN CAPITAL A.
HOSTILE = ("\x1b", "\x07", "\x9b", "\u202e", "\u2066", "\u2028", "\x85", "\u200b", "\U000e0041")
TITLE = "Talks\x1b[2J resume in Seoul\u202e"
POST = (
    f"{TITLE}\n\n"
    "Some 17% of defectors\u2066 were women\x07, the survey found.\n\n"
    "“We will not\x9b2J return\u2028 to the\x85 North\u200b,\U000e0041 ever\x07.”\n\n"
    "He said ‘we\x1b[31m are \u2066afraid”.\n"
)
CHECK_FORMATS = sorted(FORMATS)
JSON_FORMATS = ("json", "gitlab", "sarif")
# What XML 1.0 does not allow, even as a character reference.
XML_FORBIDDEN = [
    *range(0x00, 0x09),
    0x0B,
    0x0C,
    *range(0x0E, 0x20),
    *range(0xD800, 0xE000),
    0xFFFE,
    0xFFFF,
]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    main(list(argv))
    return capsys.readouterr().out


def hostile_in(text: str) -> list[str]:
    return [char for char in HOSTILE if char in text]


def unsafe_raw(text: str) -> list[str]:
    """What a machine format must never write: every UNSAFE character but its line breaks."""
    return UNSAFE.findall(text.replace("\n", ""))


def shown_unsafe(text: str) -> list[str]:
    """Lines of a format meant to be read that ``visible()`` would still change."""
    return [line for line in text.split("\n") if visible(line) != line]


@pytest.fixture
def post(tmp_path: Path) -> Path:
    path = tmp_path / "seoul\x1b]0;owned\x07\u202e.txt"  # a name that sets a window title
    path.write_text(POST, encoding="utf-8")
    return path


# -- the reproduction, one format a case ------------------------------------------------


@pytest.mark.parametrize("output", CHECK_FORMATS)
def test_check_writes_no_hostile_character(
    capsys: pytest.CaptureFixture[str], post: Path, output: str
) -> None:
    out = run(capsys, "check", str(post), "--format", output)
    assert "ATR001" in out and hostile_in(out) == []


@pytest.mark.parametrize("output", ["text", "full", "github", "junit"])
def test_text_formats_show_the_characters_as_escapes(
    capsys: pytest.CaptureFixture[str], post: Path, output: str
) -> None:
    out = run(capsys, "check", str(post), "--format", output)
    assert "\\x9b2J return" in out and "\\u202e" in out and "\\U000e0041" in out
    assert shown_unsafe(out) == []


@pytest.mark.parametrize("output", [*JSON_FORMATS, "json-lines"])
def test_json_formats_write_no_unsafe_character_raw(
    capsys: pytest.CaptureFixture[str], post: Path, output: str
) -> None:
    assert unsafe_raw(run(capsys, "check", str(post), "--format", output)) == []


def test_json_keeps_the_post_title_exact_and_escapes_the_message(
    capsys: pytest.CaptureFixture[str], post: Path
) -> None:
    records = json.loads(run(capsys, "check", str(post), "--format", "json"))
    assert {record["post"] for record in records} == {TITLE}
    (quotation,) = [record for record in records if record["code"] == "ATR001"]
    assert "\\x9b2J return" in quotation["message"] and hostile_in(quotation["message"]) == []


def test_json_lines_is_one_record_a_line_for_any_line_splitter(
    capsys: pytest.CaptureFixture[str], post: Path
) -> None:
    out = run(capsys, "check", str(post), "--format", "json-lines")
    # str.splitlines also splits at U+2028, NEL and the C0 separators.
    assert [json.loads(line)["post"] for line in out.splitlines()] == [TITLE] * 3


def test_sarif_message_text_is_escaped(capsys: pytest.CaptureFixture[str], post: Path) -> None:
    sarif = json.loads(run(capsys, "check", str(post), "--format", "sarif"))
    texts = [result["message"]["text"] for result in sarif["runs"][0]["results"]]
    assert len(texts) == 3 and [shown_unsafe(text) for text in texts] == [[]] * 3


def test_gitlab_description_is_escaped(capsys: pytest.CaptureFixture[str], post: Path) -> None:
    issues = json.loads(run(capsys, "check", str(post), "--format", "gitlab"))
    descriptions = [issue["description"] for issue in issues]
    assert any("\\u202e" in text for text in descriptions)
    assert [hostile_in(text) for text in descriptions] == [[]] * 3


def test_junit_is_well_formed_xml(capsys: pytest.CaptureFixture[str], post: Path) -> None:
    out = run(capsys, "check", str(post), "--format", "junit")
    (case,) = ElementTree.fromstring(out).iter("testcase")
    assert case.get("name", "").endswith("seoul\\x1b]0;owned\\x07\\u202e.txt")
    assert "\\x1b[2J" in case.findtext("failure", "")
    root = minidom.parseString(out.encode("utf-8")).documentElement
    assert root is not None and root.tagName == "testsuites"


def test_quotes_text_writes_no_hostile_character(
    capsys: pytest.CaptureFixture[str], post: Path
) -> None:
    out = run(capsys, "quotes", str(post))
    assert "\\x1b[31m" in out and hostile_in(out) == [] and shown_unsafe(out) == []


def test_quotes_json_is_exact_but_writes_no_unsafe_character_raw(
    capsys: pytest.CaptureFixture[str], post: Path
) -> None:
    out = run(capsys, "quotes", str(post), "--format", "json")
    assert unsafe_raw(out) == []
    records = json.loads(out)
    assert [POST[r["offset"] : r["end_offset"]] == r["text"] for r in records] == [True] * 2
    assert "\x9b2J return\u2028 to the\x85 North\u200b,\U000e0041" in records[0]["text"]
    assert {record["post"] for record in records} == {TITLE}


def test_a_file_name_that_is_not_utf8(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    name = tmp_path / "seoul\udcff\u202e.txt"  # the byte 0xff, as Python names it
    name.write_text("Kim\n\nHe said “hi.\n", encoding="utf-8")
    outs = {output: run(capsys, "check", str(name), "--format", output) for output in FORMATS}
    assert {output: unsafe_raw(out) for output, out in outs.items()} == {key: [] for key in FORMATS}
    assert "seoul%FF%E2%80%AE.txt" in outs["sarif"]
    assert json.loads(outs["json"])[0]["path"] == str(name)


# -- the character classes, one case a line ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("said Kim.", "said Kim."),
        ("“Déjà vu,” said Jürgen\u00a0Weiß.", "“Déjà vu,” said Jürgen\u00a0Weiß."),
        ("tab\tkept", "tab\tkept"),
        ("line\nbreak", "line\\x0abreak"),
        ("\x1b[2J", "\\x1b[2J"),
        ("bell\x07", "bell\\x07"),
        ("\x7f", "\\x7f"),
        ("\x9b2J", "\\x9b2J"),
        ("next\x85line", "next\\x85line"),
        ("\u202eevil", "\\u202eevil"),
        ("\u2066isolate\u2069", "\\u2066isolate\\u2069"),
        ("\u061c", "\\u061c"),
        ("line\u2028separator\u2029", "line\\u2028separator\\u2029"),
        ("zero\u200bwidth", "zero\\u200bwidth"),
        ("word\u2060joiner", "word\\u2060joiner"),
        ("\ufeffBOM", "\\ufeffBOM"),
        ("soft\u00adhyphen", "soft\\xadhyphen"),
        ("Reu\u200dters", "Reu\\u200dters"),
        ("Reu\u200cters", "Reu\\u200cters"),
        ("tag\U000e0041\U000e007f", "tag\\U000e0041\\U000e007f"),
        ("\U000e0100", "\\U000e0100"),
        ("A\ufe00", "A\\ufe00"),
        ("grapheme\u034fjoiner", "grapheme\\u034fjoiner"),
        ("\u3164\u115f", "\\u3164\\u115f"),
        ("lone \ud800", "lone \\ud800"),
        ("\ufffe\uffff\ufdd0\U0010ffff", "\\ufffe\\uffff\\ufdd0\\U0010ffff"),
        # Emoji stay whole: a joiner between their parts, one presentation selector.
        ("family 👨\u200d👩\u200d👧", "family 👨\u200d👩\u200d👧"),
        ("🏳\ufe0f\u200d🌈", "🏳\ufe0f\u200d🌈"),
        ("👩🏽\u200d💻", "👩🏽\u200d💻"),
        ("❤\ufe0f and 1\ufe0f\u20e3", "❤\ufe0f and 1\ufe0f\u20e3"),
        ("👍\u200d", "👍\\u200d"),
        ("a\u200d👍", "a\\u200d👍"),
        ("\ufe0f", "\\ufe0f"),
        (" \ufe0f", " \\ufe0f"),
        ("❤\ufe0f\ufe0f", "❤\ufe0f\\ufe0f"),
        ("❤\U000e0041\u200d👍", "❤\\U000e0041\\u200d👍"),
    ],
)
def test_visible(text: str, shown: str) -> None:
    assert (visible(text), visible(shown)) == (shown, shown)


def test_every_control_format_separator_and_surrogate_is_unsafe() -> None:
    categories = {"Cc", "Cf", "Zl", "Zp", "Cs"}
    missed = [
        f"U+{code:04X}"
        for code in range(0x11_0000)
        if unicodedata.category(chr(code)) in categories
        and code != 0x09
        and not UNSAFE.match(chr(code))
    ]
    assert missed == []


def test_visible_escapes_everything_xml_forbids() -> None:
    assert [code for code in XML_FORBIDDEN if not visible(chr(code)).isascii()] == []


@pytest.mark.parametrize(
    ("value", "written"),
    [
        ("said Kim", '"said Kim"'),
        ("“Kim”", '"“Kim”"'),
        ("\x1b\x07\n", '"\\u001b\\u0007\\n"'),
        ("\x7f\x85\x9b", '"\\u007f\\u0085\\u009b"'),
        ("\u2028\u2029\u202e\u200b", '"\\u2028\\u2029\\u202e\\u200b"'),
        ("\U000e0041", '"\\udb40\\udc41"'),
        ("\ud800", '"\\ud800"'),
        ("👨\u200d👩", '"👨\\u200d👩"'),
        ({"\u202ekey": ["\x85"]}, '{"\\u202ekey":["\\u0085"]}'),
    ],
)
def test_safe_json(value: object, written: str) -> None:
    assert (dumps(value, compact=True), json.loads(written)) == (written, value)


def test_full_shows_invisible_characters_of_the_line_as_question_marks() -> None:
    assert printable("Reu\u200bters\ufe00 \u3164\U000e0041\t.") == "Reu?ters? ?? ."


# -- any text ---------------------------------------------------------------------------

# Arbitrary code points, surrogates included, and often the ones that do harm.
ANY_CHAR = st.one_of(
    st.characters(),
    st.characters(categories=["Cs"]),
    st.sampled_from([*HOSTILE, "\u200d", "\ufe0f", "👨", "🏽", "\ufffe", "\x00", "\t", "\n"]),
)
ANY_TEXT = st.text(ANY_CHAR, max_size=80)
BASE = lint("Kim\n\nHe said “hi.\n")[0]
ANY_CASES = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def check_report(report: Report) -> None:
    for name in ("text", "full", "github", "junit"):
        assert shown_unsafe(render(name, report)) == [], name
    ElementTree.fromstring(render("junit", report))
    for name in ("json", "json-lines", "sarif", "gitlab"):
        assert unsafe_raw(render(name, report)) == [], name
    records: list[dict[str, Any]] = json.loads(render("json", report))
    assert [r["post"] for r in records] == [v.post for v in report.violations]
    sarif = json.loads(render("sarif", report))["runs"][0]["results"]
    gitlab = json.loads(render("gitlab", report))
    shown = [r["message"] for r in records] + [r["message"]["text"] for r in sarif]
    shown += [issue["description"] for issue in gitlab]
    assert [shown_unsafe(text) for text in shown] == [[]] * len(shown)


@ANY_CASES
@given(message=ANY_TEXT, path=ANY_TEXT, line=ANY_TEXT)
def test_no_format_writes_an_unsafe_character_of_any_finding(
    message: str, path: str, line: str
) -> None:
    # The message is made of its fields' values: each field holds the hostile text.
    values = (message,) * len(BASE.rule.message_fields)
    violation = dataclasses.replace(
        BASE, message_values=values, path=path or "p", post=message, source_line=line
    )
    check_report(Report((violation,), (path or "p", "other\x1b.txt"), RULES))


@ANY_CASES
@given(title=ANY_TEXT, text=ANY_TEXT)
@example(title="", text="\udc00")  # a lone surrogate in a finding's sentence (its hash)
def test_no_format_writes_an_unsafe_character_of_any_post(title: str, text: str) -> None:
    # A JSON line, as its \u escapes are how a lone surrogate reaches a post's text.
    line = json.dumps({"id": "1", "title": title, "text": f"{text}\n\nHe said “{text}.\n"})
    document = read_document("posts.jsonl", line.encode("ascii"))
    check_report(Report(tuple(lint_document(document, RULES)), ("post.txt",), RULES))
    records = list(quotation_records(document))
    assert shown_unsafe(render_text(records)) == []
    out = render_json(records)
    assert unsafe_raw(out) == []
    assert [r["text"] for r in json.loads(out)] == [r.text for r in records]
