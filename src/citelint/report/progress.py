"""The progress bar of a long run: on standard error, only on a terminal, only for the
reports a person reads there, and only once a run has taken two seconds (a pre-commit run
never shows one). Drawn by rich, imported only when the bar appears."""

from __future__ import annotations

import os
import time
from typing import Any, TextIO

# A run shorter than this never shows a bar.
SHOW_AFTER_SECONDS = 2.0


def progress_wanted(*, quiet: bool, format_name: str, to_file: bool, stream: TextIO) -> bool:
    """Whether a run shows a bar on ``stream``: not with --quiet, not for a machine format
    on standard output, never in a pipe or a CI log (which are no terminal)."""
    if quiet or (format_name not in {"text", "full"} and not to_file):
        return False
    if os.environ.get("CI") or os.environ.get("TERM") == "dumb":
        return False
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


class ProgressBar:
    """Files done of all, and files a second, updated as a run goes; call it with (done,
    total) after each file, and ``close`` it at the end (it leaves no line behind)."""

    def __init__(self, stream: TextIO, clock: Any = time.monotonic) -> None:
        self.stream = stream
        self.clock = clock
        self.started = clock()
        self.bar: Any = None
        self.task: Any = None

    def __call__(self, done: int, total: int) -> None:
        elapsed = self.clock() - self.started
        if self.bar is None:
            if elapsed < SHOW_AFTER_SECONDS or done >= total:
                return
            self._start(total)
        rate = done / elapsed if elapsed > 0 else 0.0
        self.bar.update(self.task, completed=done, rate=f"{rate:,.0f} files/s")

    def _start(self, total: int) -> None:
        from rich.console import Console  # noqa: PLC0415 - only once a bar is shown
        from rich.progress import (  # noqa: PLC0415
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
        )

        self.bar = Progress(
            TextColumn("Linting"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("files, {task.fields[rate]}"),
            TimeElapsedColumn(),
            console=Console(file=self.stream),
            transient=True,
        )
        self.task = self.bar.add_task("lint", total=total, rate="")
        self.bar.start()

    def close(self) -> None:
        if self.bar is not None:
            self.bar.stop()
