"""The limits on rule files' patterns: the time of each call, the time of all of a rule's
calls in a run (its budget), and the size a pattern may compile to."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import regex

from citelint import patterns
from citelint.analysis.figures import FigurePatternError, FigurePatterns, compile_figure_patterns
from citelint.cli import main
from citelint.engine import RuleFailures, lint_document
from citelint.readers import read_document
from citelint.rules import RuleError, load_rules, select_rules

PATTERN_RULE = """code = "HSE001"
name = "house-banned-words"
kind = "pattern"
severity = "warning"
summary = "Words the house style avoids."
description = "Reports each use of a word the style guide bans."
message = "Avoid “{match}”"

[options]
pattern = '{pattern}'

[examples]
bad = ["Officials said the crackdown was very unique."]
good = ["Officials said the crackdown was unique."]
"""
# ``(a+)+$`` takes about a tenth of a second on each of these paragraphs: far under the time
# limit of one call, but many of them add up.
SLOW_PARAGRAPH = "a" * 250 + "!"


def rule_directory(tmp_path: Path, pattern: str) -> Path:
    directory = tmp_path / "house-rules"
    directory.mkdir(exist_ok=True)
    (directory / "HSE001.toml").write_text(
        PATTERN_RULE.replace("{pattern}", pattern), encoding="utf-8"
    )
    return directory


@pytest.fixture
def small_budget(monkeypatch: pytest.MonkeyPatch) -> None:
    """Calls far under their limit that spend more than a fifth of a second in all."""
    monkeypatch.setattr(patterns, "PATTERN_TIMEOUT_SECONDS", 10.0)
    monkeypatch.setattr(patterns, "PATTERN_BUDGET_SECONDS", 0.2)
    monkeypatch.setattr(patterns, "PATTERN_BUDGET_SECONDS_PER_MILLION_CHARACTERS", 0.0)


@pytest.mark.usefixtures("small_budget")
def test_a_rule_whose_patterns_take_too_long_in_all_is_switched_off(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rules = rule_directory(tmp_path, "(a+)+$")
    posts = tmp_path / "posts"
    posts.mkdir()
    for name in ("a.txt", "b.txt"):
        body = "\n\n".join([SLOW_PARAGRAPH] * 100)
        (posts / name).write_text(f"Title\n\n{body}\n\nHe said “hi.\n", "utf-8")
    code = main(["check", str(posts), "--rules", str(rules), "--format", "json"])
    out, err = capsys.readouterr()
    # Not every file was checked by HSE001: the run cannot pass, whatever it found (exit 2).
    assert code == 2
    # Every other rule still ran, on both files.
    assert sorted({f["code"] for f in json.loads(out)}) == ["QUO001", "SRC001"]
    assert len([f for f in json.loads(out) if f["code"] == "QUO001"]) == 2
    (line,) = [line for line in err.splitlines() if "HSE001" in line]
    assert line.startswith(f"{rules / 'HSE001.toml'}: rule HSE001: its patterns took ")
    assert " s in all, more than the 0.2 s allowed for the " in line
    assert " million characters linted so far (the total ran out in pattern '(a+)+$' on " in line
    assert line.endswith("; the rule is off for the rest of this run")


@pytest.mark.usefixtures("small_budget")
def test_the_budget_is_the_runs_not_each_files(tmp_path: Path) -> None:
    (rule,) = select_rules(load_rules([rule_directory(tmp_path, "(a+)+$")]), ["HSE"])
    failures = RuleFailures()
    text = "Title\n\n" + "\n\n".join([SLOW_PARAGRAPH] * 100)
    for name in ("a.txt", "b.txt"):
        lint_document(read_document(name, text.encode()), [rule], None, None, failures)
    assert failures.codes == {"HSE001"}
    assert len(failures.messages) == 1 and "on a.txt" in failures.messages[0]
    assert failures.accounts["HSE001"].spent > 0.2


def test_the_budget_grows_with_the_text_linted(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(patterns, "PATTERN_BUDGET_SECONDS", 10.0)
    monkeypatch.setattr(patterns, "PATTERN_BUDGET_SECONDS_PER_MILLION_CHARACTERS", 20.0)
    assert patterns.budget(0) == 10.0
    assert patterns.budget(64_000_000) == 10.0 + 20.0 * 64


def test_built_in_rules_keep_within_their_budget_on_a_real_archive(seed_text: str) -> None:
    failures = RuleFailures()
    document = read_document("archive.txt", "\n".join([seed_text] * 10).encode())
    lint_document(document, load_rules(), None, None, failures)
    assert failures.messages == []
    assert set(failures.accounts) >= {"FIG001", "SRC001"}


def test_a_call_that_runs_out_of_time_is_still_reported_as_such(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(patterns, "PATTERN_TIMEOUT_SECONDS", 0.2)
    (rule,) = select_rules(load_rules([rule_directory(tmp_path, "(a+)+$")]), ["HSE"])
    failures = RuleFailures()
    text = "Title\n\n" + "a" * 50_000 + "!"
    lint_document(read_document("a.txt", text.encode()), [rule], None, None, failures)
    (message,) = failures.messages
    assert "pattern '(a+)+$' ran longer than 0.2 s on a.txt" in message


def test_finditer_finds_what_regex_finds_across_its_batches() -> None:
    text = "ab " * 2_500 + "b"
    for source in (r"a?", r"\b", r"a|", r"(?<=a)b|x*", r"b+"):
        found = [m.span() for m in patterns.compile_timed(source).finditer(text, 1, len(text))]
        assert found == [m.span() for m in regex.compile(source).finditer(text, 1, len(text))]


@pytest.mark.parametrize(
    ("pattern", "steps"),
    [
        ("a{4294967294}", "4,294,967,294"),
        ("(?:a{1000}){1000}", "1,000,000"),
        ("(?:(?:[ab]{100}){100}){100}", "1,000,000"),
        (r"\p{L}{200000}", "200,000"),
    ],
)
def test_a_pattern_that_would_compile_to_millions_of_steps_is_refused_at_load(
    tmp_path: Path, pattern: str, steps: str
) -> None:
    directory = rule_directory(tmp_path, pattern)
    with pytest.raises(RuleError) as raised:
        load_rules([directory])
    assert str(raised.value) == (
        f"{directory / 'HSE001.toml'}:10: option 'pattern': regular expression {pattern!r} "
        f"does not compile: its repeats make about {steps} steps, more than the 100,000 a "
        "pattern may have (a{n} is written out n times when compiled)"
    )


@pytest.mark.parametrize(
    "pattern", ["a{0,4294967294}", "[a{]{9}", r"\{100000000\}", "(?:a{2}){40000}", r"\d{1,3}"]
)
def test_repeats_that_loop_or_stay_small_are_accepted(tmp_path: Path, pattern: str) -> None:
    (rule,) = select_rules(load_rules([rule_directory(tmp_path, pattern)]), ["HSE"])
    assert rule.code == "HSE001"


def test_built_in_patterns_are_far_below_the_limit() -> None:
    for rule in load_rules():
        matcher = getattr(rule.options, "matcher", None)
        if matcher is not None:
            assert patterns.pattern_steps(matcher.pattern.pattern) < patterns.MAX_PATTERN_STEPS / 10


def test_a_figure_pattern_that_would_compile_to_millions_of_steps_is_refused() -> None:
    huge = FigurePatterns((), (("percent", r"\d{4294967294}%"),), (), r"\d+", 10)
    with pytest.raises(FigurePatternError) as raised:
        compile_figure_patterns(huge)
    assert raised.value.key == "percent"
    assert raised.value.message.startswith(
        "pattern 'percent' does not compile: its repeats make about 4,294,967,295 steps"
    )
