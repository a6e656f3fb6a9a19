"""What every check kind is made of: a typed options class, a check function, findings.

Options are frozen dataclasses whose fields are declared with :func:`option`, naming the
parser that turns a TOML value into the typed value. :func:`parse_options` validates a rule
file's ``[options]`` table against that schema, so a bad rule fails when it is loaded.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar, cast

import regex

from citelint.document import Span
from citelint.patterns import TimedPattern, compile_timed
from citelint.toml import type_name

if TYPE_CHECKING:
    from citelint.analysis import PostFacts
    from citelint.conventions import Conventions

T = TypeVar("T")
OptionsT = TypeVar("OptionsT")


class OptionError(Exception):
    """An option value that does not fit the kind's schema; ``key`` is the option's name."""

    def __init__(self, key: str, message: str) -> None:
        super().__init__(message)
        self.key = key
        self.message = message


class _ValueError(Exception):
    """Raised by a parser; :func:`parse_options` adds the option's name."""


@dataclass(frozen=True)
class Finding:
    """A span a check flags, and the values that fill the rule's message template."""

    span: Span
    fields: Mapping[str, str]
    # Another severity than the rule's, for this finding only (a figure the original holds).
    severity: str | None = None
    # ``span`` is in the file as written, not the text the checks read: what is found in a
    # comment, such as a suppression directive (the text may not hold it).
    in_file: bool = False
    # What a baseline recognises the finding by, instead of the sentence it starts in.
    context: str | None = None


# The option by which a rule picks what a kind of several modes reports.
MODE_OPTION = "report"


@dataclass(frozen=True)
class Kind(Generic[OptionsT]):
    """A check algorithm: rules pick one by ``name`` and configure it with options.

    What a finding fills in the rule's message depends on what the rule reports: a kind
    that reports one thing fills ``message_fields``; a kind whose ``report`` option picks
    one of several things (``unattributed``, ``differs-from-source``) has ``modes``, the
    fields each choice fills, and its ``report`` option takes the choices from there. A
    rule's message is checked against them when the rule is loaded.
    """

    name: str
    summary: str
    options_type: type[OptionsT]
    check: Callable[[PostFacts, OptionsT], Iterable[Finding]]
    message_fields: frozenset[str] = frozenset()
    modes: Mapping[str, frozenset[str]] = dataclasses.field(default_factory=dict, hash=False)
    # The tables of the post's writing conventions whose facts the kind reads ([quotations],
    # [speech]…), for ``citelint explain`` and the rule pages (docs/rules).
    conventions: tuple[str, ...] = ()
    # The names in a rule's options that a set of writing conventions does not know, as
    # (option, name, the names it knows): a category no pattern of the set gives. None:
    # nothing to check.
    unknown_names: Callable[[OptionsT, Conventions], list[tuple[str, str, str]]] | None = (
        dataclasses.field(default=None, hash=False, compare=False)
    )

    def mode(self, options: OptionsT) -> str | None:
        """What a rule with ``options`` reports, for a kind of several modes."""
        if not self.modes:
            return None
        chosen: str = getattr(options, MODE_OPTION)
        return chosen

    def fields(self, options: OptionsT) -> frozenset[str]:
        """The message fields every finding of a rule with ``options`` fills."""
        mode = self.mode(options)
        return self.message_fields if mode is None else self.modes[mode]


_MISSING: Any = object()


def option(parse: Callable[[object], T], *, doc: str, default: T = _MISSING) -> T:
    """Declare an options field parsed by ``parse``; without ``default`` it is required."""
    metadata = {"parse": parse, "doc": doc}
    if default is _MISSING:
        return cast(T, dataclasses.field(metadata=metadata))
    return dataclasses.field(default=default, metadata=metadata)


def parse_options(options_type: type[OptionsT], table: Mapping[str, object]) -> OptionsT:
    """Build ``options_type`` from a TOML table, or raise ``OptionError``."""
    fields = {field.name: field for field in dataclasses.fields(cast(Any, options_type))}
    for key in table:
        if key not in fields:
            expected = ", ".join(sorted(fields)) or "no options"
            raise OptionError(key, f"unknown option '{key}' (expected one of: {expected})")
    values: dict[str, object] = {}
    for name, field in fields.items():
        if name not in table:
            if field.default is dataclasses.MISSING:
                raise OptionError(name, f"missing required option '{name}'")
            continue
        parse = field.metadata["parse"]
        try:
            values[name] = parse(table[name])
        except _ValueError as error:
            raise OptionError(name, f"option '{name}': {error}") from None
    return options_type(**values)


def option_docs(options_type: type[object]) -> list[tuple[str, str]]:
    """(name, documentation) of every option of a kind, for ``citelint explain``."""
    fields = dataclasses.fields(cast(Any, options_type))
    return [(field.name, field.metadata["doc"]) for field in fields]


# -- parsers -----------------------------------------------------------------------------------


def text(value: object) -> str:
    if not isinstance(value, str):
        raise _ValueError(f"expected a string, got {type_name(value)}")
    return value


def script_name(value: object) -> str:
    """The name of a Unicode script (Latin, Cyrillic), or "" for none."""
    name = text(value)
    if name and not regex.fullmatch(r"[A-Za-z_]{1,40}", name):
        raise _ValueError(f"expected the name of a Unicode script such as Latin, got {name!r}")
    if name:
        try:
            regex.compile(rf"\p{{Script={name}}}")
        except regex.error:
            raise _ValueError(f"{name!r} is not a Unicode script (Latin, Cyrillic…)") from None
    return name


# Lists hold words and phrases (speech verbs, outlets); the longest built-in one has 51
# characters. A word of thousands would be a lexicon trie thousands of levels deep.
MAX_LIST_ITEM_CHARS = 200


def text_list(value: object) -> tuple[str, ...]:
    if not isinstance(value, list):
        raise _ValueError(f"expected an array of strings, got {type_name(value)}")
    for item in value:
        if not isinstance(item, str):
            raise _ValueError(f"expected an array of strings, found {type_name(item)} in it")
        if len(item) > MAX_LIST_ITEM_CHARS:
            raise _ValueError(
                f"expected words or phrases of at most {MAX_LIST_ITEM_CHARS} characters, found "
                f"one of {len(item):,}"
            )
    return tuple(value)


def non_empty_text_list(value: object) -> tuple[str, ...]:
    items = text_list(value)
    if any(not item for item in items):
        raise _ValueError("expected non-empty strings, found an empty one")
    return items


def pattern(value: object) -> TimedPattern:
    """A regular expression, run with a time limit (``citelint.patterns``)."""
    source = text(value)
    try:
        return compile_timed(source)
    except regex.error as error:
        shown = source if len(source) <= 80 else f"{source[:60]}…({len(source):,} characters)"
        raise _ValueError(f"regular expression {shown!r} does not compile: {error}") from None


def subject_pattern(value: object) -> str:
    """A regular expression with a group (the part that names someone), or "" for none."""
    source = text(value)
    if source:
        compiled = pattern(source)
        if compiled.compiled.groups < 1:
            raise _ValueError(f"expected a pattern with a group (the subject), got {source!r}")
    return source


def choices(*allowed: str) -> Callable[[object], tuple[str, ...]]:
    """A parser for a non-empty array whose items are among ``allowed``."""

    def parse(value: object) -> tuple[str, ...]:
        items = text_list(value)
        if not items:
            raise _ValueError(f"expected at least one of: {', '.join(allowed)}")
        for item in items:
            if item not in allowed:
                raise _ValueError(f"'{item}' is not one of: {', '.join(allowed)}")
        return items

    return parse


def boolean(value: object) -> bool:
    if not isinstance(value, bool):
        raise _ValueError(f"expected true or false, got {type_name(value)}")
    return value


def natural(value: object) -> int:
    """A whole number, zero or more."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise _ValueError(f"expected a whole number of 0 or more, got {value!r}")
    return value


def one_of(*allowed: str) -> Callable[[object], str]:
    """A parser for one string among ``allowed``."""

    def parse(value: object) -> str:
        item = text(value)
        if item not in allowed:
            raise _ValueError(f"'{item}' is not one of: {', '.join(allowed)}")
        return item

    return parse


def text_table(value: object) -> tuple[tuple[str, str], ...]:
    """A table of names to strings, in the order written (patterns by name, for example)."""
    if not isinstance(value, dict):
        raise _ValueError(f"expected a table of names to strings, got {type_name(value)}")
    for key, item in value.items():
        if not isinstance(item, str) or not item:
            raise _ValueError(f"'{key}': expected a non-empty string, got {type_name(item)}")
    return tuple(value.items())


def number_mark(value: object) -> str:
    """One character that is not a digit: a number's decimal mark."""
    mark = text(value)
    if len(mark) != 1 or mark.isdigit():
        raise _ValueError(f"expected one character that is not a digit, got {mark!r}")
    return mark


def number_marks(value: object) -> tuple[str, ...]:
    """Characters that are not digits, at least one: the marks grouping a number's digits."""
    marks = text_list(value)
    if not marks:
        raise _ValueError("expected at least one mark")
    for mark in marks:
        number_mark(mark)
    return marks


def number_table(value: object) -> tuple[tuple[str, float], ...]:
    """A table of names to numbers greater than 0 (scale words to what they multiply by)."""
    if not isinstance(value, dict):
        raise _ValueError(f"expected a table of names to numbers, got {type_name(value)}")
    for key, item in value.items():
        if isinstance(item, bool) or not isinstance(item, int | float) or not item > 0:
            raise _ValueError(f"'{key}': expected a number greater than 0, got {item!r}")
    return tuple((key, float(item)) for key, item in value.items())


def text_list_table(value: object) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """A table of names to arrays of strings (a verb's irregular forms, for example)."""
    if not isinstance(value, dict):
        raise _ValueError(f"expected a table of names to arrays, got {type_name(value)}")
    entries: list[tuple[str, tuple[str, ...]]] = []
    for key, item in value.items():
        try:
            entries.append((key, non_empty_text_list(item)))
        except _ValueError as error:
            raise _ValueError(f"'{key}': {error}") from None
    return tuple(entries)


def string_pairs(value: object) -> tuple[tuple[str, str], ...]:
    """An array of two-string arrays, such as quotation-mark pairs ``[["“", "”"], ['"', '"']]``."""
    if not isinstance(value, list) or not value:
        raise _ValueError(f"expected a non-empty array of [open, close] pairs, got {value!r}")
    pairs: list[tuple[str, str]] = []
    for item in value:
        if (
            not isinstance(item, list)
            or len(item) != 2
            or not all(isinstance(part, str) and part for part in item)
        ):
            raise _ValueError(f"expected [open, close] with two non-empty strings, got {item!r}")
        pairs.append((item[0], item[1]))
    return tuple(pairs)
