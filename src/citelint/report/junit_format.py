"""JUnit XML, which CI systems show as test results: one test case per file linted.

A file with findings is a failed test case whose text lists them; a clean file passes.
Every text from a linted file (its path, the messages) is written by ``visible()``: CI pages
show them, and what it escapes covers every character XML 1.0 forbids (C0 controls but tab,
line feed and carriage return; surrogates; U+FFFE, U+FFFF), so any input gives well-formed
XML.
"""

from __future__ import annotations

from typing import TYPE_CHECKING
from xml.etree import ElementTree

from citelint.terminal import visible

if TYPE_CHECKING:
    from citelint.engine import Violation
    from citelint.report import Report


def render(report: Report) -> str:
    by_file: dict[str, list[Violation]] = {path: [] for path in report.files}
    for v in report.violations:
        by_file.setdefault(v.path, []).append(v)
    failures = sum(1 for found in by_file.values() if found)
    counts = {"tests": str(len(by_file)), "failures": str(failures), "errors": "0"}
    suites = ElementTree.Element("testsuites", {"name": "citelint", **counts})
    suite = ElementTree.SubElement(suites, "testsuite", {"name": "citelint", **counts})
    for path, found in by_file.items():
        shown = visible(path)
        case = ElementTree.SubElement(
            suite, "testcase", classname="citelint", name=shown, file=shown
        )
        if found:
            noun = "problem" if len(found) == 1 else "problems"
            failure = ElementTree.SubElement(
                case, "failure", message=f"{len(found)} {noun}", type="citelint"
            )
            failure.text = "\n".join(
                visible(f"{v.path}:{v.start.line}:{v.start.column}: {v.rule.code} {v.message}")
                for v in found
            )
    ElementTree.indent(suites)
    body = ElementTree.tostring(suites, encoding="unicode")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + body + "\n"
