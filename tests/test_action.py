"""The GitHub Action's lint step, run as GitHub runs it: bash, with its inputs as variables."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from conftest import ROOT, git

pytestmark = pytest.mark.skipif(
    shutil.which("git") is None or shutil.which("bash") is None, reason="needs git and bash"
)


def lint_step() -> str:
    action = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
    assert action["runs"]["using"] == "composite"
    (step,) = [step for step in action["runs"]["steps"] if step.get("name") == "Lint"]
    script: str = step["run"]
    return script


def test_the_lint_step_annotates_only_the_changed_lines(tmp_path: Path) -> None:
    git(tmp_path, "init", "--quiet")
    post = tmp_path / "raids.md"
    post.write_text("Raids\n\nHe said “hi.\n\nShe said “no.\n\n[Reuters]\n", encoding="utf-8")
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "--quiet", "-m", "Post")
    post.write_text("Raids\n\nHe said “hi.\n\nShe said “yes.\n\n[Reuters]\n", encoding="utf-8")
    environment = {
        **os.environ,
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}",
        "INPUT_DIFF": "HEAD",
        "INPUT_PATHS": ".",
        "INPUT_ARGS": "--select QUO",
    }
    completed = subprocess.run(
        ["bash", "-e", "-c", lint_step()],
        cwd=tmp_path,
        env=environment,
        capture_output=True,
        text=True,
        check=False,
    )
    assert completed.returncode == 1, completed.stderr
    assert completed.stdout.splitlines() == [
        "::error file=./raids.md,line=5,col=10,endLine=5,endColumn=11,"
        "title=QUO001 unclosed-quotation::Unclosed quotation: “ is never closed; its paragraph "
        "ends at 5:15 with no closing ”, and the next paragraph does not reopen the quotation"
    ]
