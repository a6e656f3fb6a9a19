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
