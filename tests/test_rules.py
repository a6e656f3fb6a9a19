"""Every rule file: its examples behave, and a bad rule file fails at load with its line."""

from __future__ import annotations

from pathlib import Path

import pytest

from citelint.errors import RuleError
from citelint.rules import builtin_rules_dir, load_rules, parse_rule, select_rules
from conftest import RULES, lint

RULE_FILES = sorted(builtin_rules_dir().glob("*.toml"))


def test_every_rule_file_is_loaded() -> None:
    assert len(RULE_FILES) == len(RULES) >= 4
    assert {rule.code for rule in RULES} >= {"SRC001", "QUO001", "QUO002", "QUO003"}


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule.code)
def test_bad_examples_are_flagged(rule: object) -> None:
    from citelint.rules import Rule

    assert isinstance(rule, Rule)
    for example in rule.bad_examples:
        codes = [
            v.rule.code for v in lint(example, select=(rule.code,), original=rule.example_original)
        ]
        assert codes, f"{rule.code} misses its bad example {example!r}"


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule.code)
def test_good_examples_are_not_flagged(rule: object) -> None:
    from citelint.rules import Rule

    assert isinstance(rule, Rule)
    for example in rule.good_examples:
        found = [
            v.message for v in lint(example, select=(rule.code,), original=rule.example_original)
        ]
        assert not found, f"{rule.code} flags its good example {example!r}: {found}"


VALID = (builtin_rules_dir() / "QUO002-unopened-quotation.toml").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            ('severity = "error"', 'severity = "fatal"'),
            "severity 'fatal' must be one of: error, warning, info (line 4)",
        ),
        (('kind = "quote-balance"', 'kind = "quotes"'), "unknown kind 'quotes'"),
        (
            ('code = "QUO002"', 'code = "Q2"'),
            "code 'Q2' must be 2 to 5 capital letters and 3 digits, like QUO001 (line 1)",
        ),
        (('name = "unopened-quotation"', 'name = "Unopened"'), "must be kebab-case"),
        (
            ('report = ["unopened"]', 'report = "unopened"'),
            "option 'report': expected an array of strings, got a string (line 18)",
        ),
        (
            ('report = ["unopened"]', f'report = ["{"u" * 5000}"]'),
            "option 'report': expected words or phrases of at most 200 characters, found one of "
            "5,000 (line 18)",
        ),
        (('report = ["unopened"]', 'report = ["unopened"]\ncolour = 1'), "unknown option 'colour'"),
        (
            ('report = ["unopened"]', 'report = ["everything"]'),
            "'everything' is not one of: unclosed, unopened, mismatched (line 18)",
        ),
        (
            ("{reason}", "{why}"),
            "message uses {why}, but kind 'quote-balance' provides only {mark}, {reason}",
        ),
        (('code = "QUO002"', 'code = "QUO002"\ncolor = "red"'), "unknown key 'color'"),
        (("bad = [", "worse = ["), "unknown key 'worse' in [examples]"),
        (('code = "QUO002"', "code = "), "invalid TOML"),
    ],
)
def test_bad_rule_files_fail_with_path_and_reason(change: tuple[str, str], message: str) -> None:
    source = VALID.replace(*change, 1)
    assert source != VALID
    with pytest.raises(RuleError) as error:
        parse_rule(source, "rules/QUO002.toml")
    assert str(error.value).startswith("rules/QUO002.toml: ")
    assert message in str(error.value)


def test_a_pattern_that_does_not_compile_fails_at_load(tmp_path: Path) -> None:
    source = (builtin_rules_dir() / "SRC001-missing-source-tag.toml").read_text(encoding="utf-8")
    broken = source.replace(
        'report = "missing"', "report = \"missing\"\ncredit_pattern = '(\\['", 1
    )
    line = broken[: broken.index("credit_pattern = ")].count("\n") + 1
    with pytest.raises(RuleError, match=rf"does not compile.*\(line {line}\)"):
        parse_rule(broken.replace('code = "SRC001"', 'code = "XYZ001"'), "x.toml")


def test_a_rule_without_examples_fails() -> None:
    source = VALID.split("[examples]")[0]
    with pytest.raises(RuleError, match="missing \\[examples\\] table"):
        parse_rule(source, "x.toml")


def test_user_rule_directories_are_loaded_and_checked(tmp_path: Path) -> None:
    (tmp_path / "house.toml").write_text(
        VALID.replace('code = "QUO002"', 'code = "HSE001"').replace(
            'name = "unopened-quotation"', 'name = "house-unopened"'
        ),
        encoding="utf-8",
    )
    rules = load_rules([tmp_path])
    assert "HSE001" in {rule.code for rule in rules}
    (tmp_path / "clash.toml").write_text(VALID, encoding="utf-8")
    with pytest.raises(RuleError, match="rule QUO002 is already defined"):
        load_rules([tmp_path])


def test_select_and_ignore_prefer_the_longer_prefix() -> None:
    codes = lambda chosen: [rule.code for rule in chosen]  # noqa: E731
    assert codes(select_rules(RULES, ["QUO"])) == ["QUO001", "QUO002", "QUO003"]
    assert codes(select_rules(RULES, ["QUO"], ["QUO002"])) == ["QUO001", "QUO003"]
    assert codes(select_rules(RULES, ["QUO001"], ["QUO"])) == ["QUO001"]
    assert codes(select_rules(RULES, [], ["QUO"])) == [
        "ATR001", "FIG001", "LNT001", "SRC001", "SRC002", "VRF001", "VRF002"
    ]  # fmt: skip
    # A rule that is off by default runs when a selector names it.
    assert "SRC003" not in codes(select_rules(RULES))
    assert codes(select_rules(RULES, ["SRC"])) == ["SRC001", "SRC002", "SRC003"]
    assert codes(select_rules(RULES, ["SRC003"])) == ["SRC003"]
