"""The exceptions a user can cause; each message starts with the path it is about."""

from __future__ import annotations


class CitelintError(Exception):
    """A problem with what the user gave citelint, reported as one line, never a traceback."""


class InputError(CitelintError):
    """A file to lint cannot be read as text."""


class UnreadablePathError(InputError):
    """A path named to citelint does not exist or cannot be opened at all."""


class RuleError(CitelintError):
    """A rule file is not valid."""


class ConfigError(CitelintError):
    """A configuration file is not valid."""


class ConventionsError(ConfigError):
    """A conventions file is not valid, or a configuration names a set there is not."""


class UnknownConventionsError(ConventionsError):
    """A name that is no set: the caller says where it was written."""


class OutputError(CitelintError):
    """A report or baseline cannot be written where the user asked."""


def internal_error_message(path: str, doing: str, error: BaseException) -> str:
    """A bug met on one file, said in one line: the file is left out and the run goes on."""
    if isinstance(error, MemoryError):
        return f"{path}: not enough memory while {doing} this file; it is left out"
    detail = " ".join(str(error).split())[:200]
    return (
        f"{path}: internal error while {doing} ({type(error).__name__}: {detail}); "
        "this is a citelint bug: please report it with the file"
    )
