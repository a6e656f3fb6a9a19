"""SARIF 2.1.0, the format code-scanning tools read (GitHub code scanning among them).

One run: the tool with the metadata of every rule that ran (summary, description as help,
default level), and a result per finding with its region. Columns are counted in Unicode
code points, as citelint counts them. Each result carries the fingerprint a baseline uses.
Texts a code-scanning page shows (messages, rule descriptions) are written by ``visible()``.
"""

from __future__ import annotations

import hashlib
import os
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from citelint import DOCUMENTATION_URL, __version__
from citelint.report.safe_json import dumps
from citelint.terminal import visible, visible_lines

if TYPE_CHECKING:
    from citelint.report import Report

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
_LEVELS = {"error": "error", "warning": "warning", "info": "note"}


def render(report: Report) -> str:
    rules = list(report.rules) or sorted(
        {v.rule.code: v.rule for v in report.violations}.values(), key=lambda r: r.code
    )
    index = {rule.code: number for number, rule in enumerate(rules)}
    results: list[dict[str, Any]] = []
    for v in report.violations:
        result: dict[str, Any] = {
            "ruleId": v.rule.code,
            "level": _LEVELS[v.level],
            "message": {"text": visible(v.message)},
            "locations": [
                {
                    "physicalLocation": {
                        "artifactLocation": {"uri": _uri(v.path)},
                        "region": {
                            "startLine": v.start.line,
                            "startColumn": v.start.column,
                            "endLine": v.end.line,
                            "endColumn": v.end.column,
                        },
                    }
                }
            ],
            "partialFingerprints": {
                "citelintSentence/v1": hashlib.sha256(
                    # surrogatepass: a JSON line's title can hold a lone surrogate.
                    "\0".join((v.rule.code, v.post or "", v.context_hash)).encode(
                        "utf-8", "surrogatepass"
                    )
                ).hexdigest()
            },
        }
        if v.rule.code in index:
            result["ruleIndex"] = index[v.rule.code]
        results.append(result)
    document = {
        "$schema": SCHEMA_URI,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "citelint",
                        "version": __version__,
                        "informationUri": DOCUMENTATION_URL,
                        "rules": [
                            {
                                "id": rule.code,
                                "name": rule.name,
                                "shortDescription": {"text": visible(rule.summary)},
                                "fullDescription": {"text": visible_lines(rule.description)},
                                "help": {"text": visible_lines(rule.description)},
                                "defaultConfiguration": {"level": _LEVELS[rule.severity]},
                            }
                            for rule in rules
                        ],
                    }
                },
                "columnKind": "unicodeCodePoints",
                "results": results,
            }
        ],
    }
    return dumps(document) + "\n"


def _uri(path: str) -> str:
    # A file name that is not UTF-8 reaches Python with its bytes as lone surrogates: they go
    # back to those bytes, percent-encoded, which is what the file's URI is.
    slashed = path.replace("\\", "/")
    try:
        raw = os.fsencode(slashed)
    except UnicodeEncodeError:  # a surrogate that is no file name's byte
        raw = slashed.encode("utf-8", "surrogatepass")
    return quote(raw)
