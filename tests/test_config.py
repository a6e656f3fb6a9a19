"""Configuration files: every key, the errors for bad ones, and the nearest-file rule."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from citelint.cli import main
from citelint.config import ConfigLoader
from conftest import SEED, assert_located

# A post of the seed page, with its credit, one unsourced figure and one mismatched mark.
POST = """North Korean defectors deserve an international response

In the past year, the number of North Korean defectors has declined by approximately 17% \
with even fewer making it to South Korea.

Over the following weeks, Durihana‘s members arrived at the foot of the building.

[The Organization for World Peace]
"""


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def codes_in(capsys: pytest.CaptureFixture[str], *argv: str) -> list[str]:
    code, out, err = run(capsys, "check", "--format", "json", *argv)
    assert code in (0, 1), err
    return [finding["code"] for finding in json.loads(out)]


@pytest.fixture
def site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A site with posts/raids.md and drafts/raids.md, run from its top."""
    for directory in ("posts", "drafts"):
        (tmp_path / directory).mkdir()
        (tmp_path / directory / "raids.md").write_text(POST, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_without_configuration_every_default_rule_runs(
    site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert codes_in(capsys, "posts") == ["FIG001", "QUO003"]


def test_select_ignore_and_extend_select(site: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(site / "citelint.toml", 'select = ["QUO"]\n')
    assert codes_in(capsys, "posts") == ["QUO003"]
    write(site / "citelint.toml", 'ignore = ["QUO003"]\n')
    assert codes_in(capsys, "posts") == ["FIG001"]
    write(site / "citelint.toml", 'extend-select = ["SRC003"]\n')
    assert codes_in(capsys, "posts") == ["FIG001", "QUO003"]  # the credit is a known one
    # The command line's --select replaces the configuration's; --ignore adds to it.
    write(site / "citelint.toml", 'select = ["QUO"]\n')
    assert codes_in(capsys, "posts", "--select", "FIG") == ["FIG001"]


def test_per_file_ignores(site: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(site / "citelint.toml", '[per-file-ignores]\n"drafts/*" = ["FIG001", "QUO"]\n')
    assert codes_in(capsys, "drafts") == []  # codes and prefixes, as in ignore
    write(site / "citelint.toml", '[per-file-ignores]\n"drafts/*" = ["FIG001", "QUO003"]\n')
    assert codes_in(capsys, "drafts", "posts") == ["FIG001", "QUO003"]


def test_exclude_and_extend_exclude(site: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(site / "citelint.toml", 'extend-exclude = ["drafts"]\n')
    _code, out, _ = run(capsys, "check", ".", "--format", "json")
    assert {finding["path"] for finding in json.loads(out)} == {"./posts/raids.md"}
    # A file named on the command line is linted unless --force-exclude (pre-commit's case).
    assert codes_in(capsys, "drafts/raids.md") == ["FIG001", "QUO003"]
    assert codes_in(capsys, "drafts/raids.md", "--force-exclude") == []
    write(site / "citelint.toml", 'exclude = ["*.md"]\n')
    _, _, err = run(capsys, "check", ".")
    assert "no lintable files" in err


def test_severity_and_rule_options(site: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(
        site / "pyproject.toml",
        '[project]\nname = "site"\n\n[tool.citelint.severity]\nQUO003 = "warning"\n\n'
        '[tool.citelint.rule-options.FIG001]\nscope = "paragraph"\n',
    )
    code, out, _ = run(capsys, "check", "posts", "--format", "json")
    found = {finding["code"]: finding["severity"] for finding in json.loads(out)}
    assert found == {"FIG001": "warning", "QUO003": "warning"}
    assert code == 0  # no error left
    code, out, _ = run(capsys, "config", "posts/raids.md")
    assert f"# From {site / 'pyproject.toml'}" in out
    assert 'rule-options = {"FIG001": {"scope": "paragraph"}}' in out


def test_a_category_the_conventions_do_not_know_is_refused(
    site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A misspelt category would silently turn off FIG001 for percentages.
    write(site / "posts" / "raids.md", "Raids\n\nTurnout fell to 17% this year.\n\n[Reuters]\n")
    write(site / "citelint.toml", '[rule-options.FIG001]\nstatistics = ["percnt", "money"]\n')
    code, out, err = run(capsys, "check", "posts")
    assert code == 2 and "All checks passed" not in out
    assert "citelint.toml: key 'rule-options.FIG001': option 'statistics': 'percnt' is no " in err
    assert "category of any writing conventions (the en-US conventions give count," in err
    write(site / "citelint.toml", '[rule-options.FIG001]\nstatistics = ["percent"]\n')
    assert codes_in(capsys, "posts") == ["FIG001"]
    # A category one set of conventions gives is fine for posts read with another (fr has
    # no pattern of estimates: its posts have none).
    write(
        site / "citelint.toml",
        'language = "fr"\n[rule-options.FIG001]\nstatistics = ["estimate"]\n',
    )
    assert run(capsys, "check", "posts")[0] != 2


def test_rule_options_change_what_a_rule_finds(
    site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The source is in the sentence before: the paragraph scope accepts it, as AP would not
    # (by default only a report, a count or an estimate sources a later sentence).
    post = "Raids\n\nActivists said so. At least 30 escapees were held.\n\n[Reuters]\n"
    write(site / "posts" / "raids.md", post)
    assert codes_in(capsys, "posts") == ["FIG001"]
    write(site / "citelint.toml", '[rule-options.FIG001]\nscope = "paragraph"\n')
    assert codes_in(capsys, "posts") == []
    write(site / "citelint.toml", '[rule-options.FIG001]\nsource_pattern_scope = "x"\n')
    code, _, err = run(capsys, "check", "posts")
    assert code == 2 and "rule-options.FIG001.source_pattern_scope" in err


def test_input_format_per_glob_and_rules_directories(
    site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(site / "posts" / "raids.tpl", "<p>He said &ldquo;hi.</p>\n<p>[Reuters]</p>\n")
    write(site / "citelint.toml", '[input-format]\n"*.tpl" = "html"\n')
    assert codes_in(capsys, "posts/raids.tpl") == ["QUO001"]
    house = site / "house-rules"
    house.mkdir()
    rule = (Path(__file__).parents[1] / "rules" / "QUO002-unopened-quotation.toml").read_text(
        encoding="utf-8"
    )
    write(
        house / "HSE001.toml",
        rule.replace("QUO002", "HSE001").replace("unopened-quotation", "house-unopened"),
    )
    write(site / "citelint.toml", 'rules = ["house-rules"]\nselect = ["HSE"]\n')
    write(site / "posts" / "cut.md", "Raids\n\nThe crackdown is severe,” said Kim.\n\n[Reuters]\n")
    assert codes_in(capsys, "posts/cut.md") == ["HSE001"]


def test_fail_on_warning(site: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(site / "citelint.toml", 'select = ["FIG"]\nfail-on = "warning"\n')
    code, _, _ = run(capsys, "check", "posts")
    assert code == 1
    code, _, _ = run(capsys, "check", "posts", "--fail-on", "error")
    assert code == 0


def test_nearest_configuration_applies(site: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(site / "citelint.toml", 'select = ["QUO"]\n')
    write(site / "drafts" / ".citelint.toml", 'select = ["FIG"]\n')
    _code, out, _ = run(capsys, "check", "posts", "drafts", "--format", "json")
    assert [(f["path"], f["code"]) for f in json.loads(out)] == [
        ("drafts/raids.md", "FIG001"),
        ("posts/raids.md", "QUO003"),
    ]
    # --config forces one file for all; --isolated ignores them all.
    forced = ["--config", str(site / "citelint.toml")]
    assert codes_in(capsys, "posts", "drafts", *forced) == ["QUO003", "QUO003"]
    assert codes_in(capsys, "drafts", "--isolated") == ["FIG001", "QUO003"]
    _, out, _ = run(capsys, "config", "drafts")
    assert out.startswith(f"# From {site / 'drafts' / '.citelint.toml'}")


def test_a_pyproject_without_a_citelint_table_is_not_configuration(
    site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(site / "citelint.toml", 'select = ["QUO"]\n')
    write(site / "posts" / "pyproject.toml", '[project]\nname = "x"\n')
    assert codes_in(capsys, "posts") == ["QUO003"]


@pytest.mark.parametrize(
    ("config", "message"),
    [
        (
            'selekt = ["QUO"]\n',
            "key 'selekt': unknown key (expected one of: conventions, exclude, ",
        ),
        ('select = "QUO"\n', "key 'select': expected an array of strings, got a string (line 1)"),
        ("ignore = [1]\n", "key 'ignore': expected an array of strings, got an array (line 1)"),
        (
            'fail-on = "never"\n',
            "key 'fail-on': expected 'error' or 'warning', got 'never' (line 1)",
        ),
        (
            '[severity]\nQUO003 = "fatal"\n',
            "key 'severity.QUO003': expected one of error, warning, info, got 'fatal' (line 2)",
        ),
        ('[severity]\nXYZ001 = "error"\n', "key 'severity.XYZ001': no rule XYZ001 is loaded"),
        (
            '[per-file-ignores]\n"a/*" = "QUO"\n',
            "key 'per-file-ignores.a/*': expected an array of codes, got a string",
        ),
        (
            '[rule-options.FIG001]\nscope = "page"\n',
            "key 'rule-options.FIG001.scope': option 'scope': 'page' is not one of",
        ),
        (
            '[rule-options.SRC001]\nreport = "unknown"\n',
            "key 'rule-options.SRC001.report': rule SRC001's message uses {ending}, but kind "
            "'source-tag' with report = \"unknown\" provides only {form}, {source}, "
            "{suggestion}, {title}",
        ),
        (
            '[input-format]\n"*.x" = "pdf"\n',
            "key 'input-format.*.x': expected one of text, markdown, html, wxr, jsonl, got 'pdf'",
        ),
        ("select = [\n", "invalid TOML"),
    ],
)
def test_bad_configuration_names_file_key_and_expectation(
    site: Path, capsys: pytest.CaptureFixture[str], config: str, message: str
) -> None:
    path = write(site / "citelint.toml", config)
    code, out, err = run(capsys, "check", "posts")
    assert code == 2 and out == ""
    assert_located(err, path, message)
    assert len(err.splitlines()) == 1


def test_bad_keys_in_pyproject_are_named_with_their_table(
    site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(site / "pyproject.toml", '[tool.citelint]\nselect = "QUO"\n')
    code, _, err = run(capsys, "check", "posts")
    assert code == 2
    assert (
        err == f"{path}:2: key 'tool.citelint.select': expected an array of strings, got a string\n"
    )


def test_the_seed_runs_the_same_from_anywhere(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "check", str(SEED), "--isolated", "--statistics")
    assert code == 1 and out.splitlines()[0] == "6\tFIG001\tunsourced-figure"


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        (
            "pyproject.toml",
            '[tool.citelint\nselect = ["QUO"]\n',
            ":1: invalid TOML: Expected ']' at the end of a table declaration",
        ),
        (
            "pyproject.toml",
            '[project]\nname = "site"\nversion = \n',
            ":3: invalid TOML: Invalid value",
        ),
        (
            "citelint.toml",
            'select = ["QUO"\n',
            ":1: invalid TOML: Unclosed array at the end of the file",
        ),
    ],
)
def test_a_configuration_file_that_is_not_toml_is_path_line_and_exit_2(
    site: Path, capsys: pytest.CaptureFixture[str], name: str, text: str, expected: str
) -> None:
    # Before, a broken pyproject.toml was passed over: "No configuration file applies".
    path = write(site / name, text)
    code, out, err = run(capsys, "check", "posts")
    assert (code, out) == (2, "")
    assert err == f"{path}{expected}\n"
    code, out, err = run(capsys, "config", "posts")
    assert code == 2 and err == f"{path}{expected}\n"


def test_extend_shares_a_base_configuration(site: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (site / ".git").mkdir()
    (site / "shared").mkdir()
    (site / "shared" / "house-rules").mkdir()
    write(
        site / "shared" / "base.toml",
        'select = ["QUO"]\nfail-on = "warning"\nrules = ["house-rules"]\n',
    )
    path = write(site / "citelint.toml", 'extend = "shared/base.toml"\nfail-on = "error"\n')
    settings = ConfigLoader().for_path(site / "posts")
    assert settings.path == path
    assert settings.select == ("QUO",)  # from the base
    assert settings.fail_on == "error"  # the file's own key wins
    # A directory the base names is the base's: shared/house-rules, not house-rules.
    assert settings.rules == (site / "shared" / "house-rules",)


@pytest.mark.parametrize(
    ("extend", "expected"),
    [
        ('"missing.toml"', "key 'extend': 'missing.toml' is not a file"),
        ('"citelint.toml"', "key 'extend': 'citelint.toml' extends back to this file"),
        ("3", "key 'extend': expected the path of a configuration file, got an integer"),
        ('"../../outside.toml"', "key 'extend': '../../outside.toml' leads outside the project"),
    ],
)
def test_a_bad_extend_is_one_line_naming_its_line(
    site: Path, capsys: pytest.CaptureFixture[str], extend: str, expected: str
) -> None:
    (site / ".git").mkdir()
    path = write(site / "citelint.toml", f'select = ["QUO"]\nextend = {extend}\n')
    code, _, err = run(capsys, "check", "posts")
    assert code == 2 and err.startswith(f"{path}:2: {expected}")


def test_an_error_in_the_extended_file_names_that_file(
    site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (site / ".git").mkdir()
    base = write(site / "base.toml", 'select = "QUO"\n')
    write(site / "citelint.toml", 'extend = "base.toml"\n')
    code, _, err = run(capsys, "check", "posts")
    assert code == 2 and err.startswith(f"{base}:1: key 'select': expected an array")


def test_extends_in_a_loop_are_refused(site: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (site / ".git").mkdir()
    write(site / "a.toml", 'extend = "citelint.toml"\n')
    path = write(site / "citelint.toml", 'extend = "a.toml"\n')
    code, _, err = run(capsys, "check", "posts")
    assert code == 2 and "extends back to this file" in err and str(site / "a.toml") in err
    assert path.exists()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '[rule-options.FIG001]\nscope = "paragraf"\n',
            ":2: key 'rule-options.FIG001.scope': option 'scope': 'paragraf' is not one of: "
            "sentence, paragraph",
        ),
        ('[rule-options.XYZ001]\nscope = "x"\n', ":1: key 'rule-options.XYZ001': no rule XYZ001"),
        ('[severity]\nXYZ001 = "error"\n', ":2: key 'severity.XYZ001': no rule XYZ001 is loaded"),
    ],
)
def test_a_bad_rule_option_names_its_line(
    site: Path, capsys: pytest.CaptureFixture[str], text: str, expected: str
) -> None:
    path = write(site / "citelint.toml", text)
    code, _, err = run(capsys, "check", "posts")
    assert code == 2 and err.startswith(f"{path}{expected}")
