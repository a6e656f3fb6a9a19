"""The command line: the only place that prints or exits."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator, Sequence
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from citelint import __version__
from citelint.discovery import discover
from citelint.document import Document
from citelint.engine import Violation, lint_document
from citelint.errors import CitelintError, InputError, UnreadablePathError
from citelint.inventory import QuotationRecord, quotation_records
from citelint.kinds.base import option_docs
from citelint.kinds.quote_attribution import QuoteAttributionOptions
from citelint.readers import (
    check_encoding,
    format_of,
    json_lines_fields,
    load_document,
    read_document,
)
from citelint.report import Report, quotes_format, render
from citelint.rules import Rule, load_rules, select_rules, unknown_selectors

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_ERROR = 2

app = typer.Typer(
    name="citelint",
    help="Check news and blog posts for lost source credits and broken quotations.",
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


class OutputFormat(str, Enum):
    text = "text"
    full = "full"
    json = "json"
    json_lines = "json-lines"
    github = "github"
    sarif = "sarif"
    junit = "junit"
    gitlab = "gitlab"


class QuotesFormat(str, Enum):
    text = "text"
    json = "json"


class FailOn(str, Enum):
    error = "error"
    warning = "warning"


class InputFormat(str, Enum):
    text = "text"
    markdown = "markdown"
    html = "html"
    wxr = "wxr"
    jsonl = "jsonl"


InputFormatOption = Annotated[
    Optional[InputFormat],  # noqa: UP045
    typer.Option(
        "--input-format",
        help="Read every file in this format, whatever its suffix (default: by suffix).",
    ),
]
StdinFilenameOption = Annotated[
    Optional[str],  # noqa: UP045
    typer.Option(
        "--stdin-filename",
        metavar="PATH",
        help="The name of the file read from standard input ('-'): reported, and its suffix "
        "picks the format.",
    ),
]
JsonLinesFieldOption = Annotated[
    Optional[list[str]],  # noqa: UP045
    typer.Option(
        "--jsonl-field",
        metavar="KEY=NAME",
        help="The name of a JSON Lines field citelint reads: text=body, title=headline, "
        "id=slug; repeatable.",
    ),
]
EncodingOption = Annotated[
    Optional[str],  # noqa: UP045
    typer.Option(
        "--encoding",
        metavar="NAME",
        help="The encoding of the files, when it is not UTF-8 (cp1252, latin-1…).",
    ),
]


RulesOption = Annotated[
    Optional[list[Path]],  # noqa: UP045 - typer reads the annotation at run time on 3.10
    typer.Option(
        "--rules",
        metavar="DIR",
        help="A directory of extra rule files (*.toml); repeatable.",
    ),
]


def _version(value: bool) -> None:
    if value:
        typer.echo(f"citelint {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Show the version."),
    ] = False,
) -> None:
    """citelint finds what editors lose when they excerpt news."""


@app.command()
def check(
    paths: Annotated[
        list[str],
        typer.Argument(
            help="Files or directories (searched for .txt, .md, .markdown, .html, .htm, .xml, "
            ".jsonl); '-' reads standard input."
        ),
    ],
    output_format: Annotated[
        Optional[OutputFormat],  # noqa: UP045
        typer.Option(
            "--format",
            help="Output format (default: text; github when GITHUB_ACTIONS=true).",
        ),
    ] = None,
    select: Annotated[
        Optional[list[str]],  # noqa: UP045
        typer.Option(help="Codes or prefixes to check (QUO, SRC001); comma-separated."),
    ] = None,
    ignore: Annotated[
        Optional[list[str]],  # noqa: UP045
        typer.Option(help="Codes or prefixes to skip; comma-separated."),
    ] = None,
    rules_dirs: RulesOption = None,
    exit_zero: Annotated[
        bool, typer.Option("--exit-zero", help="Exit 0 even when errors are found.")
    ] = False,
    input_format: InputFormatOption = None,
    stdin_filename: StdinFilenameOption = None,
    encoding: EncodingOption = None,
    jsonl_field: JsonLinesFieldOption = None,
    statistics: Annotated[
        bool, typer.Option("--statistics", help="Print how many findings each rule made.")
    ] = False,
    output_file: Annotated[
        Optional[Path],  # noqa: UP045
        typer.Option("--output-file", "-o", metavar="FILE", help="Write the report to FILE."),
    ] = None,
    fail_on: Annotated[
        FailOn,
        typer.Option("--fail-on", help="The severity that makes the run fail (exit 1)."),
    ] = FailOn.error,
) -> None:
    """Lint files and report problems as path:line:col: CODE message."""
    reading = _Reading(input_format, stdin_filename, encoding, jsonl_field)
    rules = _load_rules(rules_dirs)
    selectors = _split_codes(select)
    ignored = _split_codes(ignore)
    for option_name, codes in (("--select", selectors), ("--ignore", ignored)):
        unknown = unknown_selectors(rules, codes)
        if unknown:
            raise typer.BadParameter(
                f"{', '.join(unknown)} matches no rule (see 'citelint rules')",
                param_hint=option_name,
            )
    active = select_rules(rules, selectors, ignored)

    violations: list[Violation] = []
    files: list[str] = []
    for document in reading.documents(paths):
        files.append(document.path)
        violations.extend(lint_document(document, active))
    violations.sort(key=lambda violation: violation.sort_key)

    format_name = _output_format(output_format)
    report = Report(
        tuple(violations),
        tuple(files),
        active,
        color=format_name == "full" and output_file is None and _wants_color(),
    )
    output = statistics_table(report) if statistics else render(format_name, report)
    _write(output, output_file)
    if reading.unreadable:
        raise typer.Exit(EXIT_ERROR)
    failing = {"error"} if fail_on is FailOn.error else {"error", "warning"}
    if not exit_zero and any(v.rule.severity in failing for v in violations):
        raise typer.Exit(EXIT_FINDINGS)


def _output_format(chosen: OutputFormat | None) -> str:
    if chosen is not None:
        return chosen.value
    # As Ruff does: inside GitHub Actions, findings become annotations unless asked otherwise.
    return "github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text"


def _wants_color() -> bool:
    return sys.stdout.isatty() and not os.environ.get("NO_COLOR")


def _write(output: str, output_file: Path | None) -> None:
    if output_file is None:
        sys.stdout.write(output)
        return
    try:
        output_file.write_text(output, encoding="utf-8")
    except OSError as error:
        typer.echo(f"{output_file}: cannot write the report ({error.strerror or error})", err=True)
        raise typer.Exit(EXIT_ERROR) from None


def statistics_table(report: Report) -> str:
    """Findings per rule, most first, as Ruff's --statistics prints them."""
    counts: dict[str, int] = {}
    names: dict[str, str] = {}
    for v in report.violations:
        counts[v.rule.code] = counts.get(v.rule.code, 0) + 1
        names[v.rule.code] = v.rule.name
    if not counts:
        return "All checks passed.\n"
    width = len(str(max(counts.values())))
    rows = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return "".join(f"{count:>{width}}\t{code}\t{names[code]}\n" for code, count in rows)


@app.command()
def quotes(
    paths: Annotated[list[str], typer.Argument(help="Files or directories.")],
    output_format: Annotated[
        QuotesFormat, typer.Option("--format", help="Output format.")
    ] = QuotesFormat.text,
    rules_dirs: RulesOption = None,
    input_format: InputFormatOption = None,
    stdin_filename: StdinFilenameOption = None,
    encoding: EncodingOption = None,
    jsonl_field: JsonLinesFieldOption = None,
) -> None:
    """List every quotation: where it is, its kind, whether and to whom it is attributed."""
    reading = _Reading(input_format, stdin_filename, encoding, jsonl_field)
    rules = _load_rules(rules_dirs)
    rule = next((r for r in rules if isinstance(r.options, QuoteAttributionOptions)), None)
    if rule is None:
        typer.echo("citelint: no rule of kind quote-attribution is loaded", err=True)
        raise typer.Exit(EXIT_ERROR)
    records: list[QuotationRecord] = []
    for document in reading.documents(paths):
        records.extend(quotation_records(document, rule.options))
    render = (
        quotes_format.render_json
        if output_format is QuotesFormat.json
        else quotes_format.render_text
    )
    sys.stdout.write(render(records))
    if reading.unreadable:
        raise typer.Exit(EXIT_ERROR)


@app.command("rules")
def list_rules(rules_dirs: RulesOption = None) -> None:
    """List every rule: code, name, kind, severity, whether it runs unless selected, and
    what it checks."""
    rules = _load_rules(rules_dirs)
    header = ("CODE", "NAME", "KIND", "SEVERITY", "DEFAULT", "SUMMARY")
    rows = [
        header,
        *(
            (r.code, r.name, r.kind.name, r.severity, "on" if r.default else "off", r.summary)
            for r in rules
        ),
    ]
    widths = [max(len(row[column]) for row in rows) for column in range(len(header) - 1)]
    for row in rows:
        cells = [cell.ljust(width) for cell, width in zip(row, widths, strict=False)]
        typer.echo("  ".join([*cells, row[-1]]))


@app.command()
def explain(
    code: Annotated[str, typer.Argument(help="A rule code (QUO001) or name.")],
    rules_dirs: RulesOption = None,
) -> None:
    """Explain a rule: what it checks, why it matters, and examples."""
    rules = _load_rules(rules_dirs)
    wanted = code.strip()
    rule = next((r for r in rules if wanted.upper() == r.code or wanted == r.name), None)
    if rule is None:
        raise typer.BadParameter(f"no rule {wanted} (see 'citelint rules')", param_hint="CODE")
    typer.echo(explanation(rule), nl=False)


def explanation(rule: Rule) -> str:
    lines = [
        f"{rule.code} {rule.name}",
        "",
        f"Severity: {rule.severity}. Kind: {rule.kind.name}. Defined in {rule.path}."
        + ("" if rule.default else " Off by default: runs when --select names it."),
        "",
        rule.summary,
        "",
        rule.description,
        "",
        "Options (set in the rule file):",
    ]
    lines.extend(f"  {name}: {doc}" for name, doc in option_docs(rule.kind.options_type))
    for title, examples in (("Bad", rule.bad_examples), ("Good", rule.good_examples)):
        lines.extend(["", f"{title}:"])
        for example in examples:
            lines.extend("    " + line if line else "" for line in example.strip("\n").split("\n"))
            lines.append("")
        lines.pop()
    return "\n".join(lines) + "\n"


def _load_rules(directories: Sequence[Path] | None) -> tuple[Rule, ...]:
    try:
        return load_rules(directories or ())
    except CitelintError as error:
        typer.echo(str(error), err=True)
        raise typer.Exit(EXIT_ERROR) from None


class _Reading:
    """Reads the files under ``paths`` one at a time, reporting each unreadable one on
    standard error; ``unreadable`` tells whether a path named on the command line failed.
    ``-`` is standard input, named ``stdin_filename`` when one is given."""

    def __init__(
        self,
        input_format: InputFormat | None,
        stdin_filename: str | None,
        encoding: str | None,
        jsonl_field: Sequence[str] | None = None,
    ) -> None:
        self.unreadable = False
        try:
            self.jsonl_fields = json_lines_fields(jsonl_field) if jsonl_field else None
        except ValueError as error:
            raise typer.BadParameter(str(error), param_hint="--jsonl-field") from None
        self.input_format = input_format.value if input_format else None
        self.stdin_filename = stdin_filename
        if encoding is not None:
            try:
                check_encoding(encoding)
            except ValueError as error:
                raise typer.BadParameter(str(error), param_hint="--encoding") from None
        self.encoding = encoding

    def documents(self, paths: Sequence[str]) -> Iterator[Document]:
        if paths.count("-") > 1:
            raise typer.BadParameter("standard input ('-') can be read only once")
        discovery = discover([path for path in paths if path != "-"])
        self._problems(discovery.problems)
        files: list[str | None] = [*discovery.files]
        if "-" in paths:
            files.insert(min(paths.index("-"), len(files)), None)
        for path in files:
            try:
                document = self._read(path)
            except InputError as error:
                self._problems([error])
                continue
            self._document_problems(document)
            yield document

    def _read(self, path: str | None) -> Document:
        if path is not None:
            return load_document(path, self.input_format, self.encoding, self.jsonl_fields)
        name = self.stdin_filename or "-"
        input_format = self.input_format
        if input_format is None and format_of(name) is None:
            input_format = "text"  # nothing names the format of standard input
        data = sys.stdin.buffer.read()
        return read_document(name, data, input_format, self.encoding, self.jsonl_fields)

    def _document_problems(self, document: Document) -> None:
        for problem in document.problems:
            typer.echo(problem, err=True)

    def _problems(self, problems: Sequence[InputError]) -> None:
        _report_problems(problems)
        self.unreadable = self.unreadable or any(
            isinstance(problem, UnreadablePathError) for problem in problems
        )


def _split_codes(values: Sequence[str] | None) -> list[str]:
    return [
        part.strip().upper() for value in values or () for part in value.split(",") if part.strip()
    ]


def _report_problems(problems: Sequence[InputError]) -> None:
    for problem in problems:
        typer.echo(str(problem), err=True)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI and return its exit code instead of exiting."""
    try:
        app(args=list(argv) if argv is not None else None, prog_name="citelint")
    except SystemExit as exit_:
        code = exit_.code
        if code is None:
            return EXIT_OK
        return code if isinstance(code, int) else EXIT_ERROR
    return EXIT_OK
