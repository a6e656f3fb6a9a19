"""The TOML helpers every reader of TOML shares: errors, where a key is, type names."""

from __future__ import annotations

import pytest

from citelint import toml

SOURCE = 'code = "X"\n"name" = "y"\n\n[options] # the kind\'s\nreport = "z"\n\n[examples]\n'


@pytest.mark.parametrize(
    ("table", "key", "line"),
    [
        (None, "code", 1),
        (None, "name", 2),
        ("options", "report", 5),
        (None, "options", 4),
        (None, "report", None),
        ("examples", "bad", None),
    ],
)
def test_line_of_key(table: str | None, key: str, line: int | None) -> None:
    assert toml.line_of_key(SOURCE, table, key) == line


@pytest.mark.parametrize(
    ("source", "declared"),
    [
        ("[tool.citelint]\n", True),
        ("[ tool . citelint . severity ]\n", True),
        ("[tool.citelint-extra]\n", False),
        ("[tool]\ncitelint = 1\n", False),
        ("[tool.citelint]\nselect = [\n", True),
    ],
)
def test_declares_table(source: str, declared: bool) -> None:
    assert toml.declares_table(source, "tool.citelint") is declared


def test_a_syntax_error_says_where_and_what() -> None:
    with pytest.raises(toml.TomlError) as error:
        toml.loads('a = 1\nb = "\n')
    assert (error.value.syntax, error.value.line) == (True, 2)
    assert error.value.problem == str(error.value).split(" (at line")[0]


def test_a_limit_of_the_parser_is_not_a_syntax_error() -> None:
    with pytest.raises(toml.TomlError) as error:
        toml.loads("a = " + "[" * 5000 + "]" * 5000)
    assert not error.value.syntax and error.value.line is None


@pytest.mark.parametrize(
    ("value", "name"),
    [
        ("x", "a string"),
        (True, "a boolean"),
        (1, "an integer"),
        (1.5, "a number"),
        ([], "an array"),
        ({}, "a table"),
    ],
)
def test_type_name(value: object, name: str) -> None:
    assert toml.type_name(value) == name
