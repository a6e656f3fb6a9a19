"""Every rule file: its examples behave, and a bad rule file fails at load with its line."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from citelint import engine
from citelint.document import Document, Post
from citelint.engine import Violation
from citelint.errors import RuleError
from citelint.kinds import KINDS, file_not_linted
from citelint.kinds.base import Finding
from citelint.rules import Rule, builtin_rules_dir, load_rules, parse_rule, select_rules
from conftest import RULES, assert_located, lint, located

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


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule.code)
def test_findings_fill_exactly_the_fields_their_report_promises(
    rule: Rule, monkeypatch: pytest.MonkeyPatch
) -> None:
    filled: list[frozenset[str]] = []
    make = engine.violation

    def recording(
        document: Document,
        post: Post | None,
        rule: Rule,
        finding: Finding,
        *rest: Any,
        **keywords: Any,
    ) -> Violation:
        filled.append(frozenset(finding.fields))
        return make(document, post, rule, finding, *rest, **keywords)

    monkeypatch.setattr(engine, "violation", recording)
    for example in rule.bad_examples:
        found = lint(example, select=(rule.code,), original=rule.example_original)
        if rule.kind.name == file_not_linted.NAME:
            # Made where reading fails (engine.not_linted), which fills the reason alone.
            assert found and all(v.message.startswith("File not linted: ") for v in found)
            filled.append(frozenset({"reason"}))
    assert filled
    assert set(filled) == {rule.kind.fields(rule.options)}


def test_every_report_of_every_kind_has_a_built_in_rule() -> None:
    # So that the test above sees every mode's findings (pattern is for users' own rules).
    reported = {(rule.kind.name, rule.kind.mode(rule.options)) for rule in RULES}
    for kind in KINDS.values():
        modes = list(kind.modes) or [None]
        if kind.name != "pattern":
            assert {(kind.name, mode) for mode in modes} <= reported


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
            "'everything' is not one of: unclosed, unopened, mismatched, misplaced-apostrophe "
            "(line 18)",
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
    assert_located(str(error.value), "rules/QUO002.toml", message)


@pytest.mark.parametrize(
    ("rule_file", "change", "message"),
    [
        (
            "ATR001-unattributed-quotation.toml",
            ("{reason}", "{source}"),
            "message uses {source}, but kind 'quote-attribution' with report = \"unattributed\" "
            "provides only {quote}, {reason} (line 23)",
        ),
        (
            "ATR001-unattributed-quotation.toml",
            ("{reason}", "{speaker}"),
            "message uses {speaker}, but kind 'quote-attribution' with report = \"unattributed\" "
            "provides only {quote}, {reason} (line 23)",
        ),
        (
            "FIG001-unsourced-figure.toml",
            ("{reason}", "{source}"),
            "message uses {source}, but kind 'figure-source' with report = \"unsourced\" provides "
            "only {figures}, {reason}, {what} (line 31)",
        ),
        (
            "SRC001-missing-source-tag.toml",
            ("{ending}", "{suggestion}"),
            "message uses {suggestion}, but kind 'source-tag' with report = \"missing\" provides "
            "only {ending}, {title} (line 41)",
        ),
        (
            "SRC003-unknown-source.toml",
            ('report = "unknown"', 'report = "missing"'),
            "message uses {source}, but kind 'source-tag' with report = \"missing\" provides only "
            "{ending}, {title} (line 17)",
        ),
        (
            "QUO002-unopened-quotation.toml",
            ("{mark}", "{mark:"),
            "message is not a valid template: unmatched '{' in format spec (line 15)",
        ),
    ],
)
def test_a_message_uses_only_what_its_report_fills(
    rule_file: str, change: tuple[str, str], message: str
) -> None:
    source = (builtin_rules_dir() / rule_file).read_text(encoding="utf-8")
    changed = source.replace(*change, 1)
    assert changed != source
    with pytest.raises(RuleError) as error:
        parse_rule(changed, f"rules/{rule_file}")
    assert str(error.value) == "".join(located(f"rules/{rule_file}", message))


def test_a_message_is_checked_against_the_options_it_takes_from_another_rule(
    tmp_path: Path,
) -> None:
    source = (builtin_rules_dir() / "VRF001-quotation-differs-from-source.toml").read_text(
        encoding="utf-8"
    )
    copy = source.replace('code = "VRF001"', 'code = "HSE001"', 1).replace(
        'name = "quotation-differs-from-source"', 'name = "house-differs"', 1
    )
    (tmp_path / "house.toml").write_text(copy.replace("{reason}", "{diff}"), encoding="utf-8")
    assert "HSE001" in {rule.code for rule in load_rules([tmp_path])}
    # Without its own report, the rule reports what ATR001 does, which fills no {diff}.
    unattributed = copy.replace("{reason}", "{diff}").replace('report = "differs-from-source"', "")
    (tmp_path / "house.toml").write_text(unattributed, encoding="utf-8")
    line = unattributed[: unattributed.index("message = ")].count("\n") + 1
    with pytest.raises(RuleError) as error:
        load_rules([tmp_path])
    assert str(error.value) == (
        f"{tmp_path / 'house.toml'}:{line}: message uses {{diff}}, but kind 'quote-attribution' "
        'with report = "unattributed" provides only {quote}, {reason}'
    )


def test_a_pattern_that_does_not_compile_fails_at_load(tmp_path: Path) -> None:
    source = (builtin_rules_dir() / "SRC001-missing-source-tag.toml").read_text(encoding="utf-8")
    broken = source.replace(
        'report = "missing"', "report = \"missing\"\ncredit_pattern = '(\\['", 1
    )
    line = broken[: broken.index("credit_pattern = ")].count("\n") + 1
    with pytest.raises(RuleError, match=rf"\.toml:{line}: .*does not compile"):
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
    assert codes(select_rules(RULES, ["QUO"])) == ["QUO001", "QUO002", "QUO003", "QUO004"]
    assert codes(select_rules(RULES, ["QUO"], ["QUO002"])) == ["QUO001", "QUO003", "QUO004"]
    assert codes(select_rules(RULES, ["QUO001"], ["QUO"])) == ["QUO001"]
    assert codes(select_rules(RULES, [], ["QUO"])) == [
        "ATR001", "ATR002", "FIG001", "LNT001", "LNT002", "SRC001", "SRC002", "VRF001",
        "VRF002",
    ]  # fmt: skip
    # A rule that is off by default runs when a selector names it.
    assert "SRC003" not in codes(select_rules(RULES))
    assert codes(select_rules(RULES, ["SRC"])) == ["SRC001", "SRC002", "SRC003"]
    assert codes(select_rules(RULES, ["SRC003"])) == ["SRC003"]
