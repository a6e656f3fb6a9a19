"""--jobs: a run in a pool of processes reports exactly what one process does, in every
format (issue 18). The fixtures (88 real news posts and more) and, where it is, the shared
corpus."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from citelint.parallel import FILES_PER_WORKER, workers_for
from conftest import FIXTURES, SHARED

FORMATS = ("text", "full", "json", "json-lines", "github", "sarif", "junit", "gitlab")


def check(*argv: str) -> tuple[int, str, str]:
    done = subprocess.run(
        [sys.executable, "-m", "citelint", "check", "--isolated", *argv],
        capture_output=True,
        text=True,
        check=False,
    )
    return done.returncode, done.stdout, done.stderr


@pytest.mark.parametrize("output_format", FORMATS)
def test_two_jobs_give_the_output_of_one_in_every_format(output_format: str) -> None:
    one = check("--jobs", "1", "--format", output_format, str(FIXTURES))
    two = check("--jobs", "2", "--format", output_format, str(FIXTURES))
    assert one[1] and one == two


@pytest.mark.slow
@pytest.mark.parametrize("folder", ["18f-blog", "globalvoices", "wikinews-gum"])
def test_two_jobs_give_the_output_of_one_on_the_shared_corpus(folder: str) -> None:
    corpus = SHARED / "corpus" / folder
    if not corpus.is_dir():
        pytest.skip(f"no corpus at {corpus}")
    assert check("--jobs", "1", str(corpus)) == check("--jobs", "2", str(corpus))


def test_a_small_run_or_standard_input_stays_in_one_process() -> None:
    few = [(f"post{number}.md", False) for number in range(FILES_PER_WORKER * 2 - 1)]
    assert workers_for(8, few) == 1  # pre-commit's handful of files pays no pool
    many = [(f"post{number}.md", False) for number in range(FILES_PER_WORKER * 8)]
    assert workers_for(2, many) == 2 and workers_for(1, many) == 1
    assert workers_for(8, [*many, (None, True)]) == 1


def test_files_not_linted_and_problems_come_back_from_the_workers(tmp_path: Path) -> None:
    posts = tmp_path / "posts"
    posts.mkdir()
    for number in range(FILES_PER_WORKER * 3):
        (posts / f"post{number:03}.txt").write_text(
            f"Post {number}\n\nHe said “hi.\n\n[AP]\n", encoding="utf-8"
        )
    (posts / "post010.txt").write_bytes(b"Titre\n\n\x93Bonjour, said Kim.\n")
    one, two = check("--jobs", "1", str(posts)), check("--jobs", "2", str(posts))
    assert one == two and one[0] == 1
    assert "post010.txt:1:1: LNT002 File not linted: not valid UTF-8" in two[1]
    assert two[1].splitlines()[-1] == (
        f"Found {FILES_PER_WORKER * 3} problems ({FILES_PER_WORKER * 3} errors, 0 warnings) in "
        f"{FILES_PER_WORKER * 3 - 1} files linted; 1 file could not be linted."
    )
