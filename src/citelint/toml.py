"""TOML, read with the standard library's tomllib (tomli, its backport, on Python 3.10),
and the helpers every reader of TOML shares: where a key is, how a value's type is named.

Every TOML citelint reads (configuration, rule files, front matter) goes through ``loads``,
which turns each way the parser can give up into one ``TomlError``: a syntax error, and the
limits of the parser itself, which tomllib raises as other exceptions (an array nested some
thousand levels deep exhausts its recursion; an integer of more than 4,300 digits exceeds
Python's limit on converting digits). Callers name the file.
"""

from __future__ import annotations

import re
import sys
from typing import Any

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib  # type: ignore[import-not-found, unused-ignore]

__all__ = [
    "TomlError",
    "declares_table",
    "line_of_key",
    "loads",
    "tomllib",
    "type_name",
]

_AT_LINE = re.compile(r"\s*\(at line (?P<line>\d+), column \d+\)")
_AT_END = re.compile(r"\s*\(at end of document\)")
_HEADER = re.compile(r"\s*\[\s*([^\]\s]+)\s*\]\s*(?:#.*)?")


class TomlError(ValueError):
    """TOML that cannot be read: a syntax error (``syntax``; ``line`` is where, when the
    parser says) or a limit of the parser. ``problem`` is what is wrong, without the place."""

    def __init__(self, message: str, line: int | None = None, *, syntax: bool = False) -> None:
        super().__init__(message)
        self.line = line
        self.syntax = syntax
        self.problem = _AT_LINE.sub("", message)


def loads(source: str) -> dict[str, Any]:
    try:
        data: dict[str, Any] = tomllib.loads(source)
    except tomllib.TOMLDecodeError as error:
        message = str(error)
        found = _AT_LINE.search(message)
        line = int(found.group("line")) if found else None
        if found is None and _AT_END.search(message):
            # Said of what is left open when the text ends: its last line.
            message = _AT_END.sub(" at the end of the file", message)
            line = max(len(source.splitlines()), 1)
        raise TomlError(message, line, syntax=True) from None
    except RecursionError:
        raise TomlError("arrays or tables nested too deeply to read") from None
    except ValueError as error:
        # The only other ValueError tomllib lets through: int() refusing too many digits.
        raise TomlError(f"a value too large to read ({error})") from None
    return data


def line_of_key(source: str, table: str | None, key: str) -> int | None:
    """The line defining ``key`` in ``[table]`` (or at the top level), or the header of the
    top-level table ``[key]``, for error messages; None when it is not written plainly."""
    current: str | None = None
    key_pattern = re.compile(rf"\s*(?:{re.escape(key)}|\"{re.escape(key)}\")\s*=")
    for number, line in enumerate(source.splitlines(), start=1):
        header = _HEADER.fullmatch(line)
        if header:
            current = header.group(1)
            if current == key and table is None:
                return number
            continue
        if current == table and key_pattern.match(line):
            return number
    return None


def declares_table(source: str, name: str) -> bool:
    """Whether ``source`` has a header of the table ``name`` (``tool.citelint``) or of a table
    inside it, read without parsing (it may not parse)."""
    dotted = r"[ \t]*\.[ \t]*".join(re.escape(part) for part in name.split("."))
    return re.search(rf"^[ \t]*\[[ \t]*{dotted}[ \t]*[\].]", source, re.MULTILINE) is not None


def type_name(value: object) -> str:
    """How an error message names the type of a TOML value: 'a string', 'an array'…"""
    names = {str: "a string", bool: "a boolean", int: "an integer", float: "a number"}
    if isinstance(value, list):
        return "an array"
    if isinstance(value, dict):
        return "a table"
    return names.get(type(value), type(value).__name__)


# How much of a value an error message quotes.
_SHOWN_LENGTH = 40


def shown_value(value: object) -> str:
    """A TOML value as an error message quotes it: short, whatever its size or depth (the
    repr of an array nested thousands deep recurses past Python's limit, and of an integer of
    thousands of digits is refused)."""
    if isinstance(value, (list, dict)):
        return type_name(value)
    if isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > 64:
        return "an integer too large"
    text = repr(value[: _SHOWN_LENGTH + 1] if isinstance(value, str) else value)
    return text if len(text) <= _SHOWN_LENGTH else text[: _SHOWN_LENGTH - 1] + "…"
