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
    [wheel] = tmp_path.glob("citelint-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    shipped = sorted(Path(name).name for name in names if name.startswith("citelint/rules/"))
    expected = sorted(path.name for path in (ROOT / "rules").glob("*.toml"))
    assert shipped == expected and expected
