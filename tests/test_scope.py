"""Which files a run lints in a site's repository (issue 17, problem 3): the files that are
never posts are excluded by default, ``include`` names the content, ``.gitignore`` is
honoured in directory walks, and a file named on the command line is linted unless
``--force-exclude`` (the hook) says otherwise."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from citelint.cli import main
from citelint.run import Run, RunOptions
from conftest import git

POST = "---\ntitle: A post\n---\n\n“We are scared,” said Kim.\n\n[Reuters]\n"
# What a site's repository holds beside its posts, each with a defect a post would be
# reported for: a README and a licence are prose, and without a credit.
NOT_POSTS = {
    "README.md": '# My site\n\nRun "make serve.\n',
    "LICENSE.txt": 'MIT License\n\nCopyright "2024 me\n',
    "LICENSE": "MIT License\n",
    "CHANGELOG.md": '# Changes\n\n- Fixed "the bug.\n',
    "CONTRIBUTING.md": '# Contributing\n\nSay "hi.\n',
    "requirements.txt": "requests>=2\n",
    "requirements-dev.txt": "pytest\n",
    "robots.txt": "User-agent: *\nDisallow:\n",
    "humans.txt": '/* TEAM */\nDeveloper: "Kim\n',
    "sitemap.xml": '<?xml version="1.0"?><urlset/>\n',
    "logo.svg": '<svg xmlns="http://www.w3.org/2000/svg"/>\n',
    "docs/readme.md": 'How to "build.\n',
}


@pytest.fixture
def site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for name, text in {**NOT_POSTS, "_posts/2024-01-01-raids.md": POST}.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def linted(*paths: str, force_exclude: bool = False) -> list[str]:
    result = Run(RunOptions(paths=paths, force_exclude=force_exclude)).lint()
    assert result.unlinted == [], result.unlinted_reasons
    return result.files


def test_a_walk_of_a_site_lints_its_posts_only(site: Path) -> None:
    assert linted(".") == ["./_posts/2024-01-01-raids.md"]


def test_a_site_passes_with_its_readme_and_licence_beside_the_posts(
    site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", "."]) == 0
    assert capsys.readouterr().out == "All checks passed.\n"


def test_a_file_that_is_never_a_post_named_on_the_command_line_is_linted(site: Path) -> None:
    assert linted("README.md") == ["README.md"]


def test_with_force_exclude_the_files_that_are_never_posts_are_skipped(site: Path) -> None:
    names = [name for name in NOT_POSTS if not name.endswith((".svg", ".xml"))]
    assert linted(*names, "_posts/2024-01-01-raids.md", force_exclude=True) == [
        "_posts/2024-01-01-raids.md"
    ]


def test_exclude_replaces_the_defaults(site: Path) -> None:
    (site / "citelint.toml").write_text('exclude = ["_posts"]\n', encoding="utf-8")
    assert "./README.md" in linted(".")
    assert "./_posts/2024-01-01-raids.md" not in linted(".")


def test_include_names_the_content(site: Path) -> None:
    (site / "pages").mkdir()
    (site / "pages" / "about.md").write_text(POST, encoding="utf-8")
    (site / "citelint.toml").write_text('include = ["_posts/**"]\n', encoding="utf-8")
    assert linted(".") == ["./_posts/2024-01-01-raids.md"]
    # The hook: a changed file that is not content is skipped; one named by hand is linted.
    assert linted("pages/about.md", "_posts/2024-01-01-raids.md", force_exclude=True) == [
        "_posts/2024-01-01-raids.md"
    ]
    assert linted("pages/about.md") == ["pages/about.md"]


needs_git = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


@needs_git
def test_a_walk_skips_what_gitignore_ignores(site: Path) -> None:
    git(site, "init", "--quiet")
    (site / ".gitignore").write_text("drafts/\n*.tmp.md\n!keep.tmp.md\n", encoding="utf-8")
    (site / "_posts" / ".gitignore").write_text("/2019-*\n", encoding="utf-8")
    for name in ("drafts/a.md", "_posts/x.tmp.md", "_posts/keep.tmp.md", "_posts/2019-old.md"):
        (site / name).parent.mkdir(exist_ok=True)
        (site / name).write_text(POST, encoding="utf-8")
    assert linted(".") == ["./_posts/2024-01-01-raids.md", "./_posts/keep.tmp.md"]
    # From inside the work tree, the ignores above the walk's directory apply too.
    assert linted("_posts") == ["_posts/2024-01-01-raids.md", "_posts/keep.tmp.md"]
    # Named, an ignored file is linted.
    assert linted("drafts/a.md") == ["drafts/a.md"]


@needs_git
def test_respect_gitignore_false_lints_ignored_files(site: Path) -> None:
    git(site, "init", "--quiet")
    (site / ".gitignore").write_text("_posts/\n", encoding="utf-8")
    assert linted(".") == []
    (site / "citelint.toml").write_text("respect-gitignore = false\n", encoding="utf-8")
    assert linted(".") == ["./_posts/2024-01-01-raids.md"]


def test_a_gitignore_outside_a_work_tree_is_not_read(site: Path) -> None:
    (site / ".gitignore").write_text("_posts/\n", encoding="utf-8")
    assert linted(".") == ["./_posts/2024-01-01-raids.md"]


@pytest.mark.parametrize(
    ("setting", "message"),
    [
        ("include = 'content'", "key 'include': expected an array of strings, got a string"),
        ("respect-gitignore = 1", "key 'respect-gitignore': expected true or false, got an"),
    ],
)
def test_a_bad_include_or_respect_gitignore_is_one_line(
    site: Path, capsys: pytest.CaptureFixture[str], setting: str, message: str
) -> None:
    (site / "citelint.toml").write_text(setting + "\n", encoding="utf-8")
    assert main(["check", "."]) == 2
    assert message in capsys.readouterr().err
