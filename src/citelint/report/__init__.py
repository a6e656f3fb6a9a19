"""Output formats: pure functions from violations to text. Only the CLI prints."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from citelint.engine import Violation
from citelint.report import json_format, text_format

Formatter = Callable[[Sequence[Violation]], str]

FORMATS: dict[str, Formatter] = {
    "text": text_format.render,
    "json": json_format.render,
}
