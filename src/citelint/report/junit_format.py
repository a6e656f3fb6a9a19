"""JUnit XML, which CI systems show as test results: one test case per file linted.

A file with findings is a failed test case whose text lists them; a clean file passes; a
file that could not be linted (LNT002) is a test case in error.
Every text from a linted file (its path, the messages) is written by ``visible()``: CI pages
show them, and what it escapes covers every character XML 1.0 forbids (C0 controls but tab,
line feed and carriage return; surrogates; U+FFFE, U+FFFF), so any input gives well-formed
XML.
"""

from __future__ import annotations

from typing import TYPE_CHECKING
from xml.etree import ElementTree

from citelint.terminal import visible
from citelint.words import count

if TYPE_CHECKING:
    from citelint.engine import Violation
    from citelint.report import Report


def render(report: Report) -> str:
    by_file: dict[str, list[Violation]] = {path: [] for path in report.files}
    for v in report.violations:
        by_file.setdefault(v.path, []).append(v)
    # A file that could not be linted is a test that could not run: an error, not a failure.
    unlinted = set(report.unlinted)
    errors = sum(1 for path in by_file if path in unlinted)
    failures = sum(1 for path, found in by_file.items() if found and path not in unlinted)
    counts = {"tests": str(len(by_file)), "failures": str(failures), "errors": str(errors)}
    suites = ElementTree.Element("testsuites", {"name": "citelint", **counts})
    suite = ElementTree.SubElement(suites, "testsuite", {"name": "citelint", **counts})
    for path, found in by_file.items():
        shown = visible(path)
        case = ElementTree.SubElement(
            suite, "testcase", classname="citelint", name=shown, file=shown
        )
        if found:
            failure = ElementTree.SubElement(
                case,
                "error" if path in unlinted else "failure",
                message="not linted" if path in unlinted else count(len(found), "problem"),
                type="citelint",
            )
            failure.text = "\n".join(
                visible(f"{v.path}:{v.start.line}:{v.start.column}: {v.rule.code} {v.message}")
                for v in found
            )
    ElementTree.indent(suites)
    body = ElementTree.tostring(suites, encoding="unicode")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + body + "\n"
