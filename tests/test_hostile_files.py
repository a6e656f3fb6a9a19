"""Hostile files, round two (issue 14): one reading path, one writing path, bounded sizes,
configuration that stays inside the project, and clear one-line errors for odd paths."""

from __future__ import annotations

import errno
import io
import json
import os
import random
import signal
import stat
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from citelint import files
from citelint.cli import main
from conftest import SEED, assert_located, git

POST = "Raids\n\nHe said “hi.\n\n[AP]\n"
LONG_PATH = "p" * 5000


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def post(tmp_path: Path) -> Path:
    path = tmp_path / "post.txt"
    path.write_text(POST, encoding="utf-8")
    return path


def one_line(err: str) -> str:
    assert "Traceback" not in err
    lines = err.splitlines()
    assert len(lines) == 1, err
    return lines[0]


# -- one reading path: regular files only, bounded -----------------------------------------------


class EndlessInput(io.RawIOBase):
    """``yes aaaa``: standard input that never ends."""

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        chunk = b"aaaa\n" * (len(buffer) // 5)
        buffer[: len(chunk)] = chunk
        return len(chunk)


def test_endless_standard_input_is_read_only_up_to_the_size_limit(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    stdin = io.TextIOWrapper(io.BufferedReader(EndlessInput()))
    monkeypatch.setattr(sys, "stdin", stdin)
    _, _, err = run(capsys, "check", "-", "--max-file-size", "2")
    assert one_line(err) == (
        "-: more than the largest file citelint reads (2.0 MB); raise it with --max-file-size"
    )


def test_a_rule_file_linked_to_dev_zero_is_refused(
    tmp_path: Path, post: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rules = tmp_path / "house-rules"
    rules.mkdir()
    (rules / "HSE001.toml").symlink_to("/dev/zero")
    code, _, err = run(capsys, "check", str(post), "--rules", str(rules))
    assert code == 2
    assert one_line(err) == (
        f"{rules / 'HSE001.toml'}: a device, not a regular file; not read as a rule file"
    )


def test_a_rule_file_larger_than_any_rule_is_refused(
    tmp_path: Path, post: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rules = tmp_path / "house-rules"
    rules.mkdir()
    (rules / "HSE001.toml").write_bytes(b"# " + b"x" * (2 * 1024 * 1024))
    code, _, err = run(capsys, "check", str(post), "--rules", str(rules))
    assert code == 2
    assert "2.0 MB is more than the largest rule file citelint reads (1.0 MB)" in one_line(err)


@pytest.mark.parametrize("option", ["--config", "--rules"])
def test_a_fifo_given_as_configuration_or_rule_file_is_refused_without_waiting(
    tmp_path: Path, post: Path, capsys: pytest.CaptureFixture[str], option: str
) -> None:
    fifo = tmp_path / "rules" / "citelint.toml"
    fifo.parent.mkdir()
    os.mkfifo(fifo)
    target = fifo if option == "--config" else fifo.parent
    code, _, err = run(capsys, "check", str(post), option, str(target))
    noun = "configuration" if option == "--config" else "rule file"
    assert code == 2
    assert one_line(err) == f"{fifo}: a FIFO, not a regular file; not read as a {noun}"


def test_a_file_that_grows_past_the_limit_while_read_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "growing.txt"
    path.write_bytes(b"a" * 10)
    kind = files.FileKind("file", 5, files.InputError)
    with pytest.raises(files.InputError, match="more than the largest file"):
        files.read_bytes(path, kind)


# -- paths that cannot be read: one line naming the path, never a traceback -------------------


@pytest.mark.parametrize(
    "command",
    [
        ["check", LONG_PATH],
        ["quotes", LONG_PATH],
        ["sources", LONG_PATH, "--sources", "."],
        ["check", "POST", "--config", LONG_PATH],
        ["check", "POST", "--rules", LONG_PATH],
        ["check", "POST", "--sources", LONG_PATH],
        ["check", "POST", "--baseline", LONG_PATH],
        ["check", "POST", "--write-baseline", LONG_PATH],
        ["check", "POST", "-o", LONG_PATH],
    ],
)
def test_a_path_too_long_for_the_file_system_is_one_line(
    post: Path, capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    argv = [str(post) if part == "POST" else part for part in command]
    code, _, err = run(capsys, *argv)
    assert code == 2
    line = one_line(err)
    assert line.startswith("p" * 100 + "…") and "(5000 characters)" in line


def test_config_on_a_path_too_long_for_the_file_system_shows_the_defaults(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = run(capsys, "config", LONG_PATH)
    assert (code, err) == (0, "")
    assert out.startswith("# No configuration file applies")


def test_a_named_path_inside_an_unreadable_directory_is_permission_denied(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "post.txt").write_text(POST, encoding="utf-8")
    real_stat = os.stat

    def stat(path: object, *args: object, **kwargs: object) -> os.stat_result:
        if str(path).startswith(str(locked) + os.sep):  # as for a user without x on locked/
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_stat(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "stat", stat)
    code, _, err = run(capsys, "check", str(locked / "post.txt"))
    assert (code, one_line(err)) == (2, f"{locked / 'post.txt'}: permission denied")


def test_an_unreadable_directory_named_on_the_command_line_is_an_error_not_no_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "post.txt").write_text(POST, encoding="utf-8")
    refuse_listing(monkeypatch, locked)
    code, _, err = run(capsys, "check", str(locked))
    assert (code, one_line(err)) == (
        2,
        f"{locked}: cannot list the directory (permission denied); its files are not linted",
    )


def test_an_unreadable_subdirectory_is_reported_and_the_rest_linted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "open").mkdir()
    (tmp_path / "open" / "post.txt").write_text(POST, encoding="utf-8")
    (tmp_path / "locked").mkdir()
    refuse_listing(monkeypatch, tmp_path / "locked")
    code, out, err = run(capsys, "check", str(tmp_path), "--select", "QUO")
    assert code == 2
    assert out.splitlines()[:2] == [
        f"{tmp_path / 'locked'}:1:1: LNT002 File not linted: cannot list the directory "
        "(permission denied); its files are not linted",
        f"{tmp_path / 'open' / 'post.txt'}:3:9: QUO001 Unclosed quotation: “ is never closed; "
        "its paragraph ends at 3:13 with no closing ”, and the next paragraph does not reopen "
        "the quotation",
    ]
    assert one_line(err) == (
        f"{tmp_path / 'locked'}: cannot list the directory (permission denied); "
        "its files are not linted"
    )


def refuse_listing(monkeypatch: pytest.MonkeyPatch, directory: Path) -> None:
    """Tests run as root in CI, whom chmod cannot lock out: refuse the listing instead."""
    real_scandir = os.scandir

    def scandir(path: str) -> object:
        if os.path.realpath(path) == os.path.realpath(directory):
            raise PermissionError(errno.EACCES, "Permission denied", path)
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)


def test_a_link_loop_named_on_the_command_line_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "loop.md").symlink_to(tmp_path / "loop.md")
    code, _, err = run(capsys, "check", str(tmp_path / "loop.md"))
    assert (code, one_line(err)) == (2, f"{tmp_path / 'loop.md'}: a loop of symbolic links")


def test_a_dangling_link_named_on_the_command_line_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "post.md").symlink_to(tmp_path / "gone.md")
    code, _, err = run(capsys, "check", str(tmp_path / "post.md"))
    assert (code, one_line(err)) == (2, f"{tmp_path / 'post.md'}: a symbolic link to nothing")


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_with_a_byte_order_mark_are_linted_not_called_binary(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], encoding: str
) -> None:
    path = tmp_path / "post.txt"
    bom = {"utf-16": b"", "utf-16-be": b"\xfe\xff", "utf-32": b""}[encoding]
    path.write_bytes(bom + POST.encode(encoding))
    code, out, err = run(capsys, "check", str(path), "--select", "QUO")
    assert (code, err) == (1, "")
    assert out.startswith(f"{path}:3:9: QUO001")


@pytest.mark.parametrize("encoding", ["base64", "zlib", "rot13"])
def test_an_encoding_that_does_not_decode_text_is_a_usage_error(
    post: Path, capsys: pytest.CaptureFixture[str], encoding: str
) -> None:
    code, _, err = run(capsys, "check", str(post), "--encoding", encoding)
    assert code == 2
    assert f"'{encoding}' is not a text encoding" in err


@pytest.mark.parametrize("size", ["nan", "inf", "-inf", "1e400", "100000"])
def test_max_file_size_must_be_a_finite_size(
    post: Path, capsys: pytest.CaptureFixture[str], size: str
) -> None:
    code, _, err = run(capsys, "check", str(post), "--max-file-size", size)
    assert code == 2
    assert "Invalid value for --max-file-size" in err and "Traceback" not in err


def test_running_out_of_memory_on_one_file_leaves_it_out_and_lints_the_rest(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from citelint.readers import markdown

    def exhausted(path: str, text: str) -> object:
        raise MemoryError

    monkeypatch.setattr(markdown, "read", exhausted)
    (tmp_path / "a.md").write_text(POST, "utf-8")
    (tmp_path / "b.txt").write_text(POST, "utf-8")
    code, out, err = run(capsys, "check", str(tmp_path), "--select", "QUO")
    assert code == 2
    assert out.startswith(
        f"{tmp_path / 'a.md'}:1:1: LNT002 File not linted: not enough memory while reading "
        f"this file; it is left out\n{tmp_path / 'b.txt'}:3:9: QUO001"
    )
    assert one_line(err) == (
        f"{tmp_path / 'a.md'}: not enough memory while reading this file; it is left out"
    )


# -- TOML that the parser cannot take ----------------------------------------------------------

DEEP_ARRAY = "select = " + "[" * 3000 + "]" * 3000 + "\n"
LONG_INTEGER = "fail-on = " + "9" * 5000 + "\n"


@pytest.mark.parametrize(
    ("name", "body", "expected"),
    [
        ("citelint.toml", DEEP_ARRAY, "arrays or tables nested too deeply to read"),
        ("citelint.toml", LONG_INTEGER, "a value too large to read"),
        ("pyproject.toml", "[tool.citelint]\n" + DEEP_ARRAY, "nested too deeply"),
        ("pyproject.toml", "[tool.citelint]\n" + LONG_INTEGER, "a value too large to read"),
    ],
)
def test_toml_beyond_the_parsers_limits_is_one_configuration_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, body: str, expected: str
) -> None:
    (tmp_path / name).write_text(body, encoding="utf-8")
    (tmp_path / "post.txt").write_text(POST, encoding="utf-8")
    code, _, err = run(capsys, "check", str(tmp_path / "post.txt"))
    line = one_line(err)
    assert code == 2
    assert line.startswith(f"{tmp_path / name}: invalid TOML: ") and expected in line


@pytest.mark.parametrize("body", [DEEP_ARRAY, LONG_INTEGER, "[tool.black]\n" + LONG_INTEGER])
def test_someone_elses_pyproject_toml_beyond_the_parsers_limits_is_not_citelints(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], body: str
) -> None:
    (tmp_path / "pyproject.toml").write_text(body, encoding="utf-8")
    (tmp_path / "post.txt").write_text(POST, encoding="utf-8")
    code, out, err = run(capsys, "check", str(tmp_path / "post.txt"), "--select", "QUO")
    assert (code, err) == (1, "")
    assert out.startswith(f"{tmp_path / 'post.txt'}:3:9: QUO001")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ('code = "HSE001"\nexamples = ' + "[" * 3000 + "]" * 3000, "nested too deeply"),
        ('code = "HSE001"\nseverity = ' + "1" * 5000, "a value too large to read"),
    ],
)
def test_a_rule_file_beyond_the_parsers_limits_is_one_rule_error(
    tmp_path: Path, post: Path, capsys: pytest.CaptureFixture[str], body: str, expected: str
) -> None:
    rules = tmp_path / "house-rules"
    rules.mkdir()
    (rules / "HSE001.toml").write_text(body, encoding="utf-8")
    code, _, err = run(capsys, "check", str(post), "--rules", str(rules))
    line = one_line(err)
    assert code == 2
    assert line.startswith(f"{rules / 'HSE001.toml'}: invalid TOML: ") and expected in line


PATTERN_RULE = """code = "HSE001"
name = "house-banned-words"
kind = "pattern"
severity = "warning"
summary = "Words the house style avoids."
description = "Reports each use of a word the style guide bans."
message = "Avoid “{match}”"

[options]
pattern = 'PATTERN'

[examples]
bad = ["Officials said the crackdown was very unique."]
good = ["Officials said the crackdown was unique."]
"""


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        ("a{" + "1" * 4400 + "}", "it holds a number of more than 100 digits (line 10)"),
        ("(" * 3000 + "a" + ")" * 3000, "groups are nested too deeply to compile (line 10)"),
        ("a{4294967294}", "more than the 100,000 a pattern may have"),
    ],
)
def test_a_rule_pattern_beyond_the_regex_parsers_limits_is_one_rule_error(
    tmp_path: Path, post: Path, capsys: pytest.CaptureFixture[str], pattern: str, expected: str
) -> None:
    rules = tmp_path / "house-rules"
    rules.mkdir()
    (rules / "HSE001.toml").write_text(PATTERN_RULE.replace("PATTERN", pattern), "utf-8")
    code, _, err = run(capsys, "check", str(post), "--rules", str(rules))
    line = one_line(err)
    assert code == 2 and len(line) < 400
    assert_located(line, rules / "HSE001.toml", expected)
    assert line.startswith(f"{rules / 'HSE001.toml'}:10: option 'pattern': ")


def test_a_configured_pattern_beyond_the_regex_parsers_limits_is_one_config_error(
    tmp_path: Path, post: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    quantifier = "a{" + "1" * 4400 + "}"
    config = f"[rule-options.SRC001]\ncredit_pattern = '{quantifier}'\n"
    (tmp_path / "citelint.toml").write_text(config, encoding="utf-8")
    code, _, err = run(capsys, "check", str(post))
    assert code == 2
    assert "key 'rule-options.SRC001.credit_pattern'" in one_line(err)


# -- configuration points only inside the project ---------------------------------------------


def project(tmp_path: Path, config: str) -> Path:
    """A site repository (a git work tree) holding a post and ``config``."""
    site = tmp_path / "site"
    (site / ".git").mkdir(parents=True)
    (site / "posts").mkdir()
    (site / "posts" / "post.txt").write_text(POST, encoding="utf-8")
    (site / "citelint.toml").write_text(config, encoding="utf-8")
    return site


def test_a_configuration_cannot_make_the_whole_file_system_its_sources(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    site = project(tmp_path, 'sources = "/"\n')
    code, _, err = run(capsys, "check", str(site / "posts"))
    assert (code, one_line(err)) == (
        2,
        f"{site / 'citelint.toml'}:1: key 'sources': '/' leads outside the project ({site}); "
        "a configuration file may name only directories inside it (name others with --sources)",
    )


def test_a_configuration_cannot_read_rule_files_outside_the_project(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    secret = tmp_path / "secret"
    secret.mkdir()
    (secret / "keys.toml").write_text('aws_secret_access_key = "x"\n', encoding="utf-8")
    site = project(tmp_path, 'rules = ["../secret"]\n')
    code, _, err = run(capsys, "check", str(site / "posts"))
    assert code == 2
    assert "leads outside the project" in one_line(err)
    assert "aws_secret_access_key" not in err


def test_a_rule_file_linked_out_of_the_project_is_outside_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    secret = tmp_path / "secret.toml"
    secret.write_text('aws_secret_access_key = "x"\n', encoding="utf-8")
    site = project(tmp_path, 'rules = ["house-rules"]\n')
    (site / "house-rules").mkdir()
    (site / "house-rules" / "HSE001.toml").symlink_to(secret)
    code, _, err = run(capsys, "check", str(site / "posts"))
    assert code == 2
    assert "'house-rules' leads outside the project" in one_line(err)
    assert "aws_secret_access_key" not in err


def test_the_command_line_may_name_sources_anywhere(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    originals = tmp_path / "elsewhere"
    originals.mkdir()
    (originals / "story.txt").write_text(POST, encoding="utf-8")
    site = project(tmp_path, "")
    code, _, err = run(capsys, "check", str(site / "posts"), "--sources", str(originals))
    assert (code, err) == (1, "")


def test_a_directory_of_originals_is_read_only_up_to_its_limit(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from citelint import originals

    monkeypatch.setattr(originals, "MAX_ORIGINAL_FILES", 3)
    archive = tmp_path / "originals"
    archive.mkdir()
    for number in range(5):
        (archive / f"story-{number}.txt").write_text(POST, encoding="utf-8")
    (tmp_path / "post.txt").write_text(POST, encoding="utf-8")
    code, _, err = run(capsys, "check", str(tmp_path / "post.txt"), "--sources", str(archive))
    assert code == 1
    assert one_line(err) == (
        f"{archive}: more originals than citelint reads (3 files or 1,024 MB); the rest, from "
        f"{archive / 'story-3.txt'} on, not read"
    )


def test_a_bug_on_one_original_leaves_out_that_original_not_every_post(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from citelint.readers import markdown

    def broken(path: str, text: str) -> object:
        raise ValueError("month must be in 1..12")

    monkeypatch.setattr(markdown, "read", broken)
    archive = tmp_path / "originals"
    archive.mkdir()
    (archive / "bad.md").write_text("---\ndate: 2020-13-45\n---\nText\n", encoding="utf-8")
    (archive / "good.txt").write_text(POST, encoding="utf-8")
    (tmp_path / "post.txt").write_text(POST, encoding="utf-8")
    code, out, err = run(
        capsys, "check", str(tmp_path / "post.txt"), "--sources", str(archive), "--select", "QUO"
    )
    assert code == 1
    assert out.startswith(f"{tmp_path / 'post.txt'}:3:9: QUO001")
    assert one_line(err) == (
        f"{archive / 'bad.md'}: internal error while reading (ValueError: month must be in "
        "1..12); this is a citelint bug: please report it with the file"
    )


# -- one writing path: whole or not at all, never over an input --------------------------------


@pytest.mark.parametrize("option", ["-o", "--write-baseline"])
def test_the_report_or_baseline_is_never_written_over_a_file_the_run_lints(
    post: Path, capsys: pytest.CaptureFixture[str], option: str
) -> None:
    code, _, err = run(capsys, "check", str(post), option, str(post))
    noun = "report" if option == "-o" else "baseline"
    assert (code, one_line(err)) == (
        2,
        f"{post}: is one of the files this run reads; not overwritten with the {noun}",
    )
    assert post.read_text(encoding="utf-8") == POST


def test_the_report_is_never_written_over_the_baseline_it_reads(
    tmp_path: Path, post: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    baseline = tmp_path / "baseline.json"
    assert main(["check", str(post), "--write-baseline", str(baseline)]) == 0
    before = baseline.read_bytes()
    code, _, err = run(capsys, "check", str(post), "--baseline", str(baseline), "-o", str(baseline))
    assert code == 2 and "not overwritten with the report" in err
    assert baseline.read_bytes() == before


@pytest.mark.parametrize("failing", ["encode", "fsync", "chmod", "replace"])
def test_a_write_interrupted_at_any_step_leaves_the_previous_file_and_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failing: str
) -> None:
    target = tmp_path / "report.json"
    target.write_text("previous report\n", encoding="utf-8")

    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    class Report(str):
        def encode(self, *args: object, **kwargs: object) -> bytes:
            raise KeyboardInterrupt

    if failing != "encode":
        monkeypatch.setattr(os, failing, interrupted)
    with pytest.raises(KeyboardInterrupt):
        files.write_text(target, Report("new report\n") if failing == "encode" else "new\n")
    assert target.read_text(encoding="utf-8") == "previous report\n"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["report.json"]


def test_a_report_to_a_fifo_or_device_is_written_into_it_never_replacing_it(
    tmp_path: Path, post: Path
) -> None:
    fifo = tmp_path / "report.fifo"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    assert main(["check", str(post), "--select", "QUO", "-o", str(fifo)]) == 1
    reader.join(timeout=30)
    assert received[0].startswith(f"{post}:3:9: QUO001".encode())
    assert stat.S_ISFIFO(fifo.lstat().st_mode)


def test_a_directory_is_refused_as_any_kind_of_file(tmp_path: Path) -> None:
    with pytest.raises(files.ConfigError, match=f"^{tmp_path}: is a directory$"):
        files.read_bytes(tmp_path, files.BASELINE)


def test_a_write_keeps_the_files_permissions(tmp_path: Path) -> None:
    target = tmp_path / "baseline.json"
    target.write_text("{}", encoding="utf-8")
    target.chmod(0o640)
    files.write_text(target, "[]")
    assert (target.read_text(encoding="utf-8"), target.stat().st_mode & 0o777) == ("[]", 0o640)


def big_archive(tmp_path: Path, copies: int) -> Path:
    path = tmp_path / f"archive-{copies}.txt"
    path.write_text("\n".join([SEED.read_text(encoding="utf-8")] * copies), "utf-8")
    return path


@pytest.mark.parametrize("option", ["--write-baseline", "-o"])
def test_sigint_or_sigterm_at_any_moment_leaves_the_old_file_or_the_whole_new_one(
    tmp_path: Path, option: str
) -> None:
    """Runs are interrupted at random moments from the middle of the run to past its end, so
    before, during and after the write; the file on disk must always be the previous one or
    the complete new one, and no temporary file may be left beside it."""
    small, large = big_archive(tmp_path, 1), big_archive(tmp_path, 30)
    target = tmp_path / ("baseline.json" if option == "--write-baseline" else "report.json")
    command = [sys.executable, "-m", "citelint", "check", "--format", "json", "--exit-zero"]
    subprocess.run([*command, str(small), option, str(target)], check=True)
    previous = target.read_bytes()
    subprocess.run([*command, str(large), option, str(target)], check=True)
    complete = target.read_bytes()
    target.write_bytes(previous)
    assert previous != complete
    started = time.perf_counter()
    subprocess.run([*command, str(large), option, str(tmp_path / "timed.json")], check=True)
    duration = time.perf_counter() - started
    (tmp_path / "timed.json").unlink()
    chooser = random.Random(14)
    outcomes = set()
    for attempt in range(8):
        process = subprocess.Popen(
            [*command, str(large), option, str(target)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        # Spread over the whole run, weighted towards its end, where the write is.
        time.sleep(duration * (0.5 + 0.6 * chooser.random()))
        process.send_signal(signal.SIGTERM if attempt % 2 else signal.SIGINT)
        _, err = process.communicate(timeout=120)
        assert b"Traceback" not in err
        written = target.read_bytes()
        assert written in (previous, complete), f"torn file after attempt {attempt}"
        outcomes.add((process.returncode, written == complete))
        leftovers = [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
        assert leftovers == []
        target.write_bytes(previous)
    # 130 and 143 from citelint; -2 and -15 when the signal comes before it takes over
    # signals (interpreter start-up) or after it gave them back (its shutdown).
    assert {code for code, _ in outcomes} <= {0, 130, 143, -2, -15}


def test_two_runs_writing_the_same_report_leave_one_of_them_whole(tmp_path: Path) -> None:
    small, large = big_archive(tmp_path, 2), big_archive(tmp_path, 20)
    target = tmp_path / "report.json"
    command = [sys.executable, "-m", "citelint", "check", "--format", "json", "--exit-zero"]
    for _ in range(3):
        runs = [
            subprocess.Popen([*command, str(path), "-o", str(target)]) for path in (small, large)
        ]
        assert [process.wait(timeout=120) for process in runs] == [0, 0]
        findings = json.loads(target.read_text(encoding="utf-8"))
        assert {Path(finding["path"]).name for finding in findings} in (
            {small.name},
            {large.name},
        )


def test_a_baseline_written_inside_a_repository_leaves_no_temporary_file(
    tmp_path: Path, post: Path
) -> None:
    git(tmp_path, "init", "-q")
    assert main(["check", str(post), "--write-baseline", str(tmp_path / "b.json")]) == 0
    assert sorted(path.name for path in tmp_path.iterdir()) == [".git", "b.json", "post.txt"]
