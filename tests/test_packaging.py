"""The built wheel carries every rule file, so an installed citelint finds them."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from conftest import ROOT


@pytest.mark.slow
def test_wheel_built_from_a_clean_copy_contains_every_rule(tmp_path: Path) -> None:
    if not (ROOT / "pyproject.toml").exists():
        pytest.skip("not running from a source checkout")
    copy = tmp_path / "src-copy"
    shutil.copytree(
        ROOT,
        copy,
        ignore=shutil.ignore_patterns(".git", ".venv", "*.egg-info", "__pycache__", "dist"),
    )
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(tmp_path)],
        cwd=copy,
        check=True,
        capture_output=True,
    )
    [wheel] = tmp_path.glob("citelint_news-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    shipped = sorted(Path(name).name for name in names if name.startswith("citelint/rules/"))
    expected = sorted(path.name for path in (ROOT / "rules").glob("*.toml"))
    assert shipped == expected and expected


def test_the_distribution_is_not_the_other_citelint_and_points_at_its_own_docs() -> None:
    from citelint import DOCUMENTATION_URL, __version__
    from citelint.toml import loads

    project = loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    # "citelint" on PyPI is a LaTeX citation linter: pip install citelint is not this tool.
    assert project["name"] == "citelint-news"
    assert project["scripts"]["citelint"] == "citelint.cli:main"
    assert project["urls"]["Documentation"] == DOCUMENTATION_URL
    assert project["version"] == __version__
    assert "MIT License" in (ROOT / "LICENSE").read_text(encoding="utf-8")


def test_no_private_module_of_a_dependency_is_imported() -> None:
    import re

    private = re.compile(r"^\s*(?:from|import)\s+(?:typer|click|rich|regex|yaml|pathspec)\.?_")
    offenders = [
        f"{path.relative_to(ROOT)}:{number}: {line.strip()}"
        for path in sorted((ROOT / "src").rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if private.match(line)
    ]
    assert offenders == []
