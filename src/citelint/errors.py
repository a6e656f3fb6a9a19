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


class OutputError(CitelintError):
    """A report or baseline cannot be written where the user asked."""
