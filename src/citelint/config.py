"""Configuration: ``citelint.toml``, ``.citelint.toml`` or ``[tool.citelint]`` in
``pyproject.toml``, the nearest one above each file applying (as in Ruff).

Keys (kebab-case): ``select``, ``extend-select``, ``ignore``, ``per-file-ignores`` (glob →
codes), ``exclude`` and ``extend-exclude`` (globs), ``rules`` (extra rule directories),
``severity`` (code → error, warning or info), ``rule-options`` (code → options of the rule's
kind), ``input-format`` (glob → format), ``fail-on`` (error or warning), ``language`` (the
writing conventions posts are read with: en-US, en-GB, fr, de or a house style's),
``per-file-language`` (glob → conventions) and ``conventions`` (directories of more sets).
Globs and directories are relative to the file that names them. A key that is unknown or of
the wrong type is a ``ConfigError`` naming the file, the key and what was expected.
"""

from __future__ import annotations

import fnmatch
import os
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, fields
from functools import cache, cached_property
from pathlib import Path, PurePosixPath
from typing import Any

from citelint import toml
from citelint.config_schema import KEY_NAMES
from citelint.errors import CitelintError, ConfigError
from citelint.files import CONFIGURATION, is_directory, is_regular_file, read_text, shown_path
from citelint.kinds.base import OptionError
from citelint.readers import FORMATS
from citelint.rules import (
    SEVERITIES,
    Rule,
    load_rules,
    select_rules,
    with_overrides,
)
from citelint.toml import shown_value, type_name

# In the order a directory's files are looked at: the first that configures citelint wins.
CONFIG_NAMES = (".citelint.toml", "citelint.toml", "pyproject.toml")
# Never linted in a directory walk unless ``exclude`` says otherwise: tool and build output,
# and the files of a site's repository that are never posts (its README, licence and
# changelog, pip's requirements, the web's robots.txt and friends), in the casings they take.
DEFAULT_EXCLUDE = (
    ".git", ".hg", ".svn", ".venv", "venv", "node_modules", "_site", "__pycache__",
    ".tox", ".nox", "dist", "build",
    "README*", "Readme*", "readme*", "LICENSE*", "License*", "license*", "LICENCE*",
    "Licence*", "licence*", "COPYING*", "copying*", "NOTICE*", "notice*", "CHANGELOG*",
    "Changelog*", "changelog*", "CHANGES*", "HISTORY*", "CONTRIBUTING*", "contributing*",
    "CODE_OF_CONDUCT*", "code_of_conduct*", "SECURITY*", "AUTHORS*", "requirements*.txt",
    "robots.txt", "humans.txt", "ads.txt", "app-ads.txt", "security.txt", "llms.txt",
)  # fmt: skip
INPUT_FORMATS = tuple(FORMATS)
# A conventions set's name: a language tag (en-GB) or a house style's (house-style).
_LANGUAGE = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*")


@dataclass(frozen=True)
class Settings:
    """The configuration that applies to a file: its values, and the file they came from
    (``None``: no configuration file, the defaults)."""

    path: Path | None = None
    select: tuple[str, ...] | None = None
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()
    exclude: tuple[str, ...] = DEFAULT_EXCLUDE
    extend_exclude: tuple[str, ...] = ()
    # Globs of the files that are content (content/**, _posts/**): a directory walk lints
    # only those; none means every file citelint reads.
    include: tuple[str, ...] = ()
    # Whether a directory walk skips what the .gitignore files of a git work tree ignore.
    respect_gitignore: bool = True
    rules: tuple[Path, ...] = ()
    severity: tuple[tuple[str, str], ...] = ()
    rule_options: tuple[tuple[str, Mapping[str, object]], ...] = field(default=(), hash=False)
    input_format: tuple[tuple[str, str], ...] = ()
    fail_on: str | None = None
    # A directory of archived originals that posts are checked against.
    sources: Path | None = None
    # The writing conventions posts are read with, by default and by glob, and the
    # directories of the user's own sets.
    language: str | None = None
    per_file_language: tuple[tuple[str, str], ...] = ()
    conventions: tuple[Path, ...] = ()

    @property
    def root(self) -> Path:
        """Where the globs are relative to: the configuration file's directory."""
        return self.path.parent if self.path is not None else Path.cwd()

    @cached_property
    def _excluded(self) -> Globs:
        return Globs((*self.exclude, *self.extend_exclude))

    @cached_property
    def _included(self) -> Globs:
        return Globs(self.include)

    def is_excluded(self, path: str | Path) -> bool:
        relative = _relative(Path(path), self.root)
        return relative is not None and self._excluded.match(relative)

    def is_included(self, path: str | Path) -> bool:
        """Whether a file is content by ``include`` (every file is when it is empty)."""
        if not self.include:
            return True
        relative = _relative(Path(path), self.root)
        return relative is not None and self._included.match(relative)

    def ignored_for(self, path: str | Path) -> tuple[str, ...]:
        """The codes ``per-file-ignores`` turns off for ``path``."""
        relative = _relative(Path(path), self.root)
        if relative is None:
            return ()
        return tuple(
            code
            for glob, codes in self.per_file_ignores
            if _matches(relative, glob)
            for code in codes
        )

    def input_format_for(self, path: str | Path) -> str | None:
        relative = _relative(Path(path), self.root)
        if relative is None:
            return None
        for glob, name in self.input_format:
            if _matches(relative, glob):
                return name
        return None

    def language_for(self, path: str | Path) -> str | None:
        """The conventions ``per-file-language`` or ``language`` names for ``path``."""
        relative = _relative(Path(path), self.root)
        if relative is not None:
            for glob, name in self.per_file_language:
                if _matches(relative, glob):
                    return name
        return self.language

    def describe(self) -> list[tuple[str, object]]:
        """(key, value) of every setting, as ``citelint config`` prints them."""
        shown: list[tuple[str, object]] = []
        for item in fields(self):
            if item.name == "path":
                continue
            value = getattr(self, item.name)
            if item.name in {"rules", "conventions"}:
                value = [str(directory) for directory in value]
            elif item.name == "sources":
                value = None if value is None else str(value)
            elif item.name in {
                "per_file_ignores",
                "severity",
                "input_format",
                "rule_options",
                "per_file_language",
            }:
                value = {key: _plain(entry) for key, entry in value}
            elif isinstance(value, tuple):
                value = list(value)
            shown.append((item.name.replace("_", "-"), value))
        return shown


def _plain(value: object) -> object:
    if isinstance(value, tuple):
        return list(value)
    if isinstance(value, Mapping):
        return dict(value)
    return value


def _relative(path: Path, root: Path) -> PurePosixPath | None:
    try:
        relative = os.path.relpath(os.path.abspath(path), os.path.abspath(root))
    except ValueError:  # another drive, on Windows
        return None
    if relative == ".." or relative.startswith(".." + os.sep):
        return None
    return PurePosixPath(Path(relative).as_posix())


@dataclass(frozen=True)
class Globs:
    """Globs relative to a configuration, compiled once into two patterns: a path or one
    of its directories matches (``drafts`` and ``drafts/`` a directory, ``*.draft.md`` a
    name anywhere, ``archive/2019/*`` a path). A run asks of every file and directory it
    walks, so matching each glob in turn cost a pattern match per glob per path."""

    globs: tuple[str, ...]

    @cached_property
    def _compiled(self) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
        paths: list[str] = []
        names: list[str] = []
        for glob in self.globs:
            pattern = glob.strip().rstrip("/")
            if pattern.startswith("./"):
                pattern = pattern[2:]
            pattern = pattern.replace("**/", "*/").replace("/**", "/*")
            translated = fnmatch.translate(pattern)
            paths.append(translated)
            if "/" not in pattern:
                names.append(translated)  # a glob without / matches a name anywhere too
        return (
            re.compile("|".join(paths)) if paths else None,
            re.compile("|".join(names)) if names else None,
        )

    def match(self, relative: PurePosixPath) -> bool:
        whole, name = self._compiled
        if whole is not None:
            if whole.match(str(relative)):
                return True
            if any(whole.match(str(parent)) for parent in relative.parents if str(parent) != "."):
                return True
        return name is not None and any(name.match(part) for part in relative.parts)


def _matches(relative: PurePosixPath, glob: str) -> bool:
    """Whether a path (relative to the configuration) or one of its directories matches
    ``glob`` (see Globs)."""
    return _globs(glob).match(relative)


@cache
def _globs(glob: str) -> Globs:
    return Globs((glob,))


# -- finding and reading configuration files -----------------------------------------------------


class ConfigLoader:
    """Finds the configuration of each file, reading every configuration file once."""

    def __init__(self, forced: Path | None = None, isolated: bool = False) -> None:
        self.isolated = isolated
        self._by_directory: dict[Path, Settings] = {}
        self._forced = load_config(forced) if forced is not None else None

    def for_path(self, path: str | Path) -> Settings:
        if self.isolated:
            return Settings()
        if self._forced is not None:
            return self._forced
        start = Path(os.path.abspath(path))
        directory = start if is_directory(start) else start.parent
        return self._for_directory(directory)

    def _for_directory(self, directory: Path) -> Settings:
        found = self._by_directory.get(directory)
        if found is not None:
            return found
        settings: Settings | None = None
        for name in CONFIG_NAMES:
            candidate = directory / name
            if is_regular_file(candidate) and configures_citelint(candidate):
                settings = load_config(candidate)
                break
        if settings is None:
            parent = directory.parent
            settings = Settings() if parent == directory else self._for_directory(parent)
        self._by_directory[directory] = settings
        return settings


def configures_citelint(path: Path) -> bool:
    """A citelint file always does; a pyproject.toml only with a [tool.citelint] table."""
    if path.name != "pyproject.toml":
        return True
    try:
        source = read_text(path, CONFIGURATION)
    except CitelintError:
        return False  # someone else's unreadable pyproject.toml is not citelint's to report
    try:
        data = toml.loads(source)
    except toml.TomlError as error:
        # A syntax error: whether it configures citelint cannot be told, and passing over it
        # could lint with the wrong settings, so it is reported (load_config does), as Ruff
        # does. Beyond the parser's limits, its text still says whether it has a citelint
        # table.
        return error.syntax or toml.declares_table(source, "tool.citelint")
    tool = data.get("tool")
    return isinstance(tool, dict) and "citelint" in tool


def load_config(path: Path) -> Settings:
    table, source, table_name = _extended_table(path, ())
    return parse_config(table, path, source, table_name)


# Keys whose values are directories, resolved against the file that writes them.
_DIRECTORY_KEYS = ("rules", "conventions")


def _extended_table(path: Path, chain: tuple[str, ...]) -> tuple[dict[str, Any], str, str | None]:
    """The configuration table of ``path`` with what its ``extend`` file sets beneath its
    own keys (each key the file sets replaces the extended file's), that file's directories
    made absolute; its source and table name, which errors about its own keys point into."""
    table, source, table_name = _read_table(path)
    extend = table.pop("extend", None)
    if extend is None:
        return table, source, table_name
    prefix = f"{table_name}." if table_name else ""
    line = toml.line_of_key(source, table_name, "extend")

    def fail(expected: str) -> ConfigError:
        return ConfigError.at(str(path), f"key '{prefix}extend': {expected}", line)

    if not isinstance(extend, str) or not extend.strip():
        raise fail(f"expected the path of a configuration file, got {type_name(extend)}")
    base = path.parent / extend
    root = project_root(path.parent)
    if not _inside(base, root):
        raise fail(
            f"'{extend}' leads outside the project ({root}); a configuration file may extend "
            "only one inside it"
        )
    chain = (*chain, os.path.realpath(path))
    if os.path.realpath(base) in chain:
        raise fail(f"'{extend}' extends back to this file")
    if not is_regular_file(base):
        raise fail(f"'{extend}' is not a file")
    inherited, base_source, base_name = _extended_table(base, chain)
    # The extended file is checked as a configuration of its own: its errors name it.
    parse_config(inherited, base, base_source, base_name)
    for name in _DIRECTORY_KEYS:
        if isinstance(inherited.get(name), list):
            inherited[name] = [
                str(base.parent / item) if isinstance(item, str) else item
                for item in inherited[name]
            ]
    if isinstance(inherited.get("sources"), str):
        inherited["sources"] = str(base.parent / inherited["sources"])
    return {**inherited, **table}, source, table_name


def _read_table(path: Path) -> tuple[dict[str, Any], str, str | None]:
    source = read_text(path, CONFIGURATION)
    try:
        data = toml.loads(source)
    except toml.TomlError as error:
        problem = f"invalid TOML: {error.problem}"
        raise ConfigError.at(shown_path(path), problem, error.line) from None
    if path.name == "pyproject.toml":
        tool = data.get("tool", {})
        table = tool.get("citelint", {}) if isinstance(tool, dict) else {}
        return dict(table) if isinstance(table, dict) else {}, source, "tool.citelint"
    return data, source, None


def project_root(directory: Path) -> Path:
    """The top of the git work tree holding ``directory``, or else ``directory`` itself:
    the part of the file system a repository's configuration may point into."""
    start = Path(os.path.realpath(directory))
    for candidate in (start, *start.parents):
        if os.path.lexists(candidate / ".git"):
            return candidate
    return start


def _inside(path: Path, root: Path) -> bool:
    resolved = os.path.realpath(path)
    return os.path.commonpath([resolved, str(root)]) == str(root)


def parse_config(
    table: Mapping[str, Any], path: Path, source: str = "", table_name: str | None = None
) -> Settings:
    """Validate a configuration table; every problem names the file, the key and the line."""
    prefix = f"{table_name}." if table_name else ""

    def fail(key: str, expected: str, sub_table: str | None = None) -> ConfigError:
        where = table_name if sub_table is None else f"{prefix}{sub_table}"
        line = toml.line_of_key(source, where, key) if source else None
        shown = f"{prefix}{sub_table}.{key}" if sub_table else f"{prefix}{key}"
        return ConfigError.at(str(path), f"key '{shown}': {expected}", line)

    for key in table:
        if key not in KEY_NAMES:
            raise fail(key, f"unknown key (expected one of: {', '.join(sorted(KEY_NAMES))})")

    def strings(key: str) -> tuple[str, ...] | None:
        if key not in table:
            return None
        value = table[key]
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            raise fail(key, f"expected an array of strings, got {type_name(value)}")
        return tuple(value)

    def flag(key: str, *, default: bool) -> bool:
        value = table.get(key, default)
        if not isinstance(value, bool):
            raise fail(key, f"expected true or false, got {type_name(value)}")
        return value

    def codes(key: str) -> tuple[str, ...] | None:
        found = strings(key)
        return None if found is None else tuple(code.strip().upper() for code in found)

    def string_table(key: str, check: Any = None) -> tuple[tuple[str, Any], ...]:
        value = table.get(key, {})
        if not isinstance(value, dict):
            raise fail(key, f"expected a table, got {type_name(value)}")
        entries = []
        for name, entry in value.items():
            entries.append((name, check(name, entry) if check else entry))
        return tuple(entries)

    def code_list(name: str, entry: object) -> tuple[str, ...]:
        if not isinstance(entry, list) or not all(isinstance(item, str) for item in entry):
            raise fail(
                name, f"expected an array of codes, got {type_name(entry)}", "per-file-ignores"
            )
        return tuple(code.strip().upper() for code in entry)

    def severity(name: str, entry: object) -> str:
        if entry not in SEVERITIES:
            raise fail(
                name.upper(),
                f"expected one of {', '.join(SEVERITIES)}, got {shown_value(entry)}",
                "severity",
            )
        return str(entry)

    def options(name: str, entry: object) -> Mapping[str, object]:
        if not isinstance(entry, dict):
            raise fail(name, f"expected a table of options, got {type_name(entry)}", "rule-options")
        return dict(entry)

    def input_format(name: str, entry: object) -> str:
        if entry not in INPUT_FORMATS:
            raise fail(
                name,
                f"expected one of {', '.join(INPUT_FORMATS)}, got {shown_value(entry)}",
                "input-format",
            )
        return str(entry)

    def language_name(name: str, entry: object) -> str:
        if not isinstance(entry, str) or not _LANGUAGE.fullmatch(entry):
            raise fail(
                name,
                "expected the name of a conventions set (en-US, en-GB, fr, de…), "
                f"got {shown_value(entry)}",
                "per-file-language",
            )
        return entry

    language = table.get("language")
    if language is not None and not (isinstance(language, str) and _LANGUAGE.fullmatch(language)):
        raise fail(
            "language",
            "expected the name of a conventions set (en-US, en-GB, fr, de…), "
            f"got {shown_value(language)}",
        )
    conventions = strings("conventions") or ()
    fail_on = table.get("fail-on")
    if fail_on is not None and fail_on not in ("error", "warning"):
        raise fail("fail-on", f"expected 'error' or 'warning', got {shown_value(fail_on)}")
    sources = table.get("sources")
    if sources is not None and not (isinstance(sources, str) and sources.strip()):
        raise fail("sources", f"expected a directory name, got {type_name(sources)}")
    rule_directories = strings("rules") or ()
    root = project_root(path.parent)
    for directory in rule_directories:
        _confine("rules", directory, path.parent / directory, root, fail, rule_files=True)
    if sources is not None:
        _confine("sources", sources, path.parent / sources, root, fail)
    for directory in conventions:
        _confine("conventions", directory, path.parent / directory, root, fail, rule_files=True)
    exclude = strings("exclude")
    return Settings(
        path=path,
        select=codes("select"),
        extend_select=codes("extend-select") or (),
        ignore=codes("ignore") or (),
        per_file_ignores=string_table("per-file-ignores", code_list),
        exclude=DEFAULT_EXCLUDE if exclude is None else exclude,
        extend_exclude=strings("extend-exclude") or (),
        include=strings("include") or (),
        respect_gitignore=flag("respect-gitignore", default=True),
        rules=tuple((path.parent / directory) for directory in rule_directories),
        severity=tuple((code.upper(), value) for code, value in string_table("severity", severity)),
        rule_options=tuple(
            (code.upper(), value) for code, value in string_table("rule-options", options)
        ),
        input_format=string_table("input-format", input_format),
        fail_on=fail_on,
        sources=None if sources is None else path.parent / sources,
        language=language,
        per_file_language=string_table("per-file-language", language_name),
        conventions=tuple((path.parent / directory) for directory in conventions),
    )


def _confine(
    key: str,
    written: str,
    directory: Path,
    root: Path,
    fail: Any,
    rule_files: bool = False,
) -> None:
    """A directory a configuration names must lie inside the project: a repository someone
    clones must not make citelint read the rest of their machine (its rule files, a whole
    file system of originals). The command line (--rules, --sources, --conventions) may name
    any."""
    outside = not _inside(directory, root)
    if not outside and rule_files:
        try:
            outside = any(not _inside(file, root) for file in directory.glob("*.toml"))
        except OSError:
            outside = False  # reported when the rules are loaded
    if outside:
        flag = {"rules": "--rules", "conventions": "--conventions"}.get(key, "--sources")
        raise fail(
            key,
            f"'{written}' leads outside the project ({root}); a configuration file may name "
            f"only directories inside it (name others with {flag})",
        )


# -- the rules a file is linted with ---------------------------------------------------------------


class Rulebook:
    """The rules each configuration runs, worked out once per configuration.

    Selection from the command line replaces the configuration's ``select`` (as in Ruff);
    ``--ignore`` adds to its ``ignore``; ``per-file-ignores`` then applies per file.
    """

    def __init__(
        self,
        select: Sequence[str] = (),
        ignore: Sequence[str] = (),
        rule_directories: Sequence[Path] = (),
    ) -> None:
        self.select = tuple(select)
        self.ignore = tuple(ignore)
        self.rule_directories = tuple(rule_directories)
        self._loaded: dict[tuple[Path, ...], tuple[Rule, ...]] = {}
        self._configured: dict[Settings, tuple[Rule, ...]] = {}
        self._chosen: dict[tuple[Settings, tuple[str, ...]], tuple[Rule, ...]] = {}

    def all_rules(self, settings: Settings) -> tuple[Rule, ...]:
        """Every rule known under ``settings``, with its severity and options overrides."""
        found = self._configured.get(settings)
        if found is None:
            directories = (*self.rule_directories, *settings.rules)
            loaded = self._loaded.get(directories)
            if loaded is None:
                loaded = self._loaded[directories] = load_rules(directories)
            found = self._configured[settings] = _configure(loaded, settings)
        return found

    def for_file(self, settings: Settings, path: str) -> tuple[Rule, ...]:
        ignored = settings.ignored_for(path)
        key = (settings, ignored)
        chosen = self._chosen.get(key)
        if chosen is None:
            rules = self.all_rules(settings)
            select = self.select or settings.select or ()
            ignore = (*settings.ignore, *self.ignore, *ignored)
            chosen = select_rules(rules, select, ignore)
            if settings.extend_select:
                extra = select_rules(rules, settings.extend_select, ignore)
                chosen = tuple(sorted({*chosen, *extra}, key=lambda rule: rule.code))
            self._chosen[key] = chosen
        return chosen

    def unless_ignored(self, settings: Settings, path: str) -> tuple[Rule, ...]:
        """Every rule no ``ignore`` names for ``path``, selected or not: a file that could
        not be linted is reported whichever rules a run selects (as Ruff's E902 is)."""
        ignore = (*settings.ignore, *self.ignore, *settings.ignored_for(path))
        return select_rules(self.all_rules(settings), ("ALL",), ignore)


def _line_in(settings: Settings, table: str | None, key: str) -> int | None:
    """The line of ``key`` in ``[table]`` of the configuration file, for an error (read
    again only then)."""
    if settings.path is None:
        return None
    return toml.line_of_key(read_text(settings.path, CONFIGURATION), table, key)


def _configure(rules: tuple[Rule, ...], settings: Settings) -> tuple[Rule, ...]:
    by_code = {rule.code: rule for rule in rules}
    where = settings.path or Path("configuration")
    prefix = "tool.citelint." if where.name == "pyproject.toml" else ""
    for table, entries in (
        ("severity", settings.severity),
        ("rule-options", settings.rule_options),
    ):
        for code, _value in entries:
            if code not in by_code:
                # A key of [severity], or the header of [rule-options.CODE].
                line = _line_in(settings, f"{prefix}{table}", code) or _line_in(
                    settings, None, f"{prefix}{table}.{code}"
                )
                raise ConfigError.at(
                    str(where), f"key '{prefix}{table}.{code}': no rule {code} is loaded", line
                )
    for code, level in settings.severity:
        by_code[code] = with_overrides(by_code[code], severity=level)  # type: ignore[arg-type]
    for code, options in settings.rule_options:
        try:
            by_code[code] = with_overrides(by_code[code], options=options)
        except OptionError as error:
            table = f"{prefix}rule-options.{code}"
            line = _line_in(settings, table, error.key)
            raise ConfigError.at(
                str(where), f"key '{table}.{error.key}': {error.message}", line
            ) from None
    return tuple(sorted(by_code.values(), key=lambda rule: rule.code))
