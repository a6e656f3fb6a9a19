"""Issue 14: baselines of every wrong shape and --diff on names git quotes.

A bad baseline is one line naming the file and exit 2, never a traceback or a hang; a file
that is not a citelint baseline is never overwritten; a changed post is always linted,
whatever its name, so a run never passes without having read it.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import threading
from pathlib import Path

import pytest

from citelint.changes import changed_files
from citelint.cli import main
from citelint.run import Run, RunOptions
from conftest import git

CLEAN = "# Title\n\nShe said “hi.”\n\nMore text here.\n\n[Reuters]\n"
# The same post with its quotation left open on line 3: one QUO001 at 3:10.
OPEN_QUOTE = CLEAN.replace("“hi.”", "“hi.")
ENTRY = '{"path": "a", "code": "X", "post": "", "sentence": "s"'


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def post(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "post.md"
    path.write_text(OPEN_QUOTE, encoding="utf-8")
    return path


def one_line_error(err: str, name: str, reason: str) -> None:
    assert err.count("\n") == 1 and err.endswith("\n"), err
    assert err.startswith(name + ":"), err
    assert reason in err, err
    assert "Traceback" not in err


# ---------------------------------------------------------------------------------------
# Baselines: every shape that is not one is one line and exit 2.

BAD_BASELINES = [
    (b'{"findings": 5}', 'has no "citelint_baseline": 1 at the top'),
    (b"null", 'has no "citelint_baseline": 1 at the top'),
    (b"[]", 'has no "citelint_baseline": 1 at the top'),
    (b'"citelint_baseline"', 'has no "citelint_baseline": 1 at the top'),
    (b'{"citelint_baseline": true, "findings": []}', "is of format true;"),
    (b'{"citelint_baseline": 1.0, "findings": []}', "is of format 1.0;"),
    (b'{"citelint_baseline": 2, "findings": []}', "is of format 2; this citelint reads format 1"),
    (b'{"citelint_baseline": 1}', 'has no list of "findings" (it is null)'),
    (b'{"citelint_baseline": 1, "findings": 5}', 'has no list of "findings" (it is 5)'),
    (b'{"citelint_baseline": 1, "findings": {}}', 'has no list of "findings" (it is an object)'),
    (b'{"citelint_baseline": 1, "findings": [5]}', "has a finding 1 that is not an object"),
    (b'{"citelint_baseline": 1, "findings": [[]]}', "has a finding 1 that is not an object"),
    (b'{"citelint_baseline": 1, "findings": [{}]}', 'has a finding 1 without "path"'),
    (b'{"citelint_baseline": 1, "findings": [{"path": "a", "code": "X", "post": ""}]}', 'has a finding 1 without "sentence"'),  # noqa: E501
    (b'{"citelint_baseline": 1, "findings": [{"path": 1, "code": "X", "post": "", "sentence": "s"}]}', 'finding 1 whose "path" is not a string'),  # noqa: E501
    (b'{"citelint_baseline": 1, "findings": [{"path": "a", "code": null, "post": "", "sentence": "s"}]}', 'finding 1 whose "code" is not a string'),  # noqa: E501
    (b'{"citelint_baseline": 1, "findings": [{"path": "a", "code": "X", "post": [], "sentence": "s"}]}', 'finding 1 whose "post" is not a string'),  # noqa: E501
    (b'{"citelint_baseline": 1, "findings": [{"path": "a", "code": "X", "post": "", "sentence": 5}]}', 'finding 1 whose "sentence" is not a string'),  # noqa: E501
    (b'{"citelint_baseline": 1, "findings": [' + ENTRY.encode() + b', "excerpt": 5}]}', 'finding 1 whose "excerpt" is not a string'),  # noqa: E501
    (b'{"citelint_baseline": 1, "findings": [' + ENTRY.encode() + b', "count": 1e400}]}', 'finding 1 whose "count" is not a whole number from 1 to 1000000000 (it is Infinity)'),  # noqa: E501
    (b'{"citelint_baseline": 1, "findings": [' + ENTRY.encode() + b', "count": 0}]}', 'whose "count" is not a whole number from 1 to 1000000000 (it is 0)'),  # noqa: E501
    (b'{"citelint_baseline": 1, "findings": [' + ENTRY.encode() + b', "count": -3}]}', '(it is -3)'),  # noqa: E501
    (b'{"citelint_baseline": 1, "findings": [' + ENTRY.encode() + b', "count": 1.5}]}', '(it is 1.5)'),  # noqa: E501
    (b'{"citelint_baseline": 1, "findings": [' + ENTRY.encode() + b', "count": 2.0}]}', '(it is 2.0)'),  # noqa: E501
    (b'{"citelint_baseline": 1, "findings": [' + ENTRY.encode() + b', "count": true}]}', '(it is true)'),  # noqa: E501
    (b'{"citelint_baseline": 1, "findings": [' + ENTRY.encode() + b', "count": "2"}]}', '(it is "2")'),  # noqa: E501
    (b'{"citelint_baseline": 1, "findings": [' + ENTRY.encode() + b', "count": NaN}]}', '(it is NaN)'),  # noqa: E501
    (b'{"citelint_baseline": 1, "findings": [' + ENTRY.encode() + b', "count": 1000000001}]}', '(it is 1000000001)'),  # noqa: E501
    (b'{"citelint_baseline": 1, "findings": [' + ENTRY.encode() + b', "count": ' + b"9" * 30 + b"}]}", "(it is a number too large)"),  # noqa: E501
    (b'{"citelint_baseline": 1, "findings": [' + ENTRY.encode() + b', "count": ' + b"9" * 5000 + b"}]}", "holds a number too long to read"),  # noqa: E501
    (b'{"citelint_baseline": 1, "findings": [' + ENTRY.encode() + b"}, 7]}", "has a finding 2 that is not an object"),  # noqa: E501
    (b"[" * 100_000 + b"]" * 100_000, "is JSON nested too deeply to read"),
    (b'{"citelint_baseline": 1, "findings": ' + b"[" * 100_000 + b"]" * 100_000 + b"}", "is JSON nested too deeply to read"),  # noqa: E501
    (b"{not json", "baseline.json:1: the baseline is not valid JSON"),
    (b'{"citelint_baseline": 1,\n "findings": [,]}', "baseline.json:2: the baseline is not valid JSON"),  # noqa: E501
    (b"\xff\xfe{}", "is not valid UTF-8 (first bad byte 0xff at byte offset 0)"),
]  # fmt: skip


@pytest.mark.parametrize(("content", "reason"), BAD_BASELINES)
def test_a_bad_baseline_is_one_line_naming_it(
    post: Path, capsys: pytest.CaptureFixture[str], content: bytes, reason: str
) -> None:
    Path("baseline.json").write_bytes(content)
    code, out, err = run(capsys, "check", "post.md", "--baseline", "baseline.json")
    assert code == 2 and out == ""
    one_line_error(err, "baseline.json", reason)


@pytest.mark.parametrize("content", [b"", b"  \n\t\n", b"\xef\xbb\xbf\n"])
def test_an_empty_baseline_says_how_to_recover(
    post: Path, capsys: pytest.CaptureFixture[str], content: bytes
) -> None:
    Path("baseline.json").write_bytes(content)
    code, _, err = run(capsys, "check", "post.md", "--baseline", "baseline.json")
    assert code == 2
    one_line_error(err, "baseline.json", "is empty")
    assert "write it again with --write-baseline" in err


def test_a_directory_as_baseline(post: Path, capsys: pytest.CaptureFixture[str]) -> None:
    Path("baseline.json").mkdir()
    code, _, err = run(capsys, "check", "post.md", "--baseline", "baseline.json")
    assert code == 2
    one_line_error(err, "baseline.json", "is a directory")


def test_a_missing_baseline(post: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "check", "post.md", "--baseline", "missing.json")
    assert code == 2
    one_line_error(err, "missing.json", "no such baseline file (write one with --write-baseline)")


def test_a_baseline_entry_without_count_or_excerpt_still_counts_once(
    post: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run(capsys, "check", "post.md", "--write-baseline", "baseline.json")
    data = json.loads(Path("baseline.json").read_text(encoding="utf-8"))
    for entry in data["findings"]:
        del entry["count"], entry["excerpt"]
    Path("baseline.json").write_text(json.dumps(data), encoding="utf-8")
    code, out, err = run(capsys, "check", "post.md", "--baseline", "baseline.json")
    assert (code, out, err) == (0, "All checks passed.\n", "")


def call_without_hanging(argv: list[str]) -> int:
    """``main(argv)`` in a thread given ten seconds: a FIFO opened to read would block."""
    codes: list[int] = []
    thread = threading.Thread(target=lambda: codes.append(main(argv)), daemon=True)
    thread.start()
    thread.join(10)
    assert not thread.is_alive(), f"{argv} hangs"
    return codes[0]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
@pytest.mark.parametrize("option", ["--baseline", "--write-baseline"])
def test_a_fifo_as_baseline_is_refused_without_waiting(
    post: Path, capsys: pytest.CaptureFixture[str], option: str
) -> None:
    os.mkfifo("baseline.json")
    code = call_without_hanging(["check", "post.md", option, "baseline.json"])
    err = capsys.readouterr().err
    assert code == 2
    one_line_error(err, "baseline.json", "a FIFO, not a regular file; not read as a baseline")
    assert Path("baseline.json").is_fifo()


# ---------------------------------------------------------------------------------------
# --write-baseline: an empty file is no baseline; anything else that is not one is kept.


@pytest.mark.parametrize("content", [b"", b"\n  \n", b"\xef\xbb\xbf"])
def test_write_baseline_over_an_empty_file_writes_anew(
    post: Path, capsys: pytest.CaptureFixture[str], content: bytes
) -> None:
    Path("baseline.json").write_bytes(content)
    code, _, err = run(capsys, "check", "post.md", "--write-baseline", "baseline.json")
    assert (code, err) == (0, "Wrote a baseline of 1 finding to baseline.json.\n")
    written = json.loads(Path("baseline.json").read_text(encoding="utf-8"))
    assert [entry["code"] for entry in written["findings"]] == ["QUO001"]
    code, out, _ = run(capsys, "check", "post.md", "--baseline", "baseline.json")
    assert (code, out) == (0, "All checks passed.\n")


PACKAGE_JSON = b'{\n  "name": "site",\n  "version": "1.0.0",\n  "dependencies": {}\n}\n'


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("package.json", PACKAGE_JSON, 'it has no "citelint_baseline": 1 at the top'),
        ("notes.txt", b"Things to do\n", "notes.txt:1: not a citelint baseline"),
        ("data.json", b"[1, 2, 3]\n", 'it has no "citelint_baseline": 1 at the top'),
        ("deep.json", b"[" * 100_000 + b"]" * 100_000, "it is JSON nested too deeply to read"),
        ("image.png", b"\x89PNG\r\n\x1a\n\0\0", "it is not valid UTF-8"),
        *[("baseline.json", content, reason) for content, reason in BAD_BASELINES[4:12]],
    ],
)
def test_write_baseline_never_overwrites_another_file(
    post: Path, capsys: pytest.CaptureFixture[str], name: str, content: bytes, reason: str
) -> None:
    Path(name).write_bytes(content)
    code, out, err = run(capsys, "check", "post.md", "--write-baseline", name)
    assert code == 2 and out == ""
    one_line_error(err, name, "not a citelint baseline, so it is not overwritten")
    assert "remove it or choose another name" in err
    assert reason in err
    assert Path(name).read_bytes() == content
    assert sorted(os.listdir()) == sorted([name, "post.md"])  # no temporary file left


def test_write_baseline_keeps_entries_of_a_hand_trimmed_baseline(
    post: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    (tmp_path / "other.md").write_text(OPEN_QUOTE, encoding="utf-8")
    run(capsys, "check", "post.md", "other.md", "--write-baseline", "baseline.json")
    data = json.loads(Path("baseline.json").read_text(encoding="utf-8"))
    for entry in data["findings"]:
        del entry["count"], entry["excerpt"]
    Path("baseline.json").write_text(json.dumps(data), encoding="utf-8")
    code, _, _ = run(capsys, "check", "post.md", "--write-baseline", "baseline.json")
    assert code == 0
    written = json.loads(Path("baseline.json").read_text(encoding="utf-8"))["findings"]
    assert sorted(entry["path"] for entry in written) == ["other.md", "post.md"]


# ---------------------------------------------------------------------------------------
# --diff: every changed post is linted, whatever git does to its name.

needs_git = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")

# Names git C-quotes in a patch ("b/quo\"te.md"), even with core.quotePath=false, and one
# it writes as octal escapes when core.quotePath is on (the default).
# A name with a space is not quoted, but git's patch ends its +++ line with a tab after it.
HOSTILE_NAMES = [
    'quo"te.md',
    "back\\slash.md",
    "tab\tname.md",
    "new\nline.md",
    "café.md",
    "my post.md",
]


@pytest.fixture
def repository(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    git(tmp_path, "init", "--quiet", "--initial-branch=main")
    (tmp_path / "posts").mkdir()
    for name in [*HOSTILE_NAMES, "old.md", "plain.md"]:
        (tmp_path / "posts" / name).write_text(CLEAN, encoding="utf-8")
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "--quiet", "-m", "Posts")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def diff_findings(capsys: pytest.CaptureFixture[str], *argv: str) -> list[tuple[str, int, str]]:
    code = main(["check", "--format", "json", *argv, "--diff", "HEAD"])
    captured = capsys.readouterr()
    assert code in (0, 1), captured.err
    return [(f["path"], f["line"], f["code"]) for f in json.loads(captured.out)]


def linted(*paths: str) -> list[str]:
    return Run(RunOptions(paths=paths, diff="HEAD")).lint().files


@needs_git
@pytest.mark.parametrize("name", HOSTILE_NAMES)
def test_a_changed_post_with_a_quoted_name_is_linted(
    repository: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    (repository / "posts" / name).write_text(OPEN_QUOTE, encoding="utf-8")
    assert diff_findings(capsys, "posts") == [(f"posts/{name}", 3, "QUO001")]


@needs_git
@pytest.mark.parametrize("name", HOSTILE_NAMES)
def test_a_run_with_a_changed_finding_never_says_all_checks_passed(
    repository: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    (repository / "posts" / name).write_text(OPEN_QUOTE, encoding="utf-8")
    code, out, _ = run(capsys, "check", "posts", "--diff", "HEAD")
    assert code == 1 and "All checks passed." not in out
    assert "QUO001" in out and out.endswith("Found 1 problem (1 error, 0 warnings) in 1 file.\n")


@needs_git
@pytest.mark.skipif(sys.platform in {"darwin", "win32"}, reason="names must be UTF-8 there")
def test_a_changed_post_whose_name_is_not_utf8_is_linted(
    repository: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    name = os.fsdecode(b"lat\xe9.md")
    (repository / "posts" / name).write_text(CLEAN, encoding="utf-8")
    git(repository, "add", ".")
    git(repository, "commit", "--quiet", "-m", "Latin-1 name")
    (repository / "posts" / name).write_text(OPEN_QUOTE, encoding="utf-8")
    assert linted("posts") == [f"posts/{name}"]
    assert diff_findings(capsys, "posts") == [(f"posts/{name}", 3, "QUO001")]


@needs_git
def test_a_renamed_and_edited_post_is_linted_under_its_new_name(
    repository: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    git(repository, "mv", "posts/old.md", 'posts/re"named.md')
    (repository / "posts" / 're"named.md').write_text(OPEN_QUOTE, encoding="utf-8")
    assert diff_findings(capsys, "posts") == [('posts/re"named.md', 3, "QUO001")]


@needs_git
def test_a_renamed_post_reports_only_its_changed_lines(
    repository: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (repository / "posts" / "old.md").write_text(OPEN_QUOTE, encoding="utf-8")
    git(repository, "commit", "--quiet", "-am", "An old finding")
    git(repository, "mv", "posts/old.md", "posts/renamed.md")
    assert diff_findings(capsys, "posts") == []
    assert linted("posts") == ["posts/renamed.md"]


@needs_git
def test_a_cut_is_reported_at_its_seam(
    repository: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Only lines removed: the credit and the blank line before it.
    (repository / "posts" / "plain.md").write_text(
        CLEAN[: CLEAN.index("\n[Reuters]")], encoding="utf-8"
    )
    assert diff_findings(capsys, "posts") == [("posts/plain.md", 5, "SRC001")]


@needs_git
def test_a_post_edited_only_by_deleting_is_still_linted(
    repository: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (repository / "posts" / "plain.md").write_text(
        CLEAN.replace("More text here.\n\n", ""), encoding="utf-8"
    )
    assert diff_findings(capsys, "posts") == []
    assert linted("posts") == ["posts/plain.md"]


@needs_git
@pytest.mark.parametrize("where", ["sub", "dot", "dot-file"])
def test_paths_given_from_a_subdirectory_or_with_dot(
    repository: Path,
    capsys: pytest.CaptureFixture[str],
    where: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    (repository / "posts" / 'quo"te.md').write_text(OPEN_QUOTE, encoding="utf-8")
    if where == "sub":
        monkeypatch.chdir(repository / "posts")
        assert diff_findings(capsys, ".") == [('./quo"te.md', 3, "QUO001")]
    elif where == "dot":
        assert diff_findings(capsys, "./posts") == [('./posts/quo"te.md', 3, "QUO001")]
    else:
        named = './posts/quo"te.md'
        assert diff_findings(capsys, named) == [(named, 3, "QUO001")]


@needs_git
@pytest.mark.parametrize("name", ['new "un\\tracked".md', "new\ttab.md", "new\nline.md"])
def test_an_untracked_post_with_a_quoted_name_is_changed_everywhere(
    repository: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    (repository / "posts" / f"x{name}").write_text(OPEN_QUOTE, encoding="utf-8")
    assert diff_findings(capsys, "posts") == [(f"posts/x{name}", 3, "QUO001")]


@needs_git
def test_a_new_staged_post_is_changed_everywhere(
    repository: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (repository / "posts" / 'st"aged.md').write_text(OPEN_QUOTE, encoding="utf-8")
    git(repository, "add", "posts")
    assert diff_findings(capsys, "posts") == [('posts/st"aged.md', 3, "QUO001")]


@needs_git
def test_a_post_git_shows_as_binary_is_changed_everywhere(
    repository: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (repository / ".gitattributes").write_text("plain.md -diff\n", encoding="utf-8")
    (repository / "posts" / "plain.md").write_text(OPEN_QUOTE, encoding="utf-8")
    assert diff_findings(capsys, "posts") == [("posts/plain.md", 3, "QUO001")]


@needs_git
def test_a_post_without_a_final_newline(
    repository: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (repository / "posts" / "plain.md").write_text(OPEN_QUOTE.rstrip("\n"), encoding="utf-8")
    assert diff_findings(capsys, "posts") == [("posts/plain.md", 3, "QUO001")]


@needs_git
@pytest.mark.parametrize(
    "settings",
    [
        "[diff]\n\tnoprefix = true\n",
        "[diff]\n\tmnemonicPrefix = true\n",
        "[color]\n\tdiff = always\n\tui = always\n",
        "[diff]\n\trelative = true\n\trenames = false\n\tnoprefix = true\n",
    ],
)
def test_the_users_git_configuration_changes_nothing(
    repository: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path_factory: pytest.TempPathFactory,
    settings: str,
) -> None:
    configuration = tmp_path_factory.mktemp("home") / "gitconfig"
    configuration.write_text(settings, encoding="utf-8")
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(configuration))
    (repository / "posts" / "my post.md").write_text(OPEN_QUOTE, encoding="utf-8")
    (repository / "posts" / "plain.md").write_text(OPEN_QUOTE, encoding="utf-8")
    assert diff_findings(capsys, "posts") == [
        ("posts/my post.md", 3, "QUO001"),
        ("posts/plain.md", 3, "QUO001"),
    ]


@needs_git
def test_a_branch_behind_its_base_is_not_blamed_for_what_only_the_base_changed(
    repository: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # --diff main is git diff main...: since the merge base, as a pull request shows it.
    git(repository, "checkout", "--quiet", "-b", "feature")
    (repository / "posts" / "plain.md").write_text(OPEN_QUOTE, encoding="utf-8")
    git(repository, "commit", "--quiet", "-am", "Feature")
    git(repository, "checkout", "--quiet", "main")
    (repository / "posts" / "old.md").write_text(OPEN_QUOTE, encoding="utf-8")
    git(repository, "commit", "--quiet", "-am", "Only on main")
    git(repository, "checkout", "--quiet", "feature")
    code = main(["check", "--format", "json", "posts", "--diff", "main"])
    found = [(f["path"], f["line"], f["code"]) for f in json.loads(capsys.readouterr().out)]
    assert (code, found) == (1, [("posts/plain.md", 3, "QUO001")])
    assert Run(RunOptions(paths=("posts",), diff="main")).lint().files == ["posts/plain.md"]


@needs_git
def test_revisions_with_no_common_ancestor_are_one_line_and_exit_2(
    repository: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    git(repository, "checkout", "--quiet", "--orphan", "unrelated")
    git(repository, "commit", "--quiet", "-m", "Unrelated")
    code = main(["check", "posts", "--diff", "main"])
    err = capsys.readouterr().err
    assert code == 2 and "no common ancestor" in err and err.count("\n") == 1


# The parser alone, on git's output as bytes.
RAW_M = b":100644 100644 aaaaaaa 0000000 M\0"


@pytest.mark.parametrize(
    ("output", "expected"),
    [
        (b"", []),
        (RAW_M + b'q"t.md\0\0diff --git "a/q\\"t.md" "b/q\\"t.md"\n@@ -2 +2,3 @@\n-a\n+b\n', [(b'q"t.md', ((2, 4),))]),  # noqa: E501
        (RAW_M + b"d.md\0\0diff --git a/d.md b/d.md\n@@ -4,2 +3,0 @@\n-a\n-b\n", [(b"d.md", ((3, 4),))]),  # noqa: E501
        (RAW_M + b"d.md\0\0diff --git a/d.md b/d.md\n@@ -1 +0,0 @@\n-a\n", [(b"d.md", ((1, 1),))]),
        (b":100644 100644 a b R090\0old.md\0new.md\0\0diff --git a/old.md b/new.md\n@@ -1 +1 @@\n", [(b"new.md", ((1, 1),))]),  # noqa: E501
        (b":100644 100644 a b R100\0old.md\0new.md\0\0diff --git a/old.md b/new.md\nsimilarity index 100%\n", [(b"new.md", ())]),  # noqa: E501
        (b":000000 100644 0 a A\0n.md\0\0diff --git a/n.md b/n.md\n@@ -0,0 +1,9 @@\n", [(b"n.md", None)]),  # noqa: E501
        (RAW_M + b"b.md\0\0diff --git a/b.md b/b.md\nBinary files a/b.md and b/b.md differ\n", [(b"b.md", None)]),  # noqa: E501
        (RAW_M + b"caf\xc3\xa9.md\0\0diff --git \"a/caf\\303\\251.md\" \"b/caf\\303\\251.md\"\n@@ -1 +1 @@\n", [(b"caf\xc3\xa9.md", ((1, 1),))]),  # noqa: E501
        # Sections that do not pair with the names: every file counts everywhere.
        (RAW_M + b"a.md\0" + RAW_M + b"b.md\0\0diff --git a/a.md b/a.md\n@@ -1 +1 @@\n", [(b"a.md", None), (b"b.md", None)]),  # noqa: E501
    ],
)  # fmt: skip
def test_changed_files_of_git_output(output: bytes, expected: list[tuple[bytes, object]]) -> None:
    assert changed_files(output) == expected
