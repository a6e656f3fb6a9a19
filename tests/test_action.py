"""The GitHub Action, run as GitHub runs a composite action: each step's script in bash,
with its inputs and the variables GitHub sets (GITHUB_WORKSPACE, RUNNER_TEMP,
GITHUB_STEP_SUMMARY…), in a shallow clone of a pull request's branch."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from conftest import ROOT, git

pytestmark = pytest.mark.skipif(
    shutil.which("git") is None or shutil.which("bash") is None, reason="needs git and bash"
)

POST = "Raids\n\nHe said “hi.”\n\nShe said “no.”\n\n[Reuters]\n"
EXPRESSION = re.compile(r"\$\{\{\s*([a-z_.-]+)\s*\}\}")


def action() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
    assert loaded["runs"]["using"] == "composite"
    return loaded


def run_step(
    step: dict[str, Any], context: dict[str, str], cwd: Path
) -> subprocess.CompletedProcess[str]:
    """One step's script, its env's ${{ … }} expressions replaced from ``context``."""
    environment = {**os.environ, **{k: v for k, v in context.items() if k.isupper()}}
    for name, value in step.get("env", {}).items():
        environment[name] = EXPRESSION.sub(lambda found: context[found.group(1)], str(value))
    return subprocess.run(
        ["bash", "-e", "-c", step["run"]],
        cwd=cwd,
        env=environment,
        capture_output=True,
        text=True,
        check=False,
        timeout=900,
    )


def pull_request(tmp_path: Path) -> Path:
    """A shallow clone (as actions/checkout makes one) of a branch that adds a defect, in
    a repository whose main has moved on since the branch left it."""
    upstream = tmp_path / "upstream"
    upstream.mkdir()
    git(upstream, "init", "--quiet", "--initial-branch=main")
    (upstream / "content").mkdir()
    (upstream / "content" / "old.md").write_text(POST, encoding="utf-8")
    git(upstream, "add", ".")
    git(upstream, "commit", "--quiet", "-m", "Old post")
    git(upstream, "checkout", "--quiet", "-b", "feature")
    (upstream / "content" / "raids.md").write_text(POST.replace("“no.”", "“no."), "utf-8")
    git(upstream, "add", ".")
    git(upstream, "commit", "--quiet", "-m", "A post with a defect")
    git(upstream, "checkout", "--quiet", "main")
    (upstream / "content" / "old.md").write_text(POST.replace("“hi.”", "“hi."), "utf-8")
    git(upstream, "commit", "--quiet", "-am", "A defect only main has")
    workspace = tmp_path / "workspace"
    git(
        tmp_path, "clone", "--quiet", "--depth=1", "--branch=feature",
        f"file://{upstream}", str(workspace),
    )  # fmt: skip
    return workspace


@pytest.mark.slow
def test_the_action_lints_a_pull_request_in_its_own_environment(tmp_path: Path) -> None:
    workspace = pull_request(tmp_path)
    runner_temp = tmp_path / "runner"
    runner_temp.mkdir()
    summary = runner_temp / "step_summary.md"
    github_path = runner_temp / "github_path"
    context = {
        "inputs.paths": "content",
        "inputs.diff": "origin/main",
        "inputs.args": "",
        "inputs.sarif": str(runner_temp / "citelint.sarif"),
        "inputs.python": sys.executable,
        "github.action_path": str(ROOT),
        "runner.temp": str(runner_temp),
        "GITHUB_ACTIONS": "true",
        "GITHUB_WORKSPACE": str(workspace),
        "GITHUB_STEP_SUMMARY": str(summary),
        "GITHUB_PATH": str(github_path),
        "GITHUB_EVENT_NAME": "pull_request",
        "RUNNER_TEMP": str(runner_temp),
    }
    steps = action()["runs"]["steps"]
    # The job's Python is the user's: no setup-python, nothing added to PATH.
    assert not any("setup-python" in step.get("uses", "") for step in steps)
    results = {step["name"]: run_step(step, context, workspace) for step in steps}
    for name in ("Install citelint", "Fetch the history of the comparison"):
        assert results[name].returncode == 0, results[name].stderr
    lint = results["Lint"]
    assert lint.returncode == 1, lint.stderr
    # Only the branch's defect, at a path GitHub attaches to the pull request's lines.
    assert lint.stdout.splitlines() == [
        "::error file=content/raids.md,line=5,col=10,endLine=5,endColumn=11,"
        "title=QUO001 unclosed-quotation::Unclosed quotation: “ is never closed; its paragraph "
        "ends at 5:14 with no closing ”, and the next paragraph does not reopen the quotation"
    ]
    shown = summary.read_text(encoding="utf-8")
    assert "**Found 1 problem (1 error, 0 warnings) in 1 file.**" in shown
    assert "| QUO001 | unclosed-quotation | error | 1 |" in shown
    assert "| `content/raids.md:5:10` | QUO001 | Unclosed quotation:" in shown
    sarif = json.loads((runner_temp / "citelint.sarif").read_text(encoding="utf-8"))
    [result] = sarif["runs"][0]["results"]
    assert result["ruleId"] == "QUO001"
    assert not github_path.exists()


def test_the_lint_step_uses_the_actions_own_environment(tmp_path: Path) -> None:
    (lint,) = [step for step in action()["runs"]["steps"] if step["name"] == "Lint"]
    git(tmp_path, "init", "--quiet")
    post = tmp_path / "raids.md"
    post.write_text(POST, encoding="utf-8")
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "--quiet", "-m", "Post")
    post.write_text(POST.replace("“no.”", "“yes."), encoding="utf-8")
    context = {
        "inputs.paths": ".",
        "inputs.diff": "HEAD",
        "inputs.args": "--select QUO",
        "inputs.sarif": "",
        # The environment the install step makes: here, the one running these tests.
        "runner.temp": str(tmp_path / "runner"),
        "GITHUB_WORKSPACE": str(tmp_path),
    }
    venv = tmp_path / "runner" / "citelint-venv"
    (venv / "bin").mkdir(parents=True)
    (venv / "bin" / "citelint").symlink_to(Path(sys.executable).with_name("citelint"))
    completed = run_step(lint, context, tmp_path)
    assert completed.returncode == 1, completed.stderr
    assert completed.stdout.splitlines() == [
        "::error file=raids.md,line=5,col=10,endLine=5,endColumn=11,"
        "title=QUO001 unclosed-quotation::Unclosed quotation: “ is never closed; its paragraph "
        "ends at 5:15 with no closing ”, and the next paragraph does not reopen the quotation"
    ]
