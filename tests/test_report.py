"""Output formats, on the findings of the seed page (examples/)."""

from __future__ import annotations

import json
from pathlib import Path
from xml.etree import ElementTree

import pytest

from citelint.cli import main
from citelint.engine import lint_document
from citelint.readers import read_document
from citelint.report import Report, render
from conftest import RULES, SEED, SHARED

SARIF_SCHEMA = SHARED / "schemas" / "sarif-schema-2.1.0.json"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture(scope="module")
def seed_report() -> Report:
    document = read_document("examples/north-korean-refugees.txt", SEED.read_bytes())
    violations = tuple(lint_document(document, RULES))
    return Report(violations, ("examples/north-korean-refugees.txt", "examples/clean.md"), RULES)


def test_sarif_validates_against_the_official_schema(seed_report: Report) -> None:
    if not SARIF_SCHEMA.is_file():
        pytest.skip(f"the SARIF 2.1.0 schema is not at {SARIF_SCHEMA}")
    import jsonschema

    sarif = json.loads(render("sarif", seed_report))
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    jsonschema.validate(sarif, schema, cls=jsonschema.Draft4Validator)
    run_ = sarif["runs"][0]
    assert [rule["id"] for rule in run_["tool"]["driver"]["rules"]] == [r.code for r in RULES]
    assert len(run_["results"]) == 9
    first = run_["results"][0]
    assert first["ruleId"] == "SRC001" and first["level"] == "error"
    region = first["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["startColumn"]) == (75, 1)
    rules = run_["tool"]["driver"]["rules"]
    assert rules[first["ruleIndex"]]["id"] == "SRC001"
    assert "Why it matters" in rules[first["ruleIndex"]]["help"]["text"]


def test_github_annotations_escape_what_github_requires(seed_report: Report) -> None:
    lines = render("github", seed_report).splitlines()
    assert len(lines) == 9
    assert lines[1] == (
        "::error file=examples/north-korean-refugees.txt,line=91,col=189,endLine=91,"
        "endColumn=190,title=QUO003 mismatched-quotation-marks::Mismatched quotation mark ‘: "
        "the apostrophe ’ belongs here: “Durihana‘s”"
    )
    assert "Unsourced figure: 17%25 has no source" in lines[5]  # % is escaped in the message
    assert lines[5].startswith("::warning ")
    from citelint.report.github_format import escape_data, escape_property

    assert escape_data("a%b\r\nc") == "a%25b%0D%0Ac"
    assert escape_property("dir,x/a:b.md") == "dir%2Cx/a%3Ab.md"


def test_junit_has_one_testcase_per_file(seed_report: Report) -> None:
    root = ElementTree.fromstring(render("junit", seed_report))
    cases = root.findall("./testsuite/testcase")
    assert [case.get("name") for case in cases] == [
        "examples/north-korean-refugees.txt",
        "examples/clean.md",
    ]
    (failure,) = cases[0].findall("failure")
    assert failure.get("message") == "9 problems"
    assert "91:189: QUO003" in (failure.text or "")
    assert cases[1].findall("failure") == []
    assert root.get("tests") == "2" and root.get("failures") == "1"


def test_gitlab_code_quality_issues_have_distinct_fingerprints(seed_report: Report) -> None:
    issues = json.loads(render("gitlab", seed_report))
    assert len({issue["fingerprint"] for issue in issues}) == len(issues) == 9
    assert issues[1]["location"] == {
        "path": "examples/north-korean-refugees.txt",
        "lines": {"begin": 91, "end": 91},
    }
    assert {issue["severity"] for issue in issues} == {"major", "minor"}


def test_json_lines_is_one_object_a_line(seed_report: Report) -> None:
    lines = render("json-lines", seed_report).splitlines()
    assert [json.loads(line)["code"] for line in lines[:2]] == ["SRC001", "QUO003"]


def test_full_shows_the_line_and_a_caret_under_the_span(seed_report: Report) -> None:
    out = render("full", seed_report)
    block = out.split("\n\n")[1].splitlines()
    assert block[0].startswith("examples/north-korean-refugees.txt:91:189: QUO003")
    assert block[2].startswith("91 | …") and "Durihana‘s" in block[2]
    caret_at = block[3].index("^")
    assert block[2][caret_at] == "‘"
    assert "\x1b[" not in out
    colored = render("full", Report(seed_report.violations, color=True))
    assert "\x1b[1;31mSRC001" in colored  # red, bold: an error's code


def test_full_never_writes_control_characters_of_the_text(tmp_path: Path) -> None:
    from citelint.report.full_format import printable

    assert printable("He said \x1b[2J“hi.\t") == "He said ?[2J“hi. "


def test_statistics_output_file_and_fail_on(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, out, _ = run(capsys, "check", str(SEED), "--statistics")
    assert code == 1
    assert out.splitlines() == [
        "6\tFIG001\tunsourced-figure",
        "2\tSRC001\tmissing-source-tag",
        "1\tQUO003\tmismatched-quotation-marks",
    ]
    report = tmp_path / "report.json"
    code, out, _ = run(capsys, "check", str(SEED), "--format", "json", "-o", str(report))
    assert (code, out) == (1, "")
    assert len(json.loads(report.read_text(encoding="utf-8"))) == 9
    code, _, _ = run(capsys, "check", str(SEED), "--select", "FIG")
    assert code == 0  # warnings alone do not fail the run
    code, _, _ = run(capsys, "check", str(SEED), "--select", "FIG", "--fail-on", "warning")
    assert code == 1


def test_github_format_is_chosen_inside_github_actions(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    _, out, _ = run(capsys, "check", str(SEED), "--select", "QUO")
    assert out.startswith("::error file=")
    _, out, _ = run(capsys, "check", str(SEED), "--select", "QUO", "--format", "text")
    assert not out.startswith("::")


def test_control_characters_of_a_file_never_reach_the_terminal(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    post = tmp_path / "evil\x1b]0;owned\x07.txt"
    post.write_text("Title\n\nHe said “hi \x1b[2J\u202eevil.\n\n[Reuters\x1b[31m]\n", "utf-8")
    for output in ("text", "full", "github"):
        code, out, err = run(capsys, "check", str(tmp_path), "--format", output)
        assert code == 1
        assert "\x1b" not in out and "\u202e" not in out and "\x07" not in out
        assert "\\x1b" in out
    code, out, _ = run(capsys, "quotes", str(tmp_path))
    assert "\x1b" not in out
    (tmp_path / "bad\x1b[2J.md").write_text("---\ntitle: [\n---\n", "utf-8")
    _, _, err = run(capsys, "check", str(tmp_path))
    assert "\x1b" not in err and "bad\\x1b[2J.md" in err


BOLD_RED_CODE = "\x1b[1;31mQUO001\x1b[0m"


@pytest.mark.parametrize(
    ("argv", "environment", "colored"),
    [
        (["--color", "always"], {}, True),
        (["--color", "never"], {"FORCE_COLOR": "1"}, False),
        ([], {"FORCE_COLOR": "1"}, True),
        ([], {"FORCE_COLOR": "0"}, False),  # captured output is no terminal
        (["--color", "auto"], {"NO_COLOR": "1"}, False),
        (["--format", "full", "--color", "always"], {}, True),
        (["--format", "json", "--color", "always"], {}, False),  # for programs: never
    ],
)
def test_color_follows_the_option_then_force_color_and_no_color(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    argv: list[str],
    environment: dict[str, str],
    colored: bool,
) -> None:
    for name in ("FORCE_COLOR", "NO_COLOR"):
        monkeypatch.delenv(name, raising=False)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    post = tmp_path / "post.txt"
    post.write_text("Title\n\nHe said “hi.\n\n[AP]\n", encoding="utf-8")
    _, out, _ = run(capsys, "check", *argv, str(post))
    assert (BOLD_RED_CODE in out) is colored
    assert ("\x1b[" in out) is colored


def test_colored_text_output_reads_as_the_plain_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import re

    post = tmp_path / "post.txt"
    post.write_text("Title\n\nHe said “hi.\n\n[AP]\n", encoding="utf-8")
    _, plain, _ = run(capsys, "check", "--color", "never", str(post))
    _, colored, _ = run(capsys, "check", "--color", "always", str(post))
    assert re.sub(r"\x1b\[[0-9;]*m", "", colored) == plain
    assert colored.startswith(f"\x1b[1m{post}\x1b[0m\x1b[36m:\x1b[0m3")


def test_a_report_file_is_never_colored_unless_always(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FORCE_COLOR", "1")
    post = tmp_path / "post.txt"
    post.write_text("Title\n\nHe said “hi.\n\n[AP]\n", encoding="utf-8")
    run(capsys, "check", "-o", str(tmp_path / "report.txt"), str(post))
    assert "\x1b[" not in (tmp_path / "report.txt").read_text(encoding="utf-8")
