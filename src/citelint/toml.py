"""TOML, read with the standard library's tomllib (tomli, its backport, on Python 3.10).

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

__all__ = ["TomlError", "loads", "tomllib"]

_AT_LINE = re.compile(r"\(at line (?P<line>\d+), column \d+\)")


class TomlError(ValueError):
    """TOML that cannot be read; ``line`` is where, when the parser says."""

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.line = line


def loads(source: str) -> dict[str, Any]:
    try:
        data: dict[str, Any] = tomllib.loads(source)
    except tomllib.TOMLDecodeError as error:
        found = _AT_LINE.search(str(error))
        raise TomlError(str(error), int(found.group("line")) if found else None) from None
    except RecursionError:
        raise TomlError("arrays or tables nested too deeply to read") from None
    except ValueError as error:
        # The only other ValueError tomllib lets through: int() refusing too many digits.
        raise TomlError(f"a value too large to read ({error})") from None
    return data
