"""The command line: the only place that prints or exits."""

from __future__ import annotations

import json
import math
import os
import signal
import sys
import threading
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from enum import Enum
from pathlib import Path
from typing import Annotated, Any, Optional

import typer

from citelint import __version__, words
from citelint.analysis import PostFacts
from citelint.config import ConfigLoader, Rulebook
from citelint.errors import CitelintError
from citelint.files import append_text, refuse_overwriting_input, write_text
from citelint.inventory import QuotationRecord, quotation_records
from citelint.originals import MIN_SHARE
from citelint.parallel import usable_cores
from citelint.readers import DEFAULT_MAX_FILE_BYTES, SUFFIXES, check_encoding, json_lines_fields
from citelint.readers import FORMATS as INPUT_FORMATS
from citelint.report import FORMATS as OUTPUT_FORMATS
from citelint.report import Report, quotes_format, safe_json, stream, text_format
from citelint.report.progress import ProgressBar, progress_wanted
from citelint.report.style import COLOR_CHOICES, wants_color
from citelint.rule_docs import explanation
from citelint.rules import Rule, load_rules, unknown_selectors
from citelint.run import STDIN, Run, RunOptions
from citelint.terminal import visible

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_ERROR = 2
EXIT_INTERRUPTED = 130
EXIT_TERMINATED = 143
EXIT_BROKEN_PIPE = 141
MEGABYTE = 1024 * 1024

app = typer.Typer(
    name="citelint",
    help="Check news and blog posts for lost source credits and broken quotations.",
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


class QuotesFormat(str, Enum):
    text = "text"
    json = "json"


class FailOn(str, Enum):
    error = "error"
    warning = "warning"


def _one_of(names: Iterable[str]) -> dict[str, Any]:
    """The arguments of an option whose value is one of ``names``, shown and checked as typer
    shows an Enum's: the choices come from a registry (the readers', the reports'), not a
    list kept here too. Only typer's public API (a callback raising BadParameter), which
    every typer the package allows has."""
    choices = tuple(names)

    def check(value: str | None) -> str | None:
        if value is not None and value not in choices:
            listed = ", ".join(repr(choice) for choice in choices)
            raise typer.BadParameter(f"{value!r} is not one of {listed}.")
        return value

    return {"callback": check, "metavar": f"<{'|'.join(choices)}>"}


InputFormatOption = Annotated[
    Optional[str],  # noqa: UP045
    typer.Option(
        "--input-format",
        **_one_of(INPUT_FORMATS),
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


ConfigOption = Annotated[
    Optional[Path],  # noqa: UP045
    typer.Option(
        "--config",
        metavar="FILE",
        help="Use this configuration file for every file, instead of the nearest one.",
    ),
]
IsolatedOption = Annotated[
    bool, typer.Option("--isolated", help="Ignore every configuration file.")
]
MaxFileSizeOption = Annotated[
    float,
    typer.Option(
        "--max-file-size",
        metavar="MB",
        help="Larger files are not read, with a message saying so.",
    ),
]
SourcesOption = Annotated[
    Optional[Path],  # noqa: UP045
    typer.Option(
        "--sources",
        metavar="DIR",
        help="A directory of archived originals: quotations and figures are checked "
        "against the one each post excerpts (VRF001, VRF002).",
    ),
]
LanguageOption = Annotated[
    Optional[str],  # noqa: UP045
    typer.Option(
        "--language",
        metavar="NAME",
        help="Read every post with these writing conventions (en-US, en-GB, fr, de or a "
        "house style's), instead of the configuration's.",
    ),
]
ConventionsOption = Annotated[
    Optional[list[Path]],  # noqa: UP045
    typer.Option(
        "--conventions",
        metavar="DIR",
        help="A directory of more conventions sets (NAME.toml); may be repeated.",
    ),
]
ForceExcludeOption = Annotated[
    bool,
    typer.Option(
        "--force-exclude",
        help="Apply exclude to the files named on the command line too (as pre-commit names "
        "every changed file).",
    ),
]


@app.command()
def check(
    paths: Annotated[
        list[str],
        typer.Argument(
            help=f"Files or directories (searched for {', '.join(SUFFIXES)}); '-' reads "
            "standard input."
        ),
    ],
    output_format: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(
            "--format",
            **_one_of(OUTPUT_FORMATS),
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
    config: ConfigOption = None,
    isolated: IsolatedOption = False,
    force_exclude: ForceExcludeOption = False,
    statistics: Annotated[
        bool, typer.Option("--statistics", help="Print how many findings each rule made.")
    ] = False,
    quiet: Annotated[
        bool,
        typer.Option("--quiet", "-q", help="Show no progress bar, however long the run."),
    ] = False,
    jobs: Annotated[
        Optional[int],  # noqa: UP045
        typer.Option(
            "--jobs",
            "-j",
            min=1,
            help="Lint in this many processes (default: the usable cores; 1: one process). "
            "A run of a few files stays in one process.",
        ),
    ] = None,
    color: Annotated[
        str,
        typer.Option(
            "--color",
            **_one_of(COLOR_CHOICES),
            help="Colour the text and full reports: auto (on a terminal, or with "
            "FORCE_COLOR set; never with NO_COLOR set), always or never.",
        ),
    ] = "auto",
    output_file: Annotated[
        Optional[Path],  # noqa: UP045
        typer.Option("--output-file", "-o", metavar="FILE", help="Write the report to FILE."),
    ] = None,
    fail_on: Annotated[
        Optional[FailOn],  # noqa: UP045
        typer.Option(
            "--fail-on",
            help="The severity that makes the run fail (exit 1); default: error, or the "
            "configuration's fail-on.",
        ),
    ] = None,
    diff: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(
            "--diff",
            metavar="REF",
            help="Lint only what changed since the merge base of REF and HEAD (git diff "
            "REF...; HEAD: uncommitted changes), and report only findings on changed lines.",
        ),
    ] = None,
    baseline: Annotated[
        Optional[Path],  # noqa: UP045
        typer.Option(
            "--baseline", metavar="FILE", help="Report only findings that FILE does not hold."
        ),
    ] = None,
    write_baseline: Annotated[
        Optional[Path],  # noqa: UP045
        typer.Option(
            "--write-baseline",
            metavar="FILE",
            help="Record today's findings in FILE (entries of fixed findings are dropped).",
        ),
    ] = None,
    sources: SourcesOption = None,
    max_file_size: MaxFileSizeOption = DEFAULT_MAX_FILE_BYTES / MEGABYTE,
    language: LanguageOption = None,
    conventions_dirs: ConventionsOption = None,
) -> None:
    """Lint files and report problems as path:line:col: CODE message."""
    options = _run_options(
        paths=paths,
        select=select,
        ignore=ignore,
        rules_dirs=rules_dirs,
        input_format=input_format,
        stdin_filename=stdin_filename,
        encoding=encoding,
        jsonl_field=jsonl_field,
        config=config,
        isolated=isolated,
        force_exclude=force_exclude,
        language=language,
        conventions_dirs=conventions_dirs,
    )
    format_name = _output_format(output_format)
    options = replace(
        options,
        diff=diff,
        sources=sources,
        max_file_bytes=_max_file_bytes(max_file_size),
        source_lines=format_name == "full" and not statistics,
        jobs=jobs if jobs is not None else usable_cores(),
    )
    with _user_errors():
        run = Run(options)
        rules = run.rules()
        _check_selectors(rules, options)
        bar = (
            ProgressBar(sys.stderr)
            if progress_wanted(
                quiet=quiet,
                format_name=format_name,
                to_file=output_file is not None,
                stream=sys.stderr,
            )
            else None
        )
        try:
            result = run.lint(on_progress=bar)
        finally:
            if bar is not None:
                bar.close()
        settings = run.settings
        if write_baseline is not None:
            from citelint.baseline import render_baseline  # noqa: PLC0415 - only when asked
            from citelint.kinds.file_not_linted import NAME as NOT_LINTED_KIND  # noqa: PLC0415

            refuse_overwriting_input(write_baseline, result.files, "baseline")
            # A file that could not be linted is no finding to live with: it is not recorded,
            # and the run fails until it is fixed or excluded.
            recorded = [v for v in result.violations if v.rule.kind.name != NOT_LINTED_KIND]
            text = render_baseline(recorded, write_baseline, result.files)
            _write(text, write_baseline, reads=result.files, noun="baseline")
            _report_problems([*result.problems, *result.unlinted_reasons])
            typer.echo(
                f"Wrote a baseline of {words.count(len(recorded), 'finding')} to {write_baseline}.",
                err=True,
            )
            if result.unreadable or result.internal_errors:
                raise typer.Exit(EXIT_ERROR)
            raise typer.Exit(EXIT_FINDINGS if result.unlinted else EXIT_OK)
        if baseline is not None:
            from citelint.baseline import apply_baseline  # noqa: PLC0415 - only when asked

            held = apply_baseline(result.violations, baseline, result.files)
            result.violations = held.new
            if held.stale:
                result.problems.append(
                    f"{baseline}: {words.count(held.stale, 'baseline entry', 'baseline entries')}"
                    " no longer found (fixed or edited); --write-baseline prunes them"
                )
    # A file not linted is said on standard error too, as Ruff logs "Failed to lint" beside
    # its E902: a person sees it whatever the report's format and wherever it is written.
    _report_problems([*result.problems, *result.unlinted_reasons])

    report = Report(
        tuple(result.violations),
        tuple(result.files),
        rules,
        color=format_name in {"text", "full"}
        and not statistics
        and wants_color(color, sys.stdout, to_file=output_file is not None),
        unlinted=tuple(result.unlinted),
        stopped_rules=tuple(result.stopped_rules),
    )
    output = statistics_table(report) if statistics else stream(format_name, report)
    reads = [*result.files, *([str(baseline)] if baseline is not None else [])]
    _write(output, output_file, reads=reads)
    step_summary = os.environ.get("GITHUB_STEP_SUMMARY")
    if format_name == "github" and step_summary:
        _append_job_summary(Path(step_summary), report, reads)
    if result.unreadable or result.internal_errors or result.stopped_rules:
        raise typer.Exit(EXIT_ERROR)
    threshold = fail_on.value if fail_on is not None else settings.fail_on or "error"
    failing = {"error"} if threshold == "error" else {"error", "warning"}
    if not exit_zero and any(v.level in failing for v in result.violations):
        raise typer.Exit(EXIT_FINDINGS)


def _run_options(
    *,
    paths: Sequence[str],
    select: Sequence[str] | None = None,
    ignore: Sequence[str] | None = None,
    rules_dirs: Sequence[Path] | None = None,
    input_format: str | None = None,
    stdin_filename: str | None = None,
    encoding: str | None = None,
    jsonl_field: Sequence[str] | None = None,
    config: Path | None = None,
    isolated: bool = False,
    force_exclude: bool = False,
    language: str | None = None,
    conventions_dirs: Sequence[Path] | None = None,
) -> RunOptions:
    """The run the command line asks for; a bad option value is a usage error (exit 2)."""
    if list(paths).count(STDIN) > 1:
        raise typer.BadParameter("standard input ('-') can be read only once")
    if config is not None and isolated:
        raise typer.BadParameter("--config and --isolated cannot be used together")
    try:
        fields = json_lines_fields(jsonl_field) if jsonl_field else None
    except ValueError as error:
        raise typer.BadParameter(str(error), param_hint="--jsonl-field") from None
    if encoding is not None:
        try:
            check_encoding(encoding)
        except ValueError as error:
            raise typer.BadParameter(str(error), param_hint="--encoding") from None
    return RunOptions(
        paths=tuple(paths),
        select=tuple(_split_codes(select)),
        ignore=tuple(_split_codes(ignore)),
        rule_directories=tuple(rules_dirs or ()),
        config=config,
        isolated=isolated,
        force_exclude=force_exclude,
        input_format=input_format,
        stdin_filename=stdin_filename,
        stdin=sys.stdin.buffer if STDIN in paths else None,
        encoding=encoding,
        jsonl_fields=fields,
        language=language,
        conventions=tuple(conventions_dirs or ()),
    )


# Past this, --max-file-size is a typing slip, not a file: 64 GB of text would need far more
# memory than any machine has to lint.
_LARGEST_MAX_FILE_MEGABYTES = 64 * 1024


def _max_file_bytes(megabytes: float) -> int:
    if not (math.isfinite(megabytes) and 0.001 <= megabytes <= _LARGEST_MAX_FILE_MEGABYTES):
        raise typer.BadParameter(
            f"{megabytes} is not a size in megabytes between 0.001 and "
            f"{_LARGEST_MAX_FILE_MEGABYTES}",
            param_hint="--max-file-size",
        )
    return int(megabytes * MEGABYTE)


def _check_selectors(rules: Sequence[Rule], options: RunOptions) -> None:
    for option_name, codes in (("--select", options.select), ("--ignore", options.ignore)):
        unknown = unknown_selectors(rules, codes)
        if unknown:
            raise typer.BadParameter(
                f"{', '.join(unknown)} matches no rule (see 'citelint rules')",
                param_hint=option_name,
            )


@contextmanager
def _user_errors() -> Iterator[None]:
    """A bad rule or configuration file is one line on standard error and exit code 2."""
    try:
        yield
    except CitelintError as error:
        typer.echo(visible(str(error)), err=True)
        raise typer.Exit(EXIT_ERROR) from None


def _output_format(chosen: str | None) -> str:
    if chosen is not None:
        return chosen
    # As Ruff does: inside GitHub Actions, findings become annotations unless asked otherwise.
    return "github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text"


def _append_job_summary(path: Path, report: Report, reads: Sequence[str]) -> None:
    """In GitHub Actions, the github format's job summary: the counts of each rule and every
    finding, beyond the ten annotations of each level GitHub shows."""
    from citelint.report import github_summary  # noqa: PLC0415 - only in GitHub Actions

    try:
        append_text(path, github_summary.render(report), reads=reads, noun="job summary")
    except CitelintError as error:
        typer.echo(visible(str(error)), err=True)
        raise typer.Exit(EXIT_ERROR) from None


def _write(
    output: str | Iterable[str],
    output_file: Path | None,
    reads: Sequence[str] = (),
    noun: str = "report",
) -> None:
    if output_file is None:
        for piece in (output,) if isinstance(output, str) else output:
            sys.stdout.write(piece)
        return
    try:
        write_text(output_file, output, reads=reads, noun=noun)
    except CitelintError as error:
        typer.echo(visible(str(error)), err=True)
        raise typer.Exit(EXIT_ERROR) from None


def statistics_table(report: Report) -> str:
    """Findings per rule, most first, as Ruff's --statistics prints them."""
    counts: dict[str, int] = {}
    names: dict[str, str] = {}
    for v in report.violations:
        counts[v.rule.code] = counts.get(v.rule.code, 0) + 1
        names[v.rule.code] = v.rule.name
    if not counts:
        # The one summary line: never "All checks passed." when no file was linted or a
        # rule stopped part-way.
        return text_format.summary(report) + "\n"
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
    config: ConfigOption = None,
    isolated: IsolatedOption = False,
    force_exclude: ForceExcludeOption = False,
    sources: SourcesOption = None,
    max_file_size: MaxFileSizeOption = DEFAULT_MAX_FILE_BYTES / MEGABYTE,
    language: LanguageOption = None,
    conventions_dirs: ConventionsOption = None,
) -> None:
    """List every quotation: where it is, its kind, whether and to whom it is attributed,
    and (with --sources) whether its words are in the original."""
    options = _run_options(
        paths=paths,
        rules_dirs=rules_dirs,
        input_format=input_format,
        stdin_filename=stdin_filename,
        encoding=encoding,
        jsonl_field=jsonl_field,
        config=config,
        isolated=isolated,
        force_exclude=force_exclude,
        language=language,
        conventions_dirs=conventions_dirs,
    )
    options = replace(options, sources=sources, max_file_bytes=_max_file_bytes(max_file_size))
    records: list[QuotationRecord] = []
    with _user_errors():
        run = Run(options)
        for document, settings in run.documents():
            conventions = run.conventions(settings, document.path)
            records.extend(quotation_records(document, run.archive(settings), conventions))
    _report_listing_problems(run)
    write = (
        quotes_format.render_json
        if output_format is QuotesFormat.json
        else quotes_format.render_text
    )
    sys.stdout.write(write(records))
    _exit_if_files_were_not_read(run)


@app.command("sources")
def show_sources(
    paths: Annotated[list[str], typer.Argument(help="Files or directories of posts.")],
    sources: SourcesOption = None,
    output_format: Annotated[
        QuotesFormat, typer.Option("--format", help="Output format.")
    ] = QuotesFormat.text,
    config: ConfigOption = None,
    isolated: IsolatedOption = False,
) -> None:
    """Show the original each post is paired with, and the share of its text found there."""
    options = _run_options(paths=paths, config=config, isolated=isolated)
    options = replace(options, sources=sources)
    rows: list[dict[str, object]] = []
    with _user_errors():
        run = Run(options)
        for document, settings in run.documents():
            archive = run.archive(settings)
            if archive is None:
                raise CitelintError("no sources directory: give --sources DIR or set sources")
            conventions = run.conventions(settings, document.path)
            for post in document.posts:
                facts = PostFacts(document, post, conventions.for_post(post), archive)
                pairing = facts.pairing
                candidates = archive.candidates(document, post)
                rows.append(
                    {
                        "path": document.path,
                        "line": document.position(post.prose[0].start).line if post.prose else 1,
                        "post": post.title,
                        "original": None if pairing is None else pairing.original.path,
                        "share": None if pairing is None else round(pairing.share, 3),
                        "named": bool(pairing and pairing.named),
                        "best_candidate": candidates[0][0].path if candidates else None,
                        "best_share": round(candidates[0][1], 3) if candidates else 0.0,
                    }
                )
    _report_listing_problems(run)
    if output_format is QuotesFormat.json:
        sys.stdout.write(safe_json.dumps(rows) + "\n")
    else:
        sys.stdout.write(_sources_table(rows))
    _exit_if_files_were_not_read(run)


def _report_listing_problems(run: Run) -> None:
    """What a listing (quotes, sources) met on the way: the files it could not read among
    them, since a listing has no finding to say so."""
    _report_problems([*run.result.problems, *run.result.unlinted_reasons, *run.archive_problems()])


def _exit_if_files_were_not_read(run: Run) -> None:
    """A listing that left files out fails: 2 when a path could not be opened at all, else
    1, so that a script never takes an incomplete list for the whole."""
    if run.result.unreadable or run.result.internal_errors:
        raise typer.Exit(EXIT_ERROR)
    if run.result.unlinted:
        raise typer.Exit(EXIT_FINDINGS)


def _sources_table(rows: Sequence[dict[str, object]]) -> str:
    lines = []
    for row in rows:
        where = f"{row['path']}:{row['line']}"
        title = row["post"] or "untitled"
        if row["original"] is not None:
            how = "named in source_file" if row["named"] else "shares"
            lines.append(
                f"{where}: “{title}” → {row['original']} ({how} {row['share']:.0%} of its text)"
            )
        elif row["best_candidate"] is not None:
            lines.append(
                f"{where}: “{title}” → no original (best: {row['best_candidate']}, "
                f"{row['best_share']:.0%} of its text, below {MIN_SHARE:.0%})"
            )
        else:
            lines.append(f"{where}: “{title}” → no original (no text in common with any)")
    paired = sum(1 for row in rows if row["original"] is not None)
    lines.append(f"{paired} of {len(rows)} posts paired with an original.")
    return "\n".join(visible(line) for line in lines) + "\n"


@app.command("config")
def show_config(
    path: Annotated[
        str, typer.Argument(help="The file or directory whose configuration to show.")
    ] = ".",
    config: ConfigOption = None,
    isolated: IsolatedOption = False,
    schema: Annotated[
        bool,
        typer.Option(
            "--schema",
            help="Print the JSON Schema of citelint.toml and [tool.citelint] instead, for "
            "editors (docs/citelint.schema.json).",
        ),
    ] = False,
) -> None:
    """Show the configuration that applies to PATH and the file it comes from."""
    if schema:
        from citelint.config_schema import config_schema  # noqa: PLC0415 - only when asked

        sys.stdout.write(json.dumps(config_schema(), indent=2, ensure_ascii=False) + "\n")
        return
    with _user_errors():
        settings = ConfigLoader(config, isolated).for_path(path)
        rulebook = Rulebook()
        chosen = rulebook.for_file(settings, path)
    if settings.path is None:
        typer.echo("# No configuration file applies: these are the defaults.")
    else:
        typer.echo(f"# From {settings.path}")
    unset = {
        "select": "every rule that is on by default runs",
        "fail-on": "errors fail the run",
    }
    for key, value in settings.describe():
        if value is None:
            typer.echo(f"# {key} is not set: {unset.get(key, 'the default applies')}")
        else:
            typer.echo(visible(f"{key} = {json.dumps(value, ensure_ascii=False)}"))
    typer.echo(f"# Rules that run on {path}: {', '.join(rule.code for rule in chosen)}")


@app.command("init")
def init_config(
    directory: Annotated[str, typer.Argument(help="The site's top directory.")] = ".",
    print_only: Annotated[
        bool, typer.Option("--print", help="Print the configuration instead of writing it.")
    ] = False,
) -> None:
    """Write a starter citelint.toml for the site in DIRECTORY, chosen after a look at its
    tree (Jekyll, Hugo, Eleventy, a WordPress export), and say what it chose."""
    from citelint.starter import is_configured, look_at, render, toml_array  # noqa: PLC0415

    root = Path(directory)
    if not root.is_dir():
        typer.echo(visible(f"{directory}: not a directory"), err=True)
        raise typer.Exit(EXIT_ERROR)
    starter = look_at(root)
    text = render(starter)
    if print_only:
        sys.stdout.write(text)
        return
    existing = is_configured(root)
    if existing:
        # Never written over: what the user wrote is theirs (and a new citelint.toml would
        # take the place of a pyproject.toml's [tool.citelint] without a word).
        typer.echo(
            visible(
                f"{existing[0]}: already configures citelint; nothing written "
                "(citelint init --print shows the starter configuration)"
            ),
            err=True,
        )
        raise typer.Exit(EXIT_ERROR)
    target = root / "citelint.toml"
    with _user_errors():
        write_text(target, text, noun="configuration")
    typer.echo(visible(f"Wrote {target} for {starter.site}:"))
    for reason in starter.reasons:
        typer.echo(visible(f"  {reason}"))
    chosen = [f"include = {toml_array(starter.include)}"] if starter.include else ["no include"]
    if starter.extend_exclude:
        chosen.append(f"extend-exclude = {toml_array(starter.extend_exclude)}")
    typer.echo(visible(f"  so: {'; '.join(chosen)}"))


@app.command("rules")
def list_rules(rules_dirs: RulesOption = None) -> None:
    """List every rule: code, name, kind, severity, whether it runs unless selected, and
    what it checks."""
    from citelint.report.tables import render_table  # noqa: PLC0415 - rich, for this table

    rules = _load_rules(rules_dirs)
    header = ("CODE", "NAME", "KIND", "SEVERITY", "DEFAULT", "SUMMARY")
    rows = [
        (r.code, r.name, r.kind.name, r.severity, "on" if r.default else "off", r.summary)
        for r in rules
    ]
    sys.stdout.write(render_table(header, [[visible(cell) for cell in row] for row in rows]))


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


def _load_rules(directories: Sequence[Path] | None) -> tuple[Rule, ...]:
    try:
        return load_rules(directories or ())
    except CitelintError as error:
        typer.echo(visible(str(error)), err=True)
        raise typer.Exit(EXIT_ERROR) from None


def _split_codes(values: Sequence[str] | None) -> list[str]:
    return [
        part.strip().upper() for value in values or () for part in value.split(",") if part.strip()
    ]


def _report_problems(problems: Sequence[str]) -> None:
    for problem in problems:
        typer.echo(visible(problem), err=True)


class _Terminated(BaseException):
    """SIGTERM, raised where the run is, so that it unwinds as Ctrl-C does."""


def _on_terminate(_signal: int, _frame: object) -> None:
    raise _Terminated


def _quiet_interrupts(unraisable: sys.UnraisableHookArgs) -> None:
    """Report what a finalizer raised, as Python does, unless it is Ctrl-C or SIGTERM."""
    if isinstance(unraisable.exc_value, (KeyboardInterrupt, _Terminated)):
        return
    sys.__unraisablehook__(unraisable)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI and return its exit code instead of exiting.

    Ctrl-C ends the run at once with 130 (128 + SIGINT) and SIGTERM with 143 (128 + 15),
    no traceback, and no file half written; a closed pipe (``citelint check … | head``)
    ends it quietly with 141 (128 + SIGPIPE), as shells expect.
    """
    in_main_thread = threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGTERM, _on_terminate) if in_main_thread else None
    # Ctrl-C may land in a finalizer (a compiled pattern's, while the rules load); Python
    # would print that one as "Exception ignored…" with a traceback, though the run stops.
    sys.unraisablehook = _quiet_interrupts
    try:
        result = app(
            args=list(argv) if argv is not None else None,
            prog_name="citelint",
            standalone_mode=False,
        )
    except (KeyboardInterrupt, typer.Abort):
        return EXIT_INTERRUPTED
    except _Terminated:
        return EXIT_TERMINATED
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_BROKEN_PIPE
    except MemoryError:
        sys.stderr.write(
            "citelint: ran out of memory; lint fewer or smaller files at once "
            "(--max-file-size lowers the largest file read)\n"
        )
        return EXIT_ERROR
    except Exception as error:
        # A usage error (click's ClickException, under whichever name the installed typer
        # keeps it): it shows itself and names its exit code, both public on BadParameter.
        show, exit_code = getattr(error, "show", None), getattr(error, "exit_code", None)
        if not callable(show) or not isinstance(exit_code, int):
            raise
        show()
        return exit_code
    except SystemExit as exit_:
        code = exit_.code
        if code is None:
            return EXIT_OK
        return code if isinstance(code, int) else EXIT_ERROR
    finally:
        if in_main_thread:
            signal.signal(signal.SIGTERM, signal.SIG_DFL if previous is None else previous)
    return result if isinstance(result, int) else EXIT_OK


def _silence_stdout() -> None:
    """Point standard output at /dev/null, so that the interpreter's last flush of what
    could not be written does not fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
