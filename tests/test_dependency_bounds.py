"""The lowest version of each dependency pyproject.toml allows really works: they are
installed together in a new environment (from the package index, as a user's pip would),
and the command line's tests run there (issue 17: "typer>=0.12" allowed 0.12.0, whose
--version callback ran on every command, and cli.py imported a module only typer 0.26 has).

Skipped without the index; it takes about a minute."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import venv
from pathlib import Path

import pytest

from citelint.toml import loads
from conftest import ROOT

LOWER_BOUND = re.compile(r"^(?P<name>[A-Za-z0-9_.-]+)\s*>=\s*(?P<version>[0-9][0-9A-Za-z.]*)")


def lowest_allowed() -> list[str]:
    """Each dependency pinned to the lowest version its specifier allows, for this Python."""
    project = loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    pins = []
    for requirement in project["dependencies"]:
        specifier, _, marker = requirement.partition(";")
        if "python_version < '3.11'" in marker and sys.version_info >= (3, 11):
            continue
        found = LOWER_BOUND.match(specifier.strip())
        assert found, f"{requirement!r} has no lower bound"
        pins.append(f"{found['name']}=={found['version']}")
    return pins


def test_every_dependency_has_a_lower_bound() -> None:
    assert len(lowest_allowed()) >= 4


@pytest.mark.slow
def test_the_command_line_works_with_the_lowest_versions_allowed(tmp_path: Path) -> None:
    environment = tmp_path / "lowest"
    venv.create(environment, with_pip=True)
    python = environment / ("Scripts" if os.name == "nt" else "bin") / "python"

    def pip(*arguments: str) -> None:
        done = subprocess.run(
            [str(python), "-m", "pip", "install", "--quiet", *arguments],
            capture_output=True,
            text=True,
            check=False,
            timeout=900,
        )
        if done.returncode != 0 and "No matching distribution" in done.stderr:
            pytest.skip(f"the package index is out of reach: {done.stderr.strip()[-200:]}")
        assert done.returncode == 0, done.stderr

    pip(*lowest_allowed(), "pytest", "jsonschema")
    pip("--no-deps", str(ROOT))
    tests = ["tests/test_cli.py", "tests/test_config.py", "tests/test_report.py"]
    done = subprocess.run(
        [str(python), "-m", "pytest", "-q", "-p", "no:cacheprovider", *tests],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        timeout=900,
    )
    assert done.returncode == 0, done.stdout[:6000] + done.stderr[-2000:]
