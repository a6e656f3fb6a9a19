"""The pre-commit hook, installed by pre-commit itself from this checkout (try-repo).

pre-commit builds the hook's environment with pip from the package index, as it does for
users, so this test needs the index (and takes a minute); it is skipped without pre-commit
or git.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, git

PRE_COMMIT = Path(sys.executable).with_name("pre-commit")

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not PRE_COMMIT.exists() or shutil.which("git") is None,
        reason="pre-commit or git is not installed",
    ),
]

FAILING = """Chinese raids on North Korean defector safe houses

“The crackdown is severe, said Y. H. Kim, chairman of the North Korea Refugees Human Rights \
Association of Korea.

[Reuters]
"""
PASSING = FAILING.replace("severe, said", "severe,” said")


def test_try_repo_runs_the_hook_on_a_failing_and_a_passing_post(tmp_path: Path) -> None:
    repository = tmp_path / "blog"
    repository.mkdir()
    git(repository, "init", "--quiet")
    (repository / "raids.md").write_text(FAILING, encoding="utf-8")
    (repository / "fixed.md").write_text(PASSING, encoding="utf-8")
    git(repository, "add", ".")
    environment = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "cache"), "NO_COLOR": "1"}
    environment.pop("GITHUB_ACTIONS", None)

    def try_repo(*files: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(PRE_COMMIT), "try-repo", str(ROOT), "citelint", "--verbose", "--files", *files],
            cwd=repository,
            env=environment,
            capture_output=True,
            text=True,
            check=False,
            timeout=900,
        )

    failed = try_repo("raids.md", "fixed.md")
    assert failed.returncode == 1, failed.stdout + failed.stderr
    assert "citelint....." in failed.stdout and "Failed" in failed.stdout
    assert "raids.md:3:1: QUO001 Unclosed quotation" in failed.stdout
    assert "Found 1 problem (1 error, 0 warnings) in 1 of 2 files." in failed.stdout
    passed = try_repo("fixed.md")
    assert passed.returncode == 0, passed.stdout + passed.stderr
    assert "Passed" in passed.stdout


def readme_hook_config(repo: str, rev: str) -> str:
    """The README's .pre-commit-config.yaml, pointed at ``repo`` and ``rev``."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("# .pre-commit-config.yaml\n", 1)[1].split("```", 1)[0]
    assert "repo: <this repository's URL>" in block and "rev: v0.1.0" in block
    return block.replace("<this repository's URL>", repo).replace("v0.1.0", rev)


def test_a_new_site_repository_commits_a_post_with_the_readmes_hook(tmp_path: Path) -> None:
    # The README's steps in a new site: its config, pre-commit install, a commit of a post
    # beside a README, a licence, a sitemap, requirements.txt and an SVG. The repository is
    # this checkout's committed HEAD (the README's URL and tag name the published one).
    head = subprocess.run(
        ["git", "rev-parse", "HEAD"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.strip()
    site = tmp_path / "site"
    site.mkdir()
    git(site, "init", "--quiet")
    (site / ".pre-commit-config.yaml").write_text(
        readme_hook_config(str(ROOT), head), encoding="utf-8"
    )
    (site / "README.md").write_text('# My site\n\nRun "make serve.\n', encoding="utf-8")
    (site / "LICENSE").write_text("MIT License\n\nCopyright 2024\n", encoding="utf-8")
    (site / "requirements.txt").write_text("mkdocs>=1.5\n", encoding="utf-8")
    (site / "sitemap.xml").write_text('<?xml version="1.0"?><urlset/>\n', encoding="utf-8")
    (site / "logo.svg").write_text('<svg xmlns="http://www.w3.org/2000/svg"/>\n', "utf-8")
    (site / "_posts").mkdir()
    (site / "_posts" / "raids.md").write_text(PASSING, encoding="utf-8")
    environment = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "cache"), "NO_COLOR": "1"}
    environment.pop("GITHUB_ACTIONS", None)

    def step(*command: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            list(command), cwd=site, env=environment, capture_output=True, text=True,
            check=False, timeout=900,
        )  # fmt: skip

    installed = step(str(PRE_COMMIT), "install")
    assert installed.returncode == 0, installed.stdout + installed.stderr
    git(site, "add", ".")
    committed = step("git", "-c", "user.name=a", "-c", "user.email=a@b.c", "commit", "-m", "Site")
    assert committed.returncode == 0, committed.stdout + committed.stderr
    # git shows the hook's output on standard error.
    assert "citelint....." in committed.stderr and "Passed" in committed.stderr
    # A post that could not be read fails the commit: it is not passed unread.
    (site / "_posts" / "cp1252.txt").write_bytes(b"Titre\n\n\x93Bonjour, said Kim.\n")
    git(site, "add", ".")
    refused = step("git", "-c", "user.name=a", "-c", "user.email=a@b.c", "commit", "-m", "1252")
    assert refused.returncode == 1, refused.stdout + refused.stderr
    shown = refused.stdout + refused.stderr
    assert "Failed" in shown and "LNT002 File not linted: not valid UTF-8" in shown


def test_the_integrations_page_shows_the_readmes_hook_config() -> None:
    page = (ROOT / "docs" / "integrations.md").read_text(encoding="utf-8")
    block = page.split("# .pre-commit-config.yaml\n", 1)[1].split("```", 1)[0]
    assert block.replace("<this repository's URL>", "R") == readme_hook_config("R", "v0.1.0")


def test_the_readmes_rev_is_a_tag_of_this_repository() -> None:
    tags = subprocess.run(
        ["git", "tag", "--list"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.split()
    if not tags:
        pytest.skip("this clone has no tags (a shallow or tag-less clone)")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("# .pre-commit-config.yaml\n", 1)[1].split("```", 1)[0]
    [rev] = [line.split(":", 1)[1].strip() for line in block.splitlines() if "rev:" in line]
    assert rev in tags


def test_the_hook_runs_once_for_all_files_on_content_types_only() -> None:
    import yaml

    [hook] = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    # One process: pre-commit's split over the cores paid start-up and printed a summary twice.
    assert hook["require_serial"] is True
    assert hook["entry"] == "citelint check --force-exclude"
    assert hook["types_or"] == ["markdown", "plain-text", "html"]  # not XML: sitemaps, SVGs
