"""The fuzz target: one input is a format byte and the bytes of a file. citelint must turn it
into findings, or into one InputError, RuleError or ConfigError; every finding must lie inside
the file. Anything else raises, and is a bug. Used by fuzz/fuzz_citelint.py (atheris) and by
tests/test_fuzz_regressions.py, which replays every crash found.
"""

from __future__ import annotations

from contextlib import suppress
from pathlib import Path

from citelint.config import parse_config
from citelint.document import Document
from citelint.engine import lint_document
from citelint.errors import ConfigError, InputError, RuleError
from citelint.readers import FORMATS, read_document
from citelint.rules import load_rules, parse_rule
from citelint.toml import tomllib

RULES = load_rules()
FORMAT_NAMES = [*FORMATS, "rule", "config"]
SUFFIXES = {"text": ".txt", "markdown": ".md", "html": ".html", "wxr": ".xml", "jsonl": ".jsonl"}


def check_document(document: Document) -> None:
    length = len(document.written)
    for violation in lint_document(document, RULES):
        span = document.file_span(violation.span)
        assert 0 <= span.start <= span.end <= length, (violation, span, length)
        assert 1 <= violation.start.line <= len(document.line_starts), violation
        assert violation.start.column >= 1, violation
        assert violation.end.column >= 1, violation


def run_input(data: bytes) -> None:
    if not data:
        return
    kind = FORMAT_NAMES[data[0] % len(FORMAT_NAMES)]
    body = data[1:]
    if kind == "rule":
        with suppress(RuleError):
            parse_rule(body.decode("utf-8", "replace"), "fuzz.toml")
        return
    if kind == "config":
        try:
            table = tomllib.loads(body.decode("utf-8", "replace"))
        except tomllib.TOMLDecodeError:
            return
        with suppress(ConfigError):
            parse_config(table, Path("citelint.toml"))
        return
    try:
        document = read_document(f"fuzz{SUFFIXES[kind]}", body, kind)
    except InputError:
        return
    check_document(document)
