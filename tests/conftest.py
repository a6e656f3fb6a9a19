from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from citelint.engine import Violation, lint_document, not_linted
from citelint.errors import InputError
from citelint.originals import SourceArchive
from citelint.readers import read_document
from citelint.rules import Rule, load_rules, select_rules

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "examples" / "north-korean-refugees.txt"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SHARED = ROOT.parent / "shared"

RULES = load_rules()


def lint(
    text: str,
    path: str = "post.txt",
    select: tuple[str, ...] = (),
    original: str | None = None,
) -> list[Violation]:
    """Lint ``text`` as if it were the file ``path`` (the suffix picks the reader), against
    ``original`` as the archived story it excerpts when one is given."""
    rules: tuple[Rule, ...] = select_rules(RULES, select)
    # As in a run: every loaded rule's code is known, whichever rules are selected.
    known = {rule.code for rule in RULES}
    archive = None
    if original is not None:
        story = read_document("sources/original.txt", original.encode("utf-8"))
        archive = SourceArchive.of_documents(Path("sources"), [story])
    try:
        document = read_document(path, text.encode("utf-8"))
    except InputError as error:  # as a run reports it (LNT002)
        found = not_linted(path, error.reason, rules, error.line)
        return [] if found is None else [found]
    return lint_document(document, rules, known, archive)


def problems(
    text: str, select: tuple[str, ...] = ("QUO",), path: str = "post.txt"
) -> list[tuple[int, int, str]]:
    """(line, column, code) of each finding, the shape the one-line tests compare."""
    return [(v.start.line, v.start.column, v.rule.code) for v in lint(text, path, select)]


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


def git(repository: Path, *arguments: str) -> None:
    """Run git in ``repository`` as a test author, failing the test if git fails."""
    subprocess.run(
        ["git", "-c", "user.name=citelint", "-c", "user.email=test@example.org", *arguments],
        cwd=repository,
        check=True,
        capture_output=True,
    )


_AT_LINE = re.compile(r" \(line (?P<line>\d+)\)$")


def located(path: str | Path, message: str) -> tuple[str, str]:
    """Where citelint's one-line error about ``path`` starts, and what it says after that:
    a case written "what is wrong (line N)" is the error ``path:N: what is wrong``, one
    without a line ``path: what is wrong``."""
    found = _AT_LINE.search(message)
    if found is None:
        return f"{path}: ", message
    return f"{path}:{found['line']}: ", message[: found.start()]


def assert_located(error: str, path: str | Path, message: str) -> None:
    """``error`` names ``path``, and the line if ``message`` gives one (any line if not),
    and says ``message``."""
    start, said = located(path, message)
    if start == f"{path}: ":
        assert re.match(rf"{re.escape(str(path))}(?::\d+)?: ", error), error
    else:
        assert error.startswith(start), error
    assert said in error, error


# Variables of the environment a test may run in (a CI service, a user's shell) that change
# what citelint writes: annotation paths, a job summary, colour, the default format.
_AMBIENT = (
    "GITHUB_ACTIONS", "GITHUB_WORKSPACE", "GITHUB_STEP_SUMMARY", "FORCE_COLOR", "NO_COLOR", "CI",
)  # fmt: skip


@pytest.fixture(autouse=True)
def _no_ambient_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test starts from none of them (subprocesses inherit the same), and sets what it
    means to test."""
    for name in _AMBIENT:
        monkeypatch.delenv(name, raising=False)
