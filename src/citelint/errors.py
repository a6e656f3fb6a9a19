"""The exceptions a user can cause; each message starts with the path it is about."""

from __future__ import annotations

from typing import TypeVar

_Error = TypeVar("_Error", bound="CitelintError")


class CitelintError(Exception):
    """A problem with what the user gave citelint, reported as one line, never a traceback."""

    @classmethod
    def at(cls: type[_Error], path: str, reason: str, line: int | None = None) -> _Error:
        """The error about the file at ``path`` (as shown), at ``line`` of it if known:
        ``path:line: reason``, the place an editor or a terminal can open."""
        return cls(f"{path}{'' if not line else f':{line}'}: {reason}")


class InputError(CitelintError):
    """A file to lint cannot be read as text: ``path`` (as shown), why, and the line of it
    that says so, if one does. The file is not linted, and that is a finding (LNT002)."""

    def __init__(self, path: str, reason: str, line: int | None = None) -> None:
        super().__init__(f"{path}{'' if line is None else f':{line}'}: {reason}")
        self.path = path
        self.reason = reason
        self.line = line

    @classmethod
    def at(cls: type[_Error], path: str, reason: str, line: int | None = None) -> _Error:
        return cls(path, reason, line)


class NoFilesError(InputError):
    """A directory named holds no file citelint reads: said, but no file was left unread."""


class NotContentError(InputError):
    """A file of a suffix citelint reads that holds no posts at all (an XML sitemap or an
    SVG drawing is no WordPress export): skipped when a directory walk meets it, reported
    when it is named."""


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


def internal_error_reason(doing: str, error: BaseException) -> str:
    """A bug met on one file, said in a line: the file is left out and the run goes on."""
    if isinstance(error, MemoryError):
        return f"not enough memory while {doing} this file; it is left out"
    detail = " ".join(str(error).split())[:200]
    return (
        f"internal error while {doing} ({type(error).__name__}: {detail}); "
        "this is a citelint bug: please report it with the file"
    )


def internal_error_message(path: str, doing: str, error: BaseException) -> str:
    """``internal_error_reason`` after the path of the file it is about."""
    return f"{path}: {internal_error_reason(doing, error)}"
