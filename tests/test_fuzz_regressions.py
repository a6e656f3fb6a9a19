"""Every input the fuzzer (fuzz/fuzz_citelint.py) made crash citelint, replayed: each must now
give findings or one clear error."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from conftest import ROOT

sys.path.insert(0, str(ROOT / "fuzz"))
from target import run_input

REGRESSIONS = sorted((Path(__file__).parent / "fuzz_regressions").iterdir())


@pytest.mark.parametrize("path", REGRESSIONS, ids=lambda path: path.name)
def test_a_crash_found_by_fuzzing_stays_fixed(path: Path) -> None:
    run_input(path.read_bytes())
