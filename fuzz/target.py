"""The fuzz targets: what citelint must do with any bytes given to each of its readers and
loaders. Used by fuzz/fuzz_citelint.py (atheris), fuzz/run_all.py and
tests/test_fuzz_regressions.py, which replays every crash found; it imports citelint only,
never atheris.

Each target takes the bytes of one file and must turn them into findings or into the one
error of its area (``InputError`` for a post, ``RuleError`` for a rule file, ``ConfigError``
for a configuration or a baseline); anything else raises, and is a bug. Every finding must lie
inside the file, every report format must render it, and a baseline written from a baseline
must read back as the same baseline.

``run_input`` is the one-input-all-targets form: a first byte picks the target (its index in
``TARGETS``, modulo their number) and the rest is the file. ``run_target(name, data)`` runs
one target on a whole input, for fuzzing one format at a time with its own dictionary.
"""

from __future__ import annotations

import atexit
import importlib
import json
import shutil
import tempfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

# Imported here rather than where citelint first needs them, so that a fuzzer that imports
# this module under instrumentation sees their branches too (citelint imports readers,
# report formats and YAML lazily, on first use).
import markdown_it  # noqa: F401
import yaml  # noqa: F401

from citelint import config as config_module
from citelint import patterns
from citelint.baseline import apply_baseline, load_baseline, render_baseline
from citelint.config import Rulebook, Settings, configures_citelint, load_config
from citelint.document import Document
from citelint.engine import Violation, lint_document
from citelint.errors import ConfigError, InputError, RuleError
from citelint.originals import SourceArchive
from citelint.readers import FORMATS, read_document
from citelint.report import FORMATS as REPORT_FORMATS
from citelint.report import Report, render
from citelint.rules import Rule, load_rules, parse_rule

for _module in (*FORMATS.values(), *REPORT_FORMATS.values()):
    importlib.import_module(_module)

READERS = tuple(FORMATS)
# The order is the meaning of run_input's first byte: new targets go at the end, so that the
# crash corpus (tests/fuzz_regressions/) keeps its meaning.
TARGETS: tuple[str, ...] = (*READERS, "rule", "config", "pyproject", "baseline")
FORMAT_NAMES = list(TARGETS)  # the name the first harness used
SUFFIXES = {"text": ".txt", "markdown": ".md", "html": ".html", "wxr": ".xml", "jsonl": ".jsonl"}

ROOT = Path(__file__).resolve().parents[1]
RULES = load_rules()
KNOWN_CODES = frozenset(rule.code for rule in RULES)
# Patterns a fuzzed rule or rule-options bring may backtrack for ever; citelint stops them at
# its time limit, which is correct and only slow, so the fuzzer gives them far less time.
# The built-in rules keep the real limit: one of their patterns running slow is a bug to see.
FUZZED_PATTERN_SECONDS = 0.05
REPORTED_FINDINGS = 20

WORK = Path(tempfile.mkdtemp(prefix="citelint-fuzz-"))
atexit.register(shutil.rmtree, WORK, True)
SOURCES = WORK / "sources"
SOURCES.mkdir()
# The first paragraphs of the Reuters story two of the example's posts excerpt: enough for
# pairing and the VRF rules to find shared text, small enough to index for every input.
_ORIGINAL = (ROOT / "tests" / "fixtures" / "reuters-underground-railroad.txt").read_bytes()[:3000]
_ORIGINAL = _ORIGINAL[: _ORIGINAL.rfind(b"\n\n")]
(SOURCES / "reuters.txt").write_bytes(_ORIGINAL)
ORIGINALS = SourceArchive.of_documents(
    SOURCES, [read_document(str(SOURCES / "reuters.txt"), _ORIGINAL)]
).originals
# A short real post, linted under each fuzzed configuration and rule-options.
SAMPLE = read_document(
    str(WORK / "post.txt"),
    (ROOT / "examples" / "north-korean-refugees.txt").read_bytes()[:2500],
)


# -- the readers ---------------------------------------------------------------------------------


def archive() -> SourceArchive:
    # A new one for every input: an archive caches pairings by path and collects problems,
    # so one kept across inputs would make a crash depend on the inputs before it.
    return SourceArchive(SOURCES, ORIGINALS, [])


def check_violations(document: Document, violations: Sequence[Violation]) -> None:
    length = len(document.written)
    for violation in violations:
        span = document.file_span(violation.span)
        assert 0 <= span.start <= span.end <= length, (violation, span, length)
        assert 1 <= violation.start.line <= len(document.line_starts), violation
        assert violation.start.column >= 1, violation
        assert violation.end.column >= 1, violation
    if violations:
        # Rendering costs more than linting: the first findings, and only the rules found
        # (SARIF describes every rule it is given), show what a format does with this file.
        shown = tuple(violations[:REPORTED_FINDINGS])
        rules = tuple({violation.rule.code: violation.rule for violation in shown}.values())
        report = Report(violations=shown, files=(document.path,), rules=rules)
        for name in REPORT_FORMATS:
            # What a report says must reach a file or a terminal as UTF-8.
            rendered = render(name, report).encode("utf-8")
            if name in {"json", "sarif", "gitlab"}:
                json.loads(rendered)


def check_document(document: Document, rules: Sequence[Rule] = RULES) -> None:
    violations = lint_document(document, rules, KNOWN_CODES, archive())
    check_violations(document, violations)


def read(target: str, data: bytes) -> None:
    try:
        document = read_document(str(WORK / f"post{SUFFIXES[target]}"), data, target)
    except InputError:
        return
    check_document(document)


# -- rule files, configuration, baselines --------------------------------------------------------


@contextmanager
def fuzzed_patterns() -> Iterator[None]:
    saved = patterns.PATTERN_TIMEOUT_SECONDS
    patterns.PATTERN_TIMEOUT_SECONDS = FUZZED_PATTERN_SECONDS
    try:
        yield
    finally:
        patterns.PATTERN_TIMEOUT_SECONDS = saved


def rule_file(data: bytes) -> None:
    source = data.decode("utf-8", "replace")
    try:
        rule = parse_rule(source, str(WORK / "HSE001.toml"))
        if rule.options_from is not None:
            # Resolving options-from needs the other rules: load it as a user's directory is.
            directory = WORK / "rules"
            shutil.rmtree(directory, ignore_errors=True)
            directory.mkdir()
            (directory / "HSE001.toml").write_text(source, encoding="utf-8")
            rule = next(r for r in load_rules([directory]) if r.path.startswith(str(directory)))
    except RuleError:
        return
    with fuzzed_patterns():
        for number, example in enumerate((*rule.bad_examples, *rule.good_examples)[:6]):
            try:
                document = read_document(str(WORK / f"example-{number}.txt"), example.encode())
            except InputError:
                continue  # an example of a file that cannot be read (LNT002's)
            check_document(document, [rule])


def _builtin_rules(extra_directories: Sequence[Path] = ()) -> tuple[Rule, ...]:
    return RULES if not extra_directories else load_rules(extra_directories)


@contextmanager
def builtin_rules_read_once() -> Iterator[None]:
    """The built-in rules are the same for every input, and reading them takes 10 ms: far
    more than the rest of a configuration input. Same rules, same result, read once."""
    saved = config_module.load_rules
    config_module.load_rules = _builtin_rules  # type: ignore[assignment]
    try:
        yield
    finally:
        config_module.load_rules = saved


def configured(settings: Settings) -> None:
    """Use settings as a run does: paths against its globs, the rules it selects and their
    overridden severities and options, run over a real post."""
    for path in ("post.md", "drafts/a.md", "archive/2019/x.txt", "a/b/c.html", "../out.txt"):
        where = settings.root / path
        settings.is_excluded(where)
        settings.ignored_for(where)
        settings.input_format_for(where)
    settings.describe()
    # Rule directories named by a fuzzed file could be anywhere on this machine.
    local = replace(settings, rules=())
    rulebook = Rulebook()
    with builtin_rules_read_once():
        rulebook.all_rules(local)
        rules = rulebook.for_file(local, str(local.root / "post.txt"))
    if settings.severity or settings.rule_options:
        with fuzzed_patterns():
            check_document(SAMPLE, rules)


def configuration(data: bytes, name: str = "citelint.toml") -> None:
    path = WORK / name
    path.write_bytes(data)
    try:
        if not configures_citelint(path):
            return
        settings = load_config(path)
        configured(settings)
    except ConfigError:
        return


def pyproject(data: bytes) -> None:
    configuration(data, "pyproject.toml")


# Findings the baselines are matched against: those of a real post, at a path the baseline
# seeds name (relative to the baseline's directory).
BASELINE_VIOLATIONS = lint_document(SAMPLE, RULES)


def baseline(data: bytes) -> None:
    path = WORK / "citelint-baseline.json"
    path.write_bytes(data)
    try:
        counts = load_baseline(path)
        apply_baseline(BASELINE_VIOLATIONS, path, [SAMPLE.path])
    except ConfigError:
        return
    # Written again from itself (no files linted, so every entry is kept), a baseline says
    # the same: what --write-baseline does to an existing one on a partial run.
    again = WORK / "citelint-baseline-again.json"
    again.write_text(render_baseline([], path), encoding="utf-8")
    assert load_baseline(again) == counts, "a baseline written from itself reads back otherwise"


# -- dispatch ------------------------------------------------------------------------------------

LOADERS: dict[str, Callable[[bytes], None]] = {
    "rule": rule_file,
    "config": configuration,
    "pyproject": pyproject,
    "baseline": baseline,
}


def run_target(target: str, data: bytes) -> None:
    """Run ``target`` on the bytes of one file; raises only if citelint has a bug."""
    if target in LOADERS:
        LOADERS[target](data)
    else:
        read(target, data)


def run_input(data: bytes) -> None:
    """The first byte picks the target, the rest is the file."""
    if not data:
        return
    run_target(target_of(data), data[1:])


def target_of(data: bytes) -> str:
    return TARGETS[data[0] % len(TARGETS)]


def with_target(target: str, data: bytes) -> bytes:
    """An input of ``target`` in run_input's form: what the crash corpus keeps."""
    return bytes([TARGETS.index(target)]) + data
