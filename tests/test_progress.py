"""The progress bar (issue 18): only on a terminal, only for reports a person reads there,
only after two seconds, never with --quiet, and it leaves nothing behind in the output."""

from __future__ import annotations

import io

import pytest

from citelint.report.progress import SHOW_AFTER_SECONDS, ProgressBar, progress_wanted


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(
    ("quiet", "format_name", "to_file", "stream", "wanted"),
    [
        (False, "text", False, Terminal(), True),
        (True, "text", False, Terminal(), False),  # --quiet
        (False, "json", False, Terminal(), False),  # a machine format on standard output
        (False, "json", True, Terminal(), True),  # written to a file: the terminal is free
        (False, "text", False, io.StringIO(), False),  # a pipe or a CI log
    ],
)
def test_a_bar_is_shown_only_where_a_person_watches(
    monkeypatch: pytest.MonkeyPatch,
    quiet: bool,
    format_name: str,
    to_file: bool,
    stream: io.StringIO,
    wanted: bool,
) -> None:
    monkeypatch.delenv("CI", raising=False)
    monkeypatch.delenv("TERM", raising=False)
    assert (
        progress_wanted(quiet=quiet, format_name=format_name, to_file=to_file, stream=stream)
        == wanted
    )


def test_no_bar_in_ci(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CI", "true")
    assert not progress_wanted(quiet=False, format_name="text", to_file=False, stream=Terminal())


def test_the_bar_appears_only_after_two_seconds() -> None:
    now = [0.0]
    bar = ProgressBar(Terminal(), clock=lambda: now[0])
    bar(10, 1000)
    assert bar.bar is None  # a short run never shows one
    now[0] = SHOW_AFTER_SECONDS + 0.5
    bar(500, 1000)
    assert bar.bar is not None
    bar(1000, 1000)
    bar.close()


def test_a_run_done_before_two_seconds_shows_nothing() -> None:
    stream = Terminal()
    now = [0.0]
    bar = ProgressBar(stream, clock=lambda: now[0])
    for done in range(1, 101):
        bar(done, 100)
    now[0] = 10.0
    bar(100, 100)  # done: no bar for the last update either
    bar.close()
    assert bar.bar is None and stream.getvalue() == ""
