"""A file citelint could not lint is a finding, LNT002, in every output format, and the run
fails: never "All checks passed." (issue 17, problem 1). Each case is the issue's
reproduction."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

import pytest

from citelint.cli import main

CP1252_POST = b"Titre\n\n\x93Bonjour, said Kim.\n"
GOOD_POST = "Title\n\n“We are scared,” said Kim.\n\n[Reuters]\n"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_the_issues_cp1252_post_fails_in_a_new_process(tmp_path: Path) -> None:
    # printf 'Titre\n\n\x93Bonjour, said Kim.\n' > p.txt; citelint check p.txt; echo $?
    (tmp_path / "p.txt").write_bytes(CP1252_POST)
    done = subprocess.run(
        [sys.executable, "-m", "citelint", "check", "p.txt"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 1
    assert done.stdout == (
        "p.txt:1:1: LNT002 File not linted: not valid UTF-8 (first bad byte 0x93 at byte "
        "offset 7); if it is in another encoding, name it with --encoding (cp1252, latin-1)\n"
        "Found 1 problem (1 error, 0 warnings): 0 files linted, 1 file could not be linted.\n"
    )
    assert done.stderr.startswith("p.txt: not valid UTF-8")


@pytest.mark.parametrize(
    ("name", "content", "options", "line", "reason"),
    [
        ("p.txt", CP1252_POST, (), 1, "not valid UTF-8 (first bad byte 0x93"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", (), 1, "binary file"),
        ("post.md", b"---\ntitle: [unclosed\n---\n\nText.\n", (), 3, "front matter is not valid"),
        ("big.txt", b"Title\n\n" + b"word " * 400, ("--max-file-size", "0.001"), 1, "2 KB is"),
        ("post.docx", b"PK\x03\x04", (), 1, "cannot lint '.docx' files"),
        ("sitemap.xml", b'<?xml version="1.0"?><urlset/>', (), 1, "not a WordPress export"),
    ],
)
def test_a_file_that_cannot_be_read_is_an_lnt002_finding_and_fails_the_run(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    name: str,
    content: bytes,
    options: tuple[str, ...],
    line: int,
    reason: str,
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    code, out, _ = run(capsys, "check", *options, str(path))
    assert code == 1
    first, summary = out.splitlines()
    assert first.startswith(f"{path}:{line}:1: LNT002 File not linted: {reason}")
    assert summary.endswith("0 files linted, 1 file could not be linted.")


def test_a_path_that_does_not_exist_is_a_finding_and_exit_2(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = run(capsys, "check", "/nonexistent/x.txt")
    assert code == 2
    assert out.startswith("/nonexistent/x.txt:1:1: LNT002 File not linted: no such file")
    assert "All checks passed" not in out
    assert err == "/nonexistent/x.txt: no such file or directory\n"


def test_a_bug_while_linting_is_a_finding_not_a_pass(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from citelint import run as run_module

    def broken(*_arguments: object, **_keywords: object) -> object:
        raise KeyError("span")

    monkeypatch.setattr(run_module, "lint_document", broken)
    (tmp_path / "post.txt").write_text(GOOD_POST, encoding="utf-8")
    code, out, _ = run(capsys, "check", str(tmp_path / "post.txt"))
    assert code == 2
    assert out.splitlines() == [
        f"{tmp_path / 'post.txt'}:1:1: LNT002 File not linted: internal error while linting "
        "(KeyError: 'span'); this is a citelint bug: please report it with the file",
        "Found 1 problem (1 error, 0 warnings): 0 files linted, 1 file could not be linted.",
    ]


def test_the_summary_counts_linted_and_unlinted_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_text(GOOD_POST, encoding="utf-8")
    (tmp_path / "d.txt").write_text("Title\n\nHe said “stop.\n\n[AP]\n", encoding="utf-8")
    (tmp_path / "e.txt").write_bytes(CP1252_POST)
    code, out, _ = run(capsys, "check", str(tmp_path))
    assert code == 1
    assert out.splitlines()[-1] == (
        "Found 2 problems (2 errors, 0 warnings) in 1 of 4 files linted; 1 file could not be "
        "linted."
    )
    (tmp_path / "e.txt").unlink()
    code, out, _ = run(capsys, "check", str(tmp_path))
    assert out.splitlines()[-1] == "Found 1 problem (1 error, 0 warnings) in 1 of 4 files."


def test_a_sitemap_met_in_a_directory_is_skipped_as_no_post(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "sitemap.xml").write_text('<?xml version="1.0"?><urlset/>', encoding="utf-8")
    (tmp_path / "post.txt").write_text(GOOD_POST, encoding="utf-8")
    code, out, err = run(capsys, "check", str(tmp_path))
    assert (code, out, err) == (0, "All checks passed.\n", "")


def test_a_file_ignored_for_lnt002_is_said_on_standard_error_only(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "p.txt").write_bytes(CP1252_POST)
    code, out, err = run(capsys, "check", "--ignore", "LNT002", str(tmp_path / "p.txt"))
    assert (code, out) == (0, "No problems found in 0 files; 1 file could not be linted.\n")
    assert err.startswith(f"{tmp_path / 'p.txt'}: not valid UTF-8")


def test_lnt002_is_reported_whichever_rules_are_selected(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "p.txt").write_bytes(CP1252_POST)
    code, out, _ = run(capsys, "check", "--select", "QUO", str(tmp_path / "p.txt"))
    assert code == 1 and ":1:1: LNT002 " in out


@pytest.mark.parametrize("output_format", ["json", "json-lines", "github", "gitlab"])
def test_every_machine_format_holds_the_finding(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], output_format: str
) -> None:
    (tmp_path / "p.txt").write_bytes(CP1252_POST)
    code, out, _ = run(capsys, "check", "--format", output_format, str(tmp_path / "p.txt"))
    assert code == 1 and "LNT002" in out and "not valid UTF-8" in out


def test_sarif_and_junit_hold_the_finding(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "p.txt").write_bytes(CP1252_POST)
    _, out, _ = run(capsys, "check", "--format", "sarif", str(tmp_path / "p.txt"))
    [result] = json.loads(out)["runs"][0]["results"]
    assert (result["ruleId"], result["level"]) == ("LNT002", "error")
    _, out, _ = run(capsys, "check", "--format", "junit", str(tmp_path / "p.txt"))
    suites = ElementTree.fromstring(out)
    [error] = suites.iter("error")  # a test that could not run, not a failed one
    assert (suites.get("errors"), suites.get("failures")) == ("1", "0")
    assert "LNT002 File not linted" in (error.text or "")


def test_a_baseline_never_records_a_file_not_linted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "p.txt").write_bytes(CP1252_POST)
    baseline = tmp_path / "baseline.json"
    code, _, _ = run(capsys, "check", "--write-baseline", str(baseline), str(tmp_path / "p.txt"))
    assert code == 1
    code, out, _ = run(capsys, "check", "--baseline", str(baseline), str(tmp_path / "p.txt"))
    assert code == 1 and "LNT002" in out


def test_quotes_fails_when_a_file_was_left_out(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "p.txt").write_bytes(CP1252_POST)
    (tmp_path / "post.txt").write_text(GOOD_POST, encoding="utf-8")
    code, out, err = run(capsys, "quotes", str(tmp_path))
    assert code == 1 and "We are scared" in out and "p.txt: not valid UTF-8" in err


def test_encoding_is_for_the_files_that_are_not_utf8(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A folder of old cp1252 posts and new UTF-8 ones: --encoding cp1252 read the new ones'
    # “ as â€œ, and their unclosed quotation passed ("All checks passed.").
    (tmp_path / "old.txt").write_bytes(b"Title\n\nHe said \x93stop.\n\n[AP]\n")
    (tmp_path / "new.txt").write_text("Title\n\nHe said “stop.\n\n[AP]\n", encoding="utf-8")
    code, out, _ = run(capsys, "check", "--encoding", "cp1252", str(tmp_path))
    assert code == 1
    assert out.splitlines() == [
        f"{tmp_path / 'new.txt'}:3:9: QUO001 Unclosed quotation: “ is never closed; its "
        "paragraph ends at 3:15 with no closing ”, and the next paragraph does not reopen the "
        "quotation",
        f"{tmp_path / 'old.txt'}:3:9: QUO001 Unclosed quotation: “ is never closed; its "
        "paragraph ends at 3:15 with no closing ”, and the next paragraph does not reopen the "
        "quotation",
        "Found 2 problems (2 errors, 0 warnings) in 2 files.",
    ]
