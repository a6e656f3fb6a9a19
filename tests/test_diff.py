"""--diff REF on a temporary git repository holding posts of the seed page."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from citelint.cli import main
from conftest import SEED, git

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


@pytest.fixture
def repository(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    git(tmp_path, "init", "--quiet", "--initial-branch=main")
    (tmp_path / "posts").mkdir()
    (tmp_path / "posts" / "archive.txt").write_text(SEED.read_text(encoding="utf-8"), "utf-8")
    (tmp_path / "posts" / "other.txt").write_text("Other\n\nHe said “hi.\n\n[UPI]\n", "utf-8")
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "--quiet", "-m", "Posts")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def findings(capsys: pytest.CaptureFixture[str], *argv: str) -> list[tuple[str, int, str]]:
    code = main(["check", "--format", "json", *argv])
    captured = capsys.readouterr()
    assert code in (0, 1), captured.err
    return [(f["path"], f["line"], f["code"]) for f in json.loads(captured.out)]


def test_only_findings_on_changed_lines_are_reported(
    repository: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert len(findings(capsys, "posts")) == 10
    assert findings(capsys, "posts", "--diff", "HEAD") == []
    # Edit the paragraph with the 17% and 80% (line 125): its old findings are on a changed
    # line, so they are reported; the other seven findings of the file are not.
    archive = repository / "posts" / "archive.txt"
    text = archive.read_text(encoding="utf-8")
    archive.write_text(
        text.replace("declined by approximately 17%", "declined by about 17%"), "utf-8"
    )
    assert findings(capsys, "posts", "--diff", "HEAD") == [
        ("posts/archive.txt", 125, "FIG001"),
        ("posts/archive.txt", 125, "FIG001"),
    ]


def test_new_files_are_changed_everywhere_and_unchanged_files_are_not_read(
    repository: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (repository / "posts" / "new.txt").write_text("New\n\nShe said “no.\n\n[AP]\n", "utf-8")
    assert findings(capsys, "posts", "--diff", "HEAD") == [("posts/new.txt", 3, "QUO001")]


def test_a_bad_revision_is_one_line_and_exit_2(
    repository: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["check", "posts", "--diff", "no-such-branch"])
    err = capsys.readouterr().err
    assert code == 2
    assert err == f"--diff: 'no-such-branch' is not a commit of {repository.resolve()}\n"
