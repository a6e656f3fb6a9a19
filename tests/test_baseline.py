"""Baselines on the real seed page: old findings stay hidden through unrelated edits."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from citelint.cli import main
from conftest import SEED


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def findings(capsys: pytest.CaptureFixture[str], *argv: str) -> list[dict[str, object]]:
    _, out, _ = run(capsys, "check", "--format", "json", *argv)
    return list(json.loads(out))


@pytest.fixture
def archive(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "archive.txt"
    path.write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    return path


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_unrelated_edits_do_not_bring_old_findings_back(
    archive: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "check", "archive.txt", "--write-baseline", "baseline.json")
    assert code == 0 and err == "Wrote a baseline of 9 findings to baseline.json.\n"
    assert findings(capsys, "archive.txt", "--baseline", "baseline.json") == []
    before = findings(capsys, "archive.txt")

    # A new paragraph at the top of the second post, and a paragraph moved down in the fifth.
    edit(
        archive,
        "Posted on by\n\nA decade after leaving her family",
        "Posted on by\n\nThis story was updated on June 12.\n\nA decade after leaving her family",
    )
    text = archive.read_text(encoding="utf-8")
    paragraphs = text.split("\n\n")
    moved = next(p for p in paragraphs if p.startswith("In the past year, the number of North"))
    after = next(p for p in paragraphs if p.startswith("On the international stage, U.S."))
    text = text.replace(moved + "\n\n", "").replace(after, after + "\n\n" + moved)
    archive.write_text(text, encoding="utf-8")
    assert findings(capsys, "archive.txt", "--baseline", "baseline.json") == []
    plain = findings(capsys, "archive.txt")
    assert len(plain) == 9  # the same findings, on other lines
    lines = lambda found: [(f["code"], f["line"]) for f in found]  # noqa: E731
    assert lines(plain) != lines(before)
    assert ("FIG001", 125) in lines(before) and ("FIG001", 125) not in lines(plain)

    # Cutting a closing mark elsewhere is exactly one new finding.
    edit(
        archive,
        "“The crackdown is severe,” said Y. H. Kim",
        "“The crackdown is severe, said Y. H. Kim",
    )
    new = findings(capsys, "archive.txt", "--baseline", "baseline.json")
    assert [(f["code"], f["post"]) for f in new] == [
        ("QUO001", "Chinese raids hit North Korean defectors Underground Railroad")
    ]


def test_fixed_findings_are_stale_and_writing_again_prunes_them(
    archive: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run(capsys, "check", "archive.txt", "--write-baseline", "baseline.json")
    edit(archive, "Durihana‘s", "Durihana’s")
    code, out, err = run(capsys, "check", "archive.txt", "--baseline", "baseline.json")
    assert code == 0 and out == "All checks passed.\n"
    assert err == (
        "baseline.json: 1 baseline entry no longer found (fixed or edited); "
        "--write-baseline prunes them\n"
    )
    run(capsys, "check", "archive.txt", "--write-baseline", "baseline.json")
    entries = json.loads(Path("baseline.json").read_text(encoding="utf-8"))["findings"]
    assert len(entries) == 8 and "QUO003" not in {entry["code"] for entry in entries}


def test_the_baseline_file_is_sorted_and_names_no_lines(
    archive: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run(capsys, "check", "archive.txt", "--write-baseline", "baseline.json")
    data = json.loads(Path("baseline.json").read_text(encoding="utf-8"))
    assert data["citelint_baseline"] == 1
    entries = data["findings"]
    keys = [(e["path"], e["code"], e["post"], e["sentence"]) for e in entries]
    assert keys == sorted(keys)
    assert set(entries[0]) == {"path", "code", "post", "sentence", "excerpt", "count"}
    assert all(entry["path"] == "archive.txt" for entry in entries)
    figures = [e for e in entries if e["code"] == "FIG001"]
    assert any(
        e["excerpt"].startswith("In the past year, the number of North Korean") for e in figures
    )
    # Written twice from the same findings, the file is byte for byte the same.
    before = Path("baseline.json").read_bytes()
    run(capsys, "check", "archive.txt", "--write-baseline", "baseline.json")
    assert Path("baseline.json").read_bytes() == before


def test_a_run_on_some_files_keeps_the_entries_of_the_others(
    archive: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    other = tmp_path / "other.txt"
    other.write_text("Title\n\nHe said “hi.\n\n[Reuters]\n", encoding="utf-8")
    run(capsys, "check", "archive.txt", "other.txt", "--write-baseline", "baseline.json")
    run(capsys, "check", "other.txt", "--write-baseline", "baseline.json")
    entries = json.loads(Path("baseline.json").read_text(encoding="utf-8"))["findings"]
    assert {entry["path"] for entry in entries} == {"archive.txt", "other.txt"}
    assert findings(capsys, "archive.txt", "--baseline", "baseline.json") == []


def test_a_bad_baseline_is_one_line_and_exit_2(
    archive: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    Path("baseline.json").write_text("{not json", encoding="utf-8")
    code, _, err = run(capsys, "check", "archive.txt", "--baseline", "baseline.json")
    assert code == 2 and err.startswith("baseline.json:1: the baseline is not valid JSON")
    code, _, err = run(capsys, "check", "archive.txt", "--baseline", "missing.json")
    assert code == 2 and "no such baseline file" in err
