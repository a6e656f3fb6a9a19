"""The command line: output formats, exit codes, selection, bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from citelint.cli import main
from conftest import SEED

JSON_KEYS = {
    "path", "line", "column", "end_line", "end_column", "code", "name", "severity", "message",
    "post", "post_id",
}  # fmt: skip


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_text_output_on_the_seed(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "check", str(SEED))
    assert code == 1
    lines = out.splitlines()
    assert lines[0].startswith(f"{SEED}:75:1: SRC001 Post “North Korean female defectors")
    assert lines[1].startswith(f"{SEED}:91:189: QUO003 Mismatched quotation mark ‘")
    assert lines[2].startswith(f"{SEED}:97:1: SRC001 ")
    assert lines[3].startswith(f"{SEED}:111:197: FIG001 Unsourced figure: 150 won (13 cents) ")
    assert sum(" FIG001 " in line for line in lines) == 6
    assert lines[-1] == "Found 9 problems (3 errors, 6 warnings) in 1 file."
    assert err == ""


def test_json_output_has_exactly_the_documented_keys(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "check", "--format", "json", "--select", "QUO,SRC", str(SEED))
    records = json.loads(out)
    assert code == 1
    assert [set(record) for record in records] == [JSON_KEYS] * 3
    typo = records[1]
    assert (typo["line"], typo["column"], typo["end_line"], typo["end_column"]) == (
        91,
        189,
        91,
        190,
    )
    assert typo["code"] == "QUO003" and typo["name"] == "mismatched-quotation-marks"
    assert typo["post"] == "North Korean cybersex slave meets pastor online"


def test_select_ignore_and_exit_zero(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "check", "--select", "QUO", str(SEED))
    assert code == 1 and out.count("QUO003") == 1 and "SRC001" not in out
    code, out, _ = run(capsys, "check", "--ignore", "QUO,SRC,FIG", str(SEED))
    assert code == 0 and out == "All checks passed.\n"
    code, out, _ = run(capsys, "check", "--select", "FIG", str(SEED))
    assert code == 0 and "Found 6 problems (0 errors, 6 warnings)" in out  # warnings only
    code, out, _ = run(capsys, "check", "--exit-zero", str(SEED))
    assert code == 0 and "Found 9 problems" in out


def test_unknown_selector_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "check", "--select", "QOU", str(SEED))
    assert code == 2
    assert "QOU matches no rule" in err


def test_bad_input_is_one_line_each_and_the_run_goes_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "latin1.txt").write_bytes(b"Caf\xe9 open")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\x00\x00")
    (tmp_path / "empty.md").write_bytes(b"")
    (tmp_path / "bad.txt").write_text("Title\n\nHe said “stop.\n\n[Reuters]\n", encoding="utf-8")
    empty_dir = tmp_path / "nothing"
    empty_dir.mkdir()
    (empty_dir / "notes.csv").write_text("a,b\n", encoding="utf-8")
    code, out, err = run(capsys, "check", str(tmp_path), str(tmp_path / "missing.md"))
    assert code == 2  # a named path could not be read at all
    lines = out.splitlines()
    assert (
        f"{tmp_path / 'latin1.txt'}:1:1: LNT002 File not linted: not valid UTF-8 (first bad "
        "byte 0xe9 at byte offset 3); if it is in another encoding, name it with --encoding "
        "(cp1252, latin-1)" in lines
    )
    assert (
        f"{tmp_path / 'image.txt'}:1:1: LNT002 File not linted: binary file (contains NUL "
        "bytes), not text" in lines
    )
    assert (
        f"{tmp_path / 'missing.md'}:1:1: LNT002 File not linted: no such file or directory" in lines
    )
    assert f"{tmp_path / 'bad.txt'}:3:9: QUO001" in out
    assert lines[-1] == (
        "Found 4 problems (4 errors, 0 warnings) in 1 of 2 files linted; 3 files could not be "
        "linted."
    )
    # Said on standard error too, one line each, as Ruff logs "Failed to lint" beside E902.
    errors = err.splitlines()
    assert f"{tmp_path / 'image.txt'}: binary file (contains NUL bytes), not text" in errors
    assert f"{tmp_path / 'missing.md'}: no such file or directory" in errors
    assert len(errors) == 3


def test_a_file_not_linted_is_said_on_standard_error_too_when_the_report_is_for_a_program(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "latin1.txt").write_bytes(b"Caf\xe9")
    code, out, err = run(capsys, "check", "--format", "json", str(tmp_path / "latin1.txt"))
    assert code == 1 and '"code": "LNT002"' in out
    assert err.startswith(f"{tmp_path / 'latin1.txt'}: not valid UTF-8")


def test_an_undecodable_file_fails_the_run(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "latin1.txt").write_bytes(b"Caf\xe9")
    code, out, _ = run(capsys, "check", str(tmp_path / "latin1.txt"))
    assert code == 1 and "LNT002" in out and "All checks passed" not in out
    code, _, _ = run(capsys, "check", str(tmp_path / "nothing-here"))
    assert code == 2


def test_a_directory_without_lintable_files_is_reported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "check", str(tmp_path))
    assert code == 0 and "no lintable files" in err and out == "No files linted.\n"


def test_hidden_directories_are_skipped(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "post.md").write_text("He said “stop.", encoding="utf-8")
    (tmp_path / "post.md").write_text("# Title\n\nFine.\n\n[AP]\n", encoding="utf-8")
    code, out, _ = run(capsys, "check", str(tmp_path))
    assert code == 0 and out == "All checks passed.\n"


def test_rule_errors_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "bad.toml").write_text('code = "X"\n', encoding="utf-8")
    code, _, err = run(capsys, "check", "--rules", str(tmp_path), str(SEED))
    assert code == 2
    assert err.startswith(f"{tmp_path / 'bad.toml'}: missing required key")


def test_rules_lists_every_rule(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "rules")
    assert code == 0
    for code_name in ("SRC001  missing-source-tag", "QUO001  unclosed-quotation"):
        assert code_name in out
    by_code = {line.split()[0]: line.split() for line in out.splitlines()[1:]}
    assert (by_code["SRC003"][4], by_code["SRC001"][4]) == ("off", "on")


def test_the_format_choices_are_those_of_the_registries(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from citelint import readers, report

    code, out, _ = run(capsys, "check", "--help")
    assert code == 0
    assert f"--format <{'|'.join(report.FORMATS)}>" in out
    assert f"--input-format <{'|'.join(readers.FORMATS)}>" in out
    assert f"(searched for {', '.join(readers.SUFFIXES)});" in " ".join(out.split())
    assert "--format <text|full|json|json-lines|github|sarif|junit|gitlab>" in out


def test_explain_shows_why_and_examples(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "explain", "QUO003")
    assert code == 0
    assert out.startswith("QUO003 mismatched-quotation-marks\n")
    assert "Why it matters" in out and "Bad:" in out and "Good:" in out
    assert "Durihana‘s" in out
    assert "\nMessage fields: {mark}, {reason}\n" in out
    _, out, _ = run(capsys, "explain", "VRF001")
    fields = "{diff}, {passage}, {quote}, {reason}, {source}"
    assert f'\nMessage fields (with report = "differs-from-source"): {fields}\n' in out
    code, _, err = run(capsys, "explain", "XYZ999")
    assert code == 2 and "no rule XYZ999" in err


def test_python_dash_m_runs(tmp_path: Path) -> None:
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, "-m", "citelint", "check", str(SEED)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1
    assert "Found 9 problems" in result.stdout


def test_standard_input_is_named_by_stdin_filename(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import io
    import sys

    page = (
        "<article><p>&ldquo;The crackdown is severe, said Y. H. Kim.</p><p>[Reuters]</p></article>"
    )
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(page.encode())))
    code, out, _ = run(capsys, "check", "-", "--stdin-filename", "posts/raids.html")
    assert code == 1
    assert out.startswith("posts/raids.html:1:13: QUO001")


def test_standard_input_without_a_name_is_plain_text(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import io
    import sys

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO("He said “hi.".encode())))
    code, out, _ = run(capsys, "check", "-", "--select", "QUO")
    assert (code, out.splitlines()[0]) == (
        1,
        "-:1:9: QUO001 Unclosed quotation: “ is never closed; the post ends at 1:13 with no closing ”",  # noqa: E501
    )


def test_input_format_and_encoding_options(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old = tmp_path / "archive.dat"
    old.write_bytes("Caf\xe9 owner said \x93hi.\n".encode("latin-1"))
    code, out, err = run(
        capsys,
        "check",
        str(old),
        "--encoding",
        "cp1252",
        "--input-format",
        "text",
        "--select",
        "QUO",
    )
    assert (code, err) == (1, "")
    assert out.startswith(f"{old}:1:17: QUO001")
    code, _, err = run(capsys, "check", str(old), "--encoding", "klingon")
    assert code == 2 and "unknown encoding 'klingon'" in err
