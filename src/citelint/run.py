"""One run over the paths a user names: discovery, configuration, reading and linting.

Nothing here prints or exits: problems with files come back as messages, and the CLI
reports them.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from citelint import parallel
from citelint.config import ConfigLoader, Rulebook, Settings
from citelint.conventions import (
    DEFAULT_CONVENTIONS,
    Conventions,
    ConventionsCatalog,
    ConventionsChoice,
    builtin_catalog,
)
from citelint.discovery import discover
from citelint.document import Document
from citelint.engine import RuleFailures, Violation, lint_document, not_linted
from citelint.errors import (
    CitelintError,
    ConfigError,
    ConventionsError,
    InputError,
    NoFilesError,
    NotContentError,
    UnknownConventionsError,
    UnreadablePathError,
    internal_error_reason,
)
from citelint.files import POST, is_directory, read_stream, shown_path
from citelint.originals import SourceArchive
from citelint.readers import (
    DEFAULT_MAX_FILE_BYTES,
    JsonLinesFields,
    format_of,
    load_document,
    read_document,
)
from citelint.rules import Rule

if TYPE_CHECKING:
    from citelint.changes import Changes

STDIN = "-"
# A file to read (None: standard input), and whether it was named on the command line.
Target = tuple[str | None, bool]


@dataclass(frozen=True)
class RunOptions:
    """What the command line asked for; ``stdin`` is standard input, read when ``-`` is
    named."""

    paths: tuple[str, ...]
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    rule_directories: tuple[Path, ...] = ()
    config: Path | None = None
    isolated: bool = False
    force_exclude: bool = False
    input_format: str | None = None
    stdin_filename: str | None = None
    stdin: BinaryIO | None = None
    encoding: str | None = None
    jsonl_fields: JsonLinesFields | None = None
    # A git revision: lint only what changed since it (--diff).
    diff: str | None = None
    # A directory of archived originals (--sources); else the configuration's.
    sources: Path | None = None
    # Larger files are refused with a message (--max-file-size).
    max_file_bytes: int = DEFAULT_MAX_FILE_BYTES
    # The writing conventions every file is read with (--language), instead of the
    # configuration's, and more directories of sets (--conventions).
    language: str | None = None
    conventions: tuple[Path, ...] = ()
    # Whether findings keep the part of their line the file holds (the full format shows it).
    source_lines: bool = True
    # How many processes may lint at once (a large run only: see parallel.workers_for).
    jobs: int = 1


@dataclass
class RunResult:
    """Findings (sorted), the files linted and those that could not be, and the problems met
    on the way."""

    violations: list[Violation] = field(default_factory=list)
    files: list[str] = field(default_factory=list)
    # Files (or directories) that could not be linted: each has its LNT002 finding, unless
    # ignored, when the reason is among ``problems``.
    unlinted: list[str] = field(default_factory=list)
    # Why, in a line each naming the file: for outputs that are not read as text.
    unlinted_reasons: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    # Whether a path named on the command line could not be read at all (exit code 2).
    unreadable: bool = False
    # Files left out because of a bug in citelint (exit code 2).
    internal_errors: int = 0
    # Rules stopped for the rest of the run (a pattern out of time): not every file was
    # checked by them, so the run cannot pass (exit code 2).
    stopped_rules: list[str] = field(default_factory=list)


class Run:
    def __init__(self, options: RunOptions) -> None:
        self.options = options
        self.configs = ConfigLoader(options.config, options.isolated)
        self.rulebook = Rulebook(options.select, options.ignore, options.rule_directories)
        self.result = RunResult()
        self.failures = RuleFailures()
        self._archives: dict[Path, SourceArchive] = {}
        self._catalogs: dict[tuple[Path, ...], ConventionsCatalog] = {}
        self._checked: dict[tuple[int, str, tuple[Path, ...]], tuple[Rule, ...]] = {}
        self.changes: Changes | None = None
        if options.diff:
            from citelint.changes import changes_since  # noqa: PLC0415 - git only when asked

            self.changes = changes_since(options.diff)

    @property
    def settings(self) -> Settings:
        """The configuration of the directory the run started in: its own settings
        (``fail-on``) and the rules it reports on."""
        return self.configs.for_path(os.getcwd())

    def archive(self, settings: Settings) -> SourceArchive | None:
        """The originals posts under ``settings`` are checked against, indexed once."""
        directory = self.options.sources or settings.sources
        if directory is None:
            return None
        key = Path(os.path.realpath(directory))
        archive = self._archives.get(key)
        if archive is None:
            if not is_directory(key):
                raise ConfigError(f"{shown_path(directory)}: the sources directory does not exist")
            archive = self._archives[key] = SourceArchive.load(Path(directory))
        return archive

    def conventions(self, settings: Settings, path: str) -> ConventionsChoice:
        """How the posts of ``path`` choose their writing conventions: ``--language``, else
        the configuration's for the path, else en-US; a post's own language may override
        it. The sets of each list of directories are read once a run."""
        directories = (*self.options.conventions, *settings.conventions)
        catalog = self._catalogs.get(directories)
        if catalog is None:
            catalog = self._catalogs[directories] = (
                ConventionsCatalog(directories) if directories else builtin_catalog()
            )
        name = self.options.language or settings.language_for(path) or DEFAULT_CONVENTIONS
        try:
            conventions = catalog.get(name)
        except UnknownConventionsError as error:
            # A bad set's file names itself; an unknown name is told where it was written.
            if self.options.language:
                raise ConventionsError(f"--language: {error}") from None
            if settings.path is not None:
                raise ConventionsError(f"{settings.path}: key 'language': {error}") from None
            raise
        self._check_rules_against(settings, catalog, conventions, directories)
        return ConventionsChoice(catalog, name)

    def _check_rules_against(
        self,
        settings: Settings,
        catalog: ConventionsCatalog,
        conventions: Conventions,
        directories: tuple[Path, ...],
    ) -> None:
        """Refuse a name in a rule's options that no set of conventions knows (a misspelt
        category: the rule would silently report nothing), once for each set of rules and
        conventions. A name only some sets know (estimate, which fr has no pattern for) is
        one the others never give."""
        rules = self.rulebook.all_rules(settings)
        key = (id(rules), conventions.name, directories)
        if key in self._checked:
            return
        self._checked[key] = rules  # kept, so that the id is not reused
        configured = {code for code, _ in settings.rule_options}
        for rule in rules:
            check = rule.kind.unknown_names
            if check is None:
                continue
            unknown = check(rule.options, conventions)
            # Only now are the other sets read: a name one of them knows is fine.
            for other in catalog.names():
                if other != conventions.name and unknown:
                    unknown_there = {item[:2] for item in check(rule.options, catalog.get(other))}
                    unknown = [item for item in unknown if item[:2] in unknown_there]
            for option, name, listed in unknown:
                # Named where the options were written: the configuration's rule-options,
                # else the rule's own file.
                where = (
                    f"{shown_path(str(settings.path))}: key 'rule-options.{rule.code}'"
                    if rule.code in configured and settings.path is not None
                    else f"{shown_path(rule.path)}: {rule.code}"
                )
                raise ConfigError(
                    f"{where}: option '{option}': '{name}' is no category of any writing "
                    f"conventions (the {conventions.name} conventions give {listed})"
                )

    def archive_problems(self) -> list[str]:
        return [problem for archive in self._archives.values() for problem in archive.problems]

    def rules(self) -> tuple[Rule, ...]:
        return self.rulebook.all_rules(self.settings)

    def targets(self) -> list[Target]:
        """What to read, in order: each file discovery finds (None for standard input), with
        whether it was named on the command line; the paths that could not be searched are
        reported on the way, and with --diff only the files it touches are kept."""
        options = self.options
        named = [path for path in options.paths if path != STDIN]
        discovery = discover(
            named,
            self._is_excluded,
            options.force_exclude,
            is_included=lambda path: self.configs.for_path(path).is_included(path),
            respects_gitignore=lambda path: self.configs.for_path(path).respect_gitignore,
        )
        for problem in discovery.problems:
            self._not_linted(problem)
        given = frozenset(named)
        files: list[Target] = [
            (path, path in given)
            for path in discovery.files
            if self.changes is None or self.changes.touches(path)
        ]
        if STDIN in options.paths:
            files.insert(min(options.paths.index(STDIN), len(files)), (None, True))
        return files

    def documents(self) -> Iterator[tuple[Document, Settings]]:
        """Each readable file as a document, with the configuration that applies to it."""
        for path, named in self.targets():
            found = self._document(path, named)
            if found is not None:
                yield found

    def _document(self, path: str | None, named: bool) -> tuple[Document, Settings] | None:
        """The document of one target and its configuration; None when it is not read (a
        problem said, or excluded standard input)."""
        options = self.options
        name = path if path is not None else options.stdin_filename or STDIN
        settings = self.configs.for_path(name)
        if path is None and options.force_exclude and settings.is_excluded(name):
            return None
        try:
            document = self._read(path, name, settings)
        except NotContentError as error:
            # A sitemap met in a walk is no post, as Ruff skips files that are not Python;
            # one named (or handed over by pre-commit) was meant to be linted.
            if named:
                self._not_linted(error)
            return None
        except InputError as error:
            self._not_linted(error)
            return None
        except Exception as error:
            self._internal_error(name, "reading", error)
            return None
        self.result.problems.extend(document.problems)
        return document, settings

    def _is_excluded(self, path: str) -> bool:
        """Excluded by the configuration, or an archived original (not a post to lint)."""
        settings = self.configs.for_path(path)
        if settings.is_excluded(path):
            return True
        directory = self.options.sources or settings.sources
        if directory is None:
            return False
        root, target = os.path.realpath(directory), os.path.realpath(path)
        return target == root or target.startswith(root + os.sep)

    def _read(self, path: str | None, name: str, settings: Settings) -> Document:
        options = self.options
        input_format = options.input_format or settings.input_format_for(name)
        if path is not None:
            return load_document(
                path, input_format, options.encoding, options.jsonl_fields, options.max_file_bytes
            )
        if input_format is None and format_of(name) is None:
            input_format = "text"  # nothing names the format of standard input
        data = (
            b""
            if options.stdin is None
            else read_stream(options.stdin, name, POST, options.max_file_bytes)
        )
        return read_document(name, data, input_format, options.encoding, options.jsonl_fields)

    def _internal_error(self, path: str, doing: str, error: Exception) -> None:
        """A bug met on one file: the file is left out, and said to be; the run goes on."""
        self.result.internal_errors += 1
        self._not_linted(InputError(path, internal_error_reason(doing, error)))

    def _not_linted(self, error: InputError) -> None:
        """A file (or directory) that could not be linted: an LNT002 finding, or its line
        among the problems where LNT002 is ignored. A directory holding no file citelint
        reads is said, not a finding: nothing in it was left unread."""
        if isinstance(error, NoFilesError):
            self.result.problems.append(str(error))
            return
        self.result.unreadable = self.result.unreadable or isinstance(error, UnreadablePathError)
        self.result.unlinted.append(error.path)
        self.result.unlinted_reasons.append(str(error))
        rules = self.rulebook.unless_ignored(self.configs.for_path(error.path), error.path)
        found = not_linted(error.path, error.reason, rules, error.line)
        if found is None:
            self.result.problems.append(str(error))
        else:
            self.result.violations.append(found)

    def lint(self, on_progress: Callable[[int, int], None] | None = None) -> RunResult:
        """Lint every target; ``on_progress`` is told (files done, files in all) as the run
        goes (the CLI's progress bar)."""
        targets = self.targets()
        total = len(targets)
        workers = parallel.workers_for(self.options.jobs, targets)
        done = 0
        if workers > 1:
            for size, part in parallel.lint_in_pool(self.options, targets, workers):
                self._merge(part)
                done += size
                if on_progress is not None:
                    on_progress(done, total)
        else:
            for path, named in targets:
                self.lint_target(path, named)
                done += 1
                if on_progress is not None:
                    on_progress(done, total)
        self.result.violations.sort(key=lambda violation: violation.sort_key)
        self.result.problems.extend(self.archive_problems())
        self.result.problems.extend(self.failures.messages)
        self.result.stopped_rules = sorted({*self.result.stopped_rules, *self.failures.codes})
        return self.result

    def lint_target(self, path: str | None, named: bool) -> None:
        """Read and lint one target, its findings and problems added to the result."""
        found_document = self._document(path, named)
        if found_document is None:
            return
        document, settings = found_document
        rules = self.rulebook.for_file(settings, document.path)
        known = {rule.code for rule in self.rulebook.all_rules(settings)}
        try:
            found = lint_document(
                document,
                rules,
                known,
                self.archive(settings),
                self.failures,
                self.conventions(settings, document.path),
                source_lines=self.options.source_lines,
            )
        except CitelintError:
            raise
        except Exception as error:
            self._internal_error(document.path, "linting", error)
            return
        if self.changes is not None:
            found = [violation for violation in found if self.changes.keeps(violation)]
        self.result.files.append(document.path)
        self.result.violations.extend(found)

    def _merge(self, part: parallel.PartResult) -> None:
        """A worker's result, its findings made again with this run's rules (a rule is
        not sent between processes: its patterns are compiled where it is loaded)."""
        result = self.result
        rules: dict[Settings, dict[str, Rule]] = {}
        for packed in part.violations:
            settings = self.configs.for_path(packed.path)
            by_code = rules.get(settings)
            if by_code is None:
                by_code = rules[settings] = {r.code: r for r in self.rulebook.all_rules(settings)}
            violation = packed.unpack(by_code[packed.code])
            if self.changes is None or self.changes.keeps(violation):
                result.violations.append(violation)
        result.files.extend(part.files)
        result.unlinted.extend(part.unlinted)
        result.unlinted_reasons.extend(part.unlinted_reasons)
        result.problems.extend(part.problems)
        result.unreadable = result.unreadable or part.unreadable
        result.internal_errors += part.internal_errors
        result.stopped_rules.extend(part.stopped_rules)
        self.failures.messages.extend(
            message for message in part.failure_messages if message not in self.failures.messages
        )
