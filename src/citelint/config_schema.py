"""Every key of a configuration file (citelint.toml, or [tool.citelint] in pyproject.toml):
its JSON Schema and what it does. The one list of keys: the configuration is checked
against their names, and ``citelint config --schema`` writes the JSON Schema editors read
(docs/citelint.schema.json; a test keeps it current)."""

from __future__ import annotations

from typing import Any

from citelint.readers import FORMATS
from citelint.rules import SEVERITIES

_CODE_PATTERN = "^[A-Za-z]{2,5}[0-9]{0,3}$|^ALL$"
_STRINGS: dict[str, Any] = {"type": "array", "items": {"type": "string"}}
_CODES: dict[str, Any] = {"type": "array", "items": {"type": "string", "pattern": _CODE_PATTERN}}
_LANGUAGE: dict[str, Any] = {"type": "string", "pattern": "^[A-Za-z][A-Za-z0-9]*(-[A-Za-z0-9]+)*$"}


def _table_of(value: dict[str, Any]) -> dict[str, Any]:
    return {"type": "object", "additionalProperties": value}


# (key, JSON Schema of its value, what it does), in the order docs/configuration.md lists them.
KEYS: tuple[tuple[str, dict[str, Any], str], ...] = (
    ("extend", {"type": "string", "minLength": 1},
     "A configuration file (inside the project) whose settings apply beneath this file's."),
    ("select", _CODES, "Codes or prefixes of the rules to run (QUO, SRC001, ALL)."),
    ("extend-select", _CODES, "Codes or prefixes to run besides select."),
    ("ignore", _CODES, "Codes or prefixes of the rules not to run."),
    ("per-file-ignores", _table_of(_CODES),
     "Globs, relative to this file, and the codes or prefixes not run on their files."),
    ("include", _STRINGS, "Globs of the files that are content: a walk lints only those."),
    ("exclude", _STRINGS,
     "Globs of files and directories a walk skips (replaces the default: .git, README*, …)."),
    ("extend-exclude", _STRINGS, "Globs a walk skips besides exclude."),
    ("respect-gitignore", {"type": "boolean"},
     "Whether a walk skips what the .gitignore files of a git work tree ignore."),
    ("rules", _STRINGS, "Directories of more rule files (*.toml), relative to this file."),
    ("severity", _table_of({"enum": list(SEVERITIES)}), "A rule's severity, by its code."),
    ("rule-options", _table_of({"type": "object"}),
     "Options of a rule's kind, by its code, checked as its rule file's are."),
    ("input-format", _table_of({"enum": list(FORMATS)}),
     "The reader of the files matching a glob, whatever their suffix."),
    ("fail-on", {"enum": ["error", "warning"]}, "The severity that makes a run fail."),
    ("sources", {"type": "string", "minLength": 1},
     "A directory of archived originals posts are checked against (VRF rules)."),
    ("language", _LANGUAGE, "The writing conventions posts are read with (en-US, en-GB, fr…)."),
    ("per-file-language", _table_of(_LANGUAGE), "The writing conventions of a glob's files."),
    ("conventions", _STRINGS, "Directories of more sets of conventions (NAME.toml)."),
)  # fmt: skip
KEY_NAMES = frozenset(name for name, _, _ in KEYS)


def config_schema() -> dict[str, Any]:
    """The JSON Schema (draft-07, which editors' TOML extensions read) of a citelint.toml,
    which is also that of [tool.citelint] in pyproject.toml."""
    return {
        "$schema": "http://json-schema.org/draft-07/schema#",
        "title": "citelint configuration",
        "description": "citelint.toml, or the [tool.citelint] table of pyproject.toml.",
        "type": "object",
        "additionalProperties": False,
        "properties": {
            name: {**schema, "description": description} for name, schema, description in KEYS
        },
    }
