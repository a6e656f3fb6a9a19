"""Rules are data: TOML files that pick a check kind and configure it.

A rule file holds ``code``, ``name``, ``kind``, ``severity``, ``summary``, ``description``,
``message`` (a template of the fields the kind fills for what the rule reports, its
``report`` option), ``[options]`` for the kind and ``[examples]`` with ``bad`` and ``good``
texts. Everything is validated when the file is loaded; a problem is a ``RuleError`` saying
``path: what is wrong (line N)``.
"""

from __future__ import annotations

import string
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path
from typing import Any, Literal, cast

import regex

from citelint import toml
from citelint.errors import RuleError
from citelint.files import RULE_FILE, is_regular_file, read_text, toml_files
from citelint.kinds import KINDS
from citelint.kinds.base import MODE_OPTION, Kind, OptionError, parse_options

Severity = Literal["error", "warning", "info"]
SEVERITIES: tuple[Severity, ...] = ("error", "warning", "info")

_CODE = regex.compile(r"[A-Z]{2,5}[0-9]{3}")
_NAME = regex.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*")
_REQUIRED_KEYS = ("code", "name", "kind", "severity", "summary", "description", "message")
_KNOWN_KEYS = frozenset({*_REQUIRED_KEYS, "default", "options-from", "options", "examples"})
_EXAMPLE_KEYS = ("bad", "good")


@dataclass(frozen=True)
class Rule:
    code: str
    name: str
    kind: Kind[Any]
    severity: Severity
    summary: str
    description: str
    message: str
    options: Any
    bad_examples: tuple[str, ...]
    good_examples: tuple[str, ...]
    path: str
    # Off-by-default rules run only when a selector names them (their code, a prefix, ALL).
    default: bool = True
    # The rule file's [options] as written, so configuration can override some of them.
    options_table: Mapping[str, object] = field(default_factory=dict, compare=False, hash=False)
    # The code of the rule whose options this one starts from (options-from), until loaded.
    options_from: str | None = None
    # An archived original the examples are checked against (rules that need --sources).
    example_original: str | None = None

    def format_message(self, fields: Mapping[str, str]) -> str:
        return self.message.format_map(fields)

    @cached_property
    def message_fields(self) -> tuple[str, ...]:
        """The fields the message uses, each once, in the order it first uses them."""
        names = (name for _, name, _, _ in string.Formatter().parse(self.message) if name)
        return tuple(dict.fromkeys(names))


def builtin_rules_dir() -> Path:
    """The shipped rules: inside the installed package, or at the top of a source checkout."""
    packaged = Path(__file__).parent / "rules"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "rules"


def load_rules(extra_directories: Sequence[Path] = ()) -> tuple[Rule, ...]:
    """The built-in rules and those of ``extra_directories``, sorted by code."""
    rules: dict[str, Rule] = {}
    names: dict[str, Rule] = {}
    for directory in (builtin_rules_dir(), *extra_directories):
        for rule in load_rule_directory(directory):
            for seen, key in ((rules, rule.code), (names, rule.name)):
                if key in seen:
                    raise RuleError(
                        f"{rule.path}: rule {key} is already defined in {seen[key].path}"
                    )
            rules[rule.code] = names[rule.name] = rule
    for code, rule in list(rules.items()):
        if rule.options_from is not None:
            rules[code] = _resolve_options(rule, rules, ())
    return tuple(sorted(rules.values(), key=lambda rule: rule.code))


def _resolve_options(rule: Rule, rules: Mapping[str, Rule], chain: tuple[str, ...]) -> Rule:
    """A rule whose options start from another rule's (``options-from = "FIG001"``): that
    rule's table, then this file's ``[options]`` on top, checked against this rule's kind."""
    base_code = rule.options_from
    if base_code is None:
        return rule
    source = read_text(rule.path, RULE_FILE) if is_regular_file(rule.path) else ""
    line = toml.line_of_key(source, None, "options-from")
    if base_code in chain or base_code == rule.code:
        raise RuleError.at(rule.path, f"options-from '{base_code}' refers back to this rule", line)
    base = rules.get(base_code)
    if base is None:
        raise RuleError.at(rule.path, f"options-from '{base_code}' names no rule", line)
    base = _resolve_options(base, rules, (*chain, rule.code))
    table = {**base.options_table, **rule.options_table}
    try:
        options = parse_options(rule.kind.options_type, table)
    except OptionError as error:
        raise RuleError.at(rule.path, f"options from {base_code}: {error.message}", line) from None
    problem = unfilled_message_field(rule.message, rule.kind, options)
    if problem:
        line = toml.line_of_key(source, None, "message")
        raise RuleError.at(rule.path, problem, line)
    return replace(rule, options=options, options_table=table, options_from=None)


def load_rule_directory(directory: Path) -> list[Rule]:
    return [load_rule_file(path) for path in toml_files(directory, RULE_FILE)]


def load_rule_file(path: Path) -> Rule:
    return parse_rule(read_text(path, RULE_FILE), str(path))


def parse_rule(source: str, path: str) -> Rule:
    """Validate the TOML text of one rule file."""
    try:
        data = toml.loads(source)
    except toml.TomlError as error:
        raise RuleError(f"{path}: invalid TOML: {error}") from None

    def fail(message: str, key: str | None = None, table: str | None = None) -> RuleError:
        line = toml.line_of_key(source, table, key) if key is not None else None
        return RuleError.at(path, message, line)

    for key in data:
        if key not in _KNOWN_KEYS:
            known = ", ".join(sorted(_KNOWN_KEYS))
            raise fail(f"unknown key '{key}' (expected one of: {known})", key)
    for key in _REQUIRED_KEYS:
        if key not in data:
            raise fail(f"missing required key '{key}'")
        if not isinstance(data[key], str) or not data[key].strip():
            raise fail(f"'{key}' must be a non-empty string", key)
    code, name, kind_name = data["code"], data["name"], data["kind"]
    if not _CODE.fullmatch(code):
        raise fail(
            f"code '{code}' must be 2 to 5 capital letters and 3 digits, like QUO001", "code"
        )
    if not _NAME.fullmatch(name):
        raise fail(f"name '{name}' must be kebab-case, like unclosed-quotation", "name")
    kind = KINDS.get(kind_name)
    if kind is None:
        raise fail(f"unknown kind '{kind_name}' (expected one of: {', '.join(KINDS)})", "kind")
    if data["severity"] not in SEVERITIES:
        raise fail(
            f"severity '{data['severity']}' must be one of: {', '.join(SEVERITIES)}", "severity"
        )
    default = data.get("default", True)
    if not isinstance(default, bool):
        raise fail(
            "'default' must be true or false (whether the rule runs unless selected)", "default"
        )
    message = data["message"]
    try:
        message_fields(message)
    except ValueError as error:
        raise fail(f"message is not a valid template: {error}", "message") from None

    options_table = data.get("options", {})
    if not isinstance(options_table, dict):
        raise fail("'options' must be a table", "options")
    options_from = data.get("options-from")
    if options_from is not None and not (
        isinstance(options_from, str) and _CODE.fullmatch(options_from)
    ):
        raise fail("'options-from' must be a rule code, like FIG001", "options-from")
    options: object = None
    if options_from is None:
        try:
            options = parse_options(kind.options_type, options_table)
        except OptionError as error:
            raise fail(error.message, error.key, "options") from None
        problem = unfilled_message_field(message, kind, options)
        if problem:
            raise fail(problem, "message")

    examples = data.get("examples")
    if not isinstance(examples, dict):
        raise fail("missing [examples] table with 'bad' and 'good' texts")
    for key in examples:
        if key not in (*_EXAMPLE_KEYS, "original"):
            raise fail(
                f"unknown key '{key}' in [examples] (expected bad, good, original)",
                key,
                "examples",
            )
    bad, good = (_example_list(examples, key, fail) for key in _EXAMPLE_KEYS)
    original = examples.get("original")
    if original is not None and not (isinstance(original, str) and original.strip()):
        raise fail("[examples] original must be a non-empty string", "original", "examples")

    return Rule(
        code=code,
        name=name,
        kind=kind,
        severity=cast(Severity, data["severity"]),
        summary=data["summary"].strip(),
        description=data["description"].strip(),
        message=message,
        options=options,
        bad_examples=bad,
        good_examples=good,
        path=path,
        default=default,
        options_table=options_table,
        options_from=options_from,
        example_original=original,
    )


def _example_list(
    examples: Mapping[str, object], key: str, fail: Callable[..., RuleError]
) -> tuple[str, ...]:
    value = examples.get(key)
    if (
        not isinstance(value, list)
        or not value
        or not all(isinstance(item, str) and item.strip() for item in value)
    ):
        raise fail(
            f"[examples] {key} must be a non-empty array of non-empty strings", key, "examples"
        )
    return tuple(value)


def message_fields(message: str) -> list[str]:
    """The fields a message template uses; ``ValueError`` if it is not a template."""
    return [name for _, name, _, _ in string.Formatter().parse(message) if name is not None]


def unfilled_message_field(message: str, kind: Kind[Any], options: object) -> str | None:
    """What is wrong when ``message`` uses a field that the findings of ``kind`` with
    ``options`` (what its ``report`` option picks) do not fill, else None."""
    provided = kind.fields(options)
    for name in message_fields(message):
        if name not in provided:
            mode = kind.mode(options)
            chosen = "" if mode is None else f' with {MODE_OPTION} = "{mode}"'
            listed = ", ".join("{" + field + "}" for field in sorted(provided))
            return f"message uses {{{name}}}, but kind '{kind.name}'{chosen} provides only {listed}"
    return None


def with_overrides(
    rule: Rule, severity: Severity | None = None, options: Mapping[str, object] | None = None
) -> Rule:
    """``rule`` with another severity, or some options set otherwise (validated against the
    kind's schema, and a report whose findings fill the rule's message: an ``OptionError``
    names the option)."""
    changed = rule if severity is None else replace(rule, severity=severity)
    if options:
        table = {**rule.options_table, **options}
        parsed = parse_options(rule.kind.options_type, table)
        problem = unfilled_message_field(rule.message, rule.kind, parsed)
        if problem:
            raise OptionError(MODE_OPTION, f"rule {rule.code}'s {problem}")
        changed = replace(changed, options=parsed, options_table=table)
    return changed


def select_rules(
    rules: Iterable[Rule], select: Sequence[str] = (), ignore: Sequence[str] = ()
) -> tuple[Rule, ...]:
    """Rules whose code starts with a selected prefix (when none: every rule that is on by
    default) and no ignored one.

    The longer, more specific prefix wins when both match, as in Ruff.
    """
    chosen = []
    for rule in rules:
        selected = _match_length(rule.code, select) if select else 0 if rule.default else -1
        if selected >= 0 and selected > _match_length(rule.code, ignore):
            chosen.append(rule)
    return tuple(chosen)


def _match_length(code: str, selectors: Sequence[str]) -> int:
    """Length of the longest selector that matches ``code`` (``ALL`` matches as 0), else -1."""
    lengths = [
        0 if selector == "ALL" else len(selector)
        for selector in selectors
        if selector == "ALL" or code.startswith(selector)
    ]
    return max(lengths, default=-1)


def unknown_selectors(rules: Iterable[Rule], selectors: Iterable[str]) -> list[str]:
    """Selectors that match no rule code, which are almost always typos."""
    codes = [rule.code for rule in rules]
    return [
        selector
        for selector in selectors
        if selector != "ALL" and not any(code.startswith(selector) for code in codes)
    ]
