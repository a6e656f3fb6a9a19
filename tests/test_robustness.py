"""Hostile input: catastrophic patterns, adversarial text, odd files, interruptions."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from citelint import patterns
from citelint.cli import main
from citelint.engine import RuleFailures, lint_document
from citelint.readers import read_document
from conftest import RULES, SEED

PATTERN_RULE = """code = "HSE001"
name = "house-banned-words"
kind = "pattern"
severity = "warning"
summary = "Words the house style avoids."
description = "Reports each use of a word the style guide bans."
message = "Avoid “{match}”"

[options]
pattern = '{pattern}'
{extra}

[examples]
bad = ["Officials said the crackdown was very unique."]
good = ["Officials said the crackdown was unique."]
"""


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def rule_directory(tmp_path: Path, pattern: str, extra: str = "") -> Path:
    directory = tmp_path / "house-rules"
    directory.mkdir(exist_ok=True)
    text = PATTERN_RULE.replace("{pattern}", pattern).replace("{extra}", extra)
    (directory / "HSE001.toml").write_text(text, encoding="utf-8")
    return directory


@contextmanager
def deadline(seconds: int) -> Iterator[None]:
    """Fail instead of hanging: what a test here guards against is a run that never ends."""

    def expire(_signal: int, _frame: object) -> None:
        raise AssertionError(f"still running after {seconds} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def test_the_pattern_kind_reports_every_match(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    post = tmp_path / "post.txt"
    post.write_text(
        "Raids\n\nThe very unique raid was “very unique”, said Kim.\n\n[Reuters]\n", "utf-8"
    )
    rules = rule_directory(tmp_path, r"(?i)\bvery unique\b")
    code, out, _ = run(
        capsys, "check", str(post), "--rules", str(rules), "--select", "HSE", "--format", "json"
    )
    assert code == 0  # the rule's severity is warning
    assert [(f["column"], f["message"]) for f in json.loads(out)] == [
        (5, "Avoid “very unique”"),
        (27, "Avoid “very unique”"),
    ]
    rules = rule_directory(tmp_path, r"(?i)\bvery unique\b", "in_quotations = false")
    _, out, _ = run(
        capsys, "check", str(post), "--rules", str(rules), "--select", "HSE", "--format", "json"
    )
    assert [f["column"] for f in json.loads(out)] == [5]


def test_a_catastrophic_pattern_is_stopped_and_the_other_rules_still_report(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(patterns, "PATTERN_TIMEOUT_SECONDS", 0.2)
    rules = rule_directory(tmp_path, "(a+)+$")
    posts = tmp_path / "posts"
    posts.mkdir()
    for name in ("a.txt", "b.txt"):
        (posts / name).write_text("Title\n\n" + "a" * 50_000 + "!\n\nHe said “hi.\n", "utf-8")
    with deadline(60):
        code, out, err = run(capsys, "check", str(posts), "--rules", str(rules), "--format", "json")
    assert code == 2  # HSE001 did not check every file: no pass
    codes = sorted({f["code"] for f in json.loads(out)})
    assert codes == ["QUO001", "SRC001"]  # every other rule still ran, on both files
    assert len([f for f in json.loads(out) if f["code"] == "QUO001"]) == 2
    (line,) = [line for line in err.splitlines() if "HSE001" in line]
    assert line.startswith(
        f"{rules / 'HSE001.toml'}: rule HSE001: pattern '(a+)+$' ran longer than 0.2 s on "
    )
    assert line.endswith("; the rule is off for the rest of this run")


ADVERSARIAL = [
    "“" * 20_000,
    '"' * 20_000 + "a",
    "'" * 20_000 + "s",
    "’ " * 10_000,
    "1" * 50_000,
    "1,0" * 20_000,
    "$1 " * 10_000,
    "12% to " * 5_000,
    " " * 100_000 + ".",
    "[" * 20_000 + "]" * 20_000,
    "(" * 20_000,
    "[Reuters" + " " * 50_000,
    "SEOUL " * 10_000 + "(Reuters) –",
    "a." * 30_000,
    "Mr. " * 20_000,
    ", said " * 10_000,
    "“said” " * 10_000,
    "\n\n".join(["“x"] * 5_000),
    "<!-- citelint-disable -->" * 2_000,
]


@pytest.mark.parametrize("text", ADVERSARIAL, ids=lambda text: repr(text[:12]))
def test_built_in_rules_on_adversarial_text(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(patterns, "PATTERN_TIMEOUT_SECONDS", 1.0)
    failures = RuleFailures()
    with deadline(60):
        for path in ("post.txt", "post.md"):
            lint_document(
                read_document(path, f"Title\n\n{text}\n".encode()), RULES, None, None, failures
            )
    assert failures.messages == []


def test_a_file_too_large_is_refused_with_its_size(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    big = tmp_path / "big.txt"
    big.write_text("Title\n\n" + "word " * 300_000, "utf-8")
    code, out, err = run(capsys, "check", str(big), "--max-file-size", "1")
    assert (code, out) == (
        1,
        f"{big}:1:1: LNT002 File not linted: 1.4 MB is more than the largest file citelint "
        "reads (1.0 MB); raise it with --max-file-size\n"
        "Found 1 problem (1 error, 0 warnings): 0 files linted, 1 file could not be linted.\n",
    )
    assert err == (
        f"{big}: 1.4 MB is more than the largest file citelint reads (1.0 MB); "
        "raise it with --max-file-size\n"
    )


def test_fifos_sockets_links_and_deep_trees(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    tree = tmp_path / "tree"
    deep = tree
    for _ in range(40):  # deep, but within the walk's limit
        deep = deep / "d"
    deep.mkdir(parents=True)
    (deep / "deep.txt").write_text("Deep\n\nHe said “hi.\n\n[AP]\n", "utf-8")
    os.mkfifo(tree / "pipe.txt")
    listener = socket.socket(socket.AF_UNIX)
    listener.bind(str(tree / "socket.txt"))
    (tree / "loop").symlink_to(tree)  # a link loop: never followed
    (tree / "dangling.txt").symlink_to(tmp_path / "gone.txt")
    try:
        with deadline(60):
            code, out, err = run(capsys, "check", str(tree), "--format", "json")
            named_code, _, named_err = run(capsys, "check", str(tree / "pipe.txt"))
    finally:
        listener.close()
    assert code == 1 and err == ""
    assert [Path(f["path"]).name for f in json.loads(out)] == ["deep.txt"]
    assert named_code == 2 and "not a regular file" in named_err


def test_ctrl_c_exits_130_without_a_traceback(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    # Large enough (about 13 MB, several seconds) that the interruption comes mid-run.
    big.write_text("\n".join([SEED.read_text(encoding="utf-8")] * 600), "utf-8")
    process = subprocess.Popen(
        [sys.executable, "-m", "citelint", "check", str(big)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    time.sleep(1.5)
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=60)
    assert process.returncode == 130
    assert b"Traceback" not in err


def test_a_closed_pipe_ends_the_run_quietly(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text("\n".join([SEED.read_text(encoding="utf-8")] * 200), "utf-8")
    process = subprocess.Popen(
        [sys.executable, "-m", "citelint", "check", str(big), "--format", "full"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None
    process.stdout.readline()
    process.stdout.close()
    err = process.stderr.read() if process.stderr else b""
    process.wait(timeout=60)
    assert err == b""
    assert process.returncode != 0


def test_a_bug_on_one_file_is_one_line_and_the_run_goes_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from citelint.readers import markdown

    def broken(path: str, text: str) -> object:
        raise IndexError("list index out of range")

    monkeypatch.setattr(markdown, "read", broken)
    (tmp_path / "a.md").write_text("Title\n\nHe said “hi.\n", "utf-8")
    (tmp_path / "b.txt").write_text("Title\n\nHe said “hi.\n", "utf-8")
    code, out, err = run(capsys, "check", str(tmp_path), "--select", "QUO")
    assert code == 2
    assert out.startswith(
        f"{tmp_path / 'a.md'}:1:1: LNT002 File not linted: internal error while reading "
        f"(IndexError: list index out of range); this is a citelint bug: please report it "
        f"with the file\n{tmp_path / 'b.txt'}:3:9: QUO001"
    )
    assert err == (
        f"{tmp_path / 'a.md'}: internal error while reading (IndexError: list index out of "
        "range); this is a citelint bug: please report it with the file\n"
    )
    assert "Traceback" not in err


def test_a_tree_deeper_than_any_site_is_not_searched_past_the_limit(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from citelint.discovery import MAX_DEPTH

    deep = tmp_path / "tree"
    for _ in range(MAX_DEPTH + 5):
        deep = deep / "d"
    deep.mkdir(parents=True)
    (deep / "post.txt").write_text("Deep\n\nHe said “hi.\n\n[AP]\n", "utf-8")
    (tmp_path / "tree" / "top.txt").write_text("Top\n\nShe said “no.\n\n[AP]\n", "utf-8")
    code, out, err = run(capsys, "check", str(tmp_path / "tree"), "--format", "json")
    assert code == 1
    found = [(Path(f["path"]).name, f["code"]) for f in json.loads(out)]
    # The directory past the limit is reported as not linted, at its path.
    assert found == [("d", "LNT002"), ("top.txt", "QUO001")]
    assert f"more than {MAX_DEPTH} directories deep; not searched" in err


def test_a_stopped_rule_never_ends_in_all_checks_passed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(patterns, "PATTERN_TIMEOUT_SECONDS", 0.2)
    rules = rule_directory(tmp_path, "(a+)+$")
    post = tmp_path / "a.txt"
    post.write_text("Title\n\n" + "a" * 50_000 + "!\n\n[AP]\n", "utf-8")
    with deadline(60):
        code, out, _ = run(capsys, "check", str(post), "--rules", str(rules), "--select", "HSE")
    assert code == 2
    assert out == (
        "No problems found; 1 rule stopped early (HSE001), so not every file was checked by "
        "it: see the messages above.\n"
    )


def test_statistics_never_say_all_checks_passed_for_a_stopped_rule_or_no_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(patterns, "PATTERN_TIMEOUT_SECONDS", 0.2)
    rules = rule_directory(tmp_path, "(a+)+$")
    post = tmp_path / "a.txt"
    post.write_text("Title\n\n" + "a" * 50_000 + "!\n\n[AP]\n", "utf-8")
    with deadline(60):
        code, out, _ = run(
            capsys, "check", "--statistics", str(post), "--rules", str(rules), "--select", "HSE"
        )
    assert code == 2 and out.startswith("No problems found; 1 rule stopped early (HSE001)")
    (tmp_path / "empty").mkdir()
    code, out, _ = run(capsys, "check", "--statistics", str(tmp_path / "empty"))
    assert (code, out) == (0, "No files linted.\n")
